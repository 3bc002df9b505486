// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { analyzeInPage } from '@/utils/page/annotation-pipeline';
import { readArticle } from '@/utils/page/article-reader';
import { marksIn, removeMarks } from '@/utils/page/highlighter';
import { PageAnnotator } from '@/utils/page/page-annotator';
import { parsePage } from '../../../scripts/parse-page';
import { loadBadFixtures } from '../../harness/fixtures';
import { markAll } from '../../harness/page-helpers';
import { writeDocument } from '../../harness/seed-overlay';

// The body-churn page needs its script to run: a real browser checks it (test/e2e/bad-pages.e2e.ts).
const fixtures = loadBadFixtures().filter((f) => f.name !== 'body-churn');
// happy-dom's DOM is far slower than a browser's on the 1 MB and 10,000-paragraph pages; those go
// through the same core on linkedom here, and through the whole extension in Chromium (e2e, bench).
const small = fixtures.filter((f) => f.html.length < 200_000);

let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

describe('bad pages, in the live-page annotator', () => {
  it.each(small.map((f) => [f.name, f] as const))(
    '%s ends in highlights or a clear message',
    async (_name, fixture) => {
      writeDocument(fixture.html);
      const body = document.querySelector('.row-content');
      const before = body?.textContent ?? null;
      annotator = new PageAnnotator(
        document,
        fixture.expected.url,
        { highlights: true, hidden: new Set() },
        analyzeInPage,
      );
      await annotator.start();
      if (fixture.expected.outcome === 'not-article') {
        expect(annotator.state).toMatchObject({ state: 'not-article', reason: fixture.expected.reason });
        expect(marksIn(document)).toEqual([]);
        return;
      }
      expect(annotator.state.state).toBe('article');
      if (annotator.state.state !== 'article') return;
      if (fixture.expected.title) expect(annotator.state.article.title).toBe(fixture.expected.title);
      expect(marksIn(body!).length).toBeGreaterThan(0);
      expect(body!.textContent).toBe(before); // nothing added to or lost from the text
      expect(document.querySelector('img[onerror]')).toBeNull(); // text stays text
    },
  );
});

describe('bad pages, through the core', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: read, analyzed, marked and restored',
    { timeout: 30_000 },
    (_name, fixture) => {
      const doc = parsePage(fixture.html);
      const read = readArticle(doc, fixture.expected.url);
      expect(read.isArticle).toBe(fixture.expected.outcome === 'highlighted');
      if (!read.isArticle) {
        expect(read.reason).toBe(fixture.expected.reason);
        return;
      }
      const html = read.container.innerHTML;
      const { mentions } = analyze({
        published: read.article.published,
        paragraphs: read.article.paragraphs.map((p) => p.text),
      });
      expect(mentions.length).toBeGreaterThan(0);
      markAll(doc, read.sources, mentions);
      removeMarks(read.container);
      expect(read.container.innerHTML).toBe(html);
    },
  );
});
