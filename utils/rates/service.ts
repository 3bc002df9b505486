/**
 * Rates for a day: from the cache, else live, else the bundled table, saying which and why.
 * Latest rates are cached for 12 hours, a past day's for good; a failure is remembered for a
 * while (backoff.ts), during which the bundled table answers without asking. Used by the
 * background script; storage and fetch are passed in, so the tests run it with fakes.
 */
import { activeBackoff, BACKOFF_KEY, backoffAfter, retryAfterMs } from './backoff';
import { fetchLiveRates, RatesError } from './live';
import { bundledRates, quotesEndedBy } from './table';
import type { RateSet, RatesFailure } from './types';

export const LATEST_TTL_MS = 12 * 3600_000;
/** Storage keys of cached rate sets: `rates:latest`, `rates:2020-12-19`. */
export const RATE_KEY_PREFIX = 'rates:';

export interface RateCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

interface Cached {
  fetchedAt: number;
  rates: RateSet;
}

const isCached = (x: unknown): x is Cached =>
  !!x &&
  typeof x === 'object' &&
  typeof (x as Cached).fetchedAt === 'number' &&
  !!(x as Cached).rates &&
  typeof (x as Cached).rates.rates === 'object';

/** A rate set that also says which currencies had stopped being quoted by its day. */
function withEnded(set: RateSet | null): RateSet | null {
  if (!set) return null;
  const ended = Object.fromEntries(Object.entries(quotesEndedBy(set.date)).filter(([code]) => !set.rates[code]));
  return Object.keys(ended).length ? { ...set, ended } : set;
}

export async function ratesFor(requested: string, deps: Deps): Promise<RateSet | null> {
  return withEnded(await cachedOrLive(requested, deps));
}

type Deps = { cache: RateCache; fetch?: typeof fetch; now?: () => number; timeoutMs?: number };

async function cachedOrLive(requested: string, deps: Deps): Promise<RateSet | null> {
  const now = deps.now ?? Date.now;
  const key = `${RATE_KEY_PREFIX}${requested}`;
  let backoff: unknown;
  try {
    const cached = await deps.cache.get(key);
    if (isCached(cached) && (requested !== 'latest' || now() - cached.fetchedAt < LATEST_TTL_MS)) return cached.rates;
    backoff = await deps.cache.get(BACKOFF_KEY);
  } catch {
    // A broken cache is only a cache: go on to fetch.
  }
  const holding = activeBackoff(backoff, now());
  if (holding) return bundled(requested, holding.failure, 'a recent request failed');
  try {
    const live = await fetchLiveRates(requested, deps.fetch, deps.timeoutMs);
    await deps.cache.set(key, { fetchedAt: now(), rates: live } satisfies Cached).catch(() => {});
    if (backoff) await deps.cache.set(BACKOFF_KEY, null).catch(() => {});
    return live;
  } catch (err) {
    const failure = err instanceof RatesError ? err.failure : 'offline';
    const retryAfter = err instanceof RatesError ? retryAfterMs(err.retryAfter, now()) : null;
    await deps.cache.set(BACKOFF_KEY, backoffAfter(failure, retryAfter, now())).catch(() => {});
    return bundled(requested, failure, (err as Error).message);
  }
}

function bundled(requested: string, failure: RatesFailure, why: string): RateSet | null {
  const set = bundledRates(requested);
  return set && { ...set, failure, fallback: `${why}; using the bundled ECB rates` };
}

/** What the options page says of the cache: how many rate sets, and when the newest was fetched. */
export function cacheSummary(stored: Record<string, unknown>): { keys: string[]; newest: number | null } {
  const keys = Object.keys(stored).filter((k) => k.startsWith(RATE_KEY_PREFIX));
  const times = keys.map((k) => stored[k]).flatMap((v) => (isCached(v) ? [v.fetchedAt] : []));
  return { keys, newest: times.length ? Math.max(...times) : null };
}
