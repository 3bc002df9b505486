/**
 * Live ECB rates from Frankfurter (api.frankfurter.dev, not the .app host whose redirect breaks
 * CORS), validated before use: a response we cannot trust is an error, never a rate.
 */
import { isCurrencyCode, isDay, type RateSet, type RatesFailure } from './types';

export const RATES_HOST = 'https://api.frankfurter.dev';
export const TIMEOUT_MS = 5000;

export function ratesUrl(requested: string): string {
  return `${RATES_HOST}/v1/${requested === 'latest' ? 'latest' : requested}?base=CNY`;
}

/** A failed request: its message for logs, its code for the interface, and the service's Retry-After header. */
export class RatesError extends Error {
  constructor(
    message: string,
    readonly failure: RatesFailure,
    readonly retryAfter: string | null = null,
  ) {
    super(message);
  }
}

/** Checks a Frankfurter answer: base CNY, a real date, and plausible positive rates. */
export function parseRates(json: unknown, requested: string): RateSet {
  if (!json || typeof json !== 'object') throw new Error('the rate service answered with no data');
  const { base, date, rates } = json as Record<string, unknown>;
  if (base !== 'CNY') throw new Error(`the rate service answered for ${String(base)}, not CNY`);
  if (!isDay(date) || Number.isNaN(Date.parse(date))) {
    throw new Error('the rate service gave no valid date');
  }
  if (requested !== 'latest' && date > requested)
    throw new Error('the rate service answered for a later day than asked');
  if (!rates || typeof rates !== 'object') throw new Error('the rate service gave no rates');
  const out: Record<string, number> = { CNY: 1 };
  for (const [code, value] of Object.entries(rates as Record<string, unknown>)) {
    // 1 CNY is between about 0.1 (GBP, EUR) and 2,500 (IDR) of any ECB currency.
    if (
      !isCurrencyCode(code) ||
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value <= 0.001 ||
      value > 100_000
    ) {
      throw new Error(`the rate service gave an impossible rate for ${code}`);
    }
    out[code] = value;
  }
  if (!out.USD || !out.EUR) throw new Error('the rate service left out USD or EUR');
  return { base: 'CNY', date, requested, rates: out, source: 'ECB via Frankfurter' };
}

export async function fetchLiveRates(
  requested: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = TIMEOUT_MS,
): Promise<RateSet> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchImpl(ratesUrl(requested), {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
    } catch (err) {
      throw controller.signal.aborted
        ? new RatesError(`the rate service did not answer within ${timeoutMs / 1000} s`, 'no-answer')
        : new RatesError(`the rate service could not be reached (${(err as Error).message})`, 'offline');
    }
    if (!response.ok)
      throw new RatesError(
        `the rate service answered HTTP ${response.status}`,
        'service-error',
        response.headers.get('retry-after'),
      );
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      // A body cut off by the timeout is silence, not garbage.
      throw controller.signal.aborted
        ? new RatesError(`the rate service did not finish its answer within ${timeoutMs / 1000} s`, 'no-answer')
        : new RatesError('the rate service answered with malformed JSON', 'bad-answer');
    }
    try {
      return parseRates(json, requested);
    } catch (err) {
      throw new RatesError((err as Error).message, 'bad-answer');
    }
  } finally {
    clearTimeout(timer);
  }
}
