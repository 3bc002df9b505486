import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { readArticle } from '@/utils/page/article-reader';
import { marksIn, removeMarks } from '@/utils/page/highlighter';
import { loadFixtures } from '../../harness/fixtures';
import { markAll } from '../../harness/page-helpers';
import { PARSERS } from '../../harness/parsers';

const articles = loadFixtures().filter((f) => f.expected.isArticle);

function annotate(doc: Document, url: string) {
  const read = readArticle(doc, url);
  if (!read.isArticle) throw new Error(read.reason);
  const { mentions } = analyze({ ...read.article, paragraphs: read.article.paragraphs.map((p) => p.text) });
  return { read, mentions };
}

describe.each(PARSERS)('highlighting with $name', ({ parse }) => {
  it.each(articles.map((f) => [f.name, f] as const))(
    '%s: marks every mention, keeps the text, restores the DOM',
    (_name, fixture) => {
      const doc = parse(fixture.html);
      const { read, mentions } = annotate(doc, fixture.expected.url);
      const body = read.container;
      const html = body.innerHTML;
      const text = body.textContent;

      markAll(doc, read.sources, mentions);
      const marks = marksIn(body);
      expect(body.textContent).toBe(text);
      expect(marks.length).toBeGreaterThanOrEqual(mentions.length);
      // Each mention's marks, joined, read exactly its text (once whitespace is collapsed).
      mentions.forEach((m, i) => {
        const own = marks.filter((mark) => mark.dataset.gtlMention === String(i));
        expect(own.length).toBeGreaterThan(0);
        expect(
          own
            .map((mark) => mark.textContent)
            .join('')
            .replace(/\s+/g, ' '),
        ).toBe(m.text);
        expect(own.every((mark) => mark.dataset.gtlLabel === m.type)).toBe(true);
      });
      // Only the article body is touched.
      expect(marksIn(doc).length).toBe(marks.length);

      removeMarks(body);
      expect(marksIn(doc)).toEqual([]);
      expect(body.innerHTML).toBe(html);
    },
  );

  it('marks a mention that spans inline elements with several marks sharing its id', () => {
    const fixture = articles.find((f) => f.name === 'seed-legacy')!;
    const doc = parse(fixture.html);
    const { read, mentions } = annotate(doc, fixture.expected.url);
    markAll(doc, read.sources, mentions);
    const byText = (text: string) => mentions.findIndex((m) => m.text === text);
    const money = marksIn(read.container).filter((m) => m.dataset.gtlMention === String(byText('600 billion yuan')));
    expect(JSON.parse(money[0]!.dataset.gtlValue!)).toEqual({ amount: 600e9, currency: 'CNY' });
    expect(money.map((m) => [m.parentElement!.tagName.toLowerCase(), m.textContent])).toEqual([
      ['b', '600 billion'],
      ['div', ' yuan'],
    ]);
    const exchange = marksIn(read.container).find((m) => m.textContent === 'Shanghai Stock Exchange')!;
    expect(exchange.parentElement!.tagName.toLowerCase()).toBe('a'); // the link still wraps it, so it still navigates
    expect(exchange.dataset.gtlEntity).toBe('ORG:Shanghai Stock Exchange');
  });

  it('annotating twice, with a removal between, gives the same marks and never nests them', () => {
    const fixture = articles.find((f) => f.name === 'seed-current')!;
    const doc = parse(fixture.html);
    const first = annotate(doc, fixture.expected.url);
    markAll(doc, first.read.sources, first.mentions);
    const once = first.read.container.innerHTML;
    removeMarks(first.read.container);
    const second = annotate(doc, fixture.expected.url);
    markAll(doc, second.read.sources, second.mentions);
    expect(second.read.container.innerHTML).toBe(once);
    expect(second.read.container.querySelector('mark mark')).toBeNull();
  });

  it('reads the same article from a page that is already marked', () => {
    const fixture = articles.find((f) => f.name === 'seed-legacy')!;
    const doc = parse(fixture.html);
    const first = annotate(doc, fixture.expected.url);
    markAll(doc, first.read.sources, first.mentions);
    const again = annotate(doc, fixture.expected.url);
    expect(again.read.article.paragraphs).toEqual(first.read.article.paragraphs);
    expect(again.mentions).toEqual(first.mentions);
  });
});
