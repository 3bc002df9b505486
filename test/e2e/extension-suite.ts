/** The end-to-end checks, run once per real browser. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser, PageHandle } from '../harness/browsers';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server';
import { RESULTS } from '../harness/session';
import { SHADOW, TOGGLE } from './overlay-page';

export { RESULTS };

const PUBLISHED_ISO = `document.querySelector('[data-testid="published-beijing"]').dateTime`;
// en-US in both browsers; ICU may put a narrow no-break space before "PM".
const PUBLISHED_SHOWN = /^Dec 19, 2020,? 10:25\sPM\b/;

interface SuiteContext {
  server: FixtureServer;
  browser: ExtensionBrowser;
  name: string;
}

export function extensionSuite(launch: () => Promise<ExtensionBrowser>) {
  const ctx = {} as SuiteContext;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    ctx.server = await startFixtureServer();
    ctx.browser = await launch();
    ctx.name = ctx.browser.name;
  });

  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });

  readingTests(ctx);
  highlightingTests(ctx);
  popupTests(ctx);
  statusTests(ctx);
}

function readingTests(ctx: SuiteContext) {
  // The whole resolved time, as the popup's <time> carries it: a wrong day, hour or zone fails.
  // seed-article-top: the seed in today's layout (div.article_top, an update time, two names in
  // one byline link, a closing "Newspaper headline:" line).
  describe.each([
    ['seed-legacy', '2020-12-19T22:25:59+08:00', []],
    ['seed-current', '2020-12-19T22:25:00+08:00', []],
    ['seed-article-top', '2020-12-19T22:25:00+08:00', ['Qin Haoran', 'Lu Xiaoqing']],
  ])('the %s article', (fixture, published, authors) => {
    it('is read by the content script and shown in the popup', async () => {
      const url = ctx.server.urlOf(fixture);
      const page = await ctx.browser.open(url);
      const popup = await ctx.browser.popupForLastPage();
      expect(popup.tabUrl).toBe(url);
      await page.screenshot(join(RESULTS, `${ctx.name}-${fixture}-page.png`));
      await popup.screenshot(join(RESULTS, `${ctx.name}-${fixture}-popup.png`));
      expect(popup.state).toBe('article');
      expect(await popup.text()).toContain('E. China’s Shaoxing signs 12 co-operative projects with Shanghai');
      expect(await popup.evaluate(PUBLISHED_ISO)).toBe(published);
      expect(await popup.textOf('published-beijing')).toMatch(PUBLISHED_SHOWN);
      expect(await popup.textOf('length')).toMatch(/^345 words · 2 min read$/);
      expect(await popup.textOf('found')).toBe('1 person · 8 organizations · 9 places · 13 figures');
      for (const author of authors) expect(await popup.text()).toContain(author);
      expect(page.errors).toEqual([]);
    });
  });
}

const center = (expr: string) =>
  `(() => { const r = (${expr}).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`;
const MENTIONS = `(() => {
  const by = {};
  for (const m of document.querySelectorAll('mark.gt-lens-mark')) {
    const e = (by[m.dataset.gtlMention] ??= { label: m.dataset.gtlLabel, text: '' });
    e.text += m.textContent;
  }
  return Object.values(by).map((x) => x.label + ' ' + x.text.replace(/\\s+/g, ' '));
})()`;

function highlightingTests(ctx: SuiteContext) {
  describe('highlighting the seed article', () => {
    it('marks the expected mentions with their labels, and the overlay offers a legend', async () => {
      const page = await ctx.browser.open(ctx.server.urlOf('seed-legacy'));
      // The unstyled fixture's text spans the window: the legend starts folded to a tab; open it.
      await page.waitFor(TOGGLE);
      await page.evaluate(`${SHADOW}.querySelector('.toggle').click()`);
      await page.waitFor(
        `document.querySelectorAll('mark.gt-lens-mark').length > 50 && ${SHADOW}?.querySelector('.legend')`,
      );
      await expectSeedMarks(page);
      await expectLabelToggle(page);
      await expectHoverCards(page, ctx.name);
      await expectHighlightsSwitch(page);
      expect(page.errors).toEqual([]);
    });
  });
}

async function expectSeedMarks(page: PageHandle) {
  const mentions = await page.evaluate<string[]>(MENTIONS);
  for (const m of [
    'PERSON Ma Weiguang',
    'ORG Guotai Junan Securities',
    'PLACE Zhejiang Province',
    'MONEY 600 billion yuan',
    'QUANTITY 200 kilometers',
  ]) {
    expect(mentions).toContain(m);
  }
  expect(mentions).toHaveLength(55);
  // Only the body: the headline and the related-story list are never marked.
  expect(
    await page.evaluate(
      `document.querySelectorAll('.article-title mark, .related_articles mark, #header mark').length`,
    ),
  ).toBe(0);
  expect(await page.evaluate(`${SHADOW}.querySelector('.legend').textContent`)).toMatch(
    /People\s*2.*Organizations\s*12.*Places\s*28/s,
  );
}

/** Toggling a label hides its marks; toggling again shows them. */
async function expectLabelToggle(page: PageHandle) {
  const placeToggle = `${SHADOW}.querySelector('input[data-label="PLACE"]')`;
  const placeBg = `getComputedStyle(document.querySelector('mark.gt-lens-mark[data-gtl-label="PLACE"]')).backgroundColor`;
  const shown = await page.evaluate<string>(placeBg);
  const [px, py] = await page.evaluate<[number, number]>(center(placeToggle));
  await page.click(px, py);
  await page.waitFor(`document.querySelector('.row-content').dataset.gtlHide === 'PLACE'`);
  expect(await page.evaluate(placeBg)).toBe('rgba(0, 0, 0, 0)');
  await page.click(px, py);
  await page.waitFor(`!document.querySelector('.row-content').dataset.gtlHide`);
  expect(await page.evaluate(placeBg)).toBe(shown);
}

/** Hovering a mark shows its card; a money mark's card converts it at the article's rate. */
async function expectHoverCards(page: PageHandle, browserName: string) {
  const ma = `[...document.querySelectorAll('mark.gt-lens-mark')].find((m) => m.textContent === 'Ma Weiguang')`;
  // Who speaks is read once the marks are in (Chrome asks the background): the card counts his statements.
  await page.waitFor(`document.querySelectorAll('mark.gt-lens-cue').length === 2`);
  // Scroll events fire in the frame's update before its animation callbacks: after two frames
  // the scroll (which hides any card) has been handled, and the hover comes after it.
  await page.evaluate(
    `(${ma}).scrollIntoView({ block: 'center' }), new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`,
  );
  const [mx, my] = await page.evaluate<[number, number]>(center(ma));
  await page.mouseMove(mx, my - 40);
  await page.mouseMove(mx, my);
  await page.waitFor(`${SHADOW}.querySelector('.card')`);
  expect(await page.evaluate(`${SHADOW}.querySelector('.card').textContent`)).toMatch(
    /^PersonMa WeiguangParty secretary of CPC Shaoxing Municipal CommitteeMentioned 2 times2 statements in this articleFirst: “[^”]+”Next statementLook up$/,
  );
  await page.screenshot(join(RESULTS, `${browserName}-highlighted.png`));

  // The rate is the bundled one: the network is closed.
  const money = `[...document.querySelectorAll('mark.gt-lens-mark')].find((m) => m.textContent === '600 billion')`;
  const [ox, oy] = await page.evaluate<[number, number]>(center(money));
  await page.mouseMove(ox, oy);
  await page.waitFor(`${SHADOW}.querySelector('.card')?.textContent.includes('ECB rate')`);
  expect(await page.evaluate(`${SHADOW}.querySelector('.card').textContent`)).toBe(
    'Money600 billion yuanCN¥600 billion≈ $91.8 billion at the ECB rate of Dec 18, 2020 (bundled, offline)',
  );
}

/** All highlights off: the body is exactly the page as served; on again: marked again. */
async function expectHighlightsSwitch(page: PageHandle) {
  const switchButton = `${SHADOW}.querySelector('button[role="switch"]')`;
  const [sx, sy] = await page.evaluate<[number, number]>(center(switchButton));
  await page.click(sx, sy);
  await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length === 0`);
  const served = `fetch(location.href).then((r) => r.text()).then((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('.row-content').innerHTML)`;
  expect(
    await page.evaluate(`${served}.then((html) => html === document.querySelector('.row-content').innerHTML)`),
  ).toBe(true);
  await page.click(sx, sy);
  await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length > 50`);
}

function popupTests(ctx: SuiteContext) {
  it('shows the summary card, goes to a mention in the page, and copies Markdown', async () => {
    const url = ctx.server.urlOf('seed-legacy');
    const page = await ctx.browser.open(url);
    await page.waitFor(`document.querySelector('[data-gtl-timings]')`);
    const popup = await ctx.browser.popupForLastPage();
    expect(popup.state).toBe('article');
    expect(await popup.text()).toContain('E. China’s Shaoxing signs 12 co-operative projects with Shanghai');
    expect(await popup.evaluate(PUBLISHED_ISO)).toBe('2020-12-19T22:25:59+08:00');
    expect(await popup.textOf('published-beijing')).toMatch(PUBLISHED_SHOWN);
    expect(await popup.evaluate(`document.querySelectorAll('.key-points li').length`)).toBe(3);
    expect(
      await popup.evaluate(`[...document.querySelectorAll('#people-chips button')].map((b) => b.textContent).join()`),
    ).toContain('Ma Weiguang');
    expect(
      await popup.evaluate(`[...document.querySelectorAll('.figure-text')].map((b) => b.textContent).join()`),
    ).toContain('600 billion yuan');
    await popup.screenshot(join(RESULTS, `${ctx.name}-summary-popup.png`));

    // Clicking "Shaoxing" brings its first marked mention into view and flashes it; again, the next.
    const shaoxing = `[...document.querySelectorAll('#places-chips button')].find((b) => b.textContent.startsWith('Shaoxing')).click()`;
    await popup.evaluate(shaoxing);
    await page.waitFor(
      `[...document.querySelectorAll('mark.gt-lens-flash')].some((m) => m.textContent === 'Shaoxing')`,
      5000,
    );
    expect(await page.evaluate('document.activeElement.dataset.gtlEntity')).toBe('PLACE:Shaoxing');
    const first = await page.evaluate<string>('document.activeElement.dataset.gtlMention');
    expect(
      await page.evaluate(
        `(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`,
      ),
    ).toBe(true);
    await popup.evaluate(shaoxing);
    await page.waitFor(`document.activeElement.dataset.gtlMention !== ${JSON.stringify(first)}`, 5000);
    expect(await page.evaluate('document.activeElement.dataset.gtlEntity')).toBe('PLACE:Shaoxing');

    // "Copy summary" writes Markdown with the headline and the key points.
    await popup.evaluate(
      `window.__copied = null; navigator.clipboard.writeText = async (t) => { window.__copied = t; };`,
    );
    await popup.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy summary').click()`,
    );
    await popup.waitFor('window.__copied !== null');
    const markdown = await popup.evaluate<string>('window.__copied');
    expect(markdown).toContain('# [E. China’s Shaoxing signs 12 co-operative projects with Shanghai](http');
    const points = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('.key-points li')].map((li) => li.textContent)`,
    );
    for (const p of points) expect(markdown).toContain(p.replace(/([\\`*_[\]<>#|])/g, '\\$1'));
    expect(await popup.evaluate(`document.querySelector('.note').textContent`)).toBe('Summary copied as Markdown.');
  });

  it('converts the yuan amounts at the 2020 rate with the network closed, and any amount', async () => {
    await ctx.browser.open(ctx.server.urlOf('seed-legacy'));
    const popup = await ctx.browser.popupForLastPage();
    // The converter is built when its tab is first shown.
    await popup.evaluate(`(document.querySelector('#tab-money').click(), true)`);
    await popup.waitFor(`document.querySelectorAll('[data-testid="at-article-date"]').length >= 2`);
    // The currency follows the browser's locale (en-US here) unless the reader picks another.
    const amounts = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="amount"]')].map((li) => li.textContent)`,
    );
    expect(amounts).toHaveLength(2);
    expect(amounts[0]).toContain('600 billion yuan');
    expect(amounts[0]).toContain('≈ $91.8 billion at the rate of Dec 18, 2020');
    expect(amounts[1]).toContain('578 billion yuan');
    expect(await popup.evaluate(`document.querySelector('[data-testid="stated"]').textContent`)).toMatch(
      /^The article says \$92 billion: consistent with the ECB rate/,
    );
    const sources = await popup.evaluate<string>(
      `[...document.querySelectorAll('.rate-source')].map((p) => p.textContent).join(' | ')`,
    );
    // One calm line on the rates' source and age; the failed request itself is never shown.
    expect(sources).toMatch(/^ECB reference rates, bundled, up to .+ \(offline\)/);
    expect(sources).not.toMatch(/could not be reached|did not answer|Failed to fetch/);
    expect(await popup.evaluate(`document.querySelector('[data-testid="free-result"]').textContent`)).toMatch(
      /^CN¥1,000,000\.00 = \$152,9\d\d/,
    );
    await popup.screenshot(join(RESULTS, `${ctx.name}-converter-popup.png`));
  });
}

function statusTests(ctx: SuiteContext) {
  it('says a section front is not an article', async () => {
    const url = ctx.server.urlOf('section-front');
    const page = await ctx.browser.open(url);
    const popup = await ctx.browser.popupForLastPage();
    expect(popup.tabUrl).toBe(url);
    await popup.screenshot(join(RESULTS, `${ctx.name}-section-front-popup.png`));
    expect(popup.state).toBe('not-article');
    expect(await popup.text()).toContain('section front or list, not an article');
    expect(page.errors).toEqual([]);
  });

  it('says a tab on another site is not Global Times', async () => {
    await ctx.browser.open(ctx.server.otherSiteUrl);
    const popup = await ctx.browser.popupForLastPage();
    // No permission beyond the GT hosts: the extension cannot even see this tab's address.
    expect(popup.tabUrl).toBeNull();
    expect(popup.state).toBe('not-gt');
    expect(await popup.text()).toContain('Not a Global Times page');
  });
}
