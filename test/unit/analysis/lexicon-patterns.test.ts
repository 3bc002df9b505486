import { describe, expect, it } from 'vitest';
import { entryPattern, findFigures } from '@/utils/analysis/figures';

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

  it('fail at load, naming the file and the pattern, when a pattern has a capturing group', () => {
    const pairs = [
      ['km/h|kph', 'km/h'],
      ['(kilo)?watt[- ]hours?', 'kWh'],
    ];
    expect(() => entryPattern('units.json', pairs)).toThrow(
      'lexicon/units.json: a capturing group in "(kilo)?watt[- ]hours?"',
    );
    expect(() => entryPattern('units.json', [['(?<kilo>kilo)?watt', 'kWh']])).toThrow('a capturing group in');
    const fine = [['(?:kilo)?watt[- ]hours?', 'kWh']];
    expect(entryPattern('units.json', fine)).toBe('((?:kilo)?watt[- ]hours?)');
  });
});
