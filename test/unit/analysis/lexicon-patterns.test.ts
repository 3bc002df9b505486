import { describe, expect, it } from 'vitest';
import { findFigures } from '@/utils/analysis/figures';
import { patternPairs } from '@/utils/analysis/lexicon-patterns';

describe('lexicon patterns', () => {
  it('pass as they are, each read back to its own unit', () => {
    const units = findFigures('A train at 120 km/h used 40 kWh and 3 MWh.', null).map((f) => f.value);
    expect(units).toEqual([
      { amount: 120, unit: 'km/h' },
      { amount: 40, unit: 'kWh' },
      { amount: 3, unit: 'MWh' },
    ]);
  });

  it('fail at load, naming the file and the pattern, when a pattern has a capturing group', () => {
    const pairs = [
      ['km/h|kph', 'km/h'],
      ['(kilo)?watt[- ]hours?', 'kWh'],
    ];
    expect(() => patternPairs('units.json', pairs)).toThrow(
      'lexicon/units.json: the pattern "(kilo)?watt[- ]hours?" has a capturing group',
    );
    expect(patternPairs('units.json', [['(?:kilo)?watt[- ]hours?', 'kWh']])).toEqual([
      ['(?:kilo)?watt[- ]hours?', 'kWh'],
    ]);
  });

  it('fail at load on a pattern that is no regular expression, or stands for nothing', () => {
    expect(() => patternPairs('currency-names.json', [['dollars?(', 'USD']])).toThrow(
      'lexicon/currency-names.json: the pattern "dollars?(" is no regular expression',
    );
    expect(() => patternPairs('currency-names.json', [['yuan']])).toThrow('"yuan" stands for nothing');
  });
});
