import { describe, expect, it } from 'vitest';
import { BUILT_BROWSERS, type ExtensionBrowser } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { withServerAndBrowser } from '../harness/session';

const BROWSERS = BUILT_BROWSERS;

/** Runs `change` on the article's body `ms` after DOMContentLoaded, in the page's frame (not the extension's frames in it). */
const changeAfter = (
  ms: number,
  change: string,
) => `window === window.top && document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  const body = document.querySelector('.row-content');
  ${change}
}, ${ms}));`;
const EDIT = `const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) n.data = n.data.replace(/Shaoxing/g, 'Lishui');`;
// As keyword linkers do: each word in a text node outside a link split off into a link of its own.
const LINK = `const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement.closest('a')) nodes.push(n);
  for (const n of nodes)
    for (let at = n.data.search(/\\b(Shanghai|Tesla|Zhejiang)\\b/), node = n; at >= 0; at = node.data.search(/\\b(Shanghai|Tesla|Zhejiang)\\b/)) {
      const word = node.splitText(at);
      node = word.splitText(word.data.match(/^\\w+/)[0].length);
      const a = document.createElement('a');
      a.href = '/tag/' + word.data;
      word.replaceWith(a);
      a.append(word);
    }`;
const AWAY = `const parent = body.parentNode, next = body.nextSibling;
  body.remove();
  setTimeout(() => parent.insertBefore(body, next), 50);`;

/** The marks as the page sees them: each mention's text, and whether any covers an edited word. */
const MARKS = `(() => {
  const by = {};
  for (const m of document.querySelectorAll('mark.gt-lens-mark')) by[m.dataset.gtlMention] = (by[m.dataset.gtlMention] ?? '') + m.textContent;
  const texts = Object.values(by);
  return { mentions: texts.length, edited: texts.filter((t) => t.includes('Shaoxing')).length, lishui: texts.filter((t) => t === 'Lishui').length };
})()`;

describe.each(BROWSERS)('a page that changes its article in %s', (_name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));

  it.each([0, 40, 160])('edited %i ms after DOMContentLoaded: no mark covers an edited word', async (ms) => {
    const page = await browser.open(server.urlOf('seed-legacy'), { initScript: changeAfter(ms, EDIT) });
    type Marks = { mentions: number; edited: number; lishui: number };
    const read = () => page.evaluate<Marks>(MARKS);
    // Watched as it goes: at no moment does a mark cover "Shaoxing" once the page has changed it.
    const deadline = Date.now() + 10_000;
    let last = await read();
    while (Date.now() < deadline && !(last.lishui > 0 && last.mentions >= 50)) {
      const changed = await page.evaluate<boolean>(
        `!document.querySelector('.row-content').textContent.includes('Shaoxing')`,
      );
      last = await read();
      if (changed) expect(last.edited).toBe(0);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(last.edited).toBe(0);
    expect(last.lishui).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['a keyword linker at DOMContentLoaded', changeAfter(0, LINK), true],
    ['a keyword linker 40 ms after', changeAfter(40, LINK), true],
    ['a body taken away and put back', changeAfter(0, AWAY), false],
  ])('%s: every mention marked, and the popup reads the article', async (_what, script, linked) => {
    const page = await browser.open(server.urlOf('seed-legacy'), { initScript: script });
    // GT Lens may finish before the linker runs: every mention must be marked once it has.
    const links = `document.querySelectorAll('.row-content a[href^="/tag/"]').length`;
    await page.waitFor(`(${MARKS}).mentions === 55${linked ? ` && ${links} > 5` : ''}`, 15_000);
    if (linked) expect(await page.evaluate(links)).toBeGreaterThan(5);
    const popup = await browser.popupForLastPage();
    expect(popup.state).toBe('article');
    expect(page.errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});
