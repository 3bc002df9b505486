import { describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/analysis/types';
import { describeValue } from '@/utils/format/mention-format';
import { contrast, isDarkColor, LABELS, markCss, PALETTE } from '@/utils/page/mark-style';

describe('describeValue', () => {
  it.each([
    [{ type: 'MONEY', value: { amount: 600e9, currency: 'CNY' } }, 'CN¥600 billion'],
    [{ type: 'MONEY', value: { amount: 92e9, currency: 'USD' } }, '$92 billion'],
    [{ type: 'MONEY', value: { amount: 10000, currency: 'CNY', qualifier: 'more than' } }, 'more than CN¥10,000'],
    [{ type: 'MONEY', value: { amount: 5e9, max: 6e9, currency: 'CNY' } }, 'CN¥5 billion – CN¥6 billion'],
    [{ type: 'MONEY', value: { currency: 'CNY' } }, 'an amount in CNY too large to show'],
    [{ type: 'PERCENT', value: { percent: 5.3 } }, '5.3%'],
    [{ type: 'PERCENT', value: { percent: 2, points: true } }, '2 percentage points'],
    [{ type: 'QUANTITY', value: { amount: 200, unit: 'km', qualifier: 'about' } }, 'about 200 km'],
    [{ type: 'CARDINAL', value: { amount: 5e6 } }, '5 million'],
    [{ type: 'DATE', value: { date: '2020-12-19' } }, 'Saturday, December 19, 2020'],
    [{ type: 'DATE', value: { month: '2019-04' } }, 'April 2019'],
    [{ type: 'DATE', value: { year: 2020 } }, '2020'],
    [{ type: 'DATE', value: { year: 2020, period: 'first seven months' } }, 'first seven months of 2020'],
    [{ type: 'DATE', value: { from: { month: '2020-01' }, to: { month: '2020-07' } } }, 'January 2020 – July 2020'],
    [{ type: 'PLACE', value: null }, null],
  ] as [Pick<Mention, 'type' | 'value'>, string | null][])('%j → %s', (mention, text) => {
    expect(describeValue(mention, 'en-US')).toBe(text);
  });
});

describe('mark style', () => {
  it.each(LABELS.flatMap((l) => (['light', 'dark'] as const).map((s) => [l, s] as const)))(
    '%s on a %s page has AA contrast',
    (label, scheme) => {
      const swatch = PALETTE[scheme][label];
      expect(contrast(swatch.text, swatch.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives every label its own look beyond color: entity labels differ in underline style', () => {
    const css = markCss();
    for (const label of LABELS)
      expect(css).toContain(`[data-gtl-label="${label}"]{background-color:${PALETTE.light[label].background}`);
    expect(
      new Set(
        ['PERSON', 'ORG', 'PLACE'].map(
          (l) => css.match(new RegExp(`"${l}"\\]\\{[^}]*text-decoration-style:(\\w+)`))![1],
        ),
      ).size,
    ).toBe(3);
    expect(css).not.toMatch(/mark\.gt-lens-mark\{[^}]*padding:[^0]/);
  });

  it.each([
    ['rgb(255, 255, 255)', false],
    ['rgb(18, 18, 18)', true],
    ['rgba(0, 0, 0, 0)', false],
    ['rgb(40 44 52)', true],
    ['transparent', false],
  ])('%s is dark: %s', (css, dark) => {
    expect(isDarkColor(css)).toBe(dark);
  });
});
