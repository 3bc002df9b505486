/** The end-to-end checks, run once per real browser. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { ROOT, type ExtensionBrowser } from '../../scripts/browsers';

export const RESULTS = join(ROOT, 'test-results');

export function extensionSuite(launch: () => Promise<ExtensionBrowser>) {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let name = '';

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startFixtureServer();
    browser = await launch();
    name = browser.name;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each([
    ['seed-legacy', /Dec 19, 2020.*10:25/],
    ['seed-current', /Dec 19, 2020.*10:25/],
  ])('the %s article', (fixture, published) => {
    it('is read by the content script and shown in the popup', async () => {
      const url = server.urlOf(fixture);
      const page = await browser.open(url);
      const popup = await browser.popupForLastPage();
      expect(popup.tabUrl).toBe(url);
      await page.screenshot(join(RESULTS, `${name}-${fixture}-page.png`));
      await popup.screenshot(join(RESULTS, `${name}-${fixture}-popup.png`));
      expect(popup.state).toBe('article');
      expect(await popup.text()).toContain('E. China’s Shaoxing signs 12 co-operative projects with Shanghai');
      expect(await popup.textOf('published-beijing')).toMatch(published);
      expect(await popup.textOf('length')).toMatch(/^345 words · 2 min read$/);
      expect(await popup.textOf('found')).toBe('1 person · 8 organizations · 10 places · 13 figures');
      expect(page.errors).toEqual([]);
    });
  });

  it('says a section front is not an article', async () => {
    const url = server.urlOf('section-front');
    const page = await browser.open(url);
    const popup = await browser.popupForLastPage();
    expect(popup.tabUrl).toBe(url);
    await popup.screenshot(join(RESULTS, `${name}-section-front-popup.png`));
    expect(popup.state).toBe('not-article');
    expect(await popup.text()).toContain('section front or list, not an article');
    expect(page.errors).toEqual([]);
  });

  it('says a tab on another site is not Global Times', async () => {
    await browser.open(server.otherSiteUrl);
    const popup = await browser.popupForLastPage();
    // No permission beyond the GT hosts: the extension cannot even see this tab's address.
    expect(popup.tabUrl).toBeNull();
    expect(popup.state).toBe('not-gt');
    expect(await popup.text()).toContain('Not a Global Times page');
  });
}
