import { describe, expect, it, vi } from 'vitest';
import {
  activeBackoff,
  BACKOFF_KEY,
  backoffAfter,
  MAX_BACKOFF_MS,
  MIN_BACKOFF_MS,
  OFFLINE_BACKOFF_MS,
  retryAfterMs,
  SERVICE_BACKOFF_MS,
} from '@/utils/rates/backoff';
import { type RateCache, ratesFor } from '@/utils/rates/service';
import type { RatesFailure } from '@/utils/rates/types';

const NOW = Date.parse('2026-12-06T12:00:00Z');

describe('Retry-After, read', () => {
  it.each([
    ['120', 120_000],
    [' 30 ', 30_000],
    ['0', 0],
    ['Sun, 06 Dec 2026 12:05:00 GMT', 5 * 60_000], // an HTTP-date five minutes on
    ['Sunday, 06-Dec-26 12:05:00 GMT', 5 * 60_000], // the obsolete RFC 850 form
    ['Sun, 06 Dec 2026 11:00:00 GMT', 0], // already past
    ['-5', null],
    ['1.5', null],
    ['soon', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j is %j ms', (header, ms) => {
    expect(retryAfterMs(header, NOW)).toBe(ms);
  });
});

describe('the back-off after a failure', () => {
  it.each<[RatesFailure, number | null, number]>([
    ['service-error', null, SERVICE_BACKOFF_MS],
    ['no-answer', null, SERVICE_BACKOFF_MS],
    ['bad-answer', null, SERVICE_BACKOFF_MS],
    ['offline', null, OFFLINE_BACKOFF_MS],
    ['service-error', 30 * 60_000, 30 * 60_000], // the service's own word
    ['service-error', 0, MIN_BACKOFF_MS], // never a request per popup
    ['service-error', 5_000, MIN_BACKOFF_MS],
    ['service-error', 7 * 86_400_000, MAX_BACKOFF_MS], // capped
  ])('%s with Retry-After %j waits %j ms', (failure, retryAfter, wait) => {
    expect(backoffAfter(failure, retryAfter, NOW)).toEqual({ failure, until: NOW + wait });
  });

  it.each([
    ['holds before its end', { failure: 'offline', until: NOW + 1 }, true],
    ['is over at its end', { failure: 'offline', until: NOW }, false],
    ['is over after its end', { failure: 'offline', until: NOW - 1 }, false],
    [
      'is dropped when further off than the cap (the clock was set back)',
      { failure: 'offline', until: NOW + MAX_BACKOFF_MS + 1 },
      false,
    ],
    ['is ignored with an unknown code', { failure: 'gremlins', until: NOW + 1000 }, false],
    ['is ignored without an end', { failure: 'offline' }, false],
    ['is none when cleared', null, false],
    ['is none when never set', undefined, false],
  ])('a stored back-off %s', (_, stored, holds) => {
    expect(activeBackoff(stored, NOW) !== null).toBe(holds);
  });
});

describe('the rate service remembers a failure', () => {
  const good = { amount: 1, base: 'CNY', date: '2020-12-18', rates: { USD: 0.15296, EUR: 0.12477 } };
  const memory = (): RateCache & { store: Map<string, unknown> } => {
    const store = new Map<string, unknown>();
    return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
  };
  /** A fetch that answers each call with the next of `answers`. */
  const answering = (...answers: (() => Response)[]) => {
    const fetch = vi.fn(async () => (answers.shift() ?? (() => new Response('', { status: 500 })))());
    return fetch as unknown as typeof globalThis.fetch & typeof fetch;
  };
  const ok = () => new Response(JSON.stringify(good));
  const failing =
    (status: number, headers: Record<string, string> = {}) =>
    () =>
      new Response('{}', { status, headers });

  it('answers from the bundled table at once during the back-off, then asks again; a success clears it', async () => {
    const cache = memory();
    const fetch = answering(failing(500), ok);
    let now = NOW;
    const ask = (day: string) => ratesFor(day, { cache, fetch, now: () => now });
    expect(await ask('2020-12-19')).toMatchObject({ source: 'ECB, bundled', failure: 'service-error' });
    now += SERVICE_BACKOFF_MS - 1;
    // Another day, another popup: no request, the failure's code still said.
    expect(await ask('latest')).toMatchObject({ source: 'ECB, bundled', failure: 'service-error' });
    expect(fetch).toHaveBeenCalledTimes(1);
    now += 1;
    expect(await ask('2020-12-19')).toMatchObject({ source: 'ECB via Frankfurter' });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(cache.store.get(BACKOFF_KEY)).toBeNull();
  });

  it('waits as long as a 429’s Retry-After says, in seconds or as a date', async () => {
    for (const retryAfter of ['1800', new Date(NOW + 1800_000).toUTCString()]) {
      const cache = memory();
      const fetch = answering(failing(429, { 'retry-after': retryAfter }), ok);
      await ratesFor('latest', { cache, fetch, now: () => NOW });
      await ratesFor('latest', { cache, fetch, now: () => NOW + 1799_000 });
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(await ratesFor('latest', { cache, fetch, now: () => NOW + 1800_000 })).toMatchObject({
        source: 'ECB via Frankfurter',
      });
    }
  });

  it('still answers from a cached rate set during a back-off', async () => {
    const cache = memory();
    const fetch = answering(ok, failing(503));
    await ratesFor('2020-12-19', { cache, fetch, now: () => NOW });
    await ratesFor('2020-12-20', { cache, fetch, now: () => NOW });
    expect(await ratesFor('2020-12-19', { cache, fetch, now: () => NOW })).toMatchObject({
      source: 'ECB via Frankfurter',
    });
  });
});
