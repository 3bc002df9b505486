/**
 * `npm run store-assets`: the store's pictures from the built Chromium extension, offline, on the
 * seed article: the highlighted article, the popup (English and Chinese), the converter and the
 * options page at 1280×800, and a 440×280 promo tile, into docs/store/. PRIVACY.md is kept by hand.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ExtensionBrowser, launchChromium, ROOT, type TabHandle } from '../harness/browsers';
import { startFixtureServer } from '../harness/fixture-server';

const OUT = join(ROOT, 'docs/store');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SHOT = { width: 1280, height: 800 };

/** Shows a 400 px popup in the middle of a 1280×800 shot, on a quiet background. */
const STAGE = `(() => {
  document.documentElement.style.cssText = 'background:#e9e9ee;min-height:100%';
  document.body.style.cssText = 'margin:24px auto;box-shadow:0 6px 24px rgba(0,0,0,.18);border-radius:8px;overflow:hidden';
  return true;
})()`;

const click = (selector: string) => `(document.querySelector(${JSON.stringify(selector)}).click(), true)`;

async function popupShot(browser: ExtensionBrowser, file: string, prepare: string[] = []): Promise<void> {
  const popup = await browser.popupForLastPage(SHOT);
  for (const step of prepare) await popup.evaluate(step);
  await popup.evaluate(STAGE);
  await popup.screenshot(join(OUT, file), { fullPage: false });
  await popup.close();
}

async function promoTile(page: TabHandle): Promise<void> {
  await page.setViewport(440, 280);
  await page.evaluate(`(() => {
    document.documentElement.innerHTML = '<body style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;justify-content:center;padding:0 32px;box-sizing:border-box;background:#b3132b;color:#fff;font:16px/1.4 system-ui,sans-serif">'
      + '<div style="font-size:40px;font-weight:800;letter-spacing:-0.5px">GT Lens</div>'
      + '<div style="margin-top:8px;font-size:18px">Who, where and how much in Global Times articles</div>'
      + '<div style="margin-top:18px;display:flex;gap:8px;flex-wrap:wrap">'
      + ['#ffe2b8:Ma Weiguang', '#d9e6ff:Xinhua', '#d3f1d8:Shaoxing', '#fff1a1:600 billion yuan ≈ $91.8 billion']
          .map((s) => '<span style="background:' + s.split(':')[0] + ';color:#1a1a1a;padding:2px 8px;border-radius:4px">' + s.split(':')[1] + '</span>').join('')
      + '</div></body>';
    return true;
  })()`);
  await page.screenshot(join(OUT, 'promo-440x280.png'), { fullPage: false });
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build first: npx wxt build');
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  for (const locale of ['en-US', 'zh-CN']) {
    const browser = await launchChromium(EXTENSION, { locale });
    try {
      const page = await browser.open(server.urlOf('seed-legacy'));
      if (locale === 'zh-CN') {
        await popupShot(browser, 'popup-zh.png');
        continue;
      }
      await page.setViewport(SHOT.width, SHOT.height);
      await page.waitFor(`document.querySelectorAll('mark.gt-lens-mark').length > 50`);
      await page.evaluate(`(document.querySelector('mark.gt-lens-mark').scrollIntoView({ block: 'center' }), true)`);
      await page.screenshot(join(OUT, 'article.png'), { fullPage: false });
      await popupShot(browser, 'popup.png', [click('#tab-summary')]);
      await popupShot(browser, 'converter.png', [
        click('#tab-money'),
        `(() => { const el = document.querySelector('#free-amount'); el.value = '600 billion yuan'; el.dispatchEvent(new Event('input', { bubbles: true })); el.scrollIntoView({ block: 'center' }); return true; })()`,
      ]);
      const options = await browser.openExtensionPage('options.html', SHOT);
      await options.waitFor(`document.querySelector('[data-testid="cache-state"]')?.textContent`);
      await options.screenshot(join(OUT, 'options.png'), { fullPage: false });
      await promoTile(await browser.open('about:blank'));
    } finally {
      await browser.close();
    }
  }
  await server.close();
  console.log(`Store pictures in ${OUT}`);
}

await main();
