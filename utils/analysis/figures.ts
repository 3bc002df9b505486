/**
 * Figures in one paragraph: MONEY, PERCENT, QUANTITY, CARDINAL and DATE, with their values.
 * One left-to-right pass over the numbers, reading currency, magnitude, range and unit words
 * around each; dates are found first so their digits are not counted again.
 */
import type { DateRule } from './date-rules';
import { type Day, findDates } from './dates';
import type { FigureRule } from './figure-rules';
import { VESSEL_NUMBER } from './knowledge';
import { words as abbreviations } from './lexicon/abbreviations.json';
import { words as currencyCodes } from './lexicon/currency-codes.json';
import { pairs as currencyNames } from './lexicon/currency-names.json';
import { pairs as currencySymbols } from './lexicon/currency-symbols.json';
import { pairs as units } from './lexicon/units.json';
import { MAGNITUDE, numberValue } from './numbers';
import { overlaps } from './spans';
import type { FigureType, FigureValue, Qualifier } from './types';

export interface FigureSpan {
  type: FigureType;
  start: number;
  end: number;
  value: FigureValue | null;
  /** The rule that made it (annotate --explain). */
  reason: FigureRule | DateRule;
}

/**
 * Lexicon entries that are patterns (units, currency names) are joined into one pattern, one
 * capturing group each, and the entry that matched is read by its group's number: a capturing
 * group inside an entry would shift every entry after it ("120 km/h" read as mph). Checked at
 * load, loudly. (Named groups would need no check, but make every match a third slower.)
 */
export const entryPattern = (file: string, pairs: readonly (readonly string[])[]) =>
  pairs
    .map(([re]) => {
      if (new RegExp(`${re}|`).exec('')!.length > 1) throw new Error(`lexicon/${file}: a capturing group in "${re}"`);
      return `(${re})`;
    })
    .join('|');
const entryOf = (m: RegExpExecArray) => m.slice(1).findIndex((g) => g !== undefined);

// Currencies written before the amount: symbols, then ISO codes and RMB.
const PREFIX_SYMBOLS = currencySymbols as [string, string][];
// The currencies the ECB quotes, plus CNY's other names; usable before or after an amount.
export const ISO_CODES = currencyCodes;
const PREFIX_CODE = new RegExp(`(?:^|[^\\w])((?:RMB|${ISO_CODES.join('|')})\\s?)$`);
// Currency names after the amount, longest first: "US dollars" before "dollars".
const SUFFIX_CURRENCIES: [string, string][] = [
  ...(currencyNames as [string, string][]),
  ...ISO_CODES.map((c): [string, string] => [c, c]),
];
const SUFFIX_CURRENCY = new RegExp(`^[\\s-]?(?:${entryPattern('currency-names.json', SUFFIX_CURRENCIES)})(?![\\w])`);

// Units of measure and spans of time, normalized; compound forms first.
const UNITS = units as [string, string][];
// Case-sensitive (units after a number are written as listed): compiled a third faster on a cold page.
const UNIT = new RegExp(`^(?:\\s|-)?(?:${entryPattern('units.json', UNITS)})(?![\\w²³])`);
// Units glued to the number only: "2GW", "-35C", "100m".
const GLUED_UNIT = /^(?:(C)|(F)|(m)|(g)|(t)|(W))(?![\w])/;
const GLUED_UNIT_NAMES = ['°C', '°F', 'm', 'g', 't', 'W'];

const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
// The size words GT prints (a subset of MAGNITUDE): "5 billion", "5bn"; glued only: "5m", "5k".
const MAGNITUDE_WORDS = ['thousand', 'million', 'mln', 'billion', 'bln', 'bn', 'trillion', 'tn'];
const GLUED_MAGNITUDES = ['m', 'k', 'bn', 'tn'];
const MAGNITUDE_WORD = new RegExp(`^[\\s-]?(${MAGNITUDE_WORDS.join('|')})(?![\\w])`, 'i');
const GLUED_MAGNITUDE = new RegExp(`^(${GLUED_MAGNITUDES.join('|')})(?![\\w])`);
const PERCENT = /^\s?(?:(%)|(percent|per cent)(?![\w])|(percentage points?)(?![\w]))/i;
const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\b(?:more|greater|higher) than\s+$/i, 'more than'],
  [/\b(?:less|fewer|lower) than\s+$/i, 'less than'],
  [/\b(?:about|around|approximately|roughly|some|an estimated)\s+$/i, 'about'],
  [/\b(?:nearly|almost|close to)\s+$/i, 'nearly'],
  [/\bat least\s+$/i, 'at least'],
  [/\bat most\s+$/i, 'at most'],
  [/\bup to\s+$/i, 'up to'],
  [/\bover\s+$/i, 'over'],
  [/\bunder\s+$/i, 'under'],
  [/\bbetween\s+$/i, 'between'],
];

function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  return QUALIFIERS.find(([re]) => re.test(before))?.[1];
}

interface Amount {
  start: number;
  end: number;
  low: string;
  lowMag: number | null;
  high?: string;
  highMag?: number | null;
  negative: boolean;
  /**
   * A range in words ("5 to 6 billion yuan", "between 3 and 4"): where the first number's own
   * words end. The guide makes one mention of a DATE range only.
   */
  worded?: number;
}

function magnitudeAt(text: string, pos: number, glued: boolean): { mag: number; end: number } | null {
  const rest = text.slice(pos, pos + 12);
  const word = MAGNITUDE_WORD.exec(rest);
  if (word) return { mag: MAGNITUDE[word[1]!.toLowerCase()]!, end: pos + word[0].length };
  const g = glued ? GLUED_MAGNITUDE.exec(rest) : null;
  return g ? { mag: MAGNITUDE[g[1]!]!, end: pos + g[0].length } : null;
}

function numberAt(text: string, pos: number): string | null {
  NUMBER.lastIndex = pos;
  const m = NUMBER.exec(text);
  return m && !/^[\d]|^,\d|^\.\d/.test(text.slice(NUMBER.lastIndex, NUMBER.lastIndex + 2)) ? m[0] : null;
}

/** Reads "5", "5.2 billion", "5-6 billion", "5 to 6 billion", "3 and 4 billion" from `pos`. */
function readAmount(text: string, start: number, first: string, negative: boolean, money: boolean): Amount {
  let end = start + first.length;
  const lowMag = magnitudeAt(text, end, money);
  if (lowMag) end = lowMag.end;
  const amount: Amount = { start, end, low: first, lowMag: lowMag?.mag ?? null, negative };
  const range = /^(\s?(?:-|–|to|and)\s?)(?:US\$|HK\$|\$|€|£|¥)?/.exec(text.slice(end, end + 10));
  const worded = range !== null && /[a-z]/.test(range[1]!);
  // "from 29 to 38 countries" is a change between two figures: it need not rise.
  const change = worded && /\bfrom\s+$/i.test(text.slice(Math.max(0, start - 6), start));
  if (range && (range[1]!.trim() !== 'and' || qualifierBefore(text, start) === 'between')) {
    const second = numberAt(text, end + range[0].length);
    if (second) {
      let e2 = end + range[0].length + second.length;
      const highMag = magnitudeAt(text, e2, money);
      if (highMag) e2 = highMag.end;
      const high = numberValue(second, highMag?.mag ?? lowMag?.mag ?? 0);
      const low = numberValue(first, lowMag?.mag ?? highMag?.mag ?? 0);
      // A range rises: "5-6 billion"; "2020-21" or "10-3" are something else.
      if (low !== null && high !== null && (high > low || change)) {
        Object.assign(amount, { end: e2, high: second, highMag: highMag?.mag ?? null });
        if (worded) amount.worded = end;
      }
    }
  }
  return amount;
}

function values(a: Amount): { amount: number | null; max?: number } {
  const mag = a.lowMag ?? a.highMag ?? 0;
  const low = numberValue(a.low, mag);
  const sign = a.negative ? -1 : 1;
  if (low === null) return { amount: null };
  if (a.high === undefined) return { amount: sign * low };
  const high = numberValue(a.high, a.highMag ?? a.lowMag ?? 0);
  return high === null ? { amount: sign * low } : { amount: sign * low, max: sign * high };
}

function prefixCurrency(text: string, start: number): { code: string; start: number } | null {
  const before = text.slice(Math.max(0, start - 5), start);
  for (const [symbol, code] of PREFIX_SYMBOLS) {
    if (before.endsWith(symbol) || before.endsWith(`${symbol} `)) {
      const at = start - (before.endsWith(symbol) ? symbol.length : symbol.length + 1);
      // "US$" is taken whole above; a bare "$" after letters is part of another symbol.
      if (symbol === '$' && /[A-Za-z]$/.test(text.slice(0, at))) return null;
      return { code, start: at };
    }
  }
  const code = PREFIX_CODE.exec(text.slice(Math.max(0, start - 6), start));
  return code ? { code: code[1]!.trim() === 'RMB' ? 'CNY' : code[1]!.trim(), start: start - code[1]!.length } : null;
}

function suffixCurrency(text: string, pos: number): { code: string; end: number } | null {
  const m = SUFFIX_CURRENCY.exec(text.slice(pos, pos + 24));
  if (!m) return null;
  return { code: SUFFIX_CURRENCIES[entryOf(m)]![1], end: pos + m[0].length };
}

function unitAt(text: string, pos: number): { unit: string; end: number } | null {
  const rest = text.slice(pos, pos + 32);
  const glued = GLUED_UNIT.exec(rest);
  if (glued) return { unit: GLUED_UNIT_NAMES[glued.slice(1).findIndex(Boolean)]!, end: pos + glued[0].length };
  const m = UNIT.exec(rest);
  if (!m) return null;
  return { unit: UNITS[entryOf(m)]![1], end: pos + m[0].length };
}

const withQualifier = <T extends object>(v: T, q: Qualifier | undefined): T => (q ? { ...v, qualifier: q } : v);

// A capitalized word mid-sentence right before a number names a model, a law or a probe; the
// period of "Mr." or "St." ends no sentence ("Dear Mr. Wang 3", a film and its sequel).
const NAME_BEFORE = new RegExp(`(?:[^.!?"“:\\s]|\\b(?:${abbreviations.join('|')})\\.)\\s+([A-Z][A-Za-z'’]*)\\s$`);
const NOT_NAMING = new Set([...ISO_CODES, 'RMB', 'US', 'HK', 'No', 'Top', 'Over', 'Under', 'About', 'Nearly', 'Some']);

/** Veto identifier: "Chang'e 6", "Type 055", "Article 23": a name and its number, no count (a year stays a year). */
function identifier(text: string, start: number, digits: string): boolean {
  if (/^0\d/.test(digits)) return true;
  if (/[,.]/.test(digits) || (/^\d{4}$/.test(digits) && +digits >= 1800 && +digits < 2100)) return false;
  const word = NAME_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!word || NOT_NAMING.has(word) || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(word)) return false;
  // "the CCG 12 nautical miles away": a measure after the number makes it one.
  const rest = text.slice(text.indexOf(digits, start) + digits.length).slice(0, 32);
  return ![UNIT, PERCENT, MAGNITUDE_WORD, SUFFIX_CURRENCY].some((re) => re.test(rest));
}

// Veto event-number: "the 618 shopping festival", "this year's 11 gala": a day naming an event, no count.
const EVENT_BEFORE = /(?:\bthe|['’]s)\s$/i;
const EVENT_AFTER = /^\s(?:(?:online\s)?(?:shopping|sales|e-commerce)\s)?(?:festival|gala|carnival|spree)(?![\w])/i;

/** Veto score: "6-4", "10-3": a score or a vote, where the second number is not above the first. */
function score(digits: string, after: string): boolean {
  const second = /^[-–](\d+)(?!\d|[.,]\d)/.exec(after)?.[1];
  return second !== undefined && !/[,.]/.test(digits) && +second <= +digits;
}

/**
 * The vetoes on a number, each a rule of figure-rules.ts (named in the comments: the names are
 * not shipped): names and their numbers, scores, times of day, ordinals, multiples, ranks, hull
 * numbers, ratings, and numbers glued to letters that are no unit.
 */
function notAFigure(text: string, start: number, digits: string, after: string): boolean {
  return (
    identifier(text, start, digits) ||
    score(digits, after) ||
    /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w])/i.test(after) || // time-of-day
    /^(?:st|nd|rd|th)(?![\w])/.test(after) || // ordinal
    /^\s?(?:times|fold)(?![\w])/i.test(after) || // multiple
    /\bNo\.?\s*$/.test(text.slice(Math.max(0, start - 4), start)) || // rank
    // hull-number: "coast guard vessel 4410", flight numbers.
    VESSEL_NUMBER.test(text.slice(Math.max(0, start - 24), start)) ||
    // event-number
    (EVENT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) &&
      EVENT_AFTER.test(text.slice(start + digits.length, start + digits.length + 32))) ||
    // rating: "7.8/10".
    /^\/\d/.test(after) ||
    text[start - 1] === '/' ||
    // glued-letters
    (/^[A-Za-z]/.test(after) &&
      !GLUED_UNIT.test(after) &&
      !GLUED_MAGNITUDE.test(after) &&
      !/^(?:km|kg|cm|mm|GW|MW|kW|kWh|GWh|TWh|bn|tn)(?![\w])/.test(after))
  );
}

interface NumberAt {
  /** Where the digits start, and the digits. */
  index: number;
  digits: string;
  /** Where the figure starts: a minus sign or "minus" before the digits. */
  start: number;
  negative: boolean;
}

/**
 * Rule worded-range: a range in words is two figures ("5 to 6 billion yuan" gives "5" and "6
 * billion yuan"): the first, valued with the second's size, unit or currency, ends at its own
 * words; the second is read again on its own.
 */
function firstOfRange(span: FigureSpan, wordedEnd: number | undefined): FigureSpan {
  const value = span.value as { max?: number } | null;
  if (wordedEnd === undefined || value?.max === undefined) return span;
  const { max, ...rest } = value;
  return { ...span, end: wordedEnd, reason: 'worded-range', value: rest as FigureValue };
}

/** A MONEY figure at a number: a currency before it ("$5", "RMB 5") or after it ("5 yuan"). */
function moneyAt(text: string, n: NumberAt, lastEnd: number): FigureSpan | null {
  const found = n.negative ? null : prefixCurrency(text, n.start);
  const prefix = found && found.start >= lastEnd ? found : null;
  const amount = readAmount(text, n.index, n.digits, n.negative, true);
  const suffix = prefix ? null : suffixCurrency(text, amount.end);
  if (!prefix && !suffix) return null;
  const qualifier = qualifierBefore(text, prefix?.start ?? n.start);
  const { amount: value, max } = values(amount);
  const range = max === undefined ? {} : { max };
  const code = prefix?.code ?? suffix!.code;
  const span: FigureSpan = {
    type: 'MONEY',
    start: prefix?.start ?? n.start,
    end: suffix?.end ?? amount.end,
    reason: prefix ? 'money-before' : 'money-after',
    value: withQualifier({ ...(value === null ? {} : { amount: value }), ...range, currency: code }, qualifier),
  };
  return firstOfRange(span, amount.worded);
}

/** A PERCENT, QUANTITY, year or CARDINAL at a number that is no amount of money. */
function plainFigureAt(text: string, n: NumberAt, after: string): FigureSpan | null {
  const { start, digits, negative } = n;
  const qualifier = qualifierBefore(text, start);
  // Outside money a glued "m" is metres, not millions: re-read without glued magnitudes.
  const plain = readAmount(text, n.index, digits, negative, false);
  const plainValue = values(plain);
  const plainRange = plainValue.max === undefined ? {} : { max: plainValue.max };
  const percent = PERCENT.exec(text.slice(plain.end, plain.end + 22));
  if (percent && plainValue.amount !== null) {
    const value = { percent: plainValue.amount, ...plainRange, ...(percent[3] ? { points: true as const } : {}) };
    const span: FigureSpan = {
      type: 'PERCENT',
      start,
      end: plain.end + percent[0].length,
      reason: 'percent',
      value: withQualifier(value, qualifier),
    };
    return firstOfRange(span, plain.worded);
  }
  const unit = unitAt(text, plain.end);
  if (unit && plainValue.amount !== null) {
    const value = { amount: plainValue.amount, ...plainRange, unit: unit.unit };
    const span: FigureSpan = {
      type: 'QUANTITY',
      start,
      end: unit.end,
      reason: 'quantity',
      value: withQualifier(value, qualifier),
    };
    return firstOfRange(span, plain.worded);
  }
  if (/^[A-Za-z]/.test(after)) return null; // glued letters that are no unit we know
  const year = Number(digits);
  if (
    !negative &&
    plain.lowMag === null &&
    plain.high === undefined &&
    /^\d{4}$/.test(digits) &&
    year >= 1800 &&
    year < 2100
  )
    return { type: 'DATE', start, end: plain.end, value: { year }, reason: 'year' };
  if (plainValue.amount === null && plain.lowMag === null) return null; // too long to be a count
  const span: FigureSpan = {
    type: 'CARDINAL',
    start,
    end: plain.end,
    reason: 'cardinal',
    value: plainValue.amount === null ? null : withQualifier({ amount: plainValue.amount, ...plainRange }, qualifier),
  };
  return firstOfRange(span, plain.worded);
}

/** "up12 percent", "by3%": a change word glued to its percentage, a space the page lost. */
const lostSpace = (text: string, start: number, digits: string) =>
  /(?:^|[^\w])(?:up|down|by)$/.test(text.slice(Math.max(0, start - 5), start)) &&
  PERCENT.test(text.slice(start + digits.length, start + digits.length + 22));

/** Every figure in a paragraph, in text order, not overlapping. */
export function findFigures(text: string, pub: Day | null): FigureSpan[] {
  const spans: FigureSpan[] = findDates(text, pub).map((d) => ({ type: 'DATE', ...d }));
  const taken = overlaps(spans);
  const out: FigureSpan[] = [];
  const re = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    const digits = m[0];
    const prev = text[start - 1] ?? '';
    const next2 = text.slice(start + digits.length, start + digits.length + 2);
    // Veto glued-number: glued to other characters: "COVID-19", "5G", "1,2,3", "A320", "10:46";
    // but "up12 percent" is a change that lost its space.
    if (/[\w.,]/.test(prev) && !lostSpace(text, start, digits)) continue;
    if (/^\d|^,\d|^\.\d|^:\d/.test(next2)) continue;
    let negative = false;
    if (prev === '-' || prev === '−') {
      if (/[\w)]/.test(text[start - 2] ?? '')) continue; // "March-2D", "2021-25"
      negative = true;
      start -= 1;
    } else if (/\bminus\s+$/i.test(text.slice(Math.max(0, start - 7), start))) {
      negative = true;
      start -= /minus\s+$/i.exec(text.slice(start - 7, start))![0].length;
    }
    if (taken(start, m.index + digits.length)) continue;
    const after = text.slice(m.index + digits.length, m.index + digits.length + 12);
    if (notAFigure(text, start, digits, after)) continue;

    // A currency word already read as the suffix of the figure before is not this one's prefix ("0 RMB 0").
    const lastEnd = out.length ? out[out.length - 1]!.end : 0;
    const number: NumberAt = { index: m.index, digits, start, negative };
    const found = moneyAt(text, number, lastEnd);
    if (found && taken(found.start, found.end)) continue;
    const span = found ?? plainFigureAt(text, number, after);
    if (!span) continue;
    out.push(span);
    re.lastIndex = span.end;
  }
  return [...spans, ...out].sort((a, b) => a.start - b.start);
}
