/**
 * The labelled articles of ../shared (dev-set, dev-set-2, dev-set-3), read where they live: the repository
 * carries no article text but the seed. GT_SHARED points elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Labeled } from './score';

export const SHARED = process.env.GT_SHARED ?? join(import.meta.dirname, '../../shared');

export interface LabelledArticle {
  /** "dev-set/01". */
  name: string;
  title: string;
  /** ISO 8601 Beijing time, or null where the stored copy did not show it. */
  published: string | null;
  paragraphs: string[];
  gold: (Labeled & { paragraph: number })[];
}

/** Every article of one labelled set, in file order; throws a clear message when the set is missing. */
export function labelledSet(set: 'dev-set' | 'dev-set-2' | 'dev-set-3'): LabelledArticle[] {
  const dir = join(SHARED, set);
  if (!existsSync(join(dir, 'articles'))) {
    throw new Error(`no labelled set at ${dir}: the shared folder must sit beside the repository (or set GT_SHARED)`);
  }
  return readdirSync(join(dir, 'articles'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(dir, 'articles', f), 'utf8'));
      const g = JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8'));
      return {
        name: `${set}/${f.replace('.json', '')}`,
        title: a.title ?? '',
        published: beijingIso(a.published),
        paragraphs: a.paragraphs,
        gold: g.mentions,
      };
    });
}

/** "2020-07-31 23:08" or "2019-02-22" (Beijing time) to ISO 8601 with +08:00. */
function beijingIso(published: string | null | undefined): string | null {
  if (!published) return null;
  const [day, time = '00:00'] = published.split(' ');
  return `${day}T${time}:00+08:00`;
}
