import { describe, expect, it } from 'vitest';
import { monthNumber, pad } from '@/utils/format/calendar';

describe('monthNumber', () => {
  it.each([
    ['January', 1],
    ['jan', 1],
    ['Jan.', 1],
    ['MAY', 5],
    ['Sept', 9],
    ['Sep.', 9],
    ['december', 12],
    ['Ju', 0],
    ['Mayday', 0],
    ['', 0],
  ])('%j is month %i', (name, month) => {
    expect(monthNumber(name)).toBe(month);
  });
});

describe('pad', () => {
  it.each([
    [7, 2, '07'],
    [12, 2, '12'],
    [2020, 4, '2020'],
    [5, 4, '0005'],
  ])('pad(%i, %i) is %j', (n, width, text) => {
    expect(pad(n, width)).toBe(text);
  });
});
