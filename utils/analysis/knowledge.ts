/**
 * What the engine knows about names: the generated gazetteers (scripts/build-knowledge.ts)
 * as lookup sets, and the curated word classes that decide a name's type (lexicon/*.json, one
 * class per file, each with the reason it exists).
 */
import directions from './lexicon/directions.json';
import raw from './lexicon/knowledge.generated.json';
import ofHeads from './lexicon/of-heads.json';
import orgBefore from './lexicon/org-before.json';
import orgHeads from './lexicon/org-heads.json';
import orgPrefixes from './lexicon/org-prefixes.json';
import placeAfter from './lexicon/place-after.json';
import placeHeads from './lexicon/place-heads.json';
import placeOfHeads from './lexicon/place-of-heads.json';
import possessiveInName from './lexicon/possessive-in-name.json';
import roleAfter from './lexicon/role-after.json';
import roleBefore from './lexicon/role-before.json';
import titleWords from './lexicon/title-words.json';
import titles from './lexicon/titles.json';

const list = (joined: string) => (joined ? joined.split('|') : []);
const data = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, list(v)])) as {
  [K in keyof typeof raw]: string[];
};
const set = (xs: readonly string[]) => new Set(xs);

/** Multi-word and single-word names, by type; longest match wins in the tagger. */
export const PLACES = set([...data.countries, ...data.regions, ...data.chinaPlaces, ...data.worldPlaces]);
export const ORGS = set(data.organizations);
export const DEMONYMS = set(data.demonyms.flatMap((d) => d.split(/,\s*/)));
export const SURNAMES = set(data.surnames);
export const FIRST_NAMES = set(data.firstNames);
export const PINYIN = set(data.syllables);
/** Lowercase words in frequency order: the first ones are function words. */
export const COMMON_WORDS = set(data.commonWords);
export const FUNCTION_WORDS = set(data.commonWords.slice(0, 150));
/** Longest name looked up whole: registered names such as "Shenzhen Yan Tian Port Holdings Co". */
export const MAX_NAME_WORDS = 8;

export const ORG_HEADS = set(orgHeads.words);
export const ORG_PREFIXES = set(orgPrefixes.words);
export const OF_HEADS = set(ofHeads.words);
export const PLACE_HEADS = set(placeHeads.words);
export const PLACE_OF_HEADS = set(placeOfHeads.words);
// Launch and space centers are places; other centers are organizations.
export const PLACE_CENTER = /(?:Launch|Space|Satellite Launch) Center$/;
export const DIRECTIONS = set(directions.words);
export const TITLES = set(titles.words);
export const TITLE_WORDS = set([...titles.words, ...titleWords.words]);
export const POSSESSIVE_IN_NAME = set(possessiveInName.words);
const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
export const ROLE_AFTER = new RegExp(`^,\\s+(?:(?:the|a|an)\\s+)?(?:[a-z-]+\\s+){0,3}?${anyOf(roleAfter.words)}\\b`);
export const ROLE_BEFORE = new RegExp(`\\b${anyOf(roleBefore.words)}\\s+$`);
export const ORG_BEFORE = new RegExp(`\\b${anyOf(orgBefore.words)}\\s+$`);
export const PLACE_AFTER = new RegExp(`^\\s+${anyOf(placeAfter.words)}\\b`);

/** "Weiguang", "Lijian", "Hai": one or two pinyin syllables. */
export function isPinyinGiven(word: string): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  if (w.length < 2 || w.length > 12 || !/^[a-z]+$/.test(w)) return false;
  if (PINYIN.has(w)) return true;
  for (let i = 1; i < w.length; i++) if (PINYIN.has(w.slice(0, i)) && PINYIN.has(w.slice(i))) return true;
  return false;
}
