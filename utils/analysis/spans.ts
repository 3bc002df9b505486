/** Overlap tests against sorted, non-overlapping spans in O(log n), so long texts stay linear. */
import { lastIndexWhere } from '../binary-search';

export interface Span {
  start: number;
  end: number;
}

/** Returns a test "does [start, end) overlap any of these spans?" for spans sorted by start. */
export function overlaps(sorted: readonly Span[]): (start: number, end: number) => boolean {
  return (start, end) => {
    // The last span starting before `end` is the only one that can reach into [start, end).
    const found = lastIndexWhere(sorted.length, (i) => sorted[i]!.start < end);
    return found >= 0 && sorted[found]!.end > start;
  };
}
