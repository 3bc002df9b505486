import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '../harness/axe';
import { BUILT_BROWSERS, type ExtensionBrowser } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { RESULTS, withServerAndBrowser } from '../harness/session';
import { SHADOW, TOGGLE } from './overlay-page';

const MARKED = `document.querySelectorAll('mark.gt-lens-mark').length > 5 && ${TOGGLE}`;
const SEED_TITLE = 'E. China’s Shaoxing signs 12 co-operative projects with Shanghai';
const SECOND_TITLE = 'Shanghai port ships record volume as autumn orders pick up';
const BROWSERS = BUILT_BROWSERS;
const LOG_ITEMS = `[...document.querySelectorAll('[data-testid="log-articles"] > li > a')].map((a) => a.textContent)`;

describe.each(BROWSERS)('reading log in %s', (name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));

  it('remembers the seed, names it on the next article’s card, lists, exports and forgets', async () => {
    const seed = await browser.open(server.urlOf('seed-legacy'));
    await seed.waitFor(MARKED);
    const log = await browser.openExtensionPage('log.html');
    // The seed is kept once its marks are done; the log page shows it.
    await log.waitFor(`${LOG_ITEMS}.length === 1`);
    const page = await browser.open(server.urlOf('second-read'));
    await page.waitFor(MARKED);
    // The reader hovers "Shanghai": its card's frame (the extension's own page) names the seed.
    const at = await page.evaluate<[number, number]>(`(() => {
      const m = [...document.querySelectorAll('mark.gt-lens-mark[data-gtl-label="PLACE"]')].find((x) => x.textContent === 'Shanghai');
      m.scrollIntoView({ block: 'center' });
      const r = m.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    })()`);
    await page.mouseMove(at[0], at[1]);
    await page.waitFor(`${SHADOW}.querySelector('.card-memory')`);
    const inFrame = <T>(e: string) => page.frameEvaluate<T>('recall.html', e).catch(() => undefined);
    for (let i = 0; i < 100 && !(await inFrame<boolean>(`!!document.querySelector('li')`)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await inFrame(`document.querySelector('p').textContent`)).toBe('Also in 1 article you read');
    expect(await inFrame(`[...document.querySelectorAll('a')].map((a) => a.textContent)`)).toEqual([SEED_TITLE]);
    await page.screenshot(join(RESULTS, `memory-${name}-card.png`), { fullPage: false });

    const list = await browser.openExtensionPage('log.html');
    await list.waitFor(`${LOG_ITEMS}.length === 2`);
    expect(await list.evaluate(LOG_ITEMS)).toEqual([SECOND_TITLE, SEED_TITLE]);
    await list.screenshot(join(RESULTS, `memory-${name}-log.png`), { fullPage: false });
    expect(await axePageViolations(list)).toEqual([]);

    // The CSV the browser would download: its rows are the listed articles, in the same order.
    await list.evaluate(`(() => {
      URL.createObjectURL = (blob) => { blob.text().then((t) => { document.body.dataset.csv = t; }); return 'blob:test'; };
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export CSV').click();
    })()`);
    await list.waitFor(`document.body.dataset.csv`);
    const rows = (await list.evaluate<string>('document.body.dataset.csv')).trimEnd().split('\r\n');
    expect(rows[0]).toBe('read_at,published,section,title,url,people,organizations,places,sources');
    // Neither title has a comma or quote, so each is the fourth field as it stands.
    expect(rows.slice(1).map((r) => r.split(',')[3])).toEqual([SECOND_TITLE, SEED_TITLE]);
    expect(rows[2]).toContain('"Ma Weiguang (Party secretary of CPC Shaoxing Municipal Committee, 2)"');
    // Who is speaking travels with the record (in Chrome it waits for the background's statements).
    expect(rows[2]).toMatch(
      /,"Ma Weiguang \(person, Party secretary of CPC Shaoxing Municipal Committee, 2 statements, 0 direct\)"$/,
    );

    await list.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Forget everything').click()`,
    );
    await list.waitFor(
      `${LOG_ITEMS}.length === 0 && document.querySelector('[role=status]').textContent === 'The reading log is empty now.'`,
    );
    expect([...seed.errors, ...page.errors, ...list.errors]).toEqual([]);
    for (const tab of [seed, log, page, list]) await tab.close();
  });
});

// A browser of its own: private windows are allowed there, which the test above must not have.
describe.each(BROWSERS)('reading log and private windows in %s', (_name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));

  it('annotates an article in a private window and keeps nothing of it', async () => {
    const read = await browser.readInPrivateWindow(server.urlOf('seed-legacy'));
    expect(read).toEqual({ state: 'article', mentions: 55 });
    // The control: an ordinary window's article is kept, after the private one was read.
    const page = await browser.open(server.urlOf('second-read'));
    await page.waitFor(MARKED);
    const log = await browser.openExtensionPage('log.html');
    await log.waitFor(`${LOG_ITEMS}.length > 0`);
    expect(await log.evaluate(LOG_ITEMS)).toEqual([SECOND_TITLE]);
    expect([...page.errors, ...log.errors]).toEqual([]);
  });
});
