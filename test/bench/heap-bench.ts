/**
 * The memory a tab keeps once the seed is marked (issue 22): its JS heap in use right after a full
 * garbage collection (Chromium's DevTools protocol: HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage; the content script's world shares the page's heap), median of several
 * loads each: the same page where GT Lens does not run (served at 127.0.0.1, which no content
 * script matches), with GT Lens and its Voices off, and with GT Lens as it ships (Voices on, the
 * two statements' cues placed).
 */
import { join } from 'node:path';
import { type ExtensionBrowser, launchChromium, ROOT } from '../harness/browsers';
import { startFixtureServer } from '../harness/fixture-server';

export interface HeapFigures {
  /** Bytes, one per load. */
  withoutLens: number[];
  voicesOff: number[];
  voicesOn: number[];
}

const MARKED = `document.querySelectorAll('mark.gt-lens-mark').length > 50 && document.querySelector('[data-gt-lens-overlay]')`;
const settle = `new Promise((r) => setTimeout(r, 500))`;

async function setVoices(browser: ExtensionBrowser, on: boolean): Promise<void> {
  const page = await browser.openExtensionPage('popup.html');
  await page.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.set({ voicesShown: ${on} })`);
  await page.close();
}

async function heapOf(browser: ExtensionBrowser, url: string, ready: string): Promise<number> {
  const page = await browser.open(url);
  await page.waitFor(ready, 60_000);
  await page.evaluate(settle); // the reading log's record and the last answers are sent
  const bytes = await page.heapAfterGc!();
  await page.close();
  return bytes;
}

export async function benchHeap(runs: number): Promise<HeapFigures> {
  const server = await startFixtureServer();
  const browser = await launchChromium(join(ROOT, '.output/chrome-mv3'));
  try {
    const seed = server.urlOf('seed-legacy');
    const plain = seed.replace('www.globaltimes.cn', '127.0.0.1');
    const figures: HeapFigures = { withoutLens: [], voicesOff: [], voicesOn: [] };
    await setVoices(browser, false);
    for (let i = 0; i < runs; i++) figures.voicesOff.push(await heapOf(browser, seed, MARKED));
    await setVoices(browser, true);
    for (let i = 0; i < runs; i++) {
      figures.withoutLens.push(await heapOf(browser, plain, `document.readyState === 'complete'`));
      figures.voicesOn.push(
        await heapOf(browser, seed, `${MARKED} && document.querySelectorAll('mark.gt-lens-cue').length === 2`),
      );
    }
    return figures;
  } finally {
    await browser.close();
    await server.close();
  }
}
