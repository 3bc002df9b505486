import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axePageViolations } from '../harness/axe';
import { type ExtensionBrowser, type LaunchOptions, launchChromium, launchFirefox, ROOT } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { RESULTS, withServerAndBrowser } from '../harness/session';
import { SHADOW, TOGGLE } from './overlay-page';

const VIEWPORT = { width: 400, height: 600 };
const BROWSERS = [
  ['chromium', (o: LaunchOptions) => launchChromium(join(ROOT, '.output/chrome-mv3'), o)],
  ['firefox', (o: LaunchOptions) => launchFirefox(join(ROOT, '.output/firefox-mv2'), o)],
] as const;

/** Types into a field as a reader would: the value, then an input event. */
const typeInto = (selector: string, value: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); el.focus(); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`;
const click = (selector: string) => `(document.querySelector(${JSON.stringify(selector)}).click(), true)`;
const onScreen = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el || !el.offsetParent) return false; const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`;

/** The Cite tab on the seed: three styles naming the paper and the day, BibTeX and RIS, the Wayback links. */
async function citesTheSeed(browser: ExtensionBrowser, server: FixtureServer) {
  await browser.open(server.urlOf('seed-legacy'));
  const popup = await browser.popupForLastPage(VIEWPORT);
  await popup.evaluate(click('#tab-cite'));
  // The citation library is its own chunk, loaded when the tab is first shown.
  await popup.waitFor(`document.querySelector('[data-testid="citation-chicago"]')`, 20_000);
  const apa = await popup.evaluate<string>(`document.querySelector('[data-testid="citation-apa"]').textContent`);
  expect(apa).toMatch(/^Global Times\. \(2020, December 19\)\. E\. China’s Shaoxing signs 12 co-operative projects/);
  const names = await popup.evaluate<string[]>(
    `[...document.querySelectorAll('.cite button')].map((b) => b.getAttribute('aria-label'))`,
  );
  expect(names).toEqual(expect.arrayContaining(['Copy BibTeX', 'Download BibTeX', 'Copy RIS', 'Download RIS']));
  const links = await popup.evaluate<string[]>(`[...document.querySelectorAll('.archive-links a')].map((a) => a.href)`);
  expect(links[0]).toMatch(/^https:\/\/web\.archive\.org\/web\/\*\/https?:\/\/.+/);
  expect(links[1]).toMatch(/^https:\/\/web\.archive\.org\/save\/https?:\/\/.+/);
  expect(await axePageViolations(popup)).toEqual([]);
  expect(popup.errors).toEqual([]);
  // The popup remembers its tab: leave it where the other tests expect it.
  await popup.evaluate(click('#tab-summary'));
}

/**
 * The Voices tab on the seed: Ma Weiguang's two statements (in Chrome they come from the
 * background after the marks; the popup asks again until they do), a click goes to the first.
 */
async function hearsTheSeedsVoices(browser: ExtensionBrowser, server: FixtureServer, name: string) {
  await browser.open(server.urlOf('seed-legacy'));
  const popup = await browser.popupForLastPage(VIEWPORT);
  await popup.evaluate(click('#tab-voices'));
  await popup.waitFor(`document.querySelector('[data-testid="voices-tally"]')`, 10_000);
  expect(await popup.evaluate<string>(`document.querySelector('[data-testid="voices-tally"]').textContent`)).toBe(
    '1 source: 1 named person',
  );
  const voice = await popup.evaluate<string>(`document.querySelector('.voice').textContent`);
  expect(voice).toMatch(/^Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee 2 statements“.+”$/);
  await popup.screenshot(join(RESULTS, `${name}-popup-voices.png`), { fullPage: false });
  expect(await axePageViolations(popup)).toEqual([]);
  expect(popup.errors).toEqual([]);
  // The popup remembers its tab: leave it where the other tests expect it.
  await popup.evaluate(click('#tab-summary'));
}

describe.each(BROWSERS)('%s: popup and options', (name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(
    () => launch({}),
    (s) => ({ server, browser } = s),
  );

  it('shows the seed’s 600 billion yuan converted, one click away, and no raw error text', async () => {
    await browser.open(server.urlOf('seed-legacy'));
    const popup = await browser.popupForLastPage(VIEWPORT);
    expect(popup.state).toBe('article');
    await popup.screenshot(join(RESULTS, `${name}-popup-summary.png`), { fullPage: false });
    // The summary tab already resolves the amount; the money tab is one click away.
    await popup.evaluate(click('#tab-money'));
    await popup.waitFor(`document.querySelector('[data-testid="at-article-date"]')`);
    const row = await popup.evaluate<string>(`document.querySelector('[data-testid="amount"]').innerText`);
    expect(row).toMatch(/600 billion yuan[\s\S]*≈ \$91\.8 billion at the rate of Dec 18, 2020/);
    expect(await popup.evaluate(onScreen('[data-testid="at-article-date"]'))).toBe(true);
    expect(await popup.evaluate<string>(`document.querySelector('[data-testid="rate-source"]').textContent`)).toMatch(
      /^ECB reference rates, bundled, up to .+ \(offline\)/,
    );
    await popup.screenshot(join(RESULTS, `${name}-popup-money.png`), { fullPage: false });
    const everything = await popup.evaluate<string>('document.body.textContent');
    expect(everything).not.toMatch(/Failed to fetch|TypeError|NetworkError/);
    expect(popup.errors).toEqual([]);
  });

  it('converts "600 billion yuan" typed in the free converter at the article’s day', async () => {
    await browser.open(server.urlOf('seed-legacy'));
    const popup = await browser.popupForLastPage(VIEWPORT);
    await popup.evaluate(click('#tab-money'));
    await popup.evaluate(typeInto('#free-amount', '600 billion yuan'));
    await popup.waitFor(`/\\$91\\.8 billion/.test(document.querySelector('[data-testid="free-result"]').textContent)`);
    expect(await popup.evaluate(`document.querySelector('#free-from').value`)).toBe('CNY');
    await popup.evaluate(typeInto('#free-amount', 'lots'));
    await popup.waitFor(`document.querySelector('#free-amount').getAttribute('aria-invalid') === 'true'`);
    expect(await popup.evaluate(`document.querySelector('#free-amount').getAttribute('aria-describedby')`)).toBe(
      'free-error',
    );
    await popup.evaluate(typeInto('#free-amount', '600 billion yuan'));
    await popup.evaluate(`document.querySelector('#free-amount').scrollIntoView({ block: 'center' })`);
    await popup.screenshot(join(RESULTS, `${name}-popup-converter.png`), { fullPage: false });
  });

  it('passes axe on the popup (both tabs) and on the options page', async () => {
    await browser.open(server.urlOf('seed-legacy'));
    const popup = await browser.popupForLastPage(VIEWPORT);
    expect(await axePageViolations(popup)).toEqual([]);
    await popup.evaluate(`(delete document.body.dataset.axe, true)`);
    await popup.evaluate(click('#tab-money'));
    expect(await axePageViolations(popup)).toEqual([]);
    const options = await browser.openExtensionPage('options.html', VIEWPORT);
    await options.waitFor(`document.querySelector('[data-testid="cache-state"]')?.textContent`);
    expect(await axePageViolations(options)).toEqual([]);
    await options.setViewport(1280, 800);
    await options.screenshot(join(RESULTS, `${name}-options.png`), { fullPage: false });
  });

  it('is usable at 360 px: nothing wider than the screen', async () => {
    await browser.open(server.urlOf('seed-legacy'));
    const popup = await browser.popupForLastPage({ width: 360, height: 640 });
    await popup.evaluate(click('#tab-money'));
    const wide = `document.documentElement.scrollWidth <= innerWidth`;
    expect(await popup.evaluate(wide)).toBe(true);
    const options = await browser.openExtensionPage('options.html', { width: 360, height: 640 });
    await options.waitFor(`document.querySelector('h1')`);
    expect(await options.evaluate(wide)).toBe(true);
  });

  it('cites the seed in three styles, offers BibTeX and RIS, and links its Wayback copies', () =>
    citesTheSeed(browser, server));

  it('tallies who speaks in the seed in the Voices tab, once Chrome’s statements arrive', () =>
    hearsTheSeedsVoices(browser, server, name));

  it('hides a label in an open article when the options page turns it off', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length > 50`);
    const options = await browser.openExtensionPage('options.html', VIEWPORT);
    await options.waitFor(`document.querySelector('input[data-label="PLACE"]')?.checked === true`);
    await options.evaluate(click('input[data-label="PLACE"]'));
    await page.waitFor(`(document.querySelector('.row-content')?.dataset.gtlHide ?? '').includes('PLACE')`);
    const hidden = `getComputedStyle(document.querySelector('mark.gt-lens-mark[data-gtl-label="PLACE"]')).backgroundColor`;
    expect(await page.evaluate(hidden)).toBe('rgba(0, 0, 0, 0)');
    await options.evaluate(click('input[data-label="PLACE"]'));
    await page.waitFor(`!(document.querySelector('.row-content')?.dataset.gtlHide ?? '').includes('PLACE')`);
  });
});

describe.each(BROWSERS)('%s in Chinese', (name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(
    () => launch({ locale: 'zh-CN' }),
    (s) => ({ server, browser } = s),
  );

  it('words the page overlay, the popup and the options page in Chinese', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.waitFor(`${TOGGLE}`);
    // The marks tell their type, and the toggle its count, in the reader's language.
    expect(await page.evaluate(`${SHADOW}.querySelector('.toggle').getAttribute('aria-label')`)).toBe(
      'GT Lens，55 处标注',
    );
    expect(await page.evaluate(`document.querySelector('mark.gt-lens-mark').getAttribute('aria-description')`)).toMatch(
      /^(人物|机构|地点|金额|百分比|数量|计数|日期)$/,
    );
    await page.screenshot(join(RESULTS, `${name}-overlay-zh.png`), { fullPage: false });
    const popup = await browser.popupForLastPage(VIEWPORT);
    const language = await popup.evaluate<string>('(globalThis.browser ?? chrome).i18n.getUILanguage()');
    // Firefox takes intl.locale.requested only when it has the language: Debian's firefox-esr-l10n-zh-cn.
    expect(language, 'no Chinese interface: install the browser language pack (firefox-esr-l10n-zh-cn)').toMatch(/^zh/);
    expect(await popup.evaluate(`[...document.querySelectorAll('[role="tab"]')].map((t) => t.textContent)`)).toEqual([
      '摘要',
      '发言者',
      '金额',
      '引用',
    ]);
    expect(await popup.textOf('found')).toBe('1 个人物 · 8 个机构 · 9 个地点 · 13 个数字');
    await popup.screenshot(join(RESULTS, `${name}-popup-zh.png`), { fullPage: false });
    const options = await browser.openExtensionPage('options.html', VIEWPORT);
    await options.waitFor(`document.querySelector('h1')`);
    expect(await options.evaluate(`document.querySelector('h1').textContent`)).toBe('设置');
  });
});
