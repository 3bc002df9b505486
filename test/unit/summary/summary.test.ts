import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { type Article, paragraphKind } from '@/utils/page/article-reader';
import { daysAgo, keyFigures, keyPoints, splitSentences, summarize, summaryMarkdown } from '@/utils/summary/summary';
import { labelledSet } from '../../../scripts/labelled-sets';
import { seedArticle } from '../../harness/mock-states';

/** The twelve dev-set articles, read from ../shared at test time, as the reader would see their paragraphs. */
const devArticles = labelledSet('dev-set').map((a) => {
  const paragraphs = a.paragraphs.map((text, i) => ({
    text,
    kind: paragraphKind(text, i === a.paragraphs.length - 1),
  }));
  return { name: a.name, article: { paragraphs } as Pick<Article, 'paragraphs'>, analysis: analyze(a) };
});

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Photo taken on Jan. 7, 2020 shows Tesla. It grew.', ['Photo taken on Jan. 7, 2020 shows Tesla.', 'It grew.']],
    [
      "East China's Zhejiang and E. China grew 5.3 percent. Then U.S. dollars fell.",
      ["East China's Zhejiang and E. China grew 5.3 percent.", 'Then U.S. dollars fell.'],
    ],
    ['"We agree," he said. "Thank you." Mr. Ma left.', ['"We agree," he said.', '"Thank you."', 'Mr. Ma left.']],
    [
      'of China’s economic development.The projects, including Tesla, were signed.',
      ['of China’s economic development.', 'The projects, including Tesla, were signed.'],
    ],
    ['JD.com and thepaper.cn grew. The end', ['JD.com and thepaper.cn grew.', 'The end']],
  ])('%j', (text, sentences) => {
    const split = splitSentences(text);
    expect(split.map((s) => s.text)).toEqual(sentences);
    for (const s of split) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('key points', () => {
  const corpus = [{ name: 'seed', article: seedArticle.article, analysis: seedArticle.analysis }, ...devArticles];

  it.each(corpus.map((c) => [c.name, c] as const))(
    '%s: whole body sentences, never a caption or credit, in article order',
    (_name, { article, analysis }) => {
      const points = keyPoints(article, analysis);
      const bodySentences = article.paragraphs.flatMap((p, i) => (p.kind === 'body' ? splitSentences(p.text, i) : []));
      expect(points.length).toBe(Math.min(3, bodySentences.filter((s) => s.text.split(' ').length >= 5).length));
      for (const p of points) {
        expect(article.paragraphs[p.paragraph]!.kind).toBe('body');
        expect(bodySentences).toContainEqual(p);
        expect(p.text).toMatch(/^["“‘(]?[A-Z0-9]/);
      }
      const order = points.map((p) => p.paragraph * 1e6 + p.start);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    },
  );

  it('keeps the lead sentence unless it says nothing', () => {
    for (const { article, analysis } of corpus) {
      const lead = article.paragraphs.flatMap((p, i) => (p.kind === 'body' ? splitSentences(p.text, i) : []))[0]!;
      expect(keyPoints(article, analysis)[0]).toEqual(lead);
    }
    const empty = { paragraphs: [{ text: 'Good morning.', kind: 'body' as const }, ...seedArticle.article.paragraphs] };
    expect(
      keyPoints(empty, analyze({ published: null, paragraphs: empty.paragraphs.map((p) => p.text) }))[0]!.text,
    ).not.toBe('Good morning.');
  });
});

describe('key figures and the Markdown', () => {
  it('lists money first with its conversion, each figure once with all its mentions and its sentence', () => {
    const figures = keyFigures(seedArticle.article, seedArticle.analysis);
    expect(figures.map((f) => f.text)).toEqual([
      '600 billion yuan ($92 billion)',
      '578 billion yuan',
      '200 kilometers',
      'Saturday',
      'this year',
      '2019',
    ]);
    const saturday = figures.find((f) => f.text === 'Saturday')!;
    expect(saturday.mentions).toHaveLength(2);
    expect(figures[1]).toMatchObject({
      context: "The city's GDP stood at",
      sentence: "The city's GDP stood at 578 billion yuan in 2019.",
      value: 'CN¥578 billion',
    });
  });

  it('escapes Markdown in page text', () => {
    const summary = summarize(seedArticle.article, seedArticle.analysis);
    const md = summaryMarkdown({ ...seedArticle.article, title: 'A *bold* [claim]', url: null }, summary, null);
    expect(md.split('\n')[0]).toBe('# A \\*bold\\* \\[claim\\]');
  });

  it.each([
    ['2020-12-19T22:25:59+08:00', '2020-12-22T12:00:00Z', '3 days ago'],
    ['2020-12-19T22:25:59+08:00', '2020-12-19T15:00:00Z', 'today'],
    ['2020-12-19T22:25:59+08:00', '2020-12-20T14:00:00Z', 'yesterday'],
  ])('%s seen at %s is %s', (published, now, text) => {
    expect(daysAgo(published, new Date(now), 'en-US')).toBe(text);
  });
});
