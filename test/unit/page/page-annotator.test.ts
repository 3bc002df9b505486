// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { MentionType } from '@/utils/analysis/types';
import { marksIn } from '@/utils/page/highlighter';
import { PageAnnotator } from '@/utils/page/page-annotator';
import { loadFixtures } from '../../harness/fixtures';

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.name, f]));

function load(name: string) {
  const f = fixtures[name]!;
  document.documentElement.innerHTML = f.html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return f.expected.url;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

async function annotate(name: string, highlights = true, hidden = new Set<MentionType>()) {
  const url = load(name);
  const container = document.querySelector('.row-content, .article_right')!;
  const original = container.innerHTML;
  annotator = new PageAnnotator(document, url, { highlights, hidden });
  await annotator.start();
  return { annotator, container, original };
}

describe('PageAnnotator', () => {
  it('reads, analyzes and marks the article, and times each stage', async () => {
    const { annotator, container } = await annotate('seed-legacy');
    expect(annotator.state.state).toBe('article');
    expect(marksIn(container).length).toBeGreaterThanOrEqual(annotator.analysis!.mentions.length);
    expect(marksIn(document).length).toBe(marksIn(container).length); // nothing outside the body
    expect(annotator.timings!.marked).toBeGreaterThanOrEqual(annotator.timings!.analyzed);
    expect((container as HTMLElement).dataset.gtlScheme).toBe('light');
    expect(document.getElementById('gt-lens-mark-style')).not.toBeNull();
    expect(annotator.counts()).toMatchObject({
      PERSON: 2,
      ORG: 12,
      PLACE: 28,
      MONEY: 3,
      QUANTITY: 1,
      CARDINAL: 3,
      DATE: 6,
      PERCENT: 0,
    });
  });

  it('turns highlights off to the exact original DOM and on again without nesting', async () => {
    const { annotator, container, original } = await annotate('seed-current');
    const marked = container.innerHTML;
    await annotator.setHighlights(false);
    expect(container.innerHTML).toBe(original);
    await annotator.setHighlights(true);
    await annotator.setHighlights(true);
    expect(container.innerHTML).toBe(marked);
    expect(container.querySelector('mark mark')).toBeNull();
  });

  it('hides labels through one attribute and steps only through shown mentions', async () => {
    const { annotator, container } = await annotate('seed-legacy');
    annotator.setHidden(new Set(['PLACE', 'DATE']));
    expect((container as HTMLElement).dataset.gtlHide).toBe('PLACE DATE');
    const first = annotator.step(1)!;
    expect(first).toMatchObject({ position: 1, total: 2 + 12 + 3 + 1 + 3 });
    const seen = new Set([first.mark.dataset.gtlLabel]);
    for (let i = 1; i < first.total; i++) seen.add(annotator.step(1)!.mark.dataset.gtlLabel!);
    expect([...seen].sort()).toEqual(['CARDINAL', 'MONEY', 'ORG', 'PERSON', 'QUANTITY']);
    expect(annotator.step(1)!.position).toBe(1); // wraps around
    expect(annotator.step(-1)!.position).toBe(first.total);
  });

  it('leaves late page changes alone: an ad inserted in the body is not marked and breaks no mark', async () => {
    const { annotator, container } = await annotate('seed-legacy');
    const before = marksIn(container).length;
    const ad = document.createElement('div');
    ad.className = 'ad-slot';
    ad.textContent = 'Sponsored: invest 5 billion yuan in Shanghai today';
    container.insertBefore(ad, container.children[3]!);
    await new Promise((r) => setTimeout(r, 20));
    expect(marksIn(ad)).toEqual([]);
    expect(marksIn(container).length).toBe(before);
    expect(annotator.state.state).toBe('article');
  });

  it('redoes the annotation once when the article body is replaced', async () => {
    const { container } = await annotate('seed-legacy');
    const html = container.innerHTML.replace(/<mark[^>]*>|<\/mark>/g, '');
    const fresh = document.createElement('div');
    fresh.className = 'span12 row-content';
    fresh.innerHTML = html;
    container.replaceWith(fresh);
    await until(() => marksIn(fresh).length > 0);
    expect(fresh.querySelector('mark mark')).toBeNull();
  });

  it('says when the page is not an article', async () => {
    load('section-front');
    annotator = new PageAnnotator(document, 'https://www.globaltimes.cn/business/index.html', {
      highlights: true,
      hidden: new Set(),
    });
    await annotator.start();
    expect(annotator.state).toEqual({ state: 'not-article', reason: expect.stringContaining('section front') });
    expect(marksIn(document)).toEqual([]);
  });

  it('leaves no trace when destroyed', async () => {
    const { annotator, container, original } = await annotate('p-paragraphs');
    annotator.destroy();
    expect(container.innerHTML).toBe(original);
    expect(document.getElementById('gt-lens-mark-style')).toBeNull();
    expect((container as HTMLElement).dataset.gtlScheme).toBeUndefined();
  });
});
