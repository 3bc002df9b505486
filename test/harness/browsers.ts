/**
 * Real browsers with the built extension loaded, behind one small interface so that the
 * same end-to-end suite runs in Chromium (playwright-core) and Firefox (puppeteer-core, BiDi).
 * Both resolve *.globaltimes.cn to 127.0.0.1, so the production match patterns apply.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

export interface PageHandle {
  /** Uncaught errors the page saw since it was opened. */
  errors: string[];
  screenshot(path: string): Promise<void>;
  /** Evaluates an expression in the page (its main world, which sees our marks and overlay). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Waits until an expression in the page is truthy. */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

export interface PopupHandle {
  /** The target tab's address as the extension sees it: null where it has no permission. */
  tabUrl: string | null;
  /** The popup's `data-state` once it has settled (not loading or reading). */
  state: string;
  text(): Promise<string>;
  textOf(testId: string): Promise<string>;
  evaluate<T = unknown>(expression: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<PageHandle>;
  /** Opens the popup as a tab (`popup.html?tabId=N`) for the page opened last. */
  popupForLastPage(): Promise<PopupHandle>;
  close(): Promise<void>;
}

const SETTLED = `!['loading', 'reading', undefined].includes(document.body.dataset.state)`;
// The newest tab other than the popup's own: the page the test opened just before it.
// (Tab ids only grow; matching by address would miss a non-GT tab, whose address we cannot see.)
const LAST_TAB = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const me = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((t) => t.id !== me.id);
  const last = tabs.reduce((a, b) => (b.id > a.id ? b : a));
  return { id: last.id, url: last.url ?? null };
})()`;

/** Chromium derives an unpacked extension's id from its absolute path. */
function chromiumExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** `ratesOffline`: close the rates host, as the tests' "network closed" (the bundled table answers). */
export async function launchChromium(
  extensionDir: string,
  headless = true,
  ratesOffline = true,
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'gt-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // GT hosts to the fixture server; the rates host closed when asked.
      `--host-resolver-rules=MAP *.globaltimes.cn 127.0.0.1, MAP globaltimes.cn 127.0.0.1, ${ratesOffline ? 'MAP api.frankfurter.dev ~NOTFOUND, ' : ''}EXCLUDE localhost`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const base = `chrome-extension://${chromiumExtensionId(extensionDir)}/popup.html`;
  return {
    name: 'chromium',
    async open(url) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(url, { waitUntil: 'load' });
      return {
        errors,
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        waitFor: async (expression, timeout = 15_000) =>
          void (await page.waitForFunction(`!!(${expression})`, undefined, { timeout, polling: 50 })),
        mouseMove: (x, y) => page.mouse.move(x, y),
        click: (x, y) => page.mouse.click(x, y),
        close: () => page.close(),
      };
    },
    async popupForLastPage() {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(base);
      const target = (await page.evaluate(LAST_TAB)) as { id: number; url: string | null };
      await page.goto(`${base}?tabId=${target.id}`);
      await until((e) => page.evaluate(e), SETTLED);
      return {
        tabUrl: target.url,
        state: (await page.evaluate('document.body.dataset.state')) as string,
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a reader sees, not a DOM property
        text: () => page.innerText('body'),
        // biome-ignore lint/performance/useDomNodeTextContent: as above
        textOf: (id) => page.innerText(`[data-testid="${id}"]`),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Polls an expression in a page. Extension pages need this: their CSP forbids the string eval
 * that waitForFunction polls with, and BiDi reports no navigation events for them.
 */
async function until(
  evaluate: (expression: string) => Promise<unknown>,
  expression: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await evaluate(`!!(${expression})`).catch(() => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Firefox loads moz-extension:// pages but never reports the navigation as done, so
 * page.goto() hangs (puppeteer issue 14314). Navigate without waiting, then poll.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  const context = (
    page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } }
  ).browsingContext;
  await context.navigate(url, 'none');
  await until(
    (e) => page.evaluate(e),
    `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
  );
}

export async function launchFirefox(extensionDir: string, headless = true): Promise<ExtensionBrowser> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: { width: 1200, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'dom.security.https_only_mode': false,
    },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${uuid}/popup.html`;
  return {
    name: 'firefox',
    async open(url) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      await page.goto(url, { waitUntil: 'load' });
      return {
        errors,
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        waitFor: (expression, timeout) => until((e) => page.evaluate(e), expression, timeout),
        mouseMove: (x, y) => page.mouse.move(x, y),
        click: (x, y) => page.mouse.click(x, y),
        close: () => page.close(),
      };
    },
    async popupForLastPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 400, height: 600 });
      await openExtensionPage(page, base);
      const target = (await page.evaluate(LAST_TAB)) as { id: number; url: string | null };
      await openExtensionPage(page, `${base}?tabId=${target.id}`);
      await until((e) => page.evaluate(e), SETTLED);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text a reader sees
      const inner = (selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);
      return {
        tabUrl: target.url,
        state: (await page.evaluate('document.body.dataset.state')) as string,
        text: () => inner('body'),
        textOf: (id) => inner(`[data-testid="${id}"]`),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}
