import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { MAGNITUDE, numberValue } from '@/utils/analysis/numbers';

const figure = (sentence: string) => analyze({ published: null, paragraphs: [sentence] }).mentions[0];

describe('MAGNITUDE, the one table of size words', () => {
  it.each([
    ['k', 3],
    ['thousand', 3],
    ['m', 6],
    ['mn', 6],
    ['mln', 6],
    ['million', 6],
    ['b', 9],
    ['bn', 9],
    ['bln', 9],
    ['billion', 9],
    ['t', 12],
    ['tn', 12],
    ['trillion', 12],
  ])('holds %s as 10^%i', (word, power) => {
    expect(MAGNITUDE[word]).toBe(power);
  });

  it.each([
    ['The lender raised 4.5bn yuan last week.', 'MONEY', { amount: 4_500_000_000, currency: 'CNY' }],
    ['The lender raised 2 mln yuan last week.', 'MONEY', { amount: 2_000_000, currency: 'CNY' }],
    // The engine reads only the forms GT prints: a glued "t" after a number is tonnes, not trillions.
    ['The crane lifts 3t at a time.', 'QUANTITY', { amount: 3, unit: 't' }],
  ])('the engine reads %j', (sentence, type, value) => {
    expect(figure(sentence)).toMatchObject({ type, value });
  });

  it('the engine does not read a glued "b" as billions', () => {
    expect(analyze({ published: null, paragraphs: ['Seat 12b was empty.'] }).mentions).toEqual([]);
  });

  it.each([
    ['322.6', 6, 322_600_000],
    ['1,234.5', 3, 1_234_500],
    ['9007199254740993', 0, null],
    ['1.2.3', 0, null],
  ])('numberValue(%j, %i) is %j', (text, magnitude, value) => {
    expect(numberValue(text, magnitude)).toBe(value);
  });
});
