import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { traditionalUnitConversion, usesAcres } from '@/utils/format/units';

describe('traditional Chinese units', () => {
  // Sentences written for the test, in the way GT words them.
  it.each([
    ['The village restored 30,000 mu of farmland.', '30,000 mu', { amount: 30_000, unit: 'mu' }],
    ['Each household harvested 500 jin of rice.', '500 jin', { amount: 500, unit: 'jin' }],
    ['A sack of seed weighs 20 gongjin.', '20 gongjin', { amount: 20, unit: 'gongjin' }],
    ['The fields stretch for 8 li along the river.', '8 li', { amount: 8, unit: 'li' }],
  ])('the engine reads "%s" as a quantity that keeps its unit', (sentence, text, value) => {
    const found = analyze({ published: null, paragraphs: [sentence] }).mentions.filter((m) => m.type === 'QUANTITY');
    expect(found.map((m) => [m.text, m.value])).toEqual([[text, value]]);
  });

  it('leaves the name Li and words that start like a unit alone', () => {
    const found = analyze({ published: null, paragraphs: ['He met 3 Li family members and 5 lions.'] }).mentions;
    expect(found.filter((m) => m.type === 'QUANTITY')).toEqual([]);
  });

  it.each([
    [{ amount: 30_000, unit: 'mu' }, 'en-GB', '≈ 2,000 ha'],
    [{ amount: 30_000, unit: 'mu' }, 'en-US', '≈ 2,000 ha (4,940 ac)'],
    [{ amount: 1.2e6, unit: 'mu' }, 'en-GB', '≈ 80,000 ha'],
    [{ amount: 500, unit: 'jin' }, 'en-US', '≈ 250 kg'],
    [{ amount: 20, unit: 'gongjin' }, 'en-GB', '≈ 20 kg'],
    [{ amount: 8, unit: 'li' }, 'en-GB', '≈ 4 km'],
    [{ amount: 8, unit: 'li' }, 'zh-CN', '≈ 4公里'],
    [{ amount: 30_000, unit: 'mu' }, 'zh-CN', '≈ 2,000公顷'],
  ])('converts %o for %s as %s', (value, locale, expected) => {
    expect(traditionalUnitConversion(value, locale)).toBe(expected);
  });

  it('converts a range end to end', () => {
    expect(traditionalUnitConversion({ amount: 1_500, max: 3_000, unit: 'mu' }, 'en-GB')).toBe('≈ 100–200 ha');
  });

  it('has nothing to say of other units or of no value', () => {
    expect(traditionalUnitConversion({ amount: 300, unit: 'ha' }, 'en-US')).toBeNull();
    expect(traditionalUnitConversion({ amount: 3, unit: 'km' }, 'en-US')).toBeNull();
    expect(traditionalUnitConversion(null, 'en-US')).toBeNull();
    expect(traditionalUnitConversion({ unit: 'mu' }, 'en-US')).toBeNull();
  });

  it('gives acres to readers in the US only', () => {
    expect([
      usesAcres('en-US'),
      usesAcres('en'),
      usesAcres('en-GB'),
      usesAcres('zh-CN'),
      usesAcres('not a tag!'),
    ]).toEqual([true, true, false, false, false]);
  });
});
