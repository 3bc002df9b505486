/** Exchange rates as the converter uses them: CNY as the base, with their day and source. */

export interface RateSet {
  base: 'CNY';
  /** The business day the rates are of. */
  date: string;
  /** The day asked for ("latest" or YYYY-MM-DD); differs from `date` on weekends and holidays. */
  requested: string;
  /** Units of each currency for 1 CNY; CNY itself is 1. */
  rates: Record<string, number>;
  source: 'ECB via Frankfurter' | 'ECB, bundled';
  /** Why the bundled table was used instead of live rates, when it was (for logs, never shown). */
  fallback?: string;
  /** The same, as a code the interface words (it compares codes, never sentences). */
  failure?: RatesFailure;
  /** Currencies the ECB no longer quotes on this day, with the day of their last quote (HRK: 2022-12-30). */
  ended?: Record<string, string>;
}

/**
 * Why live rates could not be used: the network unreachable (`offline`), the service silent past
 * the timeout (`no-answer`), answering with an HTTP error (`service-error`: 500, 429…), or with
 * an answer we cannot trust (`bad-answer`: malformed JSON, impossible rates).
 */
export const RATES_FAILURES = ['offline', 'no-answer', 'service-error', 'bad-answer'] as const;
export type RatesFailure = (typeof RATES_FAILURES)[number];
export const isRatesFailure = (x: unknown): x is RatesFailure => RATES_FAILURES.includes(x as RatesFailure);

/** A currency code as the ECB writes it: "USD". */
export const isCurrencyCode = (x: unknown): x is string => typeof x === 'string' && /^[A-Z]{3}$/.test(x);

/** A calendar day as rates are dated: "2020-12-18". */
export const isDay = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d\d-\d\d$/.test(x);
