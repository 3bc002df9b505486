/**
 * The free converter's input: amounts as readers copy them from an article ("600 billion yuan",
 * "¥600bn", "RMB 5 billion", "HK$2 billion", "2.5bn", "6e11", "1,234.5"), with the currency
 * when the text names one. Errors are message keys, so the interface words them in its language.
 */

import { pairs as currencyNames } from '../analysis/lexicon/currency-names.json';
import { pairs as currencySymbols } from '../analysis/lexicon/currency-symbols.json';
import { MAGNITUDE } from '../analysis/numbers';
import { CURRENCIES } from './currencies';

export type AmountError = 'amountEmpty' | 'amountNoNumber' | 'amountNotNumber' | 'amountNegative' | 'amountTooLarge';

export type ParsedAmount = { value: number; currency: string | null } | { error: AmountError; word?: string };

// The engine's lexicon: symbols before an amount ("HK$" before "$") and names as patterns ("US dollars?").
const SYMBOLS = (currencySymbols as [string, string][]).map(([symbol, code]) => [symbol.toLowerCase(), code] as const);
const NAMES = (currencyNames as [string, string][]).map(
  ([pattern, code]) => [new RegExp(`^(?:${pattern})$`, 'i'), code] as const,
);
const CODES = new Set(CURRENCIES);

/** The currency a word or phrase names: an ECB code as itself, else a name from the lexicon. */
function currencyOf(words: string): string | undefined {
  if (CODES.has(words.toUpperCase())) return words.toUpperCase();
  return NAMES.find(([pattern]) => pattern.test(words))?.[1];
}

const NUMBER = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+)(?:e([+-]?\d+))?/;

/** Splits a leading currency (symbol or name) from the rest. */
function leadingCurrency(text: string): { currency: string | null; rest: string } {
  const symbol = SYMBOLS.find(([s]) => text.startsWith(s));
  if (symbol) return { currency: symbol[1], rest: text.slice(symbol[0].length).trim() };
  const word = /^([a-z]{3,8})\s?(?=[-.\d])/.exec(text);
  const code = word && currencyOf(word[1]!);
  return code ? { currency: code, rest: text.slice(word[0].length) } : { currency: null, rest: text };
}

/** Reads an amount; a currency named in the text comes back with it (null when none is named). */
export function parseAmount(input: string): ParsedAmount {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!text) return { error: 'amountEmpty' };
  const lead = leadingCurrency(text);
  const m = NUMBER.exec(lead.rest);
  if (!m) return { error: currencyOf(text) ? 'amountNoNumber' : 'amountNotNumber', word: input.trim() };
  let currency = lead.currency;
  let power = 0;
  let rest = lead.rest.slice(m[0].length).trim();
  const size = /^([a-z]+)\b\s?/.exec(rest);
  if (size && MAGNITUDE[size[1]!] !== undefined) {
    power = MAGNITUDE[size[1]!]!;
    rest = rest.slice(size[0].length).trim();
  }
  if (rest) {
    const named = currencyOf(rest);
    if (!named || (currency && currency !== named)) return { error: 'amountNotNumber', word: input.trim() };
    currency = named;
  }
  const value = Number(m[1]!.replace(/,/g, '')) * 10 ** (Number(m[2] ?? 0) + power);
  if (!Number.isFinite(value) || Math.abs(value) > 1e18) return { error: 'amountTooLarge' };
  if (value < 0) return { error: 'amountNegative' };
  return { value, currency };
}
