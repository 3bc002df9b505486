/** Conversions between currencies through CNY. */
import type { RateSet, RatesFailure } from './types';

/** `amount` of `from` in `to`, or null when a rate is missing. */
export function convert(amount: number, from: string, to: string, set: RateSet): number | null {
  const a = set.rates[from];
  const b = set.rates[to];
  if (!a || !b) return null;
  const value = (amount / a) * b;
  return Number.isFinite(value) ? value : null;
}

/**
 * The currency an amount is shown in, everywhere (popup, hover card): the reader's own, unless the
 * amount is already in it; then the yuan (GT's home currency), or for a yuan reader the dollar.
 */
export function conversionTarget(amountCurrency: string, readerCurrency: string): string {
  if (amountCurrency !== readerCurrency) return readerCurrency;
  return readerCurrency === 'CNY' ? 'USD' : 'CNY';
}

/** The rate 1 `from` = x `to`. */
export function rateOf(from: string, to: string, set: RateSet): number | null {
  return convert(1, from, to, set);
}

/**
 * Whether an article's own conversion ("600 billion yuan ($92 billion)") agrees with the ECB
 * rate of that day within 2%, and the rate it implies.
 */
export function checkConversion(
  original: { amount: number; currency: string },
  stated: { amount: number; currency: string },
  set: RateSet,
): { consistent: boolean; impliedRate: number; ecbRate: number; difference: number } | null {
  const ecbRate = rateOf(original.currency, stated.currency, set);
  if (!ecbRate || original.amount <= 0) return null;
  const impliedRate = stated.amount / original.amount;
  const difference = impliedRate / ecbRate - 1;
  return { consistent: Math.abs(difference) <= 0.02, impliedRate, ecbRate, difference };
}

/** An amount converted for a hover card: the value, its currency, the rates' day, and whether they are the bundled ones. */
export interface CardConversion {
  value: number;
  currency: string;
  date: string;
  bundled: boolean;
  /** Why the bundled ones, when the service said (types.ts): the card words offline and a failing service apart. */
  failure?: RatesFailure;
}

/**
 * An article's amount in the currency the shared rule picks for this reader (a USD amount for a
 * USD reader shows in yuan), or null when a rate is missing.
 */
export function cardConversion(
  money: { amount: number; currency: string },
  readerCurrency: string,
  set: RateSet,
): CardConversion | null {
  const to = conversionTarget(money.currency, readerCurrency);
  const value = convert(money.amount, money.currency, to, set);
  if (value === null) return null;
  const conversion = { value, currency: to, date: set.date, bundled: Boolean(set.fallback) };
  return set.failure ? { ...conversion, failure: set.failure } : conversion;
}
