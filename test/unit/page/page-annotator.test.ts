// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MentionType } from '@/utils/analysis/types';
import { analyzeInPage } from '@/utils/page/annotation-pipeline';
import { marksIn } from '@/utils/page/highlighter';
import { PageAnnotator } from '@/utils/page/page-annotator';
import { loadFixtures } from '../../harness/fixtures';
import { writeDocument } from '../../harness/seed-overlay';

const fixtures = Object.fromEntries(loadFixtures().map((f) => [f.name, f]));

function load(name: string) {
  const f = fixtures[name]!;
  writeDocument(f.html);
  return f.expected.url;
}

// Up to 10 s: a read again waits for the page to be quiet (300 ms), then reads and analyzes in
// happy-dom, which a loaded machine makes slow. Not a speed check: only how long to wait.
const until = async (check: () => boolean) => {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

async function annotate(name: string, highlights = true, hidden = new Set<MentionType>()) {
  const url = load(name);
  const container = document.querySelector('.row-content, .article_right')!;
  const original = container.innerHTML;
  annotator = new PageAnnotator(document, url, { highlights, hidden }, analyzeInPage);
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
    expect((container as HTMLElement).dataset.gtlScheme).toBeUndefined(); // light: no attribute to restyle the marks
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

  it('marks nothing in a staff credit line (its e-mail domains are not organizations)', async () => {
    const { container } = await annotate('legacy-staff-credit');
    const credit = container.querySelector('em')!;
    expect(credit.textContent).toMatch(/^Web Editors:/);
    expect(marksIn(container).length).toBeGreaterThan(0);
    expect(marksIn(credit)).toEqual([]);
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
});

describe('PageAnnotator stepping and screen readers', () => {
  it('goes to the last mention on the first Previous, and to the first on the first Next', async () => {
    const { annotator } = await annotate('seed-legacy');
    const total = annotator.anchors().length;
    expect(total).toBe(55);
    expect(annotator.step(-1)).toMatchObject({ position: total, total });
    expect(annotator.step(-1)!.position).toBe(total - 1);
    await annotator.setHighlights(false);
    await annotator.setHighlights(true); // a fresh start for the cursor
    expect(annotator.step(1)!.position).toBe(1);
  });

  it('keeps focus where it is when stepping, and focuses the mark a reveal shows', async () => {
    const { annotator } = await annotate('seed-legacy');
    const button = document.createElement('button');
    document.body.appendChild(button);
    button.focus();
    const landed = annotator.step(1)!;
    expect(document.activeElement).toBe(button);
    expect(landed.mark.classList.contains('gt-lens-flash')).toBe(true);
    const shown = annotator.reveal(Number(landed.mark.dataset.gtlMention))!;
    expect(document.activeElement).toBe(shown);
  });

  it('scrolls smoothly and flashes, or, for a reader who asked for reduced motion, jumps', async () => {
    const { annotator } = await annotate('seed-legacy');
    for (const reduce of [false, true]) {
      const matchMedia = vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: reduce } as MediaQueryList);
      const mark = annotator.anchors()[0]!;
      const scroll = vi.spyOn(mark, 'scrollIntoView');
      annotator.reveal(Number(mark.dataset.gtlMention));
      expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      matchMedia.mockRestore();
    }
  });

  it('gives each mark its type for screen readers, and hidden types none', async () => {
    const { annotator, container } = await annotate('seed-legacy', true, new Set(['DATE']));
    const person = container.querySelector<HTMLElement>('mark[data-gtl-label="PERSON"]')!;
    const date = container.querySelector<HTMLElement>('mark[data-gtl-label="DATE"]')!;
    expect(person.getAttribute('aria-description')).toBe('Person');
    expect(person.tabIndex).toBe(-1);
    expect(date.getAttribute('role')).toBe('none');
    expect(date.hasAttribute('aria-description')).toBe(false);
    expect(date.hasAttribute('tabindex')).toBe(false);
    annotator.setHidden(new Set(['PERSON']));
    expect(person.getAttribute('role')).toBe('none');
    expect(date.getAttribute('aria-description')).toBe('Date');
  });
});

describe('PageAnnotator life', () => {
  it('stops when its signal aborts: no marks, no state change', async () => {
    const url = load('seed-legacy');
    const controller = new AbortController();
    annotator = new PageAnnotator(
      document,
      url,
      { highlights: true, hidden: new Set() },
      analyzeInPage,
      controller.signal,
    );
    const done = annotator.start();
    controller.abort();
    await done;
    expect(annotator.state.state).toBe('reading');
    expect(marksIn(document)).toEqual([]);
  });

  it('waits for settings that are still on their way, and marks by them', async () => {
    const url = load('seed-legacy');
    let settle: (o: { highlights: boolean; hidden: ReadonlySet<MentionType> }) => void = () => {};
    const settings = new Promise<{ highlights: boolean; hidden: ReadonlySet<MentionType> }>((r) => {
      settle = r;
    });
    annotator = new PageAnnotator(document, url, settings, analyzeInPage);
    const done = annotator.start();
    setTimeout(() => settle({ highlights: false, hidden: new Set() }), 20);
    await done;
    expect(annotator.state.state).toBe('article');
    expect(annotator.highlights).toBe(false);
    expect(marksIn(document)).toEqual([]);
  });

  it('tells subscribers of each change', async () => {
    const url = load('seed-legacy');
    const page = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, analyzeInPage);
    annotator = page;
    const seen: string[] = [];
    const unsubscribe = page.subscribe(() => seen.push(page.state.state));
    await page.start();
    page.setHidden(new Set(['ORG', 'DATE']));
    // The settings' echo of the same choice, in another order: nothing to apply again.
    page.setHidden(new Set(['DATE', 'ORG']));
    unsubscribe();
    page.setHidden(new Set());
    expect(seen).toEqual(['article', 'article']);
  });
});

describe('PageAnnotator on a changing page', () => {
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
});

describe('PageAnnotator on a page that edits its text', () => {
  /** Each mark's text against its mention's: a mark never covers words the page changed. */
  const markedRight = (a: PageAnnotator) =>
    marksIn(document).every((m) => {
      const own = marksIn(document).filter((x) => x.dataset.gtlMention === m.dataset.gtlMention);
      return own.map((x) => x.textContent).join('') === a.analysis!.mentions[Number(m.dataset.gtlMention)]!.text;
    });
  /** An analyzer during whose first run the page does something to its body (as while Firefox's background answers). */
  const meanwhile = (act: () => void): typeof analyzeInPage => {
    let once = act;
    return async (input, slices) => {
      const analysis = await analyzeInPage(input, slices);
      once();
      once = () => {};
      return analysis;
    };
  };

  it('marks no word the page edited while the article was analyzed, and marks the new text after', async () => {
    const url = load('seed-legacy');
    const edit = () => {
      const walker = document.createTreeWalker(document.querySelector('.row-content')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null)
        n.data = n.data.replace(/Shaoxing/g, 'Lishui').replace(/Shanghai/g, 'Suzhou');
    };
    annotator = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, meanwhile(edit));
    await annotator.start();
    expect(markedRight(annotator)).toBe(true);
    expect(marksIn(document).some((m) => /Shaoxing|Shanghai/.test(m.textContent!))).toBe(false);
    // Once the reading again has marked it all: a long article's marks take several frames, and
    // a mention over two text nodes may have one of its marks a frame before the other.
    await until(() => marksIn(document).some((m) => m.textContent === 'Lishui') && annotator!.timings?.marked != null);
    expect(markedRight(annotator)).toBe(true);
  });

  it('marks every mention after a keyword linker wrapped words in links while the article was analyzed', async () => {
    const url = load('seed-legacy');
    const link = () => {
      const body = document.querySelector('.row-content')!;
      body.innerHTML = body.innerHTML.replace(/\b(Shaoxing|Shanghai|Tesla)\b/g, '<a href="/tag/$1">$1</a>');
    };
    annotator = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, meanwhile(link));
    await annotator.start();
    const mentions = () => new Set(marksIn(document).map((m) => m.dataset.gtlMention)).size;
    await until(() => mentions() === annotator!.analysis!.mentions.length && annotator!.timings?.marked != null);
    expect(markedRight(annotator)).toBe(true);
  });

  it('drops a mark whose text the page edits afterwards, and leaves an ad alone', async () => {
    const { annotator, container } = await annotate('seed-legacy');
    const mark = marksIn(container).find((m) => m.textContent === 'Shaoxing')!;
    (mark.firstChild as Text).data = 'Ningbo';
    await until(() => !mark.isConnected);
    expect(markedRight(annotator)).toBe(true);
    expect(container.textContent).toContain('Ningbo');
  });

  it('reads a body taken away while it was analyzed and put back', async () => {
    const url = load('seed-legacy');
    const away = () => {
      const body = document.querySelector('.row-content')!;
      const parent = body.parentNode!;
      const next = body.nextSibling;
      body.remove();
      setTimeout(() => parent.insertBefore(body, next), 30);
    };
    annotator = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, meanwhile(away));
    await annotator.start();
    // Once the body read again is all marked: checked mid-way, a mention over two text nodes may
    // have one of its marks a frame before the other (1 run in 8 failed so).
    await until(() => marksIn(document).length > 40 && annotator!.timings?.marked != null);
    expect(annotator.state.state).toBe('article');
    expect(markedRight(annotator)).toBe(true);
  });

  it('says when the page is not an article', async () => {
    load('section-front');
    annotator = new PageAnnotator(
      document,
      'https://www.globaltimes.cn/business/index.html',
      {
        highlights: true,
        hidden: new Set(),
      },
      analyzeInPage,
    );
    await annotator.start();
    expect(annotator.state).toEqual({
      state: 'not-article',
      reason: expect.stringContaining('section front'),
      code: 'not-article-page',
    });
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

describe('PageAnnotator on a long article', () => {
  it('writes the marks of a long article a few hundred per frame, each share right before its frame (issue 20)', async () => {
    const url = load('seed-legacy');
    const container = document.querySelector('.row-content')!;
    container.innerHTML = container.innerHTML.repeat(20);
    // Each frame's callbacks see how many marks the page held when that frame began.
    const atFrames: number[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      const before = marksIn(container).length;
      return setTimeout(() => {
        atFrames.push(before);
        cb(performance.now());
      }, 0) as unknown as number;
    });
    annotator = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, analyzeInPage);
    await annotator.start();
    raf.mockRestore();
    const total = marksIn(container).length;
    expect(total).toBeGreaterThanOrEqual(annotator.analysis!.mentions.length);
    const shares = [...atFrames, total].map((n, i, all) => n - (all[i - 1] ?? 0));
    expect(shares.length).toBeGreaterThan(2);
    expect(Math.max(...shares)).toBeLessThanOrEqual(400);
  });

  /** Runs the annotation with frames that note, at each frame's callbacks, how many marks the page held and in which frame. */
  async function framesOfMarking(container: Element, url: string) {
    const atFrames: { frame: number; marks: number }[] = [];
    let frame = 0;
    let queued: (() => void)[] = [];
    // One frame's callbacks run together; one requested inside them runs in the next frame.
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      if (!queued.length)
        setTimeout(() => {
          const run = queued;
          queued = [];
          frame++;
          atFrames.push({ frame, marks: marksIn(container).length });
          for (const f of run) f();
        }, 0);
      queued.push(() => cb(performance.now()));
      return 0;
    });
    annotator = new PageAnnotator(document, url, { highlights: true, hidden: new Set() }, analyzeInPage);
    await annotator.start();
    raf.mockRestore();
    return atFrames;
  }

  it('writes the marks of text that stands hundreds of elements deep in a frame of its own, not at once (issue 20)', async () => {
    const url = load('seed-legacy');
    const body = document.querySelector('.row-content')!;
    let inner: Element = body;
    for (let i = 0; i < 300; i++) inner = inner.appendChild(document.createElement('div'));
    while (body.firstChild !== body.lastChild) inner.appendChild(body.firstChild!);
    const frames = await framesOfMarking(body, url);
    expect(marksIn(body).length).toBeGreaterThanOrEqual(annotator!.analysis!.mentions.length);
    // The first frame after the analysis began with no marks: the write waited for the frame after it.
    expect(frames[0]).toEqual({ frame: 1, marks: 0 });
    expect(frames[1]).toEqual({ frame: 2, marks: 0 });
  });

  it("writes the first marks of an ordinary article at once, in the analysis's last task", async () => {
    const url = load('seed-legacy');
    const body = document.querySelector('.row-content')!;
    const frames = await framesOfMarking(body, url);
    // Marks stood before the first frame (how many: 8 ms of writing, fewer on a slow machine).
    expect(frames[0]!.marks).toBeGreaterThan(0);
  });
});
