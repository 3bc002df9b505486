/**
 * The extreme pages of `npm run bench` (issue 20): the seed with its body 2,000 elements deep,
 * and the seed repeated to 5,000 paragraphs. While GT Lens marks them, how long the browser held
 * one frame (Chromium's Long Animation Frames; in both browsers the longest gap between two
 * animation frames) and how late the page's own timers ran (a 10 ms interval's longest gap).
 * Run alone: `npx tsx test/bench/extreme-bench.ts [chromium|firefox] [runs]` on a test build.
 * Long articles are marked a few screens ahead of the reader (utils/page/frames.ts), and text this
 * deep is painted until the reader reaches for it (utils/page/page-marks.ts): what is measured is
 * the load, with nobody scrolling or hovering; `marks` and `painted` say what stood then.
 */
import { join } from 'node:path';
import { type ExtensionBrowser, launchChromium, launchFirefox, ROOT } from '../harness/browsers';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server';

export const EXTREME_PAGES = [
  { name: '2,000 deep', query: '?nest=2000' },
  { name: '5,000 paragraphs', query: '?repeat=500' },
] as const;

export interface ExtremeRun {
  /** The longest animation frame (LoAF) while GT Lens marked; NaN where the browser has no LoAF. */
  longestFrame: number;
  /** That frame's rendering (style, layout, paint), in milliseconds. */
  frameRender: number;
  /** The longest gap between two requestAnimationFrame callbacks. */
  frameGap: number;
  /** The longest gap between two ticks of the page's 10 ms interval. */
  timerStall: number;
  marks: number;
  /** Mentions' pieces painted (CSS highlights), their marks not yet written. */
  painted: number;
  /** From the content script's start to the last mark, in milliseconds. */
  startToMarked: number;
  /**
   * The browser's own frame for one insertion on the same page without GT Lens: a page script
   * wraps two words of the article's text in marks in one frame's callbacks. What any write to
   * that page costs at the least (2,000 deep: 34-55 ms of layout on this machine).
   */
  floor: number;
  /**
   * The same insertion on the page as GT Lens left it, its marks in place: what any write costs
   * once they are there (5,000 paragraphs: about twice the unmarked page's, even with the marks
   * hidden, so it is their nodes, not their style).
   */
  floorMarked: number;
}

/** Installed before the page's scripts: frames, frame gaps and timer ticks from the page's start. */
const WATCH = `(() => {
  const w = (window.__gtlFrames = { frames: [], rafGaps: [], tickGaps: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.frames.push({ start: e.startTime, duration: e.duration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0 });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  let lastFrame = performance.now();
  const frame = (now) => { if (now - lastFrame > 20) w.rafGaps.push({ at: now, gap: now - lastFrame }); lastFrame = now; requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  let lastTick = performance.now();
  setInterval(() => { const now = performance.now(); if (now - lastTick > 20) w.tickGaps.push({ at: now, gap: now - lastTick }); lastTick = now; }, 10);
})();`;

/** Reads the figures of the window from the content script's start to its last mark (and its frame). */
const MEASURE = `new Promise((resolve) => setTimeout(() => {
  const t = JSON.parse(document.querySelector('[data-gtl-timings]').dataset.gtlTimings);
  const from = t.scriptStart, to = t.start + t.marked + 200;
  const w = window.__gtlFrames;
  // What started once the content script had: the page's own first layout (before it) is the page's.
  const frames = w.frames.filter((f) => f.start >= from && f.start <= to);
  const longest = frames.reduce((a, f) => (f.duration > a.duration ? f : a), { duration: 0, render: 0 });
  // A gap begun before the content script started counts from its start.
  const clip = (gaps) => gaps.filter((g) => g.at >= from && g.at - g.gap <= to).map((g) => ({ gap: g.at - Math.max(g.at - g.gap, from) }));
  const max = (xs) => xs.reduce((a, x) => Math.max(a, x.gap), 0);
  resolve({
    longestFrame: 'PerformanceLongAnimationFrameTiming' in window ? longest.duration : NaN,
    frameRender: longest.render,
    frameGap: max(clip(w.rafGaps)),
    timerStall: max(clip(w.tickGaps)),
    marks: document.querySelectorAll('mark.gt-lens-mark').length,
    painted: window.CSS?.highlights ? [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) : 0,
    startToMarked: t.start + t.marked - t.scriptStart,
  });
}, 400))`;

/** On the page without GT Lens, once it has settled: one insertion's frame, writing to painted. */
const FLOOR = `new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => {
  const t0 = performance.now();
  const body = document.querySelector('.row-content, .article_right');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n && texts.length < 2; n = walker.nextNode()) if (n.data.trim().length > 20 && !n.parentElement.closest('mark')) texts.push(n);
  for (const t of texts) { const r = document.createRange(); r.setStart(t, 2); r.setEnd(t, 8); r.surroundContents(document.createElement('mark')); }
  // A task queued in the frame's callbacks runs once the frame has rendered.
  setTimeout(() => {
    const painted = performance.now() - t0;
    setTimeout(() => {
      const frames = window.__gtlFrames.frames.filter((f) => f.start + f.duration >= t0);
      resolve(Math.max(painted, ...frames.map((f) => f.duration)));
    }, 300);
  }, 0);
}), 1000))`;

/**
 * The browser's first article, the seed: its longest frame, from the content script's start. The
 * first article after a browser starts compiles the content script's code as it runs (a frame of
 * 64-117 ms here, on any article); the extreme pages are measured after it, so that their figures
 * are theirs, and it is reported on its own.
 */
async function firstArticleFrame(browser: ExtensionBrowser, server: FixtureServer): Promise<number> {
  const page = await browser.open(server.urlOf('seed-legacy'), { initScript: WATCH });
  await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 120_000);
  const run = await page.evaluate<Omit<ExtremeRun, 'floor' | 'floorMarked'>>(MEASURE);
  await page.close();
  return run.longestFrame;
}

/** `runs` loads of each extreme page in one browser, after its first article (`first`: that one's longest frame). */
export async function benchExtremeIn(
  browser: ExtensionBrowser,
  server: FixtureServer,
  runs: number,
): Promise<Record<string, ExtremeRun[]> & { first?: number }> {
  const result: Record<string, ExtremeRun[]> & { first?: number } = {};
  result.first = await firstArticleFrame(browser, server);
  for (const { name, query } of EXTREME_PAGES) {
    result[name] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.open(server.urlOf('seed-legacy') + query, { initScript: WATCH });
      await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 120_000);
      const run = await page.evaluate<Omit<ExtremeRun, 'floor' | 'floorMarked'>>(MEASURE);
      const floorMarked = await page.evaluate<number>(FLOOR);
      await page.close();
      // The same page where GT Lens does not run (its address by IP, not a Global Times host).
      const plain = await browser.open(server.urlOf('seed-legacy').replace('www.globaltimes.cn', '127.0.0.1') + query, {
        initScript: WATCH,
      });
      await plain.waitFor(`document.readyState === 'complete'`, 120_000);
      result[name].push({ ...run, floorMarked, floor: await plain.evaluate<number>(FLOOR) });
      await plain.close();
    }
  }
  return result;
}

export async function benchExtreme(which: 'chromium' | 'firefox', runs: number) {
  const server = await startFixtureServer();
  const browser =
    which === 'chromium'
      ? await launchChromium(join(ROOT, '.output/chrome-mv3'))
      : await launchFirefox(join(ROOT, '.output/firefox-mv2'));
  try {
    return await benchExtremeIn(browser, server, runs);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('extreme-bench.ts')) {
  const which = process.argv[2] === 'firefox' ? 'firefox' : 'chromium';
  const runs = Number(process.argv[3]) || 3;
  void benchExtreme(which, runs).then(({ first, ...r }) => {
    console.log(`${which} the browser's first article (the seed): longest frame ${first?.toFixed(0)} ms`);
    for (const [name, list] of Object.entries(r))
      for (const x of list)
        console.log(
          `${which} ${name.padEnd(17)} marks ${x.marks}, painted ${x.painted} | start→marked ${x.startToMarked.toFixed(0)} ms | longest frame ${x.longestFrame.toFixed(0)} ms (render ${x.frameRender.toFixed(0)}; one insertion without GT Lens ${x.floor.toFixed(0)}, on the marked page ${x.floorMarked.toFixed(0)}) | frame gap ${x.frameGap.toFixed(0)} | timer stall ${x.timerStall.toFixed(0)} ms`,
        );
  });
}
