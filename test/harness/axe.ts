/** axe-core in a page we drive: WCAG 2.2 AA checks of a part of it (shadow roots included). */
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
    }).then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    })))`);
}
