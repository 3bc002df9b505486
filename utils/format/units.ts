/**
 * The traditional Chinese units GT writes ("30,000 mu of farmland", "500 jin of rice", "8 li")
 * in metric units, as the hover card shows them beside the figure: pure, Intl only.
 */

/** How many of the metric unit one traditional unit is (the PRC's statutory values). */
const TRADITIONAL: Record<string, { unit: 'hectare' | 'kilogram' | 'kilometer'; factor: number }> = {
  // 1 mu = 666⅔ m², so 15 mu = 1 ha.
  mu: { unit: 'hectare', factor: 1 / 15 },
  // 1 jin (市斤) = 0.5 kg; 1 gongjin (公斤) = 1 kg.
  jin: { unit: 'kilogram', factor: 0.5 },
  gongjin: { unit: 'kilogram', factor: 1 },
  // 1 li (市里) = 500 m.
  li: { unit: 'kilometer', factor: 0.5 },
};

const ACRES_PER_HECTARE = 2.471_053_8;

/** Whether a unit (as the engine normalizes it) is one this module converts. */
export const isTraditionalUnit = (unit: string) => Object.hasOwn(TRADITIONAL, unit);

/** Readers in the US measure land in acres: their locale's region says so ("en-US", or "en" maximized). */
export function usesAcres(locale?: string): boolean {
  try {
    const tag = locale ?? new Intl.NumberFormat().resolvedOptions().locale;
    return new Intl.Locale(tag).maximize().region === 'US';
  } catch {
    return false;
  }
}

/** "2,000 ha", "250 kg": three significant digits, the unit as the locale writes it. */
function measure(value: number, unit: string, locale?: string): string {
  const large = Math.abs(value) >= 1e6;
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumSignificantDigits: 3,
    ...(large ? { notation: 'compact', compactDisplay: 'short' } : {}),
  };
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value);
  }
}

/** One amount or a range "1,000–2,000 mu" in one unit. */
function span(amount: number, max: number | undefined, unit: string, factor: number, locale?: string): string {
  if (max === undefined) return measure(amount * factor, unit, locale);
  // The number once, the unit once: "67–133 ha" (formatRange keeps the locale's own dash and spacing).
  const options: Intl.NumberFormatOptions = { style: 'unit', unit, unitDisplay: 'short', maximumSignificantDigits: 3 };
  try {
    return new Intl.NumberFormat(locale, options).formatRange(amount * factor, max * factor);
  } catch {
    return `${measure(amount * factor, unit, locale)} – ${measure(max * factor, unit, locale)}`;
  }
}

/**
 * "≈ 2,000 ha" for "30,000 mu" ("≈ 2,000 ha (4,940 ac)" for a US reader), or null for a value
 * that is no quantity in a traditional unit.
 */
export function traditionalUnitConversion(value: unknown, locale?: string): string | null {
  const v = value as { amount?: unknown; max?: unknown; unit?: unknown } | null;
  if (!v || typeof v.amount !== 'number' || typeof v.unit !== 'string' || !isTraditionalUnit(v.unit)) return null;
  const max = typeof v.max === 'number' ? v.max : undefined;
  const { unit, factor } = TRADITIONAL[v.unit]!;
  const metric = span(v.amount, max, unit, factor, locale);
  if (unit !== 'hectare' || !usesAcres(locale)) return `≈ ${metric}`;
  return `≈ ${metric} (${span(v.amount, max, 'acre', factor * ACRES_PER_HECTARE, locale)})`;
}
