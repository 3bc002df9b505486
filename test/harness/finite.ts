/**
 * The paths of every number in a value that is not finite. `JSON.stringify` is no check: it
 * writes NaN and Infinity as `null`, so a NaN amount looks like an absent one.
 */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => nonFiniteNumbers(v, `${path}.${key}`));
}
