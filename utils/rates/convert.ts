/** Conversions between currencies through CNY. */
import { formatDay } from '../format/mention-format';
import type { RateSet } from './types';

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

/** "≈ $91.8 billion at the ECB rate of Dec 18, 2020": what the hover card and popup say of an amount. */
export function conversionLine(
  amount: number,
  from: string,
  to: string,
  set: RateSet,
  format: (amount: number, currency: string) => string,
  locale?: string,
): string | null {
  if (from === to) return null;
  const value = convert(amount, from, to, set);
  if (value === null) return null;
  return `≈ ${format(value, to)} at the ECB rate of ${formatDay(set.date, locale)}${set.fallback ? ' (bundled, offline)' : ''}`;
}
