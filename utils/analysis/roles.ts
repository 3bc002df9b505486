/**
 * Who's who (issue 14): for each person the role the article states ("Ma Weiguang, Party
 * secretary of ...", "Chinese Foreign Ministry spokesperson Zhao Lijian", "a man surnamed
 * Wang"), for a place the place the article puts it in ("Shaoxing, a city in East China's
 * Zhejiang Province"; "East China's Zhejiang Province"), for an organization the name its acronym
 * stands for ("China Coast Guard (CCG)"), each with where it stands.
 */
import { ORG_HEADS, PLACE_AFTER_WORDS, ROLE_NOUNS, ROLE_WORDS, TITLE_WORDS, TITLES } from './knowledge';
import type { Entity, Mention, RoleSource } from './types';

interface Found {
  role: string;
  source: RoleSource;
}

/** A role word, or a compound of one: "secretary-general", "vice-chairman". */
const isRoleWord = (word: string) => {
  const lower = word.toLowerCase();
  return ROLE_WORDS.has(lower) || TITLES.has(word) || ROLE_WORDS.has(lower.split('-', 1)[0]!);
};
/** Right before a name, ordinary words can be roles too: "midfielder Tom Baker". */
const isTitleWord = (word: string) => isRoleWord(word) || ROLE_NOUNS.has(word.toLowerCase());
/** Lowercase words inside a title phrase: "former president", "acting foreign minister". */
const ROLE_MODIFIERS = new Set([...TITLE_WORDS].map((w) => w.toLowerCase()));

// Where an apposition ends: a comma, a clause, a bracket, a verb of speech, the sentence's end.
const APPOSITION_END =
  /[,;()"“”]|\.(?:\s|$)|\s+(?:said|says|told|added|noted|stressed|explained|that|which|who|where)\b/;

/** "Name, <role>, said": the words after the name, when one of the first five is a role. */
function apposition(text: string, end: number, accept: (words: string[]) => boolean): Found['source'] | null {
  const lead = /^,\s+/.exec(text.slice(end));
  if (!lead) return null;
  const start = end + lead[0].length;
  const rest = text.slice(start, start + 160);
  const stop = APPOSITION_END.exec(rest);
  const phrase = (stop ? rest.slice(0, stop.index) : rest).trimEnd();
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > 16 || !accept(words)) return null;
  return { paragraph: -1, start, end: start + phrase.length };
}

const personApposition = (words: string[]) => words.slice(0, 5).some(isRoleWord);
const placeApposition = (words: string[]) =>
  /^(?:a|an|the)$/i.test(words[0] ?? '') && words.slice(1, 4).some((w) => PLACE_AFTER_WORDS.has(w.toLowerCase()));

/**
 * The title words right before a name in its sentence: "US Senator", "Home Affairs Minister of
 * Myanmar Lieutenant General". Capitalized words, lowercase role words and of/to/for between
 * them; a comma, another word or an earlier person ends them.
 */
function titleBefore(text: string, start: number, floor: number): Found['source'] | null {
  // "(Speaker) Martin Cruz": a bracketed role, as an editor inserts one into a quote.
  const bracket = /\(([^()]{2,40})\)\s*$/.exec(text.slice(Math.max(floor, start - 44), start));
  const inside = bracket?.[1];
  if (bracket && inside?.split(/\s+/).some(isTitleWord)) {
    const from = start - bracket[0].length + 1;
    return { paragraph: -1, start: from, end: from + inside.length };
  }
  let from = start;
  let at = start;
  for (;;) {
    const m = /(?:^|\s)([A-Za-z][\w'’.-]*)\s+$/.exec(text.slice(Math.max(floor, at - 40), at));
    if (!m) break;
    const word = m[1]!;
    const wordStart = at - m[0].length + m[0].indexOf(word);
    const connector = /^(?:of|to|for)$/.test(word);
    if (!(/^[A-Z]/.test(word) || isTitleWord(word) || ROLE_MODIFIERS.has(word) || connector)) break;
    if (!connector) from = wordStart;
    at = wordStart;
  }
  let phrase = text.slice(from, start).trimEnd();
  const article = /^(?:The|A|An)\s+/.exec(phrase);
  if (article) {
    from += article[0].length;
    phrase = phrase.slice(article[0].length);
  }
  const words = phrase.split(/\s+/).filter(Boolean);
  // "the Chinese Foreign Ministry" alone is an organization, not a role.
  if (!words.some(isTitleWord) || ORG_HEADS.has(words[words.length - 1]!)) return null;
  return { paragraph: -1, start: from, end: from + phrase.length };
}

/** "a man surnamed Wang", "a Beijing resident surnamed Li". */
function surnamed(text: string, start: number): Found['source'] | null {
  const m = /\b((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+surnamed\s+$/i.exec(
    text.slice(Math.max(0, start - 60), start),
  );
  if (!m) return null;
  const from = start - m[0].length + m[0].indexOf(m[1]!);
  return { paragraph: -1, start: from, end: from + m[1]!.length };
}

function personRole(paragraphs: readonly string[], mentions: Mention[], i: number): RoleSource | null {
  const m = mentions[i]!;
  const text = paragraphs[m.paragraph]!;
  // An earlier person in the same paragraph bounds the title before this one.
  let floor = 0;
  for (let k = i - 1; k >= 0 && mentions[k]!.paragraph === m.paragraph; k--) {
    if (mentions[k]!.type === 'PERSON') {
      floor = mentions[k]!.end;
      break;
    }
  }
  const found =
    apposition(text, m.end, personApposition) ?? titleBefore(text, m.start, floor) ?? surnamed(text, m.start);
  return found && { ...found, paragraph: m.paragraph };
}

function placeRole(paragraphs: readonly string[], mentions: Mention[], i: number): RoleSource | null {
  const m = mentions[i]!;
  const text = paragraphs[m.paragraph]!;
  const found = apposition(text, m.end, placeApposition);
  if (found) return { ...found, paragraph: m.paragraph };
  // "East China's Zhejiang Province": the place before the possessive contains this one.
  const prev = mentions[i - 1];
  if (prev?.type === 'PLACE' && prev.paragraph === m.paragraph && /^['’]s\s+$/.test(text.slice(prev.end, m.start))) {
    return { paragraph: m.paragraph, start: prev.start, end: prev.end };
  }
  return null;
}

/** "China Coast Guard (CCG)": at the acronym, the name it stands for, right before its bracket. */
function orgRole(paragraphs: readonly string[], mentions: Mention[], i: number): RoleSource | null {
  const m = mentions[i]!;
  const prev = mentions[i - 1];
  if (!prev || prev.entity !== m.entity || prev.paragraph !== m.paragraph || prev.text === m.text) return null;
  const between = paragraphs[m.paragraph]!.slice(prev.end, m.start);
  if (!/^(?:['’]s)?\s*\($/.test(between) || paragraphs[m.paragraph]![m.end] !== ')') return null;
  return { paragraph: prev.paragraph, start: prev.start, end: prev.end };
}

const ROLE_OF = { PERSON: personRole, PLACE: placeRole, ORG: orgRole };

/**
 * Gives each entity the first role its mentions state, in article order: a person's role, the
 * place a place is in, the expansion of an organization's acronym.
 */
export function addRoles(paragraphs: readonly string[], mentions: Mention[], entities: Entity[]): void {
  for (const e of entities) {
    for (const i of e.mentions) {
      const source = ROLE_OF[e.type](paragraphs, mentions, i);
      if (!source) continue;
      e.role = paragraphs[source.paragraph]!.slice(source.start, source.end);
      e.roleSource = source;
      break;
    }
  }
}
