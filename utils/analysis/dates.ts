/**
 * DATE mentions: calendar references resolved against the publication date (Beijing time).
 * "Saturday" is the last Saturday on or before the day the article was published; a month
 * without a year is in the publication year unless that puts it more than six months ahead.
 */
import { monthNumber, pad } from '../format/calendar';
import { words as monthCues } from './lexicon/month-cues.json';
import type { DateValue } from './types';

export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface DateSpan {
  start: number;
  end: number;
  value: DateValue | null;
  /** The pattern that matched (annotate --explain). */
  reason: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Abbreviations need their period, except where a day number follows ("Dec 19").
const MONTH = `(?:${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)(?=\\s+\\d))`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?!\\d)(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)(?!\\d)';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleven|twelve|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}';

/**
 * Words that may open a sentence, in either case: the pattern is case-sensitive, which V8
 * compiles a third faster than the same pattern with the i flag on a cold page.
 */
const opening = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
const RELATIVE = opening('this|last|next|past');

// Every pattern starts a word: the scan leaves a position inside a word at its first check.
// Sticky: tried only where CANDIDATES finds a word that may open one.
const PATTERNS = new RegExp(
  `(?<![\\w])(?:${[
    // 19 December 2020
    `(?<dmyD>${DAY})\\s+(?<dmyM>${MONTH}),?\\s+(?<dmyY>${YEAR})`,
    // Nov 30, 2024, to Dec 31, 2025 (a range of full dates is one DATE)
    `(?<fdM>${MONTH})\\s+(?<fdD>${DAY}),?\\s+(?<fdY>${YEAR}),?\\s+(?:to|through|until|-|–)\\s+(?<fdM2>${MONTH})\\s+(?<fdD2>${DAY}),?\\s+(?<fdY2>${YEAR})`,
    // January to July (a range of months is one DATE)
    `(?<rangeA>${FULL_MONTH})\\s+(?:to|through|-|–)\\s+(?<rangeB>${FULL_MONTH})(?:,?\\s+(?<rangeY>${YEAR}))?`,
    // February 11 to 17 (days of one month)
    `(?<drM>${MONTH})\\s+(?<drA>${DAY})\\s?(?:to|-|–)\\s?(?<drB>${DAY})(?:,?\\s+(?<drY>${YEAR}))?`,
    // Dec 19, 2020 / Oct. 4 / June 21, 2018
    `(?<mdM>${MONTH})\\s+(?<mdD>${DAY})(?:,?\\s+(?<mdY>${YEAR}))?`,
    // April 2019 / May this year
    `(?<myM>${MONTH}),?\\s+(?:(?<myY>${YEAR})|(?<myRel>this|last|next)\\s+year)`,
    // first seven months of the year / latter half of 2021 / first quarter of this year
    `(?<period>(?:${opening('first|second|third|fourth|last|latter|final|past')})\\s+(?:(?:${ORDINAL_WORDS})\\s+months|half|quarter))\\s+of\\s+(?:(?<periodY>${YEAR})|the\\s+year|(?<periodRel>this|last|next)\\s+year)`,
    // first quarter / First-quarter GDP: a quarter of the publication year
    `(?<quarter>(?:${opening('first|second|third|fourth')})[-\\s]quarter)(?![\\w-])`,
    // 2016-2030, 2021-25, 2019 to 2021
    `(?<yrA>${YEAR})(?:\\s?[-–]\\s?(?<yrB>${YEAR}|\\d\\d(?!\\d))|\\s+(?:to|through)\\s+(?<yrB2>${YEAR}))`,
    // this summer / last winter / 2024 summer season (lowercase: "Spring Festival" is a festival)
    `(?:(?<seasonRel>${RELATIVE})|(?<seasonY>${YEAR}))\\s+(?<season>summer|autumn|fall|winter|spring)(?:\\s+season)?(?![\\w])`,
    // the 1990s
    `(?<decade>(?:1[89]|20)\\d0)s(?![\\w'’])`,
    // Wednesday to Thursday (a range of weekdays is one DATE)
    `(?<wrA>${WEEKDAY})\\s+(?:to|through|-|–)\\s+(?<wrB>${WEEKDAY})`,
    // last Monday / Saturday
    `(?:(?<wdRel>${opening('last|next|this')})\\s+)?(?<wd>${WEEKDAY})`,
    // last March / next June: the nearest such month before or after the publication month
    `(?<mRel>${opening('last|next|this')})\\s+(?<mRelM>${FULL_MONTH})(?![\\w])`,
    // this year / last month / next week
    `(?<rel>${RELATIVE})\\s+(?<relUnit>year|month|week)`,
    `(?<dayRel>${opening('yesterday|tomorrow')})`,
    // A month alone; checked against its neighbours below.
    `(?<bare>${FULL_MONTH})`,
  ].join('|')})`,
  'y',
);

/**
 * Where a date may start: a digit, or a word that opens one of the patterns (months, weekdays,
 * "this", "first", "yesterday"...). A plain scan with this short list, then PATTERNS only here,
 * takes half the time of scanning every position of the text with all the patterns.
 */
const CANDIDATES =
  /(?<![\w])(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|this|last|next|past|first|second|third|fourth|latter|final|yesterday|tomorrow)/gi;

/** The matches of PATTERNS in the text, left to right and never overlapping, as a global scan would find them. */
function* dateMatches(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (const candidate of text.matchAll(CANDIDATES)) {
    if (candidate.index < from) continue;
    PATTERNS.lastIndex = candidate.index;
    const match = PATTERNS.exec(text);
    if (match) {
      from = match.index + match[0].length;
      yield match;
    }
  }
}

// The first group of each pattern above, and the pattern's name.
const DATE_RULES = [
  ['dmyD', 'day-month-year'],
  ['fdM', 'full-date-range'],
  ['rangeA', 'month-range'],
  ['drM', 'day-range'],
  ['mdM', 'month-day'],
  ['myM', 'month-year'],
  ['period', 'period'],
  ['quarter', 'quarter'],
  ['yrA', 'year-range'],
  ['season', 'season'],
  ['decade', 'decade'],
  ['wrA', 'weekday-range'],
  ['wd', 'weekday'],
  ['mRel', 'relative-month'],
  ['rel', 'relative'],
  ['dayRel', 'yesterday-tomorrow'],
  ['bare', 'month'],
] as const;

// Words after which a bare month is a month ("in May", "early June", "since March").
const MONTH_CONTEXT = new RegExp(`\\b(?:${monthCues.join('|')})[\\s-]*$`, 'i');

const ymd = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const ym = (y: number, m: number) => `${y}-${pad(m)}`;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function shiftDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(day: Day): number {
  return new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
}

/** The year of a month named without one. */
function yearOfMonth(month: number, pub: Day): number {
  return month - pub.m > 6 ? pub.y - 1 : pub.y;
}

function relativeYear(rel: string | undefined, pub: Day): number {
  return pub.y + (rel?.toLowerCase() === 'last' ? -1 : rel?.toLowerCase() === 'next' ? 1 : 0);
}

/** The publication day from an ISO time in Beijing ("2020-12-19T22:25:59+08:00"). */
export function publicationDay(published: string | null): Day | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

/** "this summer" (in the publication year), "last winter", "2024 summer season". */
function season(g: Record<string, string | undefined>, pub: Day | null): DateValue | null | undefined {
  if (g.season !== g.season!.toLowerCase()) return undefined;
  const period = g.season!.replace('autumn', 'fall');
  if (g.seasonY) return { year: +g.seasonY, period };
  const step = { this: 0, last: -1, past: -1, next: 1 }[g.seasonRel!.toLowerCase() as 'this'] ?? 0;
  return pub ? { year: pub.y + step, period } : null;
}

/** The last day on or before `pub` that falls on a weekday (its name). */
function lastWeekday(name: string, pub: Day): Day {
  return shiftDays(pub, -((weekday(pub) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7));
}

/** "Nov 30, 2024, to Dec 31, 2025". */
function dateRange(g: Record<string, string | undefined>): DateValue | undefined {
  const from = { y: +g.fdY!, m: monthNumber(g.fdM!), d: parseInt(g.fdD!, 10) };
  const to = { y: +g.fdY2!, m: monthNumber(g.fdM2!), d: parseInt(g.fdD2!, 10) };
  if (!validDay(from.y, from.m, from.d) || !validDay(to.y, to.m, to.d) || ymd(to) <= ymd(from)) return undefined;
  return { from: { date: ymd(from) }, to: { date: ymd(to) } };
}

/** "Wednesday to Thursday": from the last such first day, to the next such second day after it. */
function weekdayRange(g: Record<string, string | undefined>, pub: Day | null): DateValue | null {
  if (!pub) return null;
  const from = lastWeekday(g.wrA!, pub);
  const gap = (WEEKDAYS.indexOf(g.wrB!.toLowerCase()) - WEEKDAYS.indexOf(g.wrA!.toLowerCase()) + 7) % 7 || 7;
  return { from: { date: ymd(from) }, to: { date: ymd(shiftDays(from, gap)) } };
}

/** "last March": the latest March before the publication month; "next June": the first after it. */
function relativeMonth(g: Record<string, string | undefined>, pub: Day | null): DateValue | null {
  if (!pub) return null;
  const m = monthNumber(g.mRelM!);
  const rel = g.mRel!.toLowerCase();
  const y = rel === 'last' ? (m < pub.m ? pub.y : pub.y - 1) : rel === 'next' ? (m > pub.m ? pub.y : pub.y + 1) : pub.y;
  return { month: ym(y, m) };
}

function resolve(g: Record<string, string | undefined>, pub: Day | null): DateValue | null | undefined {
  if (g.fdM) return dateRange(g);
  if (g.quarter) return pub ? { year: pub.y, period: g.quarter.toLowerCase().replace('-', ' ') } : null;
  if (g.wrA) return weekdayRange(g, pub);
  if (g.mRel) return relativeMonth(g, pub);
  if (g.dmyD) {
    const [y, m, d] = [+g.dmyY!, monthNumber(g.dmyM!), parseInt(g.dmyD, 10)];
    return validDay(y, m, d) ? { date: ymd({ y, m, d }) } : undefined;
  }
  if (g.rangeA) {
    const y = g.rangeY ? +g.rangeY : pub ? yearOfMonth(monthNumber(g.rangeA), pub) : null;
    if (y === null) return null;
    return { from: { month: ym(y, monthNumber(g.rangeA)) }, to: { month: ym(y, monthNumber(g.rangeB!)) } };
  }
  if (g.drM) {
    const m = monthNumber(g.drM);
    const [a, b] = [parseInt(g.drA!, 10), parseInt(g.drB!, 10)];
    const y = g.drY ? +g.drY : pub ? yearOfMonth(m, pub) : null;
    if (y === null) return null;
    return b > a && validDay(y, m, a) && validDay(y, m, b)
      ? { from: { date: ymd({ y, m, d: a }) }, to: { date: ymd({ y, m, d: b }) } }
      : undefined;
  }
  if (g.mdM) {
    const m = monthNumber(g.mdM);
    const d = parseInt(g.mdD!, 10);
    const y = g.mdY ? +g.mdY : pub ? yearOfMonth(m, pub) : null;
    if (y === null) return null;
    return validDay(y, m, d) ? { date: ymd({ y, m, d }) } : undefined;
  }
  if (g.myM) {
    const m = monthNumber(g.myM);
    if (g.myY) return { month: ym(+g.myY, m) };
    return pub ? { month: ym(relativeYear(g.myRel, pub), m) } : null;
  }
  if (g.period) {
    const y = g.periodY ? +g.periodY : pub ? relativeYear(g.periodRel, pub) : null;
    return y === null ? null : { year: y, period: g.period.toLowerCase().replace(/\s+/g, ' ') };
  }
  if (g.yrA) {
    const a = +g.yrA;
    const late = g.yrB ?? g.yrB2!;
    const b = late.length === 2 ? Math.floor(a / 100) * 100 + +late : +late;
    return b > a ? { from: { year: a }, to: { year: b } } : undefined;
  }
  if (g.season) return season(g, pub);
  if (g.decade) return { year: +g.decade, period: 'decade' };
  if (g.wd) {
    if (!pub) return null;
    const target = WEEKDAYS.indexOf(g.wd.toLowerCase());
    const rel = g.wdRel?.toLowerCase();
    let back = (weekday(pub) - target + 7) % 7;
    if (rel === 'last' && back === 0) back = 7;
    if (rel === 'next') return { date: ymd(shiftDays(pub, (target - weekday(pub) + 7) % 7 || 7)) };
    return { date: ymd(shiftDays(pub, -back)) };
  }
  if (g.rel) {
    if (!pub) return null;
    const step = { this: 0, last: -1, past: -1, next: 1 }[g.rel.toLowerCase() as 'this'] ?? 0;
    const unit = g.relUnit!.toLowerCase();
    if (unit === 'year') return g.rel.toLowerCase() === 'past' ? undefined : { year: pub.y + step };
    if (unit === 'month') {
      const t = new Date(Date.UTC(pub.y, pub.m - 1 + step, 1));
      return { month: ym(t.getUTCFullYear(), t.getUTCMonth() + 1) };
    }
    const monday = shiftDays(pub, -((weekday(pub) + 6) % 7) + 7 * step);
    return { week: ymd(monday) };
  }
  if (g.dayRel) {
    return pub ? { date: ymd(shiftDays(pub, g.dayRel.toLowerCase() === 'yesterday' ? -1 : 1)) } : null;
  }
  if (g.bare) {
    const m = monthNumber(g.bare);
    return pub ? { month: ym(yearOfMonth(m, pub), m) } : null;
  }
  return undefined;
}

/**
 * Every DATE span in a paragraph, except bare years (the figure scanner decides those, since
 * "2019" may also be a count). `undefined` from resolve means "not a date after all".
 */
export function findDates(text: string, pub: Day | null): DateSpan[] {
  const out: DateSpan[] = [];
  for (const match of dateMatches(text)) {
    const g = match.groups!;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 2);
    // Case matters for names: "may", "march" in lowercase are verbs.
    const lead = match[0][0]!;
    if ((g.bare || g.mdM || g.drM || g.myM || g.rangeA || g.wd) && !/[A-Z]/.test(g.wdRel ? (g.wd ?? '')[0]! : lead))
      continue;
    if (g.bare) {
      // "Long March-2D", "June Smith": part of a name. "may", "March" as words need a cue.
      if (/[A-Z][\w'’]*\s+$/.test(before) && !/(?:^|[.!?]\s+)\S+\s+$/.test(before) && !MONTH_CONTEXT.test(before))
        continue;
      if (/^\s?[-–]?\s?[A-Z0-9]/.test(text.slice(end, end + 3)) && !/^,/.test(after)) continue;
      if (/^(May|March)$/.test(g.bare) && !MONTH_CONTEXT.test(before)) continue;
    }
    if ((g.mdM || g.myM) && /\bLong\s+$/.test(before)) continue;
    const value = resolve(g, pub);
    if (value === undefined) continue;
    out.push({ start, end, value, reason: `date-${DATE_RULES.find(([group]) => g[group])?.[1]}` });
  }
  return out;
}
