/**
 * The bad-page corpus in real Chromium: each page ends with highlights or a clear message, throws
 * nothing and runs no planted markup; a huge article is marked over many tasks. (How long each
 * task takes is measured by `npm run bench -- --check`, not asserted here.)
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_BROWSERS, type ExtensionBrowser, launchChromium, ROOT } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { loadBadFixtures } from '../harness/fixtures';
import { MARK_WATCH, type MarkLog, READ_MARK_LOG } from '../harness/mark-watch';
import { withServerAndBrowser } from '../harness/session';
import { RESULTS } from './extension-suite';
import { SEND_COMMAND, SEND_TO_PAGE, SHADOW } from './overlay-page';

let server: FixtureServer;
let browser: ExtensionBrowser;
withServerAndBrowser(
  () => launchChromium(join(ROOT, '.output/chrome-mv3')),
  (s) => ({ server, browser } = s),
);

describe('bad pages in Chromium', () => {
  it.each(loadBadFixtures().map((f) => [f.name, f] as const))('%s', async (name, fixture) => {
    const page = await browser.open(server.urlOf(`bad/${name}`));
    if (name === 'body-churn') await page.waitFor('window.__churnDone', 10_000);
    if (fixture.expected.outcome === 'highlighted') {
      await page.waitFor(
        // Marked, or painted (text standing deep: utils/page/page-marks.ts).
        `document.querySelector('[data-gtl-timings]') && (document.querySelectorAll('mark.gt-lens-mark').length > 0 || ${PAINTED})`,
        30_000,
      );
      expect(await page.evaluate('document.querySelector("mark mark")')).toBeNull();
    }
    const popup = await browser.popupForLastPage();
    if (fixture.expected.outcome === 'not-article') {
      expect(popup.state).toBe('not-article');
      expect(await popup.text()).toContain(fixture.expected.reason!);
    } else {
      expect(popup.state).toBe('article');
      if (fixture.expected.title) {
        expect(await popup.evaluate('document.querySelector("h1").textContent')).toBe(fixture.expected.title);
        expect(await popup.evaluate('document.querySelectorAll("main img, main b").length')).toBe(0);
      }
    }
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(page.errors).toEqual([]);
    await popup.close();
    if (name === 'hostile-text') await page.screenshot(join(RESULTS, 'chromium-hostile-text.png'));
    await page.close();
  });
});

describe('a huge article in Chromium', () => {
  it('is marked a few screens ahead of the reader, the rest as the reader scrolls, over many tasks', async () => {
    const page = await browser.open(`${server.urlOf('seed-legacy')}?repeat=200`, { initScript: MARK_WATCH });
    await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 60_000);
    const count = `document.querySelectorAll('mark.gt-lens-mark').length`;
    const ahead = await page.evaluate<number>(count);
    // The last mark stands at most a share past two windows below the window.
    const lastTop = await page.evaluate<number>(
      `[...document.querySelectorAll('mark.gt-lens-mark')].at(-1).getBoundingClientRect().top / innerHeight`,
    );
    // Nothing more is written while the reader stays.
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate<number>(count)).toBe(ahead);
    // The popup goes to a mention halfway down: the marks up to it are written, not the rest.
    const halfway = 55 * 100;
    const extension = await browser.openExtensionPage('popup.html');
    expect(await extension.evaluate(SEND_TO_PAGE({ type: 'show-mention', mention: halfway }))).toEqual({ shown: true });
    await extension.close();
    const focused = await page.evaluate<string | undefined>(`document.activeElement?.dataset.gtlMention`);
    const afterGoTo = await page.evaluate<number>(count);
    expect(focused).toBe(String(halfway));
    expect(afterGoTo).toBeGreaterThan(ahead);
    expect(afterGoTo).toBeLessThan(57 * 150);
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await page.waitFor(`${count} >= 57 * 200`, 120_000);
    const marks = await page.evaluate<number>(count);
    const { batches } = await page.evaluate<MarkLog>(READ_MARK_LOG);
    console.log(
      `[huge page] ${ahead} marks at load (the last ${lastTop.toFixed(1)} windows down), ${afterGoTo} once the popup went to mention ${halfway}, ${marks} once scrolled to the end, in ${batches.length} tasks`,
    );
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThan(2_000);
    expect(lastTop).toBeGreaterThan(3);
    expect(marks).toBe(57 * 200);
    expect(batches.reduce((n, b) => n + b.added, 0)).toBe(marks);
    expect(batches.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...batches.map((b) => b.added))).toBeLessThan(marks / 2);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

/** The marks as the page sees them: how many, how many mentions, and how deep the deepest one sits. */
const MARKS = `(() => {
  const marks = [...document.querySelectorAll('mark.gt-lens-mark')];
  let depth = 0;
  for (let e = marks.at(-1); e; e = e.parentElement) depth++;
  return { marks: marks.length, mentions: new Set(marks.map((m) => m.dataset.gtlMention)).size, depth, nested: !!document.querySelector('mark mark') };
})()`;
type Marks = { marks: number; mentions: number; depth: number; nested: boolean };

/** The mentions' pieces painted (CSS highlights), and the middle of the first: null where none. */
const PAINTED = `(() => {
  const all = [...(window.CSS?.highlights?.values() ?? [])].flatMap((h) => [...h]);
  if (!all.length) return null;
  const r = all[0].getBoundingClientRect();
  return { pieces: all.length, x: r.left + r.width / 2, y: r.top + r.height / 2 };
})()`;

// Issue 20: pages that make each frame's layout dear are painted (text standing deep) or marked a
// few screens ahead of the reader (a long article), a few hundred marks a frame (how long a frame
// takes is the bench's, not asserted here); what is asserted is that every mention still ends up
// marked, as on the seed itself, once the reader reaches for it.
describe.each(BUILT_BROWSERS)('the extreme pages in %s', (_name, launch) => {
  let own: ExtensionBrowser;
  let seed: Marks;
  beforeAll(async () => {
    own = await launch();
    const page = await own.open(server.urlOf('seed-legacy'));
    await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 30_000);
    seed = await page.evaluate<Marks>(MARKS);
    await page.close();
  });
  afterAll(() => own?.close());

  // Firefox lays out no box that deep (its reflow stops some 200 levels down): nothing there to hover.
  const reaches = [['steps to the next mention', 'step']] as [
    'hovers it' | 'steps to the next mention',
    'hover' | 'step',
  ][];
  if (_name === 'chromium') reaches.unshift(['hovers it', 'hover']);
  it.each(reaches)(
    'the seed 2,000 elements deep: painted at load, every mention marked once the reader %s',
    async (_what, how) => {
      const page = await own.open(`${server.urlOf('seed-legacy')}?nest=2000`);
      // The overlay takes the commands: once it is there.
      await page.waitFor(
        `document.querySelector('[data-gtl-timings]') && document.querySelector('[data-gt-lens-overlay]')`,
        300_000,
      );
      const painted = await page.evaluate<{ pieces: number; x: number; y: number } | null>(PAINTED);
      expect(await page.evaluate<Marks>(MARKS)).toMatchObject({ marks: 0 });
      expect(painted?.pieces).toBe(seed.marks);
      // The marks take the paint's place.
      if (how === 'hover') await page.mouseMove(painted!.x, painted!.y);
      else {
        const extension = await own.openExtensionPage('popup.html');
        expect(await extension.evaluate(SEND_COMMAND('next-mention'))).toEqual({ done: true });
        await extension.close();
      }
      await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length === ${seed.marks}`, 30_000);
      const marks = await page.evaluate<Marks>(MARKS);
      expect(marks.mentions).toBe(seed.mentions);
      expect(marks.nested).toBe(false);
      expect(marks.depth).toBeGreaterThan(2000);
      expect(await page.evaluate(PAINTED)).toBeNull();
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );

  it('the seed repeated to 5,000 paragraphs: every mention marked once the reader scrolls to the end', async () => {
    const page = await own.open(`${server.urlOf('seed-legacy')}?repeat=500`);
    await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 300_000);
    expect((await page.evaluate<Marks>(MARKS)).marks).toBeLessThan(seed.marks * 500);
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length >= ${seed.marks * 500}`, 300_000);
    const marks = await page.evaluate<Marks>(MARKS);
    expect(seed.mentions).toBeGreaterThan(50);
    expect(marks.marks).toBe(seed.marks * 500);
    expect(marks.mentions).toBe(seed.mentions * 500);
    expect(marks.nested).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('lifecycle in Chromium', () => {
  // With a card open, the reload reaches the overlay's components while they hold a card: their
  // clean-up then met an API the orphaned script no longer has, and threw before the overlay went.
  // Each case has a browser of its own: this Chromium does not load a command-line extension
  // again after it reloads itself, so a later case would find no extension at all.
  let own: ExtensionBrowser | undefined;
  afterEach(async () => {
    await own?.close();
    own = undefined;
  });
  it.each([
    ['no card open', false],
    ['a card open', true],
  ])(
    'an extension reload while the article is open (%s) leaves the page intact and the marks inert',
    async (_what, cardOpen) => {
      own = await launchChromium(join(ROOT, '.output/chrome-mv3'));
      const page = await own.open(server.urlOf('seed-legacy'));
      await page.waitFor(
        `document.querySelector('[data-gtl-timings]') && document.querySelector('[data-gt-lens-overlay]')`,
      );
      const text = await page.evaluate<string>(`document.querySelector('.row-content').textContent`);
      // The mark to hover, scrolled to the middle, and two frames for the scroll's own handler.
      const [x, y] = await page.evaluate<[number, number]>(
        `(() => { const m = document.querySelector('mark.gt-lens-mark'); m.scrollIntoView({ block: 'center' }); const r = m.getBoundingClientRect(); return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok([r.left + 2, r.top + 2])))); })()`,
      );
      if (cardOpen) {
        await page.mouseMove(x, y);
        await page.waitFor(`${SHADOW}?.querySelector('[role=tooltip]')`);
      }
      const popup = await own.popupForLastPage();
      await popup.evaluate('setTimeout(() => chrome.runtime.reload(), 0), true').catch(() => {});
      // Hovering a mark once the reload is through finds the old script orphaned: the overlay goes,
      // nothing throws. The reload takes its time, so hover again until then.
      const deadline = Date.now() + 15_000;
      for (;;) {
        await page.mouseMove(x, y - 60);
        await page.mouseMove(x, y);
        const gone = await page.waitFor(`!document.querySelector('[data-gt-lens-overlay]')`, 500).then(
          () => true,
          () => false,
        );
        if (gone) break;
        if (Date.now() > deadline) throw new Error('the overlay stayed after the extension reload');
      }
      expect(await page.evaluate(`document.querySelector('.row-content').textContent`)).toBe(text);
      expect(await page.evaluate(`document.querySelectorAll('mark.gt-lens-mark').length`)).toBeGreaterThan(0);
      expect(page.errors).toEqual([]);
      await page.close();
    },
  );
});
