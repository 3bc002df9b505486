import { describe, expect, it } from 'vitest';
import { entryOf, entryPattern, findFigures } from '@/utils/analysis/figures';
import { pairs as currencyNames } from '@/utils/analysis/lexicon/currency-names.json';
import { pairs as units } from '@/utils/analysis/lexicon/units.json';

describe('lexicon patterns', () => {
  it('read each match back to its own unit', () => {
    const found = findFigures('A train at 120 km/h used 40 kWh and 3 MWh, for 5 yuan.', null).map((f) => f.value);
    expect(found).toEqual([
      { amount: 120, unit: 'km/h' },
      { amount: 40, unit: 'kWh' },
      { amount: 3, unit: 'MWh' },
      { amount: 5, currency: 'CNY' },
    ]);
  });

  it('find the entry that matched even when an entry carries a capturing group', () => {
    const pairs = [
      ['(kilo)?watt[- ]hours?|kWh', 'kWh'],
      ['(mega)watt[- ]hours?|MWh', 'MWh'],
      ['(?:gigawatt[- ]hours?|GWh)', 'GWh'],
    ];
    const re = new RegExp(`^(?:${entryPattern(pairs)})$`);
    expect(
      ['kilowatt hours', 'kWh', 'megawatt hours', 'MWh', 'GWh'].map((t) => pairs[entryOf(re.exec(t)!)]![1]),
    ).toEqual(['kWh', 'kWh', 'MWh', 'MWh', 'GWh']);
  });

  it('hold no named group of their own (it would shift the entries after it)', () => {
    for (const [source] of [...units, ...currencyNames]) expect(source, source).not.toMatch(/\(\?<[A-Za-z]/);
  });
});
