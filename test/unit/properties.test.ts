/**
 * Property-based tests (fast-check) over generated article texts and DOMs. A failing case
 * prints its seed and path; add them to test/fixtures/property-seeds.json and the case is
 * replayed on every run from then on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { readArticle } from '@/utils/page/article-reader';
import { removeMarks } from '@/utils/page/highlighter';
import { nonFiniteNumbers } from '../harness/finite';
import { FIXTURES_DIR } from '../harness/fixtures';
import { markAll } from '../harness/page-helpers';
import { PARSERS } from '../harness/parsers';

const SEEDS: { property: string; seed: number; path: string }[] = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'property-seeds.json'), 'utf8'),
);
const RUNS = { text: 1000, dom: 250 };

/** Runs a property on fresh random cases, then on every recorded failure of it. */
function check<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number) {
  fc.assert(fc.property(arb, predicate), { numRuns });
  for (const s of SEEDS.filter((x) => x.property === name))
    fc.assert(fc.property(arb, predicate), { seed: s.seed, path: s.path, endOnFailure: true });
}

// Words a GT paragraph is made of, and the noise a hostile or broken page adds.
const WORDS = [
  'Shaoxing',
  'Shanghai',
  'China',
  "China's",
  'Ma',
  'Weiguang',
  'Zhang',
  'Han',
  'Tesla',
  'BMW',
  'Group',
  'Province',
  'Ministry',
  'of',
  'Finance',
  'and',
  'the',
  'said',
  'on',
  'Saturday',
  'June',
  '21,',
  '2018',
  'May',
  'March',
  'yuan',
  'billion',
  'million',
  '$92',
  '600',
  '5.3',
  'percent',
  '%',
  'kilometers',
  '12',
  '1,234.5',
  'HK$',
  '¥',
  'RMB',
  '(',
  ')',
  '.',
  ',',
  '"',
  '-',
  'US',
  'U.S.',
  'E.',
  'Photo:',
  'Xinhua',
  '上海',
  'مرحبا',
  '🚀',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:void(0)',
  '&amp;',
  '1e309',
  '1,2,3',
  '\u00a0',
  '\u200b',
];
const word = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^[A-Z][a-z]{1,8}$/),
  fc.integer({ min: -10, max: 1e7 }).map(String),
);
const paragraph = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '));

describe('the finiteness check the properties use', () => {
  it.each([
    [{ amount: NaN }, ['$.amount = NaN']],
    [{ low: 1, high: Infinity }, ['$.high = Infinity']],
    [{ range: [2, -Infinity] }, ['$.range.1 = -Infinity']],
    [NaN, ['$ = NaN']],
    [{ amount: 6e11, unit: 'yuan', nested: { share: 0.5 } }, []],
    [null, []],
  ])('%j has non-finite numbers at %j', (value, paths) => {
    expect(nonFiniteNumbers(value)).toEqual(paths);
  });
});

describe('analysis of any text', () => {
  it('never throws; mentions point at their own text, never overlap, and have finite values', () => {
    check(
      'analysis',
      fc.record({
        paragraphs: fc.array(fc.oneof(paragraph, fc.string({ maxLength: 200 })), { maxLength: 8 }),
        published: fc.option(fc.constant('2020-12-19T22:25:59+08:00')),
      }),
      ({ paragraphs, published }) => {
        const { mentions, entities } = analyze({ published, paragraphs });
        mentions.forEach((m, i) => {
          const prev = mentions[i - 1];
          if (prev && prev.paragraph === m.paragraph) expect(m.start).toBeGreaterThanOrEqual(prev.end); // never overlapping
          expect(paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeLessThan(m.end);
          expect(nonFiniteNumbers(m.value)).toEqual([]);
        });
        for (const e of entities) for (const i of e.mentions) expect(mentions[i]!.entity).toBe(e.id);
      },
      RUNS.text,
    );
  });
});

// An article body: paragraphs of text runs, some wrapped in inline elements, as <br> text or <p>.
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = fc
  .record({ text: paragraph, wrap: fc.constantFrom(null, 'b', 'i', 'strong', 'span', 'a') })
  .map(({ text, wrap }) =>
    wrap
      ? `<${wrap}${wrap === 'a' ? ' href="https://example.com/"' : ''}>${escapeHtml(text)}</${wrap}>`
      : escapeHtml(text),
  );
const body = fc
  .array(fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 4 }), asP: fc.boolean() }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((ps) => ps.map(({ runs, asP }) => (asP ? `<p>${runs.join(' ')}</p>` : `<br>${runs.join(' ')}<br>`)).join('\n'));
const page = body.map(
  (b) => `<!DOCTYPE html><html><head><title>T - Global Times</title></head><body>
  <div class="article_title">Generated headline</div>
  <div class="article_content"><div class="article_right">${b}</div></div></body></html>`,
);
const URL = 'https://www.globaltimes.cn/content/1.shtml';

describe.each(PARSERS)('highlighting any article body ($name)', ({ name, parse }) => {
  it('keeps textContent, restores the exact DOM, and annotating twice changes nothing', () => {
    check(
      `highlighting-${name}`,
      page,
      (html) => {
        const doc = parse(html);
        const read = readArticle(doc, URL);
        if (!read.isArticle) return; // a body of only spaces: "not an article" is the right answer
        const container = read.container;
        const original = container.innerHTML;
        const text = container.textContent;
        const { mentions } = analyze({ published: null, paragraphs: read.article.paragraphs.map((p) => p.text) });
        markAll(doc, read.sources, mentions);
        expect(container.textContent).toBe(text);
        const once = container.innerHTML;
        removeMarks(container);
        expect(container.innerHTML).toBe(original);
        const again = readArticle(doc, URL);
        if (!again.isArticle) throw new Error('the restored page no longer reads');
        markAll(
          doc,
          again.sources,
          analyze({ published: null, paragraphs: again.article.paragraphs.map((p) => p.text) }).mentions,
        );
        expect(container.innerHTML).toBe(once);
        expect(container.querySelector('mark mark')).toBeNull();
      },
      RUNS.dom,
    );
  });
});
