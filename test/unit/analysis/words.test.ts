import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord } from '@/utils/analysis/words';
import { labelledSet } from '../../../scripts/labelled-sets';

/** The words as the pattern that states them finds them (utils/analysis/words.ts). */
const WORD =
  /(?:[A-Z]\.){1,3}[A-Z](?![a-z])|(?:[A-Za-z\u00C0-\u024F]|\?(?=[a-z]))(?:[A-Za-z\u00C0-\u024F0-9]|['’&](?=[A-Za-z\u00C0-\u024F0-9])|\.(?=[a-z])|\?(?=[A-Za-z\u00C0-\u024F]))*/g;

const byPattern = (text: string) => [...text.matchAll(WORD)].map((m) => [m[0], m.index]);
const byScanner = (text: string) => {
  const out: [string, number][] = [];
  eachWord(text, (word, start) => out.push([word, start]));
  return out;
};

describe('the words of a text', () => {
  it.each([
    [
      'initialisms, with or without their last dot',
      'The U.S. and U.S.A. and U.K, not U.Sa',
      ['U.S', 'U.S.A', 'U.K', 'U', 'Sa'],
    ],
    ['inner apostrophes and ampersands', "Chang'e-5 reached AT&T's orbit ’twas", ["Chang'e", "AT&T's", 'twas']],
    [
      'inner dots before lowercase only',
      'JD.com and China.Photo and thepaper.cn.',
      ['JD.com', 'China', 'Photo', 'thepaper.cn'],
    ],
    ['diacritics and digits', 'Türkiye, São Tomé, 5G and G20', ['Türkiye', 'São', 'Tomé', 'G', 'G20']],
    ['nothing but figures and marks', '600 — 12.5% (2020)', []],
    [
      'letters lost to the encoding, not question marks',
      'Erdo?an met Emin ?nen. Why? Ask.',
      ['Erdo?an', '?nen', 'Why'],
    ],
  ])('%s', (_, text, expected) => {
    const words = byScanner(text).map(([w]) => w);
    for (const w of expected) expect(words).toContain(w);
    if (!expected.length) expect(words).toEqual([]);
    expect(byScanner(text)).toEqual(byPattern(text));
  });

  it('reads every dev-set article exactly as the pattern does', () => {
    for (const article of [...labelledSet('dev-set'), ...labelledSet('dev-set-2')]) {
      const text = article.paragraphs.join('\n');
      expect(byScanner(text)).toEqual(byPattern(text));
    }
  });

  it('reads any text exactly as the pattern does', () => {
    const chars = fc.constantFrom(..."aZé5.'’& -UuS.AJD".split(''), 'ɏ', 'Ȁ', '\u00BF', '\u0250');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        expect(byScanner(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});
