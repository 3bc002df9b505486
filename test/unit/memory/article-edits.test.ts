import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ArticleEdits,
  type ArticleText,
  compareArticles,
  comparisonKey,
  type DiffPart,
  summaryItems,
  wordDiff,
} from '@/utils/memory/article-edits';

const rebuild = (parts: DiffPart[], side: 'before' | 'after') =>
  parts
    .filter((p) => p.change === 'same' || p.change === (side === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

const ARTICLE: ArticleText = {
  title: 'Harbor town opens a ferry to the outer islands',
  paragraphs: [
    'A harbor town in the south said on Monday it would run a daily ferry to the outer islands from June.',
    'The boats carry 120 people and take about 40 minutes, the town’s transport office said.',
    'Fishermen on the islands said the ferry would let them sell their catch on the mainland the same day.',
    'Global Times',
  ],
};
const withParagraphs = (paragraphs: string[], title = ARTICLE.title): ArticleText => ({ title, paragraphs });
const [P0, P1, P2, P3] = ARTICLE.paragraphs as [string, string, string, string];

describe('comparisonKey', () => {
  it.each([
    ['China’s  “top” city.', "China's top city"],
    ['1,234 boats', '1234 boats'],
    ['from 2016-2030', 'from 2016–2030'],
    ['development.The projects', 'development. The projects'],
    ['ＦＥＲＲＹ line', 'FERRY line'],
    ['Is it? Yes — it is!', 'Is it Yes it is'],
    ['4. 5 million', '4.5 million'],
    ['co-operative', 'cooperative'],
    // The ASCII hyphen is punctuation, even as a minus sign.
    ['a low of -35C', 'a low of 35C'],
  ])('%j and %j are the same text', (a, b) => {
    expect(comparisonKey(a)).toBe(comparisonKey(b));
  });

  it.each([
    ['4.5 million tons', '45 million tons'],
    ['12% more', '12 more'],
    ['a low of −35C', 'a low of 35C'],
    ['Shanghai', 'shanghai'],
    ['$92 billion', '¥92 billion'],
    ['120 people', '150 people'],
  ])('%j and %j differ', (a, b) => {
    expect(comparisonKey(a)).not.toBe(comparisonKey(b));
  });
});

describe('wordDiff', () => {
  it('gives the changed words, and its parts rebuild both texts', () => {
    const before = 'The boats carry 120 people, the office said.';
    const after = 'The new boats carry 150 people, the office said on Monday.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.change !== 'same')).toEqual([
      { change: 'added', text: 'new ' },
      { change: 'removed', text: '120' },
      { change: 'added', text: '150' },
      { change: 'added', text: ' on Monday' },
    ]);
    expect(rebuild(parts, 'before')).toBe(before);
    expect(rebuild(parts, 'after')).toBe(after);
  });
});

type Case = [string, ArticleText, Partial<ArticleEdits['summary']>, ArticleEdits['paragraphs'][number]['change'][]];

describe('compareArticles', () => {
  const zero = { headlineChanged: false, changed: 0, added: 0, removed: 0 };

  it.each<Case>([
    ['the same article', ARTICLE, {}, []],
    [
      'whitespace and punctuation only',
      withParagraphs([
        `  ${P0.replace(/,/g, '')}`,
        P1.replace('’', "'").replace(/ +/g, '  '),
        `${P2}!`,
        'Global Times.',
      ]),
      {},
      [],
    ],
    ['a paragraph split in two', withParagraphs([P0, ...P1.split(', '), P2, P3]), {}, []],
    ['a paragraph of punctuation added', withParagraphs([P0, '***', P1, P2, P3]), {}, []],
    [
      'the headline',
      withParagraphs([P0, P1, P2, P3], 'Harbor town opens a ferry to two islands'),
      { headlineChanged: true },
      [],
    ],
    ['a figure in a paragraph', withParagraphs([P0, P1.replace('120', '150'), P2, P3]), { changed: 1 }, ['changed']],
    ['a decimal point', withParagraphs([P0, P1.replace('40', '4.0'), P2, P3]), { changed: 1 }, ['changed']],
    ['a paragraph added', withParagraphs([P0, 'Tickets cost 30 yuan.', P1, P2, P3]), { added: 1 }, ['added']],
    ['a paragraph removed', withParagraphs([P0, P2, P3]), { removed: 1 }, ['removed']],
    [
      'a paragraph added before an edited one',
      withParagraphs([P0, 'Tickets cost 30 yuan.', P1.replace('about 40', 'nearly 45'), P2, P3]),
      { added: 1, changed: 1 },
      ['added', 'changed'],
    ],
    [
      'a paragraph rewritten from scratch',
      withParagraphs([P0, 'Officials have not said when the service will start.', P2, P3]),
      { removed: 1, added: 1 },
      ['removed', 'added'],
    ],
  ])('%s', (_case, now, summary, changes) => {
    const edits = compareArticles(ARTICLE, now);
    expect(edits.summary).toEqual({ ...zero, ...summary });
    expect(edits.paragraphs.map((p) => p.change)).toEqual(changes);
    expect(edits.edited).toBe(Object.keys(summary).length > 0);
    expect(edits.headline === null).toBe(!summary.headlineChanged);
  });

  it('points each edit at its paragraph on each side, with the words that changed', () => {
    const now = withParagraphs([P0, 'Tickets cost 30 yuan.', P1.replace('about 40', 'nearly 45'), P2]);
    expect(compareArticles(ARTICLE, now).paragraphs).toEqual([
      { change: 'added', after: 1, text: 'Tickets cost 30 yuan.' },
      {
        change: 'changed',
        before: 1,
        after: 2,
        parts: [
          { change: 'same', text: 'The boats carry 120 people and take ' },
          { change: 'removed', text: 'about' },
          { change: 'added', text: 'nearly' },
          { change: 'same', text: ' ' },
          { change: 'removed', text: '40' },
          { change: 'added', text: '45' },
          { change: 'same', text: ' minutes, the town’s transport office said.' },
        ],
      },
      { change: 'removed', before: 3, text: 'Global Times' },
    ]);
  });

  it('gives the headline word by word when it changed', () => {
    const edits = compareArticles(ARTICLE, withParagraphs([...ARTICLE.paragraphs], 'Harbor town opens a ferry'));
    expect(edits.headline).toEqual([
      { change: 'same', text: 'Harbor town opens a ferry' },
      { change: 'removed', text: ' to the outer islands' },
    ]);
  });

  it('compares a long article rewritten throughout in place, past the pairing limits', () => {
    const read = withParagraphs(Array.from({ length: 1200 }, (_, i) => `Paragraph ${i} of the old text.`));
    const now = withParagraphs(Array.from({ length: 1000 }, (_, i) => `Line ${i} says something else entirely.`));
    const edits = compareArticles(read, now);
    expect(edits.edited).toBe(true);
    const { changed, added, removed } = edits.summary;
    expect(changed + removed).toBe(1200);
    expect(changed + added).toBe(1000);
  });
});

describe('summaryItems', () => {
  it.each([
    [{ headlineChanged: false, changed: 0, added: 0, removed: 0 }, []],
    [
      { headlineChanged: true, changed: 2, added: 0, removed: 1 },
      [{ code: 'headline' }, { code: 'changed', count: 2 }, { code: 'removed', count: 1 }],
    ],
    [{ headlineChanged: false, changed: 0, added: 3, removed: 0 }, [{ code: 'added', count: 3 }]],
  ])('%j → %j', (summary, items) => {
    expect(summaryItems(summary)).toEqual(items);
  });
});

// Generated articles: words (with figures, accents and CJK) and the noise that must not count.
const WORD = fc.constantFrom(
  'ferry',
  'Harbor',
  'islands',
  'town',
  'said',
  'Monday',
  '120',
  '4.5',
  '30%',
  '-35C',
  'café',
  '上海',
  'of',
  'the',
  'A',
);
const SENTENCE = fc.array(WORD, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const ARTICLES = fc.record({ title: SENTENCE, paragraphs: fc.array(SENTENCE, { maxLength: 8 }) });
// Whitespace and punctuation that never sit inside a figure.
const NOISE = fc.constantFrom(
  ' ',
  '  ',
  '\n',
  '\u00a0',
  ',',
  ';',
  ':',
  '!',
  '?',
  '"',
  '“',
  '”',
  '’',
  '(',
  ')',
  '—',
  '…',
);

/** The text with noise put in after some characters, and some of its spaces taken out. */
const noisy = (text: string) =>
  fc
    .array(fc.option(NOISE, { freq: 3 }), { minLength: text.length, maxLength: text.length })
    .map((noise) => [...text].map((c, i) => (c === ' ' && noise[i] === '\n' ? '' : c + (noise[i] ?? ''))).join(''));
const noisyCopy = (a: ArticleText) =>
  fc
    .tuple(noisy(a.title), fc.tuple(...a.paragraphs.map(noisy)))
    .map(([title, paragraphs]): ArticleText => ({ title, paragraphs }));

const TEXT = fc.oneof(fc.string({ unit: 'binary' }), SENTENCE, SENTENCE.chain(noisy));

/** Another version: paragraphs dropped, added or edited word by word. */
const EDITED = ARTICLES.chain((a) =>
  fc
    .tuple(
      fc.array(fc.constantFrom('keep', 'drop', 'edit', 'insert'), {
        minLength: a.paragraphs.length,
        maxLength: a.paragraphs.length,
      }),
      SENTENCE,
      WORD,
    )
    .map(([ops, extra, word]): [ArticleText, ArticleText] => {
      const paragraphs = a.paragraphs.flatMap((p, i) =>
        ops[i] === 'drop' ? [] : ops[i] === 'edit' ? [`${p} ${word}`] : ops[i] === 'insert' ? [extra, p] : [p],
      );
      return [a, { title: a.title, paragraphs }];
    }),
);

describe('article edits, over generated articles', () => {
  it('an article compared with itself is unchanged', () => {
    fc.assert(
      fc.property(ARTICLES, (a) => {
        expect(compareArticles(a, a)).toEqual({
          edited: false,
          summary: { headlineChanged: false, changed: 0, added: 0, removed: 0 },
          headline: null,
          paragraphs: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a copy differing only in whitespace and punctuation is unchanged, both ways', () => {
    const pairs = ARTICLES.chain((a) => fc.tuple(fc.constant(a), noisyCopy(a)));
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(compareArticles(a, b).edited).toBe(false);
        expect(compareArticles(b, a).edited).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the word diff rebuilds both texts', () => {
    fc.assert(
      fc.property(TEXT, TEXT, (a, b) => {
        const parts = wordDiff(a, b);
        expect(rebuild(parts, 'before')).toBe(a);
        expect(rebuild(parts, 'after')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('each edit points at its own paragraphs, in order, and the summary counts them', () => {
    fc.assert(
      fc.property(EDITED, ([read, now]) => {
        const edits = compareArticles(read, now);
        const keys = (t: ArticleText) => t.paragraphs.map(comparisonKey).join('');
        expect(edits.edited).toBe(keys(read) !== keys(now));
        const befores: number[] = [];
        const afters: number[] = [];
        for (const e of edits.paragraphs) {
          if (e.change !== 'added') befores.push(e.before);
          if (e.change !== 'removed') afters.push(e.after);
          if (e.change === 'changed') {
            expect(rebuild(e.parts, 'before')).toBe(read.paragraphs[e.before]);
            expect(rebuild(e.parts, 'after')).toBe(now.paragraphs[e.after]);
          } else if (e.change === 'added') expect(e.text).toBe(now.paragraphs[e.after]);
          else expect(e.text).toBe(read.paragraphs[e.before]);
        }
        const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > xs[i - 1]!);
        expect(ascending(befores) && ascending(afters)).toBe(true);
        const { changed, added, removed } = edits.summary;
        expect([changed, added, removed]).toEqual(
          ['changed', 'added', 'removed'].map((c) => edits.paragraphs.filter((p) => p.change === c).length),
        );
      }),
      { numRuns: 300 },
    );
  });
});
