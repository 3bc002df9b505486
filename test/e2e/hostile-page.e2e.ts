import { describe, expect, it } from 'vitest';
import { BUILT_BROWSERS, type ExtensionBrowser } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { withServerAndBrowser } from '../harness/session';

const BROWSERS = BUILT_BROWSERS;
const SEED_TITLE = 'E. China’s Shaoxing signs 12 co-operative projects with Shanghai';
const MARKED = `document.querySelectorAll('mark.gt-lens-mark').length > 5 && document.querySelector('[data-gt-lens-overlay]')`;
const LOG_ITEMS = `[...document.querySelectorAll('[data-testid="log-articles"] > li > a')].map((a) => a.textContent)`;

/**
 * A page script's harvest: it hovers, enters and focuses every mark, waits, then gathers every
 * string it can reach: the DOM with its attributes, open shadow roots, text found by window.find,
 * the selection after selecting everything, and the messages posted to the window.
 */
const HARVEST = `(async () => {
  const strings = [];
  const gather = () => {
    strings.push(document.documentElement.outerHTML);
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) strings.push(a.value);
      if (el.shadowRoot) strings.push(el.shadowRoot.innerHTML);
    }
  };
  for (const m of document.querySelectorAll('mark')) {
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove'])
      m.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    m.focus();
    await new Promise((r) => setTimeout(r, 60));
    gather();
  }
  const found = ['Also in', 'article you read', ${JSON.stringify(SEED_TITLE)}, 'Shaoxing signs'].filter((t) => {
    getSelection().removeAllRanges();
    return window.find(t, false, false, true);
  });
  getSelection().selectAllChildren(document.body);
  strings.push(getSelection().toString());
  return { strings, found, messages: window.__messages ?? [], frames: window.frames.length };
})()`;

/** Runs first on the page: keeps every message posted to the window and the events WXT announces with. */
const LISTEN = (id: string) => `window === window.top && (() => {
  window.__messages = [];
  window.__announced = 0;
  addEventListener('message', (e) => window.__messages.push(JSON.stringify(e.data)));
  document.addEventListener(${JSON.stringify(`${id}:content:wxt:content-script-started`)}, () => window.__announced++);
})();`;

describe.each(BROWSERS)('a page script against GT Lens in %s', (_name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));

  it('finds nothing of the articles read before, where the reader sees them in the card', async () => {
    const seed = await browser.open(server.urlOf('seed-legacy'), { closedShadow: true });
    await seed.waitFor(MARKED);
    const log = await browser.openExtensionPage('log.html');
    await log.waitFor(`${LOG_ITEMS}.length === 1`);
    const page = await browser.open(server.urlOf('second-read'), {
      closedShadow: true,
      initScript: LISTEN(browser.id),
    });
    await page.waitFor(MARKED);
    const got = await page.evaluate<{ strings: string[]; found: string[]; messages: string[] }>(HARVEST);
    const reached = [...got.strings, ...got.messages].join('\n');
    expect(got.found).toEqual([]);
    for (const secret of [SEED_TITLE, 'Shaoxing signs', 'Also in', 'article you read', '1210393'])
      expect(reached).not.toContain(secret);
    expect(await page.evaluate(`document.querySelector('[data-gt-lens-overlay]').shadowRoot === null`)).toBe(true);

    // The reader's own hover (the browser's, trusted) shows the history in the card's frame.
    const at = await page.evaluate<[number, number]>(`(() => {
      const m = [...document.querySelectorAll('mark.gt-lens-mark')].find((x) => x.textContent === 'Shanghai');
      m.scrollIntoView({ block: 'center' });
      const r = m.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    })()`);
    await page.mouseMove(at[0], at[1]);
    const frameText = async () =>
      (await page.frameEvaluate<string>('recall.html', `document.body.innerText`).catch(() => undefined)) ?? '';
    const deadline = Date.now() + 10_000;
    while (!(await frameText()).includes(SEED_TITLE) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(await frameText()).toContain('Also in 1 article you read');
    expect(await frameText()).toContain(SEED_TITLE);
    expect([...seed.errors, ...page.errors]).toEqual([]);
    for (const tab of [seed, log, page]) await tab.close();
  });

  it('is neither announced to the page nor switched off by the event WXT would obey', async () => {
    const page = await browser.open(server.urlOf('seed-legacy'), {
      closedShadow: true,
      initScript: LISTEN(browser.id),
    });
    await page.waitFor(MARKED);
    const heard = await page.evaluate<{ messages: string[]; announced: number }>(
      `({ messages: window.__messages, announced: window.__announced })`,
    );
    expect(heard.announced).toBe(0);
    expect(heard.messages.join('\n')).not.toContain(browser.id);
    expect(heard.messages.join('\n')).not.toContain('content-script-started');
    // The page sends the event a newer copy of WXT's content script would: GT Lens stays on.
    await page.evaluate(
      `document.dispatchEvent(new CustomEvent(${JSON.stringify(
        `${browser.id}:content:wxt:content-script-started`,
      )}, { detail: { contentScriptName: 'content', messageId: 'page' } }))`,
    );
    await page.evaluate(`new Promise((r) => setTimeout(r, 300))`);
    // Still alive: the content script answers the extension and its overlay is on the page.
    const popup = await browser.popupForLastPage();
    expect(popup.state).toBe('article');
    expect(await page.evaluate(`!!document.querySelector('[data-gt-lens-overlay]')`)).toBe(true);
    expect(
      await page.evaluate(
        `new Set([...document.querySelectorAll('mark.gt-lens-mark')].map((m) => m.dataset.gtlMention)).size`,
      ),
    ).toBe(55);
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
