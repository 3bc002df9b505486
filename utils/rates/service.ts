/**
 * Rates for a day: from the cache, else live, else the bundled table, saying which and why.
 * Latest rates are cached for 12 hours, a past day's for good. Used by the background script;
 * storage and fetch are passed in, so the tests run it with fakes.
 */
import { fetchLiveRates } from './live';
import { bundledRates, quotesEndedBy } from './table';
import type { RateSet } from './types';

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

export async function ratesFor(
  requested: string,
  deps: { cache: RateCache; fetch?: typeof fetch; now?: () => number; timeoutMs?: number },
): Promise<RateSet | null> {
  return withEnded(await cachedOrLive(requested, deps));
}

async function cachedOrLive(
  requested: string,
  deps: { cache: RateCache; fetch?: typeof fetch; now?: () => number; timeoutMs?: number },
): Promise<RateSet | null> {
  const now = deps.now ?? Date.now;
  const key = `${RATE_KEY_PREFIX}${requested}`;
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

/** What the options page says of the cache: how many rate sets, and when the newest was fetched. */
export function cacheSummary(stored: Record<string, unknown>): { keys: string[]; newest: number | null } {
  const keys = Object.keys(stored).filter((k) => k.startsWith(RATE_KEY_PREFIX));
  const times = keys.map((k) => stored[k]).flatMap((v) => (isCached(v) ? [v.fetchedAt] : []));
  return { keys, newest: times.length ? Math.max(...times) : null };
}
