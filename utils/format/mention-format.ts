/** Values of figures as the reader sees them in the hover card and the summary. */
import type { DateValue, FigureValue, Mention } from '../analysis/types';

const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A calendar day (YYYY-MM-DD) in the reader's short form: "Dec 18, 2020". */
export function formatDay(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcDate(iso));
}

/** The few words a value is told with, in the interface language (English by default). */
export interface ValueWords {
  weekOf: (day: string) => string;
  points: (number: string) => string;
  tooLarge: (currency: string) => string;
}

export const ENGLISH_VALUE_WORDS: ValueWords = {
  weekOf: (day) => `week of ${day}`,
  points: (number) => `${number} percentage points`,
  tooLarge: (currency) => `an amount in ${currency} too large to show`,
};

export function formatDateValue(v: DateValue, locale?: string, words = ENGLISH_VALUE_WORDS): string {
  if ('from' in v) return `${formatDateValue(v.from, locale, words)} – ${formatDateValue(v.to, locale, words)}`;
  if ('date' in v)
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(utcDate(v.date));
  if ('month' in v)
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      utcDate(`${v.month}-01`),
    );
  if ('week' in v) return words.weekOf(formatDay(v.week, locale));
  return v.period ? `${v.period} of ${v.year}` : String(v.year);
}

/** "91.8 billion" (three significant digits) for large numbers, "1,234.56" for others. */
function numberText(n: number, locale?: string): string {
  const large = Math.abs(n) >= 1e6;
  return new Intl.NumberFormat(
    locale,
    large ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 },
  ).format(n);
}

/**
 * "CN¥600 billion", "$92 billion", "CN¥10,000": the currency as the locale writes it around the
 * number, and the number in words for large amounts (Intl has no long compact currency style).
 */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).formatToParts(amount);
  } catch {
    return `${currency} ${numberText(amount, locale)}`;
  }
  const number = numberText(Math.abs(amount), locale);
  let placed = false;
  return parts
    .map((p) => {
      if (!['integer', 'group', 'decimal', 'fraction'].includes(p.type)) return p.value;
      if (placed) return '';
      placed = true;
      return number;
    })
    .join('');
}

/** The exact figure, for the hover title of a rounded one: "$91,782,199,985.03". */
export function exactMoney(amount: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${currency} ${amount.toFixed(2)}`;
  }
}

/** The resolved value in words, or null when the mention has none to show. */
export function describeValue(
  mention: Pick<Mention, 'type' | 'value'>,
  locale?: string,
  words = ENGLISH_VALUE_WORDS,
): string | null {
  const v = mention.value as (FigureValue & { qualifier?: string; max?: number }) | null;
  if (!v) return null;
  const q = v.qualifier && v.qualifier !== 'between' ? `${v.qualifier} ` : '';
  switch (mention.type) {
    case 'MONEY': {
      const m = v as { amount?: number; max?: number; currency: string };
      if (m.amount === undefined) return words.tooLarge(m.currency);
      const low = formatMoney(m.amount, m.currency, locale);
      return `${q}${m.max === undefined ? low : `${low} – ${formatMoney(m.max, m.currency, locale)}`}`;
    }
    case 'PERCENT': {
      const p = v as { percent: number; max?: number; points?: boolean };
      const range =
        p.max === undefined
          ? numberText(p.percent, locale)
          : `${numberText(p.percent, locale)}–${numberText(p.max, locale)}`;
      return `${q}${p.points ? words.points(range) : `${range}%`}`;
    }
    case 'QUANTITY': {
      const x = v as { amount: number; max?: number; unit: string };
      const range =
        x.max === undefined
          ? numberText(x.amount, locale)
          : `${numberText(x.amount, locale)}–${numberText(x.max, locale)}`;
      return `${q}${range} ${x.unit}`;
    }
    case 'CARDINAL': {
      const c = v as { amount: number; max?: number };
      return `${q}${c.max === undefined ? numberText(c.amount, locale) : `${numberText(c.amount, locale)}–${numberText(c.max, locale)}`}`;
    }
    case 'DATE':
      return formatDateValue(v as DateValue, locale, words);
    default:
      return null;
  }
}

/**
 * The role to print beside a name, if any: an organization's role is the expansion of its
 * acronym, which is usually the very name it is listed under.
 */
export const roleBesideName = (e: { name: string; role?: string }) => (e.role && e.role !== e.name ? e.role : null);
