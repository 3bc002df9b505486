/**
 * The free converter's input: amounts as readers copy them from an article ("600 billion yuan",
 * "¥600bn", "RMB 5 billion", "HK$2 billion", "2.5bn", "6e11", "1,234.5"), with the currency
 * when the text names one. Errors are message keys, so the interface words them in its language.
 */
import { MAGNITUDE } from '../analysis/numbers';
import { CURRENCIES } from './currencies';

export type AmountError = 'amountEmpty' | 'amountNoNumber' | 'amountNotNumber' | 'amountNegative' | 'amountTooLarge';

export type ParsedAmount = { value: number; currency: string | null } | { error: AmountError; word?: string };

// Size words as powers of ten: the engine's table, plus the short forms readers type.
const POWER: Record<string, number> = { b: 9, t: 12, ...MAGNITUDE, mn: 6 };

// Symbols before the number, longest first so that "HK$" wins over "$".
const SYMBOLS: [string, string][] = [
  ['us$', 'USD'],
  ['hk$', 'HKD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD'],
  ['a$', 'AUD'],
  ['c$', 'CAD'],
  ['r$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['₩', 'KRW'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
];

// Currency names, before or after the number; the converter's own codes are taken as themselves.
const NAMES: Record<string, string> = {
  yuan: 'CNY',
  rmb: 'CNY',
  renminbi: 'CNY',
  yen: 'JPY',
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'hong kong dollar': 'HKD',
  'hong kong dollars': 'HKD',
  'hk dollars': 'HKD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  won: 'KRW',
  rupee: 'INR',
  rupees: 'INR',
  rouble: 'RUB',
  roubles: 'RUB',
  ruble: 'RUB',
  rubles: 'RUB',
};

const CODES = new Set(CURRENCIES);
const currencyOf = (word: string) => NAMES[word] ?? (CODES.has(word.toUpperCase()) ? word.toUpperCase() : undefined);

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
  if (size && POWER[size[1]!] !== undefined) {
    power = POWER[size[1]!]!;
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
