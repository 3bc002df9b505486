/**
 * The main job: serve the seed article as a Global Times page under its real address on
 * 127.0.0.1, open it in Chromium with the built extension, open the popup and its Money tab,
 * and save screenshots of the page, the summary and the converter into demo/. Run through `npm run demo`, which builds first.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium, ROOT } from './browsers';
import { startFixtureServer } from './fixture-server';

const SEED = 'seed-legacy';
const OUT = join(ROOT, 'demo');

async function main() {
  mkdirSync(OUT, { recursive: true });
  // Port 80 gives the exact address (http://www.globaltimes.cn/content/1210393.shtml) when allowed.
  const server = await startFixtureServer(80);
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  // Live rates when the machine is online; the bundled table (and a note saying so) when not.
  const browser = await launchChromium(join(ROOT, '.output/chrome-mv3'), { headless: !headed, ratesOffline: false });
  try {
    const url = server.urlOf(SEED);
    console.log(`Serving the seed article at ${url} (Chromium ${headed ? 'headed' : 'headless'})`);
    const page = await browser.open(url);
    // The shipped build writes no timings: the overlay shows once the marks are in.
    await page.waitFor(
      `document.querySelector('[data-gt-lens-overlay]') && document.querySelector('mark.gt-lens-mark')`,
    );
    const marks = await page.evaluate<number>(`document.querySelectorAll('mark.gt-lens-mark').length`);
    console.log(`Highlighted: ${marks} marks`);
    const popup = await browser.popupForLastPage();
    const shots = { page: join(OUT, 'page.png'), popup: join(OUT, 'popup.png'), money: join(OUT, 'popup-money.png') };
    await page.screenshot(shots.page);
    await popup.screenshot(shots.popup);
    console.log(`Popup: ${popup.state}`);
    console.log((await popup.text()).replace(/^/gm, '  '));
    if (popup.state === 'article') {
      // The Money tab: its converter is built when the tab is first shown, then the rates come.
      await popup.evaluate(`(document.getElementById('tab-money').click(), true)`);
      await popup.waitFor(`document.querySelector('[data-testid="at-article-date"], .converter .problem')`);
      await popup.screenshot(shots.money);
      const money = await popup.evaluate<string>(
        `[...document.querySelectorAll('[data-testid="amount"], .rate-source')].map((e) => e.innerText).join('\\n')`,
      );
      console.log(`Money tab:\n${money.replace(/^/gm, '  ')}`);
    } else {
      process.exitCode = 1;
    }
    for (const path of Object.values(shots)) console.log(`Screenshot: ${relative(process.cwd(), path)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
});
