/** Numbers as GT prints them: "578", "5.3", "120,000", "2.25 billion", "5m", "3tn". */

/**
 * Every size word written after a number, as a power of ten: the one table of the project. The
 * engine reads the forms GT prints (figures.ts lists them); the converter reads them all, also
 * the "5b", "3t" and "2mn" readers type.
 */
export const MAGNITUDE: Readonly<Record<string, number>> = {
  thousand: 3,
  k: 3,
  million: 6,
  mln: 6,
  mn: 6,
  m: 6,
  billion: 9,
  bln: 9,
  bn: 9,
  b: 9,
  trillion: 12,
  tn: 12,
  t: 12,
};

/**
 * The exact value of a number string times 10^magnitude, computed on the decimal digits so
 * that "322.6 million" is 322600000 and not 322600000.00000006. Null when the result cannot be
 * represented exactly (beyond 2^53) or the text is not a number.
 */
export function numberValue(text: string, magnitude = 0): number | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.replace(/,/g, ''));
  if (!m) return null;
  const frac = m[2] ?? '';
  const value = Number(`${m[1]}${frac}e${magnitude - frac.length}`);
  return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? value : null;
}
