/**
 * Real browsers with the built extension loaded, behind one small interface so that the
 * same end-to-end suite runs in Chromium (playwright-core) and Firefox (puppeteer-core, BiDi).
 * Both resolve *.globaltimes.cn to 127.0.0.1, so the production match patterns apply.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import { chromium } from 'playwright-core';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';

/**
 * An error the page saw, as a test reports it; with GTL_STACKS=1, its stack too (a build with
 * GT_LENS_SOURCEMAP=1 maps it back to our sources), to find a throw that comes 1 run in 5.
 */
const pageError = (err: unknown) =>
  process.env.GTL_STACKS === '1' && err instanceof Error ? `${err}\n${err.stack}` : String(err);

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

/** What every tab we drive offers: a page of Global Times or a page of the extension. */
export interface TabHandle {
  /** Uncaught errors the page saw since it was opened. */
  errors: string[];
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Evaluates an expression in the page (its main world, which sees our marks and overlay). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Waits until an expression in the page is truthy (polled, so it works on extension pages too). */
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses a key or chord as the keyboard would, to the focused element: "Tab", "Escape", "Shift+Tab". */
  press(key: string): Promise<void>;
  /** The viewport in CSS pixels; `zoom` 2 shows the page as at 200% (half the CSS width, twice the scale). */
  setViewport(width: number, height: number, zoom?: number): Promise<void>;
  /** Runs a script file in the page's main world (axe-core's axe.min.js, for one). */
  addScript(path: string): Promise<void>;
  /** Evaluates an expression in the first frame whose address contains `urlPart`; undefined when none. */
  frameEvaluate<T = unknown>(urlPart: string, expression: string): Promise<T | undefined>;
  /** Chromium only: the tab's JS heap in use (bytes) right after a full garbage collection (DevTools protocol). */
  heapAfterGc?(): Promise<number>;
  close(): Promise<void>;
}

export type PageHandle = TabHandle;

export interface PopupHandle extends TabHandle {
  /** The target tab's address as the extension sees it: null where it has no permission. */
  tabUrl: string | null;
  /** The popup's `data-state` once it has settled (not loading or reading). */
  state: string;
  text(): Promise<string>;
  textOf(testId: string): Promise<string>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Close the rates host, as the tests' "network closed" (the bundled table answers). Default true. */
  ratesOffline?: boolean;
  /** The browser's interface language, e.g. "zh-CN"; default English. */
  locale?: string;
  /** The reader's display settings: forced colors (a high-contrast theme) and reduced motion. */
  highContrastStill?: boolean;
}

export interface OpenOptions {
  /** Script source run in the page's main world before any of the page's own scripts. */
  initScript?: string;
  /**
   * Leave the overlay's shadow root closed, as the shipped build always does. By default a test
   * build opens it for the test (the main world is where tests look): entrypoints/content/overlay.tsx.
   */
  closedShadow?: boolean;
}

/** Asks a test build to open the overlay's shadow root (read when the overlay mounts, after DOMContentLoaded). */
const OPEN_SHADOW = `(() => {
  const ask = () => document.documentElement.setAttribute('data-gtl-test-open-shadow', '');
  if (document.documentElement) ask();
  else document.addEventListener('readystatechange', ask, { once: true });
})();`;
const initScriptOf = ({ initScript = '', closedShadow = false }: OpenOptions) =>
  `${closedShadow ? '' : OPEN_SHADOW}${initScript}`;

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** The extension's id as its own scripts see it (runtime.id). */
  id: string;
  open(url: string, options?: OpenOptions): Promise<PageHandle>;
  /** Opens the popup as a tab (`popup.html?tabId=N`) for the page opened last, at 400×600 unless told. */
  popupForLastPage(viewport?: { width: number; height: number }): Promise<PopupHandle>;
  /** Opens one of the extension's own pages ("options.html", "log.html?x=1") as a tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<TabHandle>;
  /**
   * Allows the extension in private windows, as a reader would (chrome://extensions, about:addons),
   * opens `url` in one, and returns what its content script read there ("article", with its
   * mention count), asked through an extension page.
   */
  readInPrivateWindow(url: string): Promise<{ state: string; mentions: number }>;
  /**
   * Takes the extension's IndexedDB away as a reader would: Chromium clears the origin's data
   * (its connections are closed under it, as "Clear site data" does); Firefox deletes the
   * database from one of the extension's pages.
   */
  clearExtensionDatabase(): Promise<void>;
  /**
   * Updates the extension in place while pages are open: Firefox installs the same add-on again
   * (and runs its content script in the open tabs, as after an update); Chromium reloads it.
   */
  updateExtension(): Promise<void>;
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

const HOST_RULES = (ratesOffline: boolean) =>
  `--host-resolver-rules=MAP *.globaltimes.cn 127.0.0.1, MAP globaltimes.cn 127.0.0.1, ${ratesOffline ? 'MAP api.frankfurter.dev ~NOTFOUND, ' : ''}EXCLUDE localhost`;

const POPUP_VIEWPORT = { width: 400, height: 600 };

/** A tab's JS heap in use right after a full garbage collection, through the DevTools protocol. */
async function chromiumHeapAfterGc(page: PlaywrightPage): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { headless = true, ratesOffline = true, locale } = options;
  const profile = mkdtempSync(join(tmpdir(), 'gt-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1200, height: 900 },
    ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale.replace('-', '_') } } : {}),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // GT hosts to the fixture server; the rates host closed when asked.
      HOST_RULES(ratesOffline),
      ...(locale ? [`--lang=${locale}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const id = chromiumExtensionId(extensionDir);
  const origin = `chrome-extension://${id}/`;
  const tab = (page: PlaywrightPage, errors: string[]): TabHandle => ({
    errors,
    screenshot: async (path, { fullPage = true } = {}) => void (await page.screenshot({ path, fullPage })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    waitFor: (expression, timeout) => until((e) => page.evaluate(e), expression, timeout),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height, zoom = 1) =>
      page.setViewportSize({ width: Math.round(width / zoom), height: Math.round(height / zoom) }),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    frameEvaluate: async <T>(part: string, expression: string) =>
      (await page
        .frames()
        .find((f) => f.url().includes(part))
        ?.evaluate(expression)) as T | undefined,
    heapAfterGc: () => chromiumHeapAfterGc(page),
    close: () => page.close(),
  });
  const newTab = async () => {
    const page = await context.newPage();
    if (options.highContrastStill) await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(pageError(err)));
    return { page, errors };
  };
  return {
    name: 'chromium',
    id,
    async open(url, options = {}) {
      const { page, errors } = await newTab();
      await page.addInitScript(initScriptOf(options));
      await page.goto(url, { waitUntil: 'load' });
      return tab(page, errors);
    },
    async popupForLastPage(viewport = POPUP_VIEWPORT) {
      const { page, errors } = await newTab();
      await page.setViewportSize(viewport);
      await page.goto(`${origin}popup.html`);
      const target = (await page.evaluate(LAST_TAB)) as { id: number; url: string | null };
      await page.goto(`${origin}popup.html?tabId=${target.id}`);
      await until((e) => page.evaluate(e), SETTLED);
      return {
        ...tab(page, errors),
        tabUrl: target.url,
        state: (await page.evaluate('document.body.dataset.state')) as string,
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the text a reader sees, not a DOM property
        text: () => page.innerText('body'),
        // biome-ignore lint/performance/useDomNodeTextContent: as above
        textOf: (id) => page.innerText(`[data-testid="${id}"]`),
      };
    },
    async openExtensionPage(path, viewport = { width: 1200, height: 900 }) {
      const { page, errors } = await newTab();
      await page.setViewportSize(viewport);
      await page.goto(`${origin}${path}`);
      return tab(page, errors);
    },
    readInPrivateWindow: (url) => readInChromiumPrivateWindow(context, id, url),
    clearExtensionDatabase: () => clearChromiumOrigin(context, origin),
    updateExtension: () => reloadChromiumExtension(context, origin),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// In-page polls: each step answers with a promise, which `until` would take as done.
const pollInPage = (check: string) =>
  `(async () => { for (let i = 0; i < 100; i++) { const r = await (${check}); if (r) return r; await new Promise((w) => setTimeout(w, 100)); } return null; })()`;

/**
 * The half of readInPrivateWindow both browsers share, run in one of the extension's pages once
 * private windows are allowed: open `url` in a private window and ask its content script what it read.
 */
async function readInPrivateWindowFrom(
  evaluate: (expression: string) => Promise<unknown>,
  url: string,
): Promise<{ state: string; mentions: number }> {
  const api = '(globalThis.browser ?? globalThis.chrome)';
  const opened = (await evaluate(
    `${api}.windows.create({ incognito: true, url: ${JSON.stringify(url)} }).then((w) => w.incognito && { windowId: w.id, tabId: w.tabs[0].id })`,
  )) as { windowId: number; tabId: number } | false;
  if (!opened) throw new Error('the browser opened no private window');
  const read = await evaluate(
    pollInPage(
      `${api}.tabs.sendMessage(${opened.tabId}, { type: 'get-page-state' }).then((s) => s?.state === 'article' && { state: s.state, mentions: s.analysis.mentions.length }, () => null)`,
    ),
  );
  // Closed again, so that the tabs a test opens next are not put in the private window (Firefox would).
  await evaluate(`${api}.windows.remove(${opened.windowId})`);
  return (read as { state: string; mentions: number } | null) ?? { state: 'none', mentions: 0 };
}

/** Installs the add-on over WebDriver BiDi: the same one again replaces it in place, under the same id. */
async function installFirefoxAddon(browser: unknown, path: string, allowPrivateBrowsing: boolean): Promise<void> {
  const { connection } = browser as { connection: BiDiConnection };
  await connection.send('webExtension.install', {
    extensionData: { type: 'path', path },
    ...(allowPrivateBrowsing && { 'moz:allowPrivateBrowsing': true }),
  });
}

/** ExtensionBrowser.clearExtensionDatabase in Chromium: the origin's IndexedDB cleared, as "Clear site data" does. */
async function clearChromiumOrigin(context: BrowserContext, origin: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: origin.slice(0, -1), storageTypes: 'indexeddb' });
  await cdp.detach();
}

/** ExtensionBrowser.updateExtension in Chromium: the extension reloads itself, as after an update. */
async function reloadChromiumExtension(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}options.html`);
  await page.evaluate('setTimeout(() => chrome.runtime.reload(), 0), true').catch(() => {});
  await page.close().catch(() => {});
}

/** ExtensionBrowser.clearExtensionDatabase in Firefox: the log's database deleted from an extension page. */
async function deleteFirefoxDatabase(page: Page, origin: string): Promise<void> {
  await openExtensionPage(page, `${origin}options.html`);
  const deleted = await page.evaluate(`new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('gt-lens-memory');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => resolve('error');
    request.onblocked = () => setTimeout(() => resolve('blocked'), 3000);
  })`);
  await page.close();
  if (deleted !== 'deleted') throw new Error(`the reading log's database was not deleted: ${deleted}`);
}

/** ExtensionBrowser.readInPrivateWindow, in Chromium. */
async function readInChromiumPrivateWindow(
  context: BrowserContext,
  id: string,
  url: string,
): Promise<{ state: string; mentions: number }> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  // The switch "Allow in Incognito" of chrome://extensions; Chrome reloads the extension after it.
  await settings.evaluate(
    `new Promise((r) => chrome.developerPrivate.updateExtensionConfiguration({ extensionId: '${id}', incognitoAccess: true }, r))`,
  );
  // A command-line extension comes back from that reload disabled: enable it, as the page's switch does.
  const enabled = await settings.evaluate(
    pollInPage(
      `new Promise((r) => chrome.management.setEnabled('${id}', true, () => chrome.management.get('${id}', (x) => r(x.enabled))))`,
    ),
  );
  await settings.close();
  if (!enabled) throw new Error('Chromium did not enable the extension again');
  const page = await context.newPage();
  await until(
    (e) => page.goto(`chrome-extension://${id}/options.html`).then(() => page.evaluate(e)),
    `typeof chrome.windows === 'object'`,
  );
  const read = await readInPrivateWindowFrom((e) => page.evaluate(e), url);
  await page.close();
  return read;
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

interface BiDiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BiDiContext {
  context: string;
  url: string;
  children: BiDiContext[] | null;
}
/** A BiDi remote value as plain data (strings, numbers, booleans, arrays, objects). */
function bidiValue(v: { type: string; value?: unknown }): unknown {
  if (v.type === 'array') return (v.value as { type: string }[]).map(bidiValue);
  if (v.type === 'object')
    return Object.fromEntries((v.value as [string, { type: string }][]).map(([k, x]) => [k, bidiValue(x)]));
  return v.type === 'undefined' ? undefined : v.type === 'null' ? null : v.value;
}

/**
 * Evaluates in a frame of a Firefox page, found in BiDi's tree of browsing contexts: puppeteer does
 * not list a moz-extension frame inside a closed shadow root among the page's frames.
 */
async function firefoxFrameEvaluate<T>(
  browser: unknown,
  page: Page,
  part: string,
  expression: string,
): Promise<T | undefined> {
  const connection = (browser as { connection: BiDiConnection }).connection;
  const root = (page.mainFrame() as unknown as { _id: string })._id;
  const { result } = (await connection.send('browsingContext.getTree', { root })) as unknown as {
    result: { contexts: BiDiContext[] };
  };
  const find = (list: BiDiContext[] | null): BiDiContext | undefined =>
    list?.reduce<BiDiContext | undefined>((hit, c) => hit ?? (c.url.includes(part) ? c : find(c.children)), undefined);
  const frame = find(result.contexts[0]?.children ?? null);
  if (!frame) return undefined;
  const answer = (await connection.send('script.evaluate', {
    expression,
    target: { context: frame.context },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as unknown as { result: { type: string; result?: { type: string; value?: unknown } } };
  return answer.result.type === 'success' ? (bidiValue(answer.result.result!) as T) : undefined;
}

/** "Shift+Tab" as puppeteer needs it: modifiers held down around the key. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

export async function launchFirefox(extensionDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const { headless = true, locale } = options;
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
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
      // Firefox's own high-contrast setting ("Override the colors: Always") and reduced motion.
      ...(options.highContrastStill ? { 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 } : {}),
    },
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${uuid}/`;
  const tab = (page: Page, errors: string[]): TabHandle => ({
    errors,
    screenshot: async (path, { fullPage = true } = {}) =>
      void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    frameEvaluate: <T>(part: string, expression: string) => firefoxFrameEvaluate<T>(browser, page, part, expression),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    waitFor: (expression, timeout) => until((e) => page.evaluate(e), expression, timeout),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => pressChord(page, key),
    setViewport: (width, height, zoom = 1) =>
      page.setViewport({ width: Math.round(width / zoom), height: Math.round(height / zoom) }),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    close: () => page.close(),
  });
  const newTab = async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(pageError(err)));
    return { page, errors };
  };
  return {
    name: 'firefox',
    id: GECKO_ID,
    async open(url, options = {}) {
      const { page, errors } = await newTab();
      await page.evaluateOnNewDocument(initScriptOf(options));
      await page.goto(url, { waitUntil: 'load' });
      return tab(page, errors);
    },
    async popupForLastPage(viewport = POPUP_VIEWPORT) {
      const { page, errors } = await newTab();
      await page.setViewport(viewport);
      await openExtensionPage(page, `${origin}popup.html`);
      const target = (await page.evaluate(LAST_TAB)) as { id: number; url: string | null };
      await openExtensionPage(page, `${origin}popup.html?tabId=${target.id}`);
      await until((e) => page.evaluate(e), SETTLED);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text a reader sees
      const inner = (selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);
      return {
        ...tab(page, errors),
        tabUrl: target.url,
        state: (await page.evaluate('document.body.dataset.state')) as string,
        text: () => inner('body'),
        textOf: (id) => inner(`[data-testid="${id}"]`),
      };
    },
    async openExtensionPage(path, viewport = { width: 1200, height: 900 }) {
      const { page, errors } = await newTab();
      await page.setViewport(viewport);
      await openExtensionPage(page, `${origin}${path}`);
      return tab(page, errors);
    },
    async readInPrivateWindow(url) {
      // Firefox runs an add-on in private windows only with the reader's permission, which
      // about:addons grants; WebDriver BiDi grants it when installing ("moz:allowPrivateBrowsing").
      // Installing the same temporary add-on again replaces it in place, under the same id.
      await installFirefoxAddon(browser, extensionDir, true);
      const { page } = await newTab();
      await openExtensionPage(page, `${origin}options.html`);
      const read = await readInPrivateWindowFrom((e) => page.evaluate(e), url);
      await page.close();
      return read;
    },
    clearExtensionDatabase: async () => deleteFirefoxDatabase((await newTab()).page, origin),
    updateExtension: () => installFirefoxAddon(browser, extensionDir, false),
    close: () => browser.close(),
  };
}

/** Both browsers on the built extension (`.output/`), as the e2e files run them: name, then launch. */
export const BUILT_BROWSERS: ['chromium' | 'firefox', () => Promise<ExtensionBrowser>][] = [
  ['chromium', () => launchChromium(join(ROOT, '.output/chrome-mv3'))],
  ['firefox', () => launchFirefox(join(ROOT, '.output/firefox-mv2'))],
];
