/** Conversions between currencies through CNY, and the free converter's amount parsing. */
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

const MAGNITUDES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

/** "600 billion", "6e11", "1,234.5", "2.5bn" → a number; anything else → a short reason. */
export function parseAmount(input: string): { value: number } | { error: string } {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { error: 'Enter an amount.' };
  const m = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+)(?:e([+-]?\d{1,3}))?\s?([a-z]+)?$/.exec(text);
  if (!m) return { error: 'Not a number: try 600 billion, 6e11 or 1,234.5.' };
  const [, digits, exponent, word] = m;
  const scale = word === undefined ? 1 : MAGNITUDES[word];
  if (scale === undefined) return { error: `Unknown size word “${word}”.` };
  const value = Number(digits!.replace(/,/g, '')) * 10 ** Number(exponent ?? 0) * scale;
  if (!Number.isFinite(value) || Math.abs(value) > 1e18) return { error: 'That amount is too large.' };
  if (value < 0) return { error: 'Enter a positive amount.' };
  return { value };
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
