/** The one binary search: text maps, mark pieces, figure spans and the rate table all use it. */

/**
 * The last index i in [0, length) for which `before(i)` holds, where `before` is true for a
 * prefix of the indexes and false after it; -1 when it holds for none.
 */
export function lastIndexWhere(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
