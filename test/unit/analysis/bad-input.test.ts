import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';

const PUBLISHED = '2020-12-19T22:25:59+08:00';
const SEED_SENTENCE =
  "Shaoxing's GDP is expected to exceed 600 billion yuan ($92 billion) this year, Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee said. ";

/** Every number in a value is finite: no NaN, no Infinity, nothing absurd. */
function finiteValues(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
  if (value && typeof value === 'object') return Object.values(value).every(finiteValues);
  return true;
}

describe('bad input', () => {
  it.each([
    ['empty paragraphs', ['', '', '']],
    ['no paragraphs', []],
    ['text with no spaces', ['a'.repeat(200_000)]],
    ['one huge number', [`${'9'.repeat(100_000)} yuan`]],
    ['mixed scripts', ['上海Shanghai市的GDP达到6000亿元，即600 billion yuan，由马伟光Ma Weiguang宣布。']],
    ['broken numbers', ['1,2,3 and 1e309 and 1.2.3 and ,000 and 12,34 yuan']],
    ['currency without amount', ['$ and yuan yuan and ¥¥ and HK$ and RMB']],
    ['absurd amount', ['99999999999999999999 trillion yuan and 1e309 yuan']],
    ['only punctuation', ['((( ))) ... ,,, ;;; "" ’’']],
    ['right-to-left and emoji', ['مرحبا بالعالم 12 🚀🚀 Shanghai 5%']],
  ])('%s: no exception, offsets point at their text, values are finite', (_name, paragraphs) => {
    const { mentions } = analyze({ published: PUBLISHED, paragraphs });
    for (const m of mentions) {
      expect(paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
      expect(finiteValues(m.value)).toBe(true);
    }
  });

  it('reads mixed-script text around the English', () => {
    const { mentions } = analyze({
      published: PUBLISHED,
      paragraphs: ['上海Shanghai市 signed 600 billion yuan with Ma Weiguang。'],
    });
    expect(mentions.map((m) => `${m.type} ${m.text}`)).toEqual([
      'PLACE Shanghai',
      'MONEY 600 billion yuan',
      'PERSON Ma Weiguang',
    ]);
  });

  it('handles 1 MB of article text in one paragraph and in many', () => {
    const paragraph = SEED_SENTENCE.repeat(Math.ceil(1_000_000 / SEED_SENTENCE.length));
    const one = analyze({ published: PUBLISHED, paragraphs: [paragraph] });
    const many = analyze({ published: PUBLISHED, paragraphs: paragraph.match(/[^.]+\./g)! });
    const count = Math.ceil(1_000_000 / SEED_SENTENCE.length);
    for (const { mentions } of [one, many]) {
      expect(mentions.filter((m) => m.text === '600 billion yuan')).toHaveLength(count);
      expect(mentions.filter((m) => m.type === 'PERSON')).toHaveLength(count);
    }
  });
});
