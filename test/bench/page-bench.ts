/**
 * The in-browser half of `npm run bench`: the built extension (with test hooks) in real Chromium
 * on the served seed article and on the seed repeated 100 times. Reports the time from the
 * content script's start to highlights complete, from analysis done to highlights complete, the
 * longest main-thread task during annotation, the layout shift the marks caused, and, seen from
 * the page itself (a MutationObserver installed before the page's scripts), when the last mark
 * landed after DOMContentLoaded. In Firefox (no Long Tasks or layout-shift API there), the two
 * times on the seed.
 */
import { join } from 'node:path';
import { launchChromium, launchFirefox, ROOT } from '../harness/browsers';
import { startFixtureServer } from '../harness/fixture-server';
import { MARK_WATCH, READ_MARK_LOG } from '../harness/mark-watch';

interface PageRun {
  startToMarked: number;
  analyzedToMarked: number;
  /** The annotation's own longest task, as it measured it. */
  longestTask: number;
  /** Tasks over 50 ms the browser saw in the same window (Long Tasks API). */
  longTasks: number;
  layoutShift: number;
  marks: number;
  /** Outside the extension: the last mark's arrival, in milliseconds after DOMContentLoaded. */
  lastMarkAfterDomContentLoaded: number;
}

// Long tasks and layout shifts are buffered by the browser from the page's start.
const MEASURE = `(() => {
  const body = document.querySelector('[data-gtl-timings]');
  const t = JSON.parse(body.dataset.gtlTimings);
  const end = t.start + t.marked;
  const within = (e) => e.startTime + e.duration >= t.scriptStart && e.startTime <= end;
  const log = ${READ_MARK_LOG};
  const lastMark = log.batches.length ? log.batches[log.batches.length - 1].at - log.domContentLoaded : NaN;
  const tasks = performance.getEntriesByType('longtask').filter(within);
  return new Promise((resolve) => {
    let shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.startTime >= t.scriptStart && !e.hadRecentInput) shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    const longest = new Promise((r) => new PerformanceObserver((list) => r(list.getEntries().filter(within))).observe({ type: 'longtask', buffered: true }));
    Promise.race([longest, new Promise((r) => setTimeout(() => r([]), 300))]).then((buffered) => {
      const all = [...tasks, ...buffered];
      resolve({
        startToMarked: end - t.scriptStart,
        analyzedToMarked: t.marked - t.analyzed,
        longestTask: t.longestTask,
        longTasks: all.length,
        layoutShift: shift,
        marks: document.querySelectorAll('mark.gt-lens-mark').length,
        lastMarkAfterDomContentLoaded: lastMark,
      });
    });
  });
})()`;

/** Script start → highlighted and the last mark after DOMContentLoaded, per load of the seed in Firefox. */
export async function benchFirefoxSeed(runs: number): Promise<{ startToMarked: number; lastMark: number }[]> {
  const server = await startFixtureServer();
  const browser = await launchFirefox(join(ROOT, '.output/firefox-mv2'));
  try {
    const result: { startToMarked: number; lastMark: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.open(server.urlOf('seed-legacy'), { initScript: MARK_WATCH });
      await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 60_000);
      result.push(
        await page.evaluate(`(() => {
          const t = JSON.parse(document.querySelector('[data-gtl-timings]').dataset.gtlTimings);
          const log = ${READ_MARK_LOG};
          return { startToMarked: t.start + t.marked - t.scriptStart, lastMark: log.batches[log.batches.length - 1].at - log.domContentLoaded };
        })()`),
      );
      await page.close();
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function benchPage(runs: {
  seed: number;
  x100: number;
}): Promise<{ seed: PageRun[]; x100: PageRun[]; popupMs: number[]; converterMs: number[] }> {
  const server = await startFixtureServer();
  const browser = await launchChromium(join(ROOT, '.output/chrome-mv3'));
  try {
    const result = {
      seed: [] as PageRun[],
      x100: [] as PageRun[],
      popupMs: [] as number[],
      converterMs: [] as number[],
    };
    for (const [key, query] of [
      ['seed', ''],
      ['x100', '?repeat=100'],
    ] as const) {
      for (let i = 0; i < runs[key]; i++) {
        const page = await browser.open(server.urlOf('seed-legacy') + query, { initScript: MARK_WATCH });
        await page.waitFor(`document.querySelector('[data-gtl-timings]')`, 60_000);
        result[key].push(await page.evaluate<PageRun>(MEASURE));
        if (key === 'seed') {
          // The popup, opened for this tab: from its own start to the summary card on screen.
          const popup = await browser.popupForLastPage();
          result.popupMs.push(Number(await popup.evaluate<string>('document.body.dataset.renderedMs')));
          // The Money tab, clicked: its converter is built then and shows once the background has
          // answered with the article's-day rates (asked when the card came).
          result.converterMs.push(
            await popup.evaluate<number>(`new Promise((resolve) => {
              const clicked = performance.now();
              const done = () => document.querySelector('[data-testid="at-article-date"]') && (resolve(performance.now() - clicked), true);
              new MutationObserver((_, o) => done() && o.disconnect()).observe(document.body, { childList: true, subtree: true });
              document.getElementById('tab-money').click();
            })`),
          );
          // Back to the summary, stored, so that the next popup opens on it as the first did.
          await popup.evaluate(`document.getElementById('tab-summary').click(), new Promise((resolve) => {
            const stored = () => chrome.storage.local.get('popupTab').then((got) => (got.popupTab === 'summary' ? resolve(true) : setTimeout(stored, 10)));
            stored();
          })`);
          await popup.close();
        }
        await page.close();
      }
    }
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
