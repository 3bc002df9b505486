import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axePageViolations, axeViolations } from '../harness/axe';
import { type ExtensionBrowser, type LaunchOptions, launchChromium, launchFirefox, ROOT } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { RESULTS, withServerAndBrowser } from '../harness/session';
import { frames, GT_COLUMN, SEND_COMMAND, SHADOW, TOGGLE } from './overlay-page';

const BROWSERS = [
  ['chromium', (o: LaunchOptions) => launchChromium(join(ROOT, '.output/chrome-mv3'), o)],
  ['firefox', (o: LaunchOptions) => launchFirefox(join(ROOT, '.output/firefox-mv2'), o)],
] as const;

const CUES = `[...document.querySelectorAll('mark.gt-lens-cue')]`;
const TWO_CUES = `${CUES}.length === 2 && ${TOGGLE}`;
const MA = `[...document.querySelectorAll('mark.gt-lens-mark')].find((m) => m.textContent === 'Ma Weiguang')`;
const STATUS = `${SHADOW}.querySelector('[role=status]').textContent`;
/** Every line box of the article's paragraphs, rounded: the same list means no line moved. */
const LINES = `[...document.querySelectorAll('.row-content p')].flatMap((p) => {
  const r = document.createRange();
  r.selectNodeContents(p);
  return [...r.getClientRects()].map((b) => [Math.round(b.left), Math.round(b.top), Math.round(b.right), Math.round(b.bottom)].join(','));
}).join(' ')`;
const center = (el: string) =>
  `(() => { const r = (${el}).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`;

const TEXT = {
  en: {
    voices: 'Voices',
    heard: 'statement by Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee',
    second: 'Statement 2 of 2: Ma Weiguang, “disclosed”',
    count: '2 statements in this article',
    next: 'Next statement',
    at: 'Statement 1 of 2',
  },
  zh: {
    voices: '发言者',
    heard: 'Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee 的表述',
    second: '第 2 条表述，共 2 条：Ma Weiguang，“disclosed”',
    count: '本文收录其 2 条表述',
    next: '下一条表述',
    at: '第 1 条，共 2 条',
  },
};

/** The popup's Voices tab on the seed, for the screenshots (test-results/voices-*-popup.png). */
async function popupVoices(browser: ExtensionBrowser, url: string, name: string) {
  await browser.open(url);
  const popup = await browser.popupForLastPage({ width: 400, height: 600 });
  await popup.evaluate(`(document.querySelector('#tab-voices').click(), true)`);
  await popup.waitFor(`document.querySelector('[data-testid="voices-tally"]')`, 10_000);
  await popup.screenshot(join(RESULTS, `voices-${name}-popup.png`), { fullPage: false });
  // The card's look-up frame, an extension page of its own that axe cannot enter from the article.
  const lookup = await browser.openExtensionPage('lookup.html#t=PERSON&n=Ma%20Weiguang', { width: 260, height: 120 });
  await lookup.waitFor(`document.querySelector('.card-lookup button')`);
  expect(await axePageViolations(lookup)).toEqual([]);
  await lookup.close();
  // The popup remembers its tab: leave it where the other tests expect it.
  await popup.evaluate(`(document.querySelector('#tab-summary').click(), true)`);
  await popup.close();
}

describe.each(
  BROWSERS.flatMap(
    ([name, launch]) =>
      [
        [name, 'en', launch],
        [name, 'zh', launch],
      ] as const,
  ),
)('who speaks on the page in %s (%s)', (name, lang, launch) => {
  const t = TEXT[lang];
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(
    () => launch(lang === 'zh' ? { locale: 'zh-CN' } : {}),
    (s) => ({ server, browser } = s),
  );

  it('shows who speaks at each cue without moving a line, and the Voices switch takes the cues away and back', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.setViewport(1366, 768);
    await page.waitFor(TWO_CUES, 20_000);
    expect(await page.evaluate(`${CUES}.map((c) => c.textContent)`)).toEqual(['said', 'disclosed']);
    expect(await page.evaluate(`${CUES}.map((c) => c.dataset.gtlSource)`)).toEqual(['Ma Weiguang', 'Ma Weiguang']);
    expect(await page.evaluate(`${CUES}[0].getAttribute('aria-description')`)).toBe(t.heard);
    // A Global Times column leaves the legend its margin, open.
    await page.evaluate(GT_COLUMN);
    const voices = `${SHADOW}.querySelector('input[data-voices]')`;
    await page.waitFor(voices);
    await page.evaluate(frames);
    const withCues = await page.evaluate<string>(LINES);
    expect(await page.evaluate(`${voices}.closest('label').textContent`)).toMatch(new RegExp(`${t.voices}\\s*2`));
    const [vx, vy] = await page.evaluate<[number, number]>(center(voices));
    await page.click(vx, vy);
    await page.waitFor(`${CUES}.length === 0`);
    // Nothing the cues put in the text changed a line box.
    expect(await page.evaluate<string>(LINES)).toBe(withCues);
    await page.click(vx, vy);
    await page.waitFor(`${CUES}.length === 2`);
    expect(await page.evaluate<string>(LINES)).toBe(withCues);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('steps to the second statement by keyboard command, naming its speaker above the cue', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.setViewport(1366, 768);
    await page.waitFor(TWO_CUES, 20_000);
    const extension = await browser.openExtensionPage('popup.html');
    expect(await extension.evaluate(SEND_COMMAND('next-statement'))).toEqual({ done: true });
    await extension.evaluate(SEND_COMMAND('next-statement'));
    await page.waitFor(`${STATUS} === ${JSON.stringify(t.second)}`);
    const shown = `document.querySelector('mark.gt-lens-cue-shown')`;
    expect(await page.evaluate(`${shown}.textContent`)).toBe('disclosed');
    // The name is drawn out of the text flow, above the cue.
    expect(await page.evaluate(`getComputedStyle(${shown}, '::after').position`)).toBe('absolute');
    expect(await page.evaluate(`getComputedStyle(${shown}, '::after').content`)).not.toBe('none');
    await page.evaluate(`new Promise((r) => setTimeout(r, 800))`); // the smooth scroll ends
    await page.screenshot(join(RESULTS, `voices-${name}-${lang}-page.png`), { fullPage: false });
    expect(await axeViolations(page, ['.row-content', '[data-gt-lens-overlay]'])).toEqual([]);
    expect(page.errors).toEqual([]);
    await extension.close();
    await page.close();
  });

  it("gives Ma Weiguang's card his two statements and a way through them; axe finds nothing", async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.setViewport(1366, 768);
    await page.waitFor(TWO_CUES, 20_000);
    await page.evaluate(`(${MA}).scrollIntoView({ block: 'center' })`);
    await page.evaluate(frames);
    const [x, y] = await page.evaluate<[number, number]>(center(MA));
    await page.mouseMove(x, y - 40);
    await page.mouseMove(x, y);
    await page.waitFor(`${SHADOW}.querySelector('[role=tooltip]')`);
    const card = `${SHADOW}.querySelector('[role=tooltip]')`;
    expect(await page.evaluate<string>(`${card}.textContent`)).toContain(t.count);
    expect(await page.evaluate<string>(`${card}.querySelector('.card-quote').textContent`)).toMatch(/“.+”/);
    const next = `[...${card}.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(t.next)})`;
    const [nx, ny] = await page.evaluate<[number, number]>(center(next));
    await page.mouseMove(nx, ny);
    await page.click(nx, ny);
    await page.waitFor(`${card}?.textContent.includes(${JSON.stringify(t.at)})`);
    await page.evaluate(`new Promise((r) => setTimeout(r, 800))`); // the smooth scroll ends
    await page.screenshot(join(RESULTS, `voices-${name}-${lang}-card.png`), { fullPage: false });
    expect(await axeViolations(page, ['.row-content', '[data-gt-lens-overlay]'])).toEqual([]);
    // The look-up lives in a frame of the extension's own, which answers in the card once asked.
    await page.evaluate(`[...${card}.querySelectorAll('button')].at(-1).click()`);
    await page.waitFor(`${card}.querySelector('iframe.card-lookup')`);
    const said = `document.querySelector('.card-lookup')?.textContent ?? ''`;
    for (let i = 0; i < 100 && !(await page.frameEvaluate<string>('lookup.html', said)); i++)
      await page.evaluate(`new Promise((r) => setTimeout(r, 100))`);
    expect(await page.frameEvaluate<string>('lookup.html', said)).toMatch(/\S/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("shows the popup's Voices tab", () => popupVoices(browser, server.urlOf('seed-legacy'), `${name}-${lang}`));
});
