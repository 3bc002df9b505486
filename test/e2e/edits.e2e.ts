import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axePageViolations } from '../harness/axe';
import { BUILT_BROWSERS, type ExtensionBrowser, type PageHandle } from '../harness/browsers';
import type { FixtureServer } from '../harness/fixture-server';
import { RESULTS, withServerAndBrowser } from '../harness/session';
import { SHADOW, TOGGLE } from './overlay-page';

const MARKED = `document.querySelectorAll('mark.gt-lens-mark').length > 5 && ${TOGGLE}`;
const BROWSERS = BUILT_BROWSERS;
// The paper's revision: a figure in the headline, a figure in one sentence (both made up here).
const HEADLINE = ['Shaoxing signs 12 co-operative projects', 'Shaoxing signs 14 co-operative projects'] as const;
const SENTENCE = ['With a population of 5 million, Shaoxing', 'With a population of 5.3 million, Shaoxing'] as const;
const revised = (html: string) => html.replaceAll(HEADLINE[0], HEADLINE[1]).replace(SENTENCE[0], SENTENCE[1]);
const NOTICE_EDITED =
  /^Edited since you read it on [A-Z][a-z]{2} \d{1,2}, \d{4}: headline changed, 1 paragraph changed$/;

/** Opens the legend when it starts folded, and gives the edit-notice frame's box. */
async function legendFrame(page: PageHandle): Promise<{ width: number; height: number }> {
  await page.evaluate(`(() => {
    const toggle = ${SHADOW}.querySelector('.toggle');
    if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  })()`);
  await page.waitFor(`${SHADOW}.querySelector('iframe.legend-edits')`);
  return page.evaluate(`(() => {
    const r = ${SHADOW}.querySelector('iframe.legend-edits').getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  })()`);
}

/** The frame's notice once it has one: its code and its words. */
async function notice(page: PageHandle): Promise<{ code?: string; text?: string }> {
  const read = () =>
    page
      .frameEvaluate<{ code?: string; text?: string }>(
        'edits.html',
        `(() => { const p = document.querySelector('p'); return { code: p?.dataset.notice, text: p?.textContent }; })()`,
      )
      .catch(() => undefined);
  for (let i = 0; i < 100; i++) {
    const found = await read();
    if (found?.code) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return (await read()) ?? {};
}

// A summary longer than any real one: every change at once, two-digit counts, a long day.
const LONGEST =
  'Edited since you read it on Sep 30, 2026: headline changed, 12 paragraphs changed, 10 paragraphs added, 11 paragraphs removed';

/**
 * Whether the frame's notice shows whole in the frame (no line cut, no scrolling), and at which
 * size; with `text`, after the frame is given that notice and told of a resize (when it refits).
 */
async function fits(page: PageHandle, text?: string): Promise<{ fits: boolean; fontSize: string } | undefined> {
  const given = text
    ? `document.querySelector('p').textContent = ${JSON.stringify(text)}; dispatchEvent(new Event('resize'));`
    : '';
  return page.frameEvaluate(
    'edits.html',
    `(() => {
    ${given}
    const root = document.documentElement;
    return { fits: root.scrollHeight <= root.clientHeight, fontSize: getComputedStyle(document.querySelector('p')).fontSize };
  })()`,
  );
}

describe.each(BROWSERS)('edits in %s', (name, launch) => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  withServerAndBrowser(launch, (s) => ({ server, browser } = s));
  afterAll(() => {
    server?.revise('seed-legacy', null);
  });

  it('flags the article served again with a changed sentence and headline, and shows what changed', async () => {
    const first = await browser.open(server.urlOf('seed-legacy'));
    await first.waitFor(MARKED);
    const size = await legendFrame(first);
    expect(await notice(first)).toEqual({
      code: 'first',
      text: 'First reading: its text is kept to notice later edits',
    });
    await first.close();

    server.revise('seed-legacy', revised);
    const again = await browser.open(server.urlOf('seed-legacy'));
    await again.waitFor(MARKED);
    // The same frame, the same size: its presence and shape tell the page nothing.
    expect(await legendFrame(again)).toEqual(size);
    const said = await notice(again);
    expect(said.code).toBe('edited');
    expect(said.text).toMatch(NOTICE_EDITED);
    // Its last line inside the frame, at the frame's 12 px.
    expect(await fits(again)).toEqual({ fits: true, fontSize: '12px' });
    // Nothing of the reader's history in the page's DOM, the overlay's shadow root included.
    expect(
      await again.evaluate(
        `[document.documentElement.outerHTML, ${SHADOW}.innerHTML].some((h) => /Edited since|changed/.test(h))`,
      ),
    ).toBe(false);
    await again.screenshot(join(RESULTS, `edits-${name}-notice.png`), { fullPage: false });
    // A far longer notice is set smaller to fit the same frame.
    expect(await fits(again, LONGEST)).toEqual({ fits: true, fontSize: expect.stringMatching(/^1[01](\.5)?px$/) });

    const popup = await browser.popupForLastPage();
    await popup.waitFor(`document.querySelector('[data-testid="edits"]')`);
    expect(await popup.evaluate(`document.querySelector('[data-testid="edits"] .edits-summary').textContent`)).toMatch(
      NOTICE_EDITED,
    );
    const marked = (tag: 'ins' | 'del') =>
      popup.evaluate<string[]>(
        `[...document.querySelectorAll('[data-testid="edits"] ${tag}')].map((e) => e.textContent)`,
      );
    // "12" became "14" in the headline; "5 million" became "5.3 million" (word by word: the ".3" is what came).
    expect(await marked('del')).toEqual(expect.arrayContaining(['removed: 12']));
    expect(await marked('ins')).toEqual(expect.arrayContaining(['added: 14']));
    expect((await marked('ins')).some((t) => t.includes('.3'))).toBe(true);
    await popup.evaluate(`document.querySelector('[data-testid="edits"]').scrollIntoView()`);
    await popup.screenshot(join(RESULTS, `edits-${name}-popup.png`));
    expect(await axePageViolations(popup)).toEqual([]);

    const log = await browser.openExtensionPage('log.html');
    await log.waitFor(`document.querySelector('[data-testid="log-articles"] .log-edited')`);
    await log.evaluate(`(() => {
      const d = document.querySelector('[data-testid="log-articles"] details');
      d.open = true;
    })()`);
    await log.waitFor(`document.querySelectorAll('.log-version').length === 2`);
    const versions = await log.evaluate<string[]>(
      `[...document.querySelectorAll('.log-version')].map((v) => v.textContent)`,
    );
    expect(versions[0]).toContain(SENTENCE[0]);
    expect(versions[1]).toContain(SENTENCE[1]);
    expect(await axePageViolations(log)).toEqual([]);
    expect([...again.errors, ...popup.errors, ...log.errors]).toEqual([]);
    for (const tab of [again, popup, log]) await tab.close();
  });
});
