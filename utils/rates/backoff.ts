/**
 * A failed rates request, remembered: until it runs out the bundled rates answer at once, so a
 * slow or failing service costs one wait, not one per popup. Pure: the service stores it.
 */
import { isRatesFailure, type RatesFailure } from './types';

/** Storage key of the remembered failure; outside `rates:` so the options page does not count it as a rate set. */
export const BACKOFF_KEY = 'rates-backoff';
/** After a failure of the service, without a Retry-After. */
export const SERVICE_BACKOFF_MS = 10 * 60_000;
/** Offline fails fast, and the network comes back: ask again sooner. */
export const OFFLINE_BACKOFF_MS = 60_000;
/** A Retry-After is kept within these: never a request per popup, never more than the latest rates' life. */
export const MIN_BACKOFF_MS = 60_000;
export const MAX_BACKOFF_MS = 12 * 3600_000;

export interface Backoff {
  failure: RatesFailure;
  /** No request before this time (ms since the epoch). */
  until: number;
}

export const isBackoff = (x: unknown): x is Backoff =>
  typeof x === 'object' &&
  x !== null &&
  isRatesFailure((x as Backoff).failure) &&
  Number.isFinite((x as Backoff).until);

/**
 * A Retry-After header in milliseconds from `now`: delay-seconds ("120") or an HTTP-date ("Wed,
 * 21 Oct 2026 07:28:00 GMT"; a past one is 0); null when absent or unreadable.
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  const value = header?.trim() ?? '';
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/[A-Za-z]{3}/.test(value)) return null;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The back-off after a failure at `now`: the service's Retry-After, kept within bounds, else the default for the failure. */
export function backoffAfter(failure: RatesFailure, retryAfter: number | null, now: number): Backoff {
  const wait =
    retryAfter === null
      ? failure === 'offline'
        ? OFFLINE_BACKOFF_MS
        : SERVICE_BACKOFF_MS
      : Math.min(MAX_BACKOFF_MS, Math.max(MIN_BACKOFF_MS, retryAfter));
  return { failure, until: now + wait };
}

/** The stored back-off when it still holds at `now`; one further off than the cap (the clock was set back) does not. */
export function activeBackoff(stored: unknown, now: number): Backoff | null {
  return isBackoff(stored) && stored.until > now && stored.until - now <= MAX_BACKOFF_MS ? stored : null;
}
