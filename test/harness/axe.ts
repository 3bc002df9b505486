/** axe-core in a page we drive: WCAG 2.2 AA checks of a part of it (shadow roots included). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type TabHandle } from './browsers';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: number;
  targets: string[];
}

/** Runs axe on the elements `selectors` pick (each a CSS selector of the page), injecting it once. */
export async function axeViolations(tab: TabHandle, selectors: string[]): Promise<AxeViolation[]> {
  if (!(await tab.evaluate<boolean>('typeof window.axe === "object"')))
    await tab.addScript(join(ROOT, 'node_modules/axe-core/axe.min.js'));
  return tab.evaluate<AxeViolation[]>(`axe.run({ include: ${JSON.stringify(selectors.map((s) => [s]))} }, {
      runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} },
      // The card's and the legend's frames are the extension's own pages, checked on their own:
      // axe cannot enter them from the article (Firefox throws on its message to them).
      iframes: false,
    }).then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    })))`);
}

/** Axe's violations of WCAG 2.2 AA on a whole page (an extension page too), as "rule: target" lines. */
export async function axePageViolations(tab: TabHandle): Promise<string[]> {
  // Not addScript: an extension page's CSP refuses the inline <script> it adds; an evaluation is not a script tag.
  await tab.evaluate(`${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')};true`);
  await tab.evaluate(`(async () => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_22_AA)} } });
    document.body.dataset.axe = JSON.stringify(r.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' '))));
  })()`);
  await tab.waitFor(`document.body.dataset.axe !== undefined`);
  return JSON.parse(await tab.evaluate<string>('document.body.dataset.axe'));
}
