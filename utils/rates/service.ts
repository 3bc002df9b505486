/**
 * Rates for a day: from the cache, else live, else the bundled table, saying which and why.
 * Latest rates are cached for 12 hours, a past day's for good. Used by the background script;
 * storage and fetch are passed in, so the tests run it with fakes.
 */
import { fetchLiveRates } from './live';
import { bundledRates } from './table';
import type { RateSet } from './types';

export const LATEST_TTL_MS = 12 * 3600_000;

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

export async function ratesFor(
  requested: string,
  deps: { cache: RateCache; fetch?: typeof fetch; now?: () => number; timeoutMs?: number },
): Promise<RateSet | null> {
  const now = deps.now ?? Date.now;
  const key = `rates:${requested}`;
  try {
    const cached = await deps.cache.get(key);
    if (isCached(cached) && (requested !== 'latest' || now() - cached.fetchedAt < LATEST_TTL_MS)) return cached.rates;
  } catch {
    // A broken cache is only a cache: go on to fetch.
  }
  try {
    const live = await fetchLiveRates(requested, deps.fetch, deps.timeoutMs);
    await deps.cache.set(key, { fetchedAt: now(), rates: live } satisfies Cached).catch(() => {});
    return live;
  } catch (err) {
    const bundled = bundledRates(requested);
    return bundled && { ...bundled, fallback: `${(err as Error).message}; using the bundled ECB rates` };
  }
}
