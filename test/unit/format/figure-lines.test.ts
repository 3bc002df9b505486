/**
 * A figure's card lines as the background words them ('figure-lines', 'convert-money'): in the
 * interface language, with the interface language's number and date forms.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '@/utils/analysis/types';
import { figureLines, interfaceValueWords, isFigureLines, moneyLine } from '@/utils/format/figure-lines';
import { useLocale } from '../locales/use-locale';

const figure = (type: Mention['type'], value: unknown) => ({ type, value }) as Pick<Mention, 'type' | 'value'>;

describe('figureLines', () => {
  afterEach(() => useLocale('en'));

  it.each([
    ['a day', figure('DATE', { date: '2020-12-19' }), 'en-US', 'Saturday, December 19, 2020', null],
    ['a week', figure('DATE', { week: '2020-12-14' }), 'en-US', 'week of Dec 14, 2020', null],
    ['percentage points', figure('PERCENT', { percent: 1.5, points: true }), 'en-US', '1.5 percentage points', null],
    ['30,000 mu', figure('QUANTITY', { amount: 30_000, unit: 'mu' }), 'en-GB', '30,000 mu', '≈ 2,000 ha'],
    ['200 km, no traditional unit', figure('QUANTITY', { amount: 200, unit: 'km' }), 'en-US', '200 km', null],
  ])('%s', (_, f, locale, value, conversion) => {
    const lines = figureLines(f, locale, interfaceValueWords());
    expect(lines).toEqual({ value, conversion });
    expect(isFigureLines(lines)).toBe(true);
  });

  it('speaks Chinese in a Chinese browser, as the popup does', async () => {
    await useLocale('zh_CN');
    const words = interfaceValueWords();
    expect(figureLines(figure('DATE', { week: '2020-12-14' }), 'zh-CN', words).value).toBe('2020年12月14日 那一周');
    expect(figureLines(figure('PERCENT', { percent: 2, points: true }), 'zh-CN', words).value).toBe('2 个百分点');
  });

  it('words a money conversion with the rates’ day, and says when the rates are the bundled ones', () => {
    const conversion = { value: 91.8e9, currency: 'USD', date: '2020-12-18', bundled: false };
    expect(moneyLine(conversion, 'en-US')).toBe('≈ $91.8 billion at the ECB rate of Dec 18, 2020');
    expect(moneyLine({ ...conversion, bundled: true, failure: 'offline' }, 'en-US')).toBe(
      '≈ $91.8 billion at the ECB rate of Dec 18, 2020 (bundled, offline)',
    );
  });
});
