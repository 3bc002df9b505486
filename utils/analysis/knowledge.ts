/**
 * What the engine knows about names: the generated gazetteers (scripts/build-knowledge.ts)
 * as lookup sets, and the curated word classes that decide a name's type (lexicon/*.json, one
 * class per file, each with the reason it exists).
 */
import { words as adminHeads } from './lexicon/admin-heads.json';
import { words as bodyWords } from './lexicon/body-words.json';
import { words as demonymsExtra } from './lexicon/demonyms-extra.json';
import { words as directions } from './lexicon/directions.json';
import { words as documentWords } from './lexicon/document-words.json';
import { words as eventHeads } from './lexicon/event-heads.json';
import raw from './lexicon/knowledge.generated.json';
import { words as nameParticles } from './lexicon/name-particles.json';
import { words as notNames } from './lexicon/not-names.json';
import { words as ofHeads } from './lexicon/of-heads.json';
import { words as orgBefore } from './lexicon/org-before.json';
import { words as orgHeads } from './lexicon/org-heads.json';
import { words as orgPrefixes } from './lexicon/org-prefixes.json';
import { words as personVerbs } from './lexicon/person-verbs.json';
import { words as placeAfter } from './lexicon/place-after.json';
import { words as placeHeads } from './lexicon/place-heads.json';
import { words as placeOfHeads } from './lexicon/place-of-heads.json';
import { words as placePrefixes } from './lexicon/place-prefixes.json';
import { words as possessiveInName } from './lexicon/possessive-in-name.json';
import { words as roleAfter } from './lexicon/role-after.json';
import { words as roleBefore } from './lexicon/role-before.json';
import { words as roleNouns } from './lexicon/role-nouns.json';
import { words as titleWords } from './lexicon/title-words.json';
import { words as titles } from './lexicon/titles.json';
import { words as venueWords } from './lexicon/venue-words.json';
import { words as vesselWords } from './lexicon/vessel-words.json';
import { packedSet, unionOf } from './packed';
import { ORDINARY_ENDING } from './word-shapes';

const set = (xs: readonly string[]) => new Set(xs);

/** Multi-word and single-word names, by type; longest match wins in the tagger. */
export const PLACES = packedSet(raw.places);
export const ORGS = packedSet(raw.organizations);
export const DEMONYMS = unionOf(packedSet(raw.demonyms), set(demonymsExtra));
export const SURNAMES = packedSet(raw.surnames);
export const FIRST_NAMES = packedSet(raw.firstNames);
export const PINYIN = packedSet(raw.syllables);
/** Frequent lowercase words (an ordinary word opening a sentence is no name); the most frequent are function words. */
export const COMMON_WORDS = packedSet(raw.commonWords);
export const FUNCTION_WORDS = packedSet(raw.functionWords);
/** The list leaves out words with an ordinary ending: the shape says it. */
export const isCommonWord = (lower: string) => COMMON_WORDS.has(lower) || ORDINARY_ENDING.test(lower);
/** Longest name looked up whole: registered names such as "Shenzhen Yan Tian Port Holdings Co". */
export const MAX_NAME_WORDS = 8;

export const ORG_HEADS = set(orgHeads);
export const ORG_PREFIXES = set(orgPrefixes);
export const OF_HEADS = set(ofHeads);
export const PLACE_HEADS = set(placeHeads);
export const PLACE_OF_HEADS = set(placeOfHeads);
/** Head words a body and its building share: the words before it, or the article, tell which. */
export const VENUE_OR_BODY = set(['Center', 'Centre', 'Museum']);
export const VENUE_WORDS = set(venueWords);
export const BODY_WORDS = set(bodyWords);
export const DIRECTIONS = set(directions);
export const PLACE_PREFIXES = set(placePrefixes);
export const ADMIN_HEADS = set(adminHeads);
export const DOCUMENT_WORDS = set(documentWords);
export const NAME_PARTICLES = set(nameParticles);
export const EVENT_HEADS = set(eventHeads);
export const NOT_NAMES = set(notNames);
export const TITLES = set(titles);
export const TITLE_WORDS = set([...titles, ...titleWords]);
export const POSSESSIVE_IN_NAME = set(possessiveInName);
const anyOf = (words: readonly string[]) => `(?:${words.join('|')})`;
const capitalized = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/**
 * ", a former NATO secretary-general", ", High Representative of the EU": a role within the first
 * words of an apposition; a capitalized one not followed by a name ("General Motors").
 */
export const ROLE_AFTER = new RegExp(
  `^,\\s+(?:(?:the|a|an)\\s+)?(?:[A-Za-z-]+\\s+){0,3}?(?:${anyOf(roleAfter)}\\b|${anyOf(roleAfter.map(capitalized))}\\b(?!\\s+[A-Z]))`,
);
export const ROLE_BEFORE = new RegExp(`\\b${anyOf(roleBefore)}\\s+$`);
export const ORG_BEFORE = new RegExp(`\\b${anyOf(orgBefore)}\\s+$`);
/**
 * ", a Shanghai-based company that", ", the state-owned lender in", " is a robot maker.": an
 * apposition, or a predicate, that says a name is a body.
 */
export const ORG_APPOSITION = new RegExp(
  `^(?:,|\\s+(?:is|was))\\s+(?:a|an|the)\\s+(?:[A-Za-z-]+\\s+){0,3}?${anyOf(orgBefore)}(?:\\s+(?:in|of|that|which|with|based|headquartered)\\b|[,.;])`,
);
/** "the aircraft carrier Shandong", "coast guard vessel 4410", "the carrier, the Liaoning". */
export const VESSEL_BEFORE = new RegExp(`\\b${anyOf(vesselWords)}s?,?\\s+(?:the\\s+)?$`, 'i');
export const PERSON_VERB_AFTER = new RegExp(`^\\s+${anyOf(personVerbs)}\\b`);
export const VESSEL_AFTER = /^\s+(?:aircraft\s+)?carrier\b/;
/** "coast guard vessel 4410", "ship 3302": a hull number, no count. */
export const VESSEL_NUMBER = new RegExp(`\\b${anyOf(vesselWords)}\\s+$`, 'i');
/** Lowercase words of a person's role ("spokesperson", "professor", "secretary"). */
export const ROLE_WORDS = set([...roleAfter, ...roleBefore, ...titles].map((w) => w.toLowerCase()));
/** Roles read right before a name for who's who only ("midfielder", "speaker"). */
export const ROLE_NOUNS = set(roleNouns);
export const PLACE_AFTER_WORDS = set(placeAfter);
export const PLACE_AFTER = new RegExp(`^\\s+${anyOf(placeAfter)}\\b`);
/** ", a small county in", ", the port city on", " is a town in": an apposition or a predicate that says what place a name is. */
export const PLACE_APPOSITION = new RegExp(
  `^(?:,|\\s+(?:is|was))\\s+(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}?${anyOf(placeAfter)}\\s+(?:in|of|on|near|along|off)\\b`,
);

/** "Weiguang", "Lijian", "Hai": one or two pinyin syllables. */
export function isPinyinGiven(word: string): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  if (w.length < 2 || w.length > 12 || !/^[a-z]+$/.test(w)) return false;
  if (PINYIN.has(w)) return true;
  for (let i = 1; i < w.length; i++) if (PINYIN.has(w.slice(0, i)) && PINYIN.has(w.slice(i))) return true;
  return false;
}
