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

/** "2,000 ha", "250 kg", "67–133 ha": three significant digits, the unit and the range as the locale writes them. */
function measure(amount: number, max: number | undefined, unit: string, locale?: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumSignificantDigits: 3,
  });
  return max === undefined ? format.format(amount) : format.formatRange(amount, max);
}

/**
 * "≈ 2,000 ha" for "30,000 mu" ("≈ 2,000 ha (4,940 ac)" for a US reader), or null for a value
 * that is no quantity in a traditional unit.
 */
export function traditionalUnitConversion(value: unknown, locale?: string): string | null {
  const v = value as { amount?: unknown; max?: unknown; unit?: unknown } | null;
  if (!v || typeof v.amount !== 'number' || typeof v.unit !== 'string' || !isTraditionalUnit(v.unit)) return null;
  const { unit, factor } = TRADITIONAL[v.unit]!;
  const convert = (to: string, by: number) =>
    measure((v.amount as number) * by, typeof v.max === 'number' ? v.max * by : undefined, to, locale);
  try {
    const metric = convert(unit, factor);
    if (unit !== 'hectare' || !usesAcres(locale)) return `≈ ${metric}`;
    return `≈ ${metric} (${convert('acre', factor * ACRES_PER_HECTARE)})`;
  } catch {
    // A locale or a browser without unit formatting: the figure stands as written.
    return null;
  }
}
