/**
 * Which list a known place comes from, for --explain in Node only (annotate, tests): the content
 * script ships the merged list and never reads this file.
 */
import lists from './lexicon/place-lists.generated.json';
import type { ListRule } from './list-rules';
import { packedSet } from './packed';

const PLACE_LISTS = Object.entries(lists).map(([name, packed]) => [name as ListRule, packedSet(packed)] as const);

/** The first place list that has a name; 'list:places' for a name in none (none should be). */
export function placeListOf(name: string): ListRule | 'list:places' {
  return PLACE_LISTS.find(([, set]) => set.has(name))?.[0] ?? 'list:places';
}
