import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastIndexWhere } from '@/utils/binary-search';

describe('lastIndexWhere', () => {
  it.each([
    [[], 5, -1],
    [[1, 3, 5], 0, -1],
    [[1, 3, 5], 1, 0],
    [[1, 3, 5], 4, 1],
    [[1, 3, 5], 9, 2],
  ])('in %j, the last value at most %i is at %i', (values, limit, index) => {
    expect(lastIndexWhere(values.length, (i) => values[i]! <= limit)).toBe(index);
  });

  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, limit) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.reduce((found, v, i) => (v <= limit ? i : found), -1);
        expect(lastIndexWhere(sorted.length, (i) => sorted[i]! <= limit)).toBe(linear);
      }),
    );
  });
});
