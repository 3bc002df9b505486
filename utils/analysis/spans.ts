/** Overlap tests against sorted, non-overlapping spans in O(log n), so long texts stay linear. */

export interface Span {
  start: number;
  end: number;
}

/** Returns a test "does [start, end) overlap any of these spans?" for spans sorted by start. */
export function overlaps(sorted: readonly Span[]): (start: number, end: number) => boolean {
  return (start, end) => {
    // The last span starting before `end` is the only one that can reach into [start, end).
    let lo = 0;
    let hi = sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && sorted[found]!.end > start;
  };
}
