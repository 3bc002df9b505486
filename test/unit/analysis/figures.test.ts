import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import type { Mention, MentionType } from '@/utils/analysis/types';

// Saturday, as the seed article.
const PUBLISHED = '2020-12-19T22:25:59+08:00';

function mentionsIn(text: string, published: string | null = PUBLISHED): Mention[] {
  return analyze({ published, paragraphs: [text] }).mentions;
}

function only(type: MentionType, text: string, published?: string | null) {
  return mentionsIn(text, published).filter((m) => m.type === type);
}

describe('MONEY', () => {
  it.each([
    [
      "Shaoxing's GDP is expected to exceed 600 billion yuan this year.",
      '600 billion yuan',
      { amount: 600e9, currency: 'CNY' },
    ],
    ['The fund holds RMB 5 billion in bonds.', 'RMB 5 billion', { amount: 5e9, currency: 'CNY' }],
    ['It raised 5.2 trillion yuan last year.', '5.2 trillion yuan', { amount: 5.2e12, currency: 'CNY' }],
    ['Sales hit 2 billion renminbi.', '2 billion renminbi', { amount: 2e9, currency: 'CNY' }],
    ['A CNY 300 million loan was signed.', 'CNY 300 million', { amount: 300e6, currency: 'CNY' }],
    ['Tickets cost ¥300 each.', '¥300', { amount: 300, currency: 'CNY' }],
    ['A bowl of noodles costs 15元 here.', '15元', { amount: 15, currency: 'CNY' }],
    ['The deal is worth $92 billion.', '$92 billion', { amount: 92e9, currency: 'USD' }],
    ['It borrowed US$1.5 million.', 'US$1.5 million', { amount: 1.5e6, currency: 'USD' }],
    ['The bonds total USD 20 million.', 'USD 20 million', { amount: 20e6, currency: 'USD' }],
    ['It invested 100 million US dollars.', '100 million US dollars', { amount: 100e6, currency: 'USD' }],
    ['It invested 155 million U.S. dollars.', '155 million U.S. dollars', { amount: 155e6, currency: 'USD' }],
    ['The IPO raised HK$2 billion.', 'HK$2 billion', { amount: 2e9, currency: 'HKD' }],
    ['The plant cost €3.5 million.', '€3.5 million', { amount: 3.5e6, currency: 'EUR' }],
    ['The plant cost 40 million euros.', '40 million euros', { amount: 40e6, currency: 'EUR' }],
    ['A ticket costs £200.', '£200', { amount: 200, currency: 'GBP' }],
    ['It sold for 1,000 yen.', '1,000 yen', { amount: 1000, currency: 'JPY' }],
    ['It sold for JPY 5 million.', 'JPY 5 million', { amount: 5e6, currency: 'JPY' }],
    ['The bank lent 10 billion Swiss francs.', '10 billion Swiss francs', { amount: 10e9, currency: 'CHF' }],
    ['Exports reached 5 million Australian dollars.', '5 million Australian dollars', { amount: 5e6, currency: 'AUD' }],
    ['It was fined $3 mln.', '$3 mln', { amount: 3e6, currency: 'USD' }],
    ['It was fined $5m last week.', '$5m', { amount: 5e6, currency: 'USD' }],
    ['It was fined $2bn.', '$2bn', { amount: 2e9, currency: 'USD' }],
    ['Output was 2.5 bln yuan.', '2.5 bln yuan', { amount: 2.5e9, currency: 'CNY' }],
    ['Deposits were 1.2 tn yuan.', '1.2 tn yuan', { amount: 1.2e12, currency: 'CNY' }],
    ['Prizes of 5 thousand yuan were given.', '5 thousand yuan', { amount: 5000, currency: 'CNY' }],
    ['It inflated sales by $322.60 million.', '$322.60 million', { amount: 322.6e6, currency: 'USD' }],
    ['The price was 1,234.56 yuan.', '1,234.56 yuan', { amount: 1234.56, currency: 'CNY' }],
    ['Revenue is expected at 5-6 billion yuan.', '5-6 billion yuan', { amount: 5e9, max: 6e9, currency: 'CNY' }],
    ['It plans a 20-billion-yuan plant.', '20-billion-yuan', { amount: 20e9, currency: 'CNY' }],
    ['The deal is worth $3-4 billion.', '$3-4 billion', { amount: 3e9, max: 4e9, currency: 'USD' }],
    [
      'Musicians earning more than 10,000 yuan a month.',
      '10,000 yuan',
      { amount: 10000, currency: 'CNY', qualifier: 'more than' },
    ],
    [
      'It raked in about 155 million US dollars.',
      '155 million US dollars',
      { amount: 155e6, currency: 'USD', qualifier: 'about' },
    ],
  ])('%s → %s', (sentence, text, value) => {
    const money = only('MONEY', sentence);
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ text, value });
    expect(money[0]!.value).toEqual(value);
  });

  it('links a bracketed conversion to the amount it converts', () => {
    const m = mentionsIn(
      'GDP will exceed 600 billion yuan ($92 billion) this year, and 2.25 billion yuan (about $322.6 million) was lost.',
    );
    const money = m.filter((x) => x.type === 'MONEY');
    expect(money.map((x) => x.text)).toEqual([
      '600 billion yuan',
      '$92 billion',
      '2.25 billion yuan',
      '$322.6 million',
    ]);
    expect(money[1]!.conversionOf).toBe(m.indexOf(money[0]!));
    expect(money[3]!.conversionOf).toBe(m.indexOf(money[2]!));
    expect(money[0]!.conversionOf).toBeUndefined();
    expect(money[2]!.conversionOf).toBeUndefined();
  });

  it('keeps the currency but leaves out an amount that cannot be represented', () => {
    expect(only('MONEY', 'A claim of 99999999999999999999 trillion yuan was rejected.')).toEqual([
      expect.objectContaining({ text: '99999999999999999999 trillion yuan', value: { currency: 'CNY' } }),
    ]);
  });
});

describe('MONEY ranges in words', () => {
  // Only a DATE range is one mention (annotation guide): a range in words is two amounts.
  it.each([
    [
      'Revenue is expected at 5 to 6 billion yuan.',
      [
        ['5', { amount: 5e9, currency: 'CNY' }],
        ['6 billion yuan', { amount: 6e9, currency: 'CNY' }],
      ],
    ],
    [
      'Revenue is between 3 and 4 billion yuan.',
      [
        ['3', { amount: 3e9, currency: 'CNY', qualifier: 'between' }],
        ['4 billion yuan', { amount: 4e9, currency: 'CNY' }],
      ],
    ],
    [
      'The deal is worth $3 billion to $4 billion.',
      [
        ['$3 billion', { amount: 3e9, currency: 'USD' }],
        ['$4 billion', { amount: 4e9, currency: 'USD' }],
      ],
    ],
  ])('%s gives two amounts', (sentence, expected) => {
    expect(only('MONEY', sentence).map((m) => [m.text, m.value])).toEqual(expected);
  });
});

describe('PERCENT, QUANTITY, CARDINAL', () => {
  it.each([
    ['Growth was 5.3 percent.', 'PERCENT', '5.3 percent', { percent: 5.3 }],
    ['Sales rose 12% on year.', 'PERCENT', '12%', { percent: 12 }],
    ['Rates fell 2 percentage points.', 'PERCENT', '2 percentage points', { percent: 2, points: true }],
    ['Rates may rise 5-6 percent.', 'PERCENT', '5-6 percent', { percent: 5, max: 6 }],
    [
      'Shaoxing lies about 200 kilometers southwest of Shanghai.',
      'QUANTITY',
      '200 kilometers',
      { amount: 200, unit: 'km', qualifier: 'about' },
    ],
    ['The park covers 120,000 square meters.', 'QUANTITY', '120,000 square meters', { amount: 120000, unit: 'm2' }],
    ['The farm will add 2GW of capacity.', 'QUANTITY', '2GW', { amount: 2, unit: 'GW' }],
    ['The port handled 3 million tons of coal.', 'QUANTITY', '3 million tons', { amount: 3e6, unit: 't' }],
    ['Latency fell to 4.2 milliseconds.', 'QUANTITY', '4.2 milliseconds', { amount: 4.2, unit: 'ms' }],
    ['It was -35C in Mohe.', 'QUANTITY', '-35C', { amount: -35, unit: '°C' }],
    [
      'Winter nights there drop to minus 40 degrees Celsius.',
      'QUANTITY',
      'minus 40 degrees Celsius',
      { amount: -40, unit: '°C' },
    ],
    ['Trains run at 120 km/h.', 'QUANTITY', '120 km/h', { amount: 120, unit: 'km/h' }],
    ['Trains run at 200 km per hour.', 'QUANTITY', '200 km per hour', { amount: 200, unit: 'km/h' }],
    ['The trip took 23 days.', 'QUANTITY', '23 days', { amount: 23, unit: 'day' }],
    ['It has stood for 60 years.', 'QUANTITY', '60 years', { amount: 60, unit: 'year' }],
    ['The index closed at 2,883.1 points.', 'QUANTITY', '2,883.1 points', { amount: 2883.1, unit: 'points' }],
    ['The 344-km line opened.', 'QUANTITY', '344-km', { amount: 344, unit: 'km' }],
    ['It signed 12 co-operative projects.', 'CARDINAL', '12', { amount: 12 }],
    ['With a population of 5 million, it is large.', 'CARDINAL', '5 million', { amount: 5e6 }],
    ['Some 3,000 residents moved.', 'CARDINAL', '3,000', { amount: 3000, qualifier: 'about' }],
    ['It will launch 240 small satellites.', 'CARDINAL', '240', { amount: 240 }],
    ['It shipped 120 million doses.', 'CARDINAL', '120 million', { amount: 120e6 }],
    ['The network carried 3.39 billion passengers.', 'CARDINAL', '3.39 billion', { amount: 3.39e9 }],
  ])('%s → %s %s', (sentence, type, text, value) => {
    const found = only(type as MentionType, sentence);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text });
    expect(found[0]!.value).toEqual(value);
  });

  it.each([
    'One car parts center and several projects.',
    'Industries like 5G and big data.',
    'It was overbought by 2.6 times and by 1,147 times.',
    'By 10:46 am shares were up; the launch was at 3:10 pm.',
    'It was the 268th mission of the series.',
    "COVID-19 cases fell; the Long March-2D and Chang'e-4 flew.",
    'Shares hit the10 percent daily limit.',
    'Seven percent of the shares were sold.',
    'Numbers like 1,2,3 and 1e309 are no figures.',
    'A lone $ sign, yuan yuan, ¥¥ and 元 are no money.',
  ])('labels nothing in %j', (sentence) => {
    expect(mentionsIn(sentence).filter((m) => m.type !== 'PERSON' && m.type !== 'ORG' && m.type !== 'PLACE')).toEqual(
      [],
    );
  });
});

describe('DATE', () => {
  it.each([
    ['Photo taken on June 21, 2018 shows the area.', 'June 21, 2018', { date: '2018-06-21' }],
    ['Photo taken on Jan. 7, 2020 shows the plant.', 'Jan. 7, 2020', { date: '2020-01-07' }],
    ['Published Dec 19, 2020.', 'Dec 19, 2020', { date: '2020-12-19' }],
    ['Signed on 19 December 2020 in Shaoxing.', '19 December 2020', { date: '2020-12-19' }],
    ['The city grew in 2019.', '2019', { year: 2019 }],
    ['The projects were signed on Saturday.', 'Saturday', { date: '2020-12-19' }],
    ['Regulators said on Friday that they will act.', 'Friday', { date: '2020-12-18' }],
    ['The report was published on Monday.', 'Monday', { date: '2020-12-14' }],
    ['GDP will exceed the target this year.', 'this year', { year: 2020 }],
    ['Tracks built by the end of last year.', 'last year', { year: 2019 }],
    ['Prices rose last month.', 'last month', { month: '2020-11' }],
    ['Trials were launched in May this year.', 'May this year', { month: '2020-05' }],
    ['Fake coupons were used from April 2019 on.', 'April 2019', { month: '2019-04' }],
    ['The plan was released in early June.', 'June', { month: '2020-06' }],
    ['The launch at 2 pm on August 4 went well.', 'August 4', { date: '2020-08-04' }],
    ['Sales from January to July rose.', 'January to July', { from: { month: '2020-01' }, to: { month: '2020-07' } }],
    [
      'The holiday runs from February 11 to 17.',
      'February 11 to 17',
      { from: { date: '2020-02-11' }, to: { date: '2020-02-17' } },
    ],
    ['The plan covers 2016-2030.', '2016-2030', { from: { year: 2016 }, to: { year: 2030 } }],
    [
      'Output in the first seven months of the year rose.',
      'first seven months of the year',
      { year: 2020, period: 'first seven months' },
    ],
    ['Growth in the latter half of 2021 slowed.', 'latter half of 2021', { year: 2021, period: 'latter half' }],
  ])('%s → %s', (sentence, text, value) => {
    const dates = only('DATE', sentence);
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ text, value });
  });

  it('puts a month without a year in the year before when it lies far ahead of publication', () => {
    expect(only('DATE', 'Exports rose in December.', '2021-01-05T10:00:00+08:00')[0]!.value).toEqual({
      month: '2020-12',
    });
    expect(only('DATE', 'It opened on October 31.', '2020-12-23T10:00:00+08:00')[0]!.value).toEqual({
      date: '2020-10-31',
    });
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(only('DATE', 'It was signed on Saturday in 2019.', null).map((m) => m.value)).toEqual([
      null,
      { year: 2019 },
    ]);
  });

  it.each(['Growth in recent years was fast.', 'The Long March rocket flew.', 'You may go now.', 'It will march on.'])(
    'labels no date in %j',
    (s) => {
      expect(only('DATE', s)).toEqual([]);
    },
  );
});
