import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_BROWSERS, type ExtensionBrowser, type PageHandle } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { RESULTS, withServerAndBrowser } from '../harness/session';
import { SHADOW, TOGGLE } from './overlay-page';

const CARD = `${SHADOW}.querySelector('[role=tooltip]')`;
const markOf = (text: string) =>
  `[...document.querySelectorAll('mark.gt-lens-mark')].find((m) => m.textContent === ${JSON.stringify(text)})`;

/**
 * Hovers the first mark that reads `text` and returns its card's text once `ready` (an expression
 * on the card's text, `t`) holds: the card first shows what the page knows, then what the
 * background answers.
 */
async function cardOf(page: PageHandle, text: string, ready: string): Promise<string> {
  // Two frames after the scroll, its handler (which hides any card) has run: the hover comes after.
  await page.evaluate(
    `(${markOf(text)}).scrollIntoView({ block: 'center' }), new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`,
  );
  const [x, y] = await page.evaluate<[number, number]>(
    `(() => { const r = (${markOf(text)}).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`,
  );
  await page.mouseMove(5, 5);
  await page.waitFor(`!${CARD}`);
  await page.mouseMove(x, y);
  await page.waitFor(`((t) => t !== undefined && (${ready}))(${CARD}?.textContent)`);
  return page.evaluate<string>(`${CARD}.textContent`);
}

describe.each(BUILT_BROWSERS)('cards in %s', (name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));

  it('Shaoxing, Zhejiang Province and Pudong on the seed show 绍兴, 浙江 and 浦东 (issue 24)', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'));
    await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length > 50 && ${TOGGLE}`);
    const chinese = `/[\\u4e00-\\u9fff]/.test(t)`;
    expect(await cardOf(page, 'Shaoxing', chinese)).toBe(
      "PlaceShaoxing绍兴市 ShàoxīngPrefecture-level city in 浙江省 Zhèjiānga city in East China's Zhejiang ProvinceMentioned 6 times",
    );
    await page.screenshot(join(RESULTS, `cards-${name}-shaoxing.png`), { fullPage: false });
    expect(await cardOf(page, 'Zhejiang Province', chinese)).toContain('浙江省 ZhèjiāngProvince');
    expect(await cardOf(page, 'Pudong', chinese)).toContain('浦东新区 PǔdōngDistrict in 上海市 Shànghǎi');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('"30,000 mu" gives 2,000 hectares (issue 25)', async () => {
    const page = await browser.open(server.urlOf('farmland-units'));
    // The overlay (which opens the cards) mounts after the marks: hover once it is there.
    await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length >= 5 && ${TOGGLE}`);
    const card = await cardOf(page, '30,000 mu', `t.includes('≈')`);
    // The browsers run in US English: acres too.
    expect(card).toBe('Quantity30,000 mu30,000 mu≈ 2,000 ha (4,940 ac)');
    expect(await cardOf(page, '500 jin', `t.includes('≈')`)).toContain('≈ 250 kg');
    await page.screenshot(join(RESULTS, `cards-${name}-mu.png`), { fullPage: false });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
