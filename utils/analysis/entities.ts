/**
 * PERSON, ORG and PLACE mentions. Capitalized words are grouped into runs ("Shaoxing City
 * Investment Group and Guotai Junan Securities"); a run is split and typed by its head words
 * (Group, Province), the gazetteers, Chinese and Western name shapes, titles, and the lowercase
 * words around it ("hedge fund Coatue", "the Gobi desert"). Short forms ("Ma", "Nongfu", "CSRC")
 * join the entity they refer back to through the article's registry.
 */

import type { EntityReason, EntityRule } from './entity-rules';
import {
  BODY_WORDS,
  DEMONYMS,
  DIRECTIONS,
  DOCUMENT_WORDS,
  EVENT_HEADS,
  FIRST_NAMES,
  FUNCTION_WORDS,
  isCommonWord,
  isPinyinGiven,
  MAX_NAME_WORDS,
  NAME_PARTICLES,
  NOT_NAMES,
  OF_HEADS,
  ORG_APPOSITION,
  ORG_BEFORE,
  ORG_HEADS,
  ORG_PREFIXES,
  ORGS,
  PERSON_VERB_AFTER,
  PLACE_AFTER,
  PLACE_AFTER_WORDS,
  PLACE_APPOSITION,
  PLACE_HEADS,
  PLACE_OF_HEADS,
  PLACE_PREFIXES,
  PLACES,
  POSSESSIVE_IN_NAME,
  ROLE_AFTER,
  ROLE_BEFORE,
  SURNAMES,
  TITLE_WORDS,
  TITLES,
  VENUE_OR_BODY,
  VENUE_WORDS,
  VESSEL_AFTER,
  VESSEL_BEFORE,
} from './knowledge';
import { words as abbreviations } from './lexicon/abbreviations.json';
import { words as connectorWords } from './lexicon/connector-words.json';
import { PHOTO_CREDIT } from './photo-credit';
import { type NamedSpan, Registry, type RegistryLog } from './registry';
import type { EntityType } from './types';
import { eachWord, isUpper } from './words';

export type EntitySpan = NamedSpan;

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  sentStart: boolean;
  possessive: boolean;
}

const ABBREVIATIONS = new Set(abbreviations);
const DOMAIN = /^[a-z0-9][a-z0-9-]*\.(?:com|cn|net|org|gov|edu|io|hk)(?:\.cn)?$/i;
const CONNECTOR_WORDS = new Set(connectorWords);

const ACRONYM = /^[A-Z][A-Z&]{1,8}$/;
const ACRONYM_BEFORE = /\b([A-Z][A-Z&]{1,8})\s*\(\s*$/;

/** Whether an acronym spells a name's initials, with or without those of "of", "and", "for". */
function spells(acronym: string, name: string): boolean {
  const words = name.split(/[\s-]+/);
  const caps = words.filter((w) => isUpper(w.charCodeAt(0))).map((w) => w[0]);
  return acronym === caps.join('') || acronym === words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * A word opening with a capital, accented ones too: "Önen", "Łukasz", "Étienne"; or a brand that
 * opens with one or two lowercase letters before its capital ("iiMedia", "eBay").
 */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  // "?nen": a capital lost to the page's encoding (utils/analysis/words.ts).
  return isUpper(c) || (c >= 0xc0 && word[0] !== word[0]!.toLowerCase()) || c === 63 || CAMEL_BRAND.test(word);
}
const CAMEL_BRAND = /^[a-z]{1,2}[A-Z][a-z]/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachWord(text, (found, index) => {
    let word = found;
    let end = index + word.length;
    if (word.length > 2 && word[1] === '.' && /^(?:[A-Z]\.)+[A-Z]$/.test(word) && text[end] === '.') {
      word += '.';
      end += 1;
    }
    const possessive = word.length > 2 && word.endsWith('s') && (word.at(-2) === "'" || word.at(-2) === '’');
    if (possessive) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const prev = tokens[tokens.length - 1];
    const gapStart = prev ? prev.end + (prev.possessive ? 2 : 0) : 0;
    // Most words follow one space: no sentence boundary there, and nothing to slice.
    const oneSpace = prev !== undefined && index === gapStart + 1 && text.charCodeAt(gapStart) === 32;
    const gap = oneSpace ? ' ' : text.slice(gapStart, index);
    const sentStart =
      !prev ||
      (!oneSpace &&
        ((/[.!?…]["'”’)\]]*\s+["'“‘([]*$/.test(gap) &&
          !(ABBREVIATIONS.has(prev.text) || (prev.text.length === 1 && isUpper(prev.text.charCodeAt(0))))) ||
          /[:;]\s*["'“‘]\s*$/.test(gap)));
    tokens.push({ text: word, start: index, end, cap: isCapital(word), sentStart, possessive });
  });
  return tokens;
}

type Connector = null | 'of' | 'and' | 'for' | 'de' | 'on' | '-' | 'particle';

interface Run {
  tokens: Token[];
  /** connectors[i] stands between tokens[i-1] and tokens[i]. */
  connectors: Connector[];
}

/**
 * "bin Salman", "al-Assad", "von der Leyen": the index of the capitalized word after the name
 * particles starting at `i`, or -1.
 */
function afterParticles(text: string, tokens: Token[], i: number): number {
  if (!NAME_PARTICLES.has(tokens[i]?.text ?? '')) return -1;
  let k = i;
  // A second short lowercase word: "von der", "van den", "de la".
  if (/^(?:der|den|de|la)$/.test(tokens[k + 1]?.text ?? '') && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ')
    k++;
  const next = tokens[k + 1];
  if (!next) return -1;
  const sep = text.slice(tokens[k]!.end, next.start);
  return sep === ' ' || (sep === '-' && /^(?:al|el)$/.test(tokens[k]!.text)) ? k + 1 : -1;
}

/** "the State Council" from token `i` ("the"): capitalized words joined by spaces, the last an organization head word. */
function ofTheBody(text: string, tokens: Token[], i: number, nameLike: (t: Token | undefined) => t is Token): boolean {
  if (tokens[i]?.text !== 'the' || !nameLike(tokens[i + 1])) return false;
  let k = i + 1;
  while (k - i < 4 && nameLike(tokens[k + 1]) && text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ') k++;
  return ORG_HEADS.has(tokens[k]!.text) && !tokens[k]!.possessive;
}

/** Groups capitalized words into runs, joined by spaces, hyphens, "&" or connector words. */
function runs(text: string, tokens: Token[], blocked: (start: number, end: number) => boolean): Run[] {
  const nameLike = (t: Token | undefined): t is Token => !!t && t.cap && t.text !== 'I' && !blocked(t.start, t.end);
  const out: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (!nameLike(first)) {
      i++;
      continue;
    }
    const run: Run = { tokens: [first], connectors: [null] };
    let j = i;
    while (!tokens[j]!.possessive || POSSESSIVE_IN_NAME.has(tokens[j]!.text)) {
      const current = tokens[j]!;
      const next = tokens[j + 1];
      if (!next) break;
      const gap = text.slice(current.end + (current.possessive ? 2 : 0), next.start);
      if (nameLike(next) && (gap === ' ' || gap === '-' || gap === ' & ')) {
        run.tokens.push(next);
        run.connectors.push(gap === '-' ? '-' : gap === ' & ' ? 'and' : null);
        j += 1;
        continue;
      }
      const after = tokens[j + 2];
      // Veto title-of: "CEO of Qelvin Media Group", "Mayor of Lanshui City": a title is no part of the name after "of".
      if (
        CONNECTOR_WORDS.has(next.text) &&
        !(next.text === 'of' && TITLES.has(current.text)) &&
        gap === ' ' &&
        nameLike(after) &&
        text.slice(next.end, after.start) === ' '
      ) {
        run.tokens.push(after);
        run.connectors.push(next.text as Connector);
        j += 2;
        continue;
      }
      // "Affairs Office of the State Council": a head word, "of the" and a body are one organization.
      if (
        gap === ' ' &&
        next.text === 'of' &&
        ORG_HEADS.has(current.text) &&
        ofTheBody(text, tokens, j + 2, nameLike)
      ) {
        run.tokens.push(tokens[j + 3]!);
        run.connectors.push('of');
        j += 3;
        continue;
      }
      const named = gap === ' ' ? afterParticles(text, tokens, j + 1) : -1;
      if (named > 0 && nameLike(tokens[named])) {
        run.tokens.push(tokens[named]!);
        run.connectors.push('particle');
        j = named;
        continue;
      }
      break;
    }
    out.push(run);
    i = j + 1;
  }
  return out;
}

/** Where figures already stand in a piece of text. */
export type Blocked = (start: number, end: number) => boolean;

/** One piece of text and the capitalized runs and credited names found in it, before any typing. */
interface Candidates {
  text: string;
  tokens: Token[];
  blocked: Blocked;
  /** Photo credits and domain names: typed by their place, not by the rules. */
  credits: { type: EntityType; a: Token; b: Token; reason: EntityRule }[];
  runs: Run[];
}

/**
 * Every PERSON, ORG and PLACE of an article's pieces of text, one span list per piece. One pass
 * collects the candidates (tokens, runs, credits); the rules then type each run in article order.
 * A run decided before a later piece defined a name it looks up ("Ma" in a caption above "Ma
 * Yun") is decided again with the article's names; every other run keeps its first decision.
 * Yields after each piece so a long article can be spread over several tasks.
 */
export function* entitySteps(pieces: readonly { text: string; blocked: Blocked }[]): Generator<void, EntitySpan[][]> {
  const registry = new Registry();
  // Only what each decision found and looked up is kept to the end, not the piece's words: on a
  // long article those would live through every collection. A piece whose decision must be taken
  // again is read again.
  const decided: { spans: EntitySpan[]; events: RegistryLog }[][] = [];
  for (const { text, blocked } of pieces) {
    decided.push(decisions(candidates(text, blocked)).map((decide) => record(registry, decide)));
    yield;
  }
  const out: EntitySpan[][] = [];
  for (let p = 0; p < pieces.length; p++) {
    let again: ((r: Registry) => EntitySpan[])[] | null = null;
    const spans: EntitySpan[] = [];
    decided[p]!.forEach(({ spans: first, events }, d) => {
      if (registry.replay(events)) spans.push(...first);
      else {
        again ??= decisions(candidates(pieces[p]!.text, pieces[p]!.blocked));
        spans.push(...again[d]!(registry));
      }
    });
    out.push(spans.sort((a, b) => a.start - b.start));
    yield;
  }
  return out;
}

/** Runs a decision while the registry notes what it looked up and changed. */
function record(registry: Registry, decide: (r: Registry) => EntitySpan[]) {
  registry.log = [];
  const spans = decide(registry);
  const events = registry.log;
  registry.log = null;
  return { spans, events };
}

/** The credited names first, then each run, as separate decisions in text order. */
function decisions(c: Candidates): ((r: Registry) => EntitySpan[])[] {
  const credits = (registry: Registry) => {
    const t = new Tagger(c.text, registry);
    for (const { type, a, b, reason } of c.credits) t.emit(type, a, b, reason);
    return t.out;
  };
  return [
    credits,
    ...c.runs.map((run) => (registry: Registry) => {
      const t = new Tagger(c.text, registry);
      classifyRun(t, run.tokens, run.connectors);
      return t.out;
    }),
  ];
}

/**
 * Photo credits: "Photo: VCG" (ORG), "Photo: Li Hao" (PERSON by its shape); in "Liu Rui/GT" and
 * "Wenjing/Xinhua" the agency (a known organization or an acronym) is the ORG, the other the PERSON.
 */
function creditsIn(text: string, tokens: Token[], blocked: Blocked): Candidates['credits'] {
  const out: Candidates['credits'] = [];
  let k = 0; // tokens and credits are both in text order: one forward scan
  for (const m of text.matchAll(PHOTO_CREDIT)) {
    const parts = m[1]!.split('/');
    let start = m.index + m[0].length - m[1]!.length;
    for (const part of parts) {
      const lead = part.length - part.trimStart().length;
      const end = start + part.trimEnd().length;
      while (k < tokens.length && tokens[k]!.start < start + lead) k++;
      const words: Token[] = [];
      for (let j = k; j < tokens.length && tokens[j]!.end <= end; j++) words.push(tokens[j]!);
      start += part.length + 1;
      if (!words.length || words.some((w) => blocked(w.start, w.end))) continue;
      const a = words[0]!;
      const b = words[words.length - 1]!;
      const name = text.slice(a.start, b.end);
      const agency = ORGS.has(name) || /^[A-Z]{2,6}$/.test(name) || DOMAIN.test(name);
      // "Courtesy of Luohu district government": the name of a place's own body is the place.
      if (!agency && PLACE_AFTER.test(text.slice(b.end, b.end + 24))) {
        out.push({ type: 'PLACE', a, b, reason: 'place-after' });
        continue;
      }
      const chinese = words.length === 2 && SURNAMES.has(a.text) && isPinyinGiven(b.text);
      // "Illustration: Marek Dovlin": illustrations are drawn by people; two plain words are one.
      const drawn =
        m[0].startsWith('Illustration') && words.length === 2 && words.every((w) => plainCreditWord(w.text));
      const person = parts.length > 1 ? !agency : chinese || (drawn && !agency);
      out.push({ type: person ? 'PERSON' : 'ORG', a, b, reason: 'photo-credit' });
    }
  }
  return out;
}

/** A credited word that could be part of a person's name: no head word, no known place or organization. */
const plainCreditWord = (w: string) => /^[A-Z][a-z]+$/.test(w) && !ORG_HEADS.has(w) && !PLACES.has(w) && !ORGS.has(w);

function candidates(text: string, blocked: Blocked): Candidates {
  const tokens = tokenize(text);
  const credits: Candidates['credits'] = [];
  const credited = new Set<Token>();
  for (const credit of creditsIn(text, tokens, blocked)) {
    credits.push(credit);
    for (const t of tokens) if (t.start >= credit.a.start && t.end <= credit.b.end) credited.add(t);
  }
  // Domain names stand for their outlets: "thepaper.cn", "JD.com".
  for (const t of tokens) {
    if (t.text.includes('.') && !credited.has(t) && DOMAIN.test(t.text) && !blocked(t.start, t.end)) {
      credits.push({ type: 'ORG', a: t, b: t, reason: 'domain' });
      credited.add(t);
    }
  }
  const free = tokens.filter((t) => !credited.has(t));
  return { text, tokens, blocked, credits, runs: runs(text, free, blocked) };
}

/** Emits the spans of one decision and keeps the registry up to date. */
class Tagger {
  readonly out: EntitySpan[] = [];
  constructor(
    readonly text: string,
    readonly registry: Registry,
  ) {}

  slice(a: Token, b: Token): string {
    return this.text.slice(a.start, b.end);
  }

  emit(type: EntityType, a: Token, b: Token, why: EntityReason, name = this.slice(a, b)): void {
    let reason = why;
    // Veto us-dollar: "US dollar bonds": the country inside a currency's name is not a place.
    if (type === 'PLACE' && /^U\.?S\.?A?$/.test(name) && /^ dollars?\b/.test(this.text.slice(b.end))) return;
    if (type === 'PLACE' && this.vessel(a, b, name)) return;
    // "World Health Organization (WHO)": a known acronym the article spelled out is that entity,
    // by the rule that made it a short form (acronym-alias).
    if (ACRONYM.test(name)) {
      const long = this.registry.shortForm(name);
      if (long?.type === type && long.name !== name) ({ name, reason } = long);
    }
    let end = b.end;
    // hyphenated-name: a hyphenated given name is part of the name: "Yoon Suk-yeol", "Lee Jae-myung".
    const tail = type === 'PERSON' && name === this.slice(a, b) ? /^-[a-z]{1,6}\b/.exec(this.text.slice(end)) : null;
    if (tail) {
      end += tail[0].length;
      name += tail[0];
      reason = 'hyphenated-name';
    }
    const span = { type, start: a.start, end, name, reason };
    this.out.push(span);
    this.registry.add(span, this.text);
    // acronym-alias: "China Aerospace Science and Industry Corporation (CASIC)": the acronym is the same entity.
    const acronym = /^\s*\(([A-Z][A-Za-z&.]{1,9})\)/.exec(this.text.slice(end + (b.possessive && !tail ? 2 : 0)));
    if (acronym && name.includes(' ')) this.registry.alias(acronym[1]!, { type, name, reason: 'acronym-alias' });
    // "KRW (Kestrel River Watch)": an acronym the bracketed name spells, before it, is that entity too.
    const spelled = name.includes(' ')
      ? ACRONYM_BEFORE.exec(this.text.slice(Math.max(0, a.start - 14), a.start))
      : null;
    if (spelled && spells(spelled[1]!, name)) this.registry.alias(spelled[1]!, { type, name, reason: 'acronym-alias' });
  }

  /**
   * Veto vessel: "the aircraft carrier Shandong", "the Shandong aircraft carrier": a ship named
   * after a place is no place, and neither is any later "the Shandong" of the same article.
   */
  vessel(a: Token, b: Token, name: string): boolean {
    if (this.registry.isVessel(name)) return true;
    const before = this.text.slice(Math.max(0, a.start - 40), a.start);
    if (!VESSEL_BEFORE.test(before) && !VESSEL_AFTER.test(this.text.slice(b.end, b.end + 24))) return false;
    this.registry.addVessel(name);
    return true;
  }

  /** The type of a name the article or the lexicon knows. */
  known(a: number, b: number, ts: Token[]): EntityType | null {
    return this.typeOfName(this.slice(ts[a]!, ts[b]!));
  }

  typeOfName(name: string): EntityType | null {
    // The curated organizations first: "Xinhua" is also a district's name.
    return this.registry.typeOf(name) ?? (ORGS.has(name) ? 'ORG' : PLACES.has(name) ? 'PLACE' : null);
  }

  /**
   * Why a known name is known: the rule that first made it in this article, else its list (the
   * place lists are told apart only under --explain: analyze's placeList).
   */
  knownReason(a: number, b: number, ts: Token[]): EntityReason {
    const name = this.slice(ts[a]!, ts[b]!);
    return this.registry.reasonOf(name) ?? (ORGS.has(name) ? 'list:well-known-orgs' : 'list:places');
  }

  /** Emits the known name from token a to token b, of the type `known` gave it. */
  emitKnown(type: EntityType, a: number, b: number, ts: Token[]): void {
    this.emit(type, ts[a]!, ts[b]!, this.knownReason(a, b, ts));
  }

  /** The last token of the longest known name starting at `i`, or -1. */
  knownAt(ts: Token[], i: number): number {
    for (let j = Math.min(ts.length, i + MAX_NAME_WORDS) - 1; j >= i; j--) if (this.known(i, j, ts)) return j;
    return -1;
  }
}

const isOrgHead = (t: Token) => ORG_HEADS.has(t.text);

/**
 * How a whole run is read, in order; the first matcher that applies decides (and may hand the
 * rest of the run back to classifyRun). Each emits under the name of a rule of entity-rules.ts.
 */
const RUN_MATCHERS: ((t: Tagger, ts: Token[], cs: Connector[]) => boolean)[] = [
  quotedTitle,
  dropLeadingWords,
  wholeKnown,
  orgBeforeRun,
  eventName,
  headBeforeTitle,
  endsInHeadWord,
  headOfName,
  acronymDefined,
];

/** Types a run, splitting it where it holds several names. */
function classifyRun(t: Tagger, ts: Token[], cs: Connector[]): void {
  if (!ts.length) return;
  if (!RUN_MATCHERS.some((apply) => apply(t, ts, cs))) segment(t, ts, cs);
}

/** Veto leading-word: words that are no part of a name: "The", and an ordinary word opening a sentence. */
function dropLeadingWords(t: Tagger, ts: Token[], cs: Connector[]): boolean {
  let from = 0;
  while (
    from < ts.length - 1 &&
    t.knownAt(ts, from) < 0 &&
    cs[from + 1] !== 'particle' &&
    (ts[from]!.text === 'The' ||
      (ts[from]!.sentStart && (ordinaryWord(ts[from]!) || openingOf(ts, cs, from)) && !namePrefix(ts[from]!.text)))
  ) {
    from++;
  }
  if (from > 0) classifyRun(t, ts.slice(from), [null, ...cs.slice(from + 1)]);
  return from > 0;
}

/** "Shares of Qelvin Group" opening a sentence: a word before "of" that is no head word is no name. */
const openingOf = (ts: Token[], cs: Connector[], i: number) =>
  cs[i + 1] === 'of' && !OF_HEADS.has(ts[i]!.text) && !PLACE_OF_HEADS.has(ts[i]!.text) && !anyHead(ts[i]!);

const namePrefix = (word: string) => ORG_PREFIXES.has(word) || PLACE_PREFIXES.has(word);

function wholeKnown(t: Tagger, ts: Token[]): boolean {
  const whole = t.known(0, ts.length - 1, ts);
  if (whole === 'PLACE' && companyBefore(t, ts[0]!, ts[ts.length - 1]!))
    t.emit('ORG', ts[0]!, ts[ts.length - 1]!, 'org-context');
  else if (whole) t.emitKnown(whole, 0, ts.length - 1, ts);
  return !!whole;
}

/**
 * org-context: "carmaker Talvo", "the brand Marrow": a place's name given to a company, by the noun
 * right before it (the context wins over the list); not a name the article itself decided.
 */
function companyBefore(t: Tagger, a: Token, b: Token): boolean {
  const before = t.text.slice(Math.max(0, a.start - 24), a.start);
  if (!ORG_BEFORE.test(before) || VESSEL_BEFORE.test(before) || VESSEL_AFTER.test(t.text.slice(b.end, b.end + 24)))
    return false;
  const name = t.slice(a, b);
  return !t.registry.reasonOf(name) && !t.registry.isVessel(name);
}

/**
 * "the magazine Foreign Affairs", "carmaker Great Wall Motor": a run of several words right after a
 * word for a company or an outlet is one organization, whatever its words are elsewhere.
 */
function orgBeforeRun(t: Tagger, ts: Token[], cs: Connector[]): boolean {
  const first = ts[0]!;
  if (ts.length < 2 || ts.length > 4 || first.sentStart || cs.includes('and')) return false;
  if (ts.some((w) => NOT_NAMES.has(w.text) || TITLES.has(w.text))) return false;
  if (!ORG_BEFORE.test(t.text.slice(Math.max(0, first.start - 24), first.start))) return false;
  t.emit('ORG', first, ts[ts.length - 1]!, 'org-before');
  return true;
}

/**
 * Veto event: an event ("Canton Fair", "Beijing Winter Olympics", "Olympics") is no entity; only
 * the names the article or the lexicon already knows inside it are.
 */
function eventName(t: Tagger, ts: Token[]): boolean {
  if (!EVENT_HEADS.has(ts[ts.length - 1]!.text)) return false;
  knownInside(t, ts.slice(0, -1));
  return true;
}

/** Only the names the article or the lexicon already knows, among these words. */
function knownInside(t: Tagger, ts: Token[]): void {
  for (let i = 0; i < ts.length; ) {
    const j = t.knownAt(ts, i);
    if (j >= 0) t.emitKnown(t.known(i, j, ts)!, i, j, ts);
    i = Math.max(i, j) + 1;
  }
}

const OPEN_QUOTE = /["“‘']$/;
/** What may stand between a quoted title and its closing quote: a bracketed short form, a comma. */
const CLOSE_QUOTE = /^(?:\s*\[[^\]]{1,20}\])?[,.]?["”’']/;

/**
 * Veto quoted-title: a name that fills a pair of quotation marks ("Village Kelp League", a film,
 * a drill, a nickname) is a title, no entity; only the names already known inside it are.
 */
function quotedTitle(t: Tagger, ts: Token[]): boolean {
  const first = ts[0]!;
  const last = ts[ts.length - 1]!;
  if (!OPEN_QUOTE.test(t.text.slice(Math.max(0, first.start - 1), first.start))) return false;
  if (!CLOSE_QUOTE.test(t.text.slice(last.end + (last.possessive ? 2 : 0), last.end + 26))) return false;
  if (t.known(0, ts.length - 1, ts)) return false;
  knownInside(t, ts);
  return true;
}

/**
 * head-before-title: "Kelvan Commission President Orlan Vesk": a title right after a head word
 * ends the body's name; the person follows.
 */
function headBeforeTitle(t: Tagger, ts: Token[], cs: Connector[]): boolean {
  for (let k = 0; k < ts.length - 1; k++) {
    const head = ts[k]!.text;
    if (cs[k + 1] !== null || TITLES.has(head)) continue;
    const headWord = ORG_HEADS.has(head) || PLACE_HEADS.has(head);
    if (k === 0 && headWord) continue;
    // "Chief Cabinet Secretary": title words up to the title are all one title, no body.
    if (headWord && ts.slice(0, k + 1).every((w) => TITLE_WORDS.has(w.text))) continue;
    // "Bank of Qelvin Chairman Tom Hale": a title before a person's name; "Kelvan Commission Orlan
    // Vesk"... only after a head word, and only before a name of a person's shape.
    const title = TITLES.has(ts[k + 1]!.text) && personAfterTitle(ts, cs, k + 1);
    if (!(title || (headWord && personShape(ts, cs, k + 1)))) continue;
    const before = ts.slice(0, k + 1);
    if (headWord && !wholeKnown(t, before)) endsInHeadWord(t, before, cs.slice(0, k + 1), 'head-before-title');
    else if (!headWord) classifyRun(t, before, cs.slice(0, k + 1));
    classifyRun(t, ts.slice(k + 1), [null, ...cs.slice(k + 2)]);
    return true;
  }
  return false;
}

const anyHead = (w: Token) => ORG_HEADS.has(w.text) || PLACE_HEADS.has(w.text);

/** After the title words from `i`, one to three words and no head word among them: a person. */
function personAfterTitle(ts: Token[], cs: Connector[], i: number): boolean {
  let j = i;
  while (j < ts.length && TITLE_WORDS.has(ts[j]!.text) && (j === i || cs[j] === null)) j++;
  const rest = ts.slice(j);
  return (
    rest.length >= 1 &&
    rest.length <= 3 &&
    cs.slice(j).every((c, n) => n === 0 || c === null || c === 'particle') &&
    !rest.some(anyHead)
  );
}

/** A person's name by its shape from `i` to the run's end: a first name or a Chinese name, and a family name. */
function personShape(ts: Token[], cs: Connector[], i: number): boolean {
  const rest = ts.slice(i);
  if (rest.length < 2 || rest.length > 4 || rest.some(anyHead)) return false;
  if (!cs.slice(i + 1).every((c) => c === null || c === 'particle')) return false;
  const particle = cs.slice(i + 1).includes('particle');
  return particle || isFirstName(rest[0]!.text) || (SURNAMES.has(rest[0]!.text) && isPinyinGiven(rest[1]!.text));
}

/** "Philippine Coast Guard (PCG)": words whose initials a bracketed acronym after them spells are an ORG. */
function acronymDefined(t: Tagger, ts: Token[], cs: Connector[]): boolean {
  const last = ts[ts.length - 1]!;
  const after = /^\s*\(([A-Z]{2,8})\)/.exec(t.text.slice(last.end + (last.possessive ? 2 : 0)))?.[1];
  // Or the bracketed expansion of the acronym before it: "KRW (Kestrel River Watch)".
  const before = ACRONYM_BEFORE.exec(t.text.slice(Math.max(0, ts[0]!.start - 14), ts[0]!.start))?.[1];
  const acronym = after ?? before;
  if (!acronym || ts.length < 2 || ts.some((w) => DOCUMENT_WORDS.has(w.text))) return false;
  const initials = ts.map((w) => w.text[0]).join('');
  const withConnectors = ts
    .map((w, i) => (cs[i] && cs[i] !== '-' ? cs[i]![0]!.toUpperCase() : '') + w.text[0])
    .join('');
  if (acronym !== initials && acronym !== withConnectors) return false;
  // "North Field South (NFS)": a place's head word among the words, and no body's, makes a place.
  const place = ts.some((w) => PLACE_HEADS.has(w.text)) && !ts.some(isOrgHead);
  t.emit(place ? 'PLACE' : 'ORG', ts[0]!, last, 'acronym-defined');
  return true;
}

/** A name that ends in a head word: "Guotai Junan Securities", "Zhejiang Province". */
function endsInHeadWord(t: Tagger, ts: Token[], cs: Connector[], why?: EntityRule): boolean {
  const n = ts.length;
  const last = ts[n - 1]!;
  if (n < 2 || !(isOrgHead(last) || PLACE_HEADS.has(last.text))) return false;
  // "Qiandongnan Miao and Dong Autonomous Prefecture": the peoples of an autonomous area are one name.
  const autonomous = n >= 3 && ts[n - 2]!.text === 'Autonomous';
  let start = n - 1;
  while (start > 0) {
    const c = cs[start];
    // "Relief and Rehabilitation Commission" is one name; "Belt and Road", "Tesla and BMW Group" are not.
    const orgBreak = !isOrgHead(last) || isOrgHead(ts[start - 1]!) || t.known(start - 1, start - 1, ts) === 'ORG';
    const peoples =
      autonomous && !PLACE_HEADS.has(ts[start - 1]!.text) && t.known(start - 1, start - 1, ts) !== 'PLACE';
    if (c === 'and' && !peoples && orgBreak) break;
    // "East China Zhejiang Province" (its "'s" left out): a region's name before the name is a place of its own.
    if (start > 1 && start < n - 1 && DIRECTIONS.has(ts[start - 2]!.text) && t.known(start, n - 2, ts) === 'PLACE')
      break;
    start--;
  }
  const venue = VENUE_OR_BODY.has(last.text) && isVenue(t, ts.slice(start));
  const org = isOrgHead(last) && !venue;
  const headOnly = ts.slice(start).every((w) => ORG_HEADS.has(w.text) || PLACE_HEADS.has(w.text));
  const reason = why ?? (venue ? 'venue' : org ? 'org-head' : 'place-head');
  if (!headOnly) t.emit(org ? 'ORG' : 'PLACE', ts[start]!, last, reason);
  classifyRun(t, ts.slice(0, start), cs.slice(0, start));
  return true;
}

/** Where a building stands, or is gone to: "at the", "visited the". */
const VENUE_BEFORE = /\b(?:at|in|inside|outside|near|into|to|visit(?:ed|ing|s)?|toured?)\s+the\s+$/i;
/** What a body does and a building does not. */
const BODY_ACTS =
  /^\s+(?:said|says|announced|released|reported|issued|published|showed|shows|found|stated|noted|added|warned|urged|organized|hosted|held|launched|signed)\b/;

/**
 * venue: a "Center" or "Museum" is the building, a PLACE, when a word of its name says so ("Expo",
 * "Sports") or the article names it as where things happen ("at the Lanshui Arts Museum"); it is
 * the body, an ORG, when a word says that ("Research") or it acts ("the Lanshui Museum said").
 */
function isVenue(t: Tagger, ts: Token[]): boolean {
  const words = ts.slice(0, -1);
  if (words.some((w) => BODY_WORDS.has(w.text))) return false;
  if (words.some((w) => VENUE_WORDS.has(w.text))) return true;
  const first = ts[0]!;
  const last = ts[ts.length - 1]!;
  const before = t.text.slice(Math.max(0, first.start - 20), first.start);
  return VENUE_BEFORE.test(before) && !BODY_ACTS.test(t.text.slice(last.end, last.end + 20));
}

/** "Ministry of Finance", "Communication University of China", "Gulf of Aden". */
function headOfName(t: Tagger, ts: Token[], cs: Connector[]): boolean {
  for (let k = 0; k < ts.length - 1; k++) {
    const c = cs[k + 1];
    const head = ts[k]!.text;
    if ((c === 'of' || c === 'for' || c === 'on') && (OF_HEADS.has(head) || PLACE_OF_HEADS.has(head))) {
      let start = k;
      // "Communist Party of Lanshui Committee of ...": an "of" after a head word stays inside the name.
      while (start > 0 && cs[start] !== 'and' && (cs[start] !== 'of' || OF_HEADS.has(ts[start - 1]!.text))) start--;
      classifyRun(t, ts.slice(0, start), cs.slice(0, start));
      const place = PLACE_OF_HEADS.has(head) && !OF_HEADS.has(head);
      t.emit(place ? 'PLACE' : 'ORG', ts[start]!, ts[ts.length - 1]!, place ? 'place-of-head' : 'org-of-head');
      return true;
    }
  }
  return false;
}

/** Where segment stands: the run, the word at `i`, the longest known name there, a title before. */
interface Cursor {
  ts: Token[];
  cs: Connector[];
  i: number;
  /** The last token of the longest known name starting at i, or -1. */
  known: number;
  /** A title stood right before: "President Vladimir Putin". */
  titled: boolean;
}

/** A rule's verdict: the name's type and the rule (or null: skip these words), its last token, and the title state after. */
type Hit = { end: number; name?: string; titled: boolean } & (
  | { type: EntityType; reason: EntityReason }
  | { type: null; reason?: undefined }
);

/** The next word of the same name (no connector between), if any. */
const nextWord = (k: Cursor) => (k.cs[k.i + 1] === null ? k.ts[k.i + 1] : undefined);

/**
 * How a run without a head word is split into names, left to right: the first matcher that
 * applies wins. Each hit names its rule (entity-rules.ts); a hit without a type skips words.
 */
const WORD_MATCHERS: ((t: Tagger, k: Cursor) => Hit | null)[] = [
  // A known name of several words first: "Nay Pyi Taw", "South Sudan", "Hong Kong".
  (t, k) => (k.known > k.i ? knownHit(t, k) : null),
  // "Mount Qomolangma", "Lake Baikal".
  (_, k) =>
    PLACE_PREFIXES.has(k.ts[k.i]!.text) && nextWord(k)
      ? { type: 'PLACE', end: k.i + 1, titled: false, reason: 'place-prefix' }
      : null,
  // "Mohammed bin Salman", "Bashar al-Assad", "Ursula von der Leyen".
  (_, k) =>
    k.cs[k.i + 1] === 'particle' ? { type: 'PERSON', end: k.i + 1, titled: false, reason: 'name-particle' } : null,
  // "East China", "Southwest China".
  (t, k) =>
    DIRECTIONS.has(k.ts[k.i]!.text) && nextWord(k) && t.known(k.i + 1, k.i + 1, k.ts) === 'PLACE'
      ? { type: 'PLACE', end: k.i + 1, titled: k.titled, reason: 'direction-place' }
      : null,
  // "Ma Weiguang", "He Xiangdong" (also a district's name), "Xi Jinping".
  chineseName,
  // After a title, the name: "President Vladimir Putin", "Lieutenant General Soe Htut".
  afterTitle,
  // "Lee Jae-myung", "Moon Jae-in": a hyphenated given name after a family name.
  hyphenatedName,
  // "Richard Yu", "Angela Merkel": a known first name and the capitalized word after it.
  firstName,
  (t, k) => (k.known === k.i ? knownHit(t, k) : null),
  shortForm,
  // Titles, demonyms and ordinary words opening a sentence are no names; a title marks the next one.
  skipWord,
  unknownStretch,
];

/** "Ambassador to China", "envoy to Kenya": a post named by the place it is held in; the name after it is a person. */
const POST_TO = /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?: [Gg]eneral)?) to\s+$/;

function knownHit(t: Tagger, k: Cursor): Hit {
  const type = t.known(k.i, k.known, k.ts)!;
  const a = k.ts[k.i]!;
  const before = t.text.slice(Math.max(0, a.start - 24), a.start);
  if (type === 'PLACE' && k.cs[k.i] === null && companyBefore(t, a, k.ts[k.known]!))
    return { type: 'ORG', end: k.known, titled: false, reason: 'org-context' };
  const post = type === 'PLACE' && k.cs[k.i] === null && POST_TO.test(before);
  return { type, end: k.known, titled: post, reason: t.knownReason(k.i, k.known, k.ts) };
}

/** Splits a run without a head word into names, left to right. */
function segment(t: Tagger, ts: Token[], cs: Connector[]): void {
  const k: Cursor = { ts, cs, i: 0, known: -1, titled: false };
  while (k.i < ts.length) {
    if (cs[k.i] !== null) k.titled = false; // a title reaches only the name right after it
    k.known = t.knownAt(ts, k.i);
    for (const match of WORD_MATCHERS) {
      const hit = match(t, k);
      if (!hit) continue;
      if (hit.type) t.emit(hit.type, ts[k.i]!, ts[hit.end]!, hit.reason, hit.name);
      k.i = hit.end + 1;
      k.titled = hit.titled;
      break;
    }
  }
}

function chineseName(_: Tagger, k: Cursor): Hit | null {
  const next = nextWord(k);
  return SURNAMES.has(k.ts[k.i]!.text) && next && isPinyinGiven(next.text) && !TITLE_WORDS.has(next.text)
    ? { type: 'PERSON', end: k.i + 1, titled: false, reason: 'chinese-name' }
    : null;
}

function afterTitle(t: Tagger, k: Cursor): Hit | null {
  const { ts, cs, i } = k;
  if (!k.titled || TITLE_WORDS.has(ts[i]!.text)) return null;
  let end = i;
  while (
    end - i < 2 &&
    cs[end + 1] === null &&
    ts[end + 1] &&
    !TITLE_WORDS.has(ts[end + 1]!.text) &&
    t.knownAt(ts, end + 1) <= end + 1
  )
    end++;
  return { type: 'PERSON', end, titled: false, reason: 'after-title' };
}

function hyphenatedName(t: Tagger, k: Cursor): Hit | null {
  const next = nextWord(k);
  if (!next || TITLE_WORDS.has(k.ts[k.i]!.text) || TITLE_WORDS.has(next.text)) return null;
  if (!/^-[a-z]{1,6}\b/.test(t.text.slice(next.end)) || t.knownAt(k.ts, k.i) >= 0) return null;
  return { type: 'PERSON', end: k.i + 1, titled: false, reason: 'hyphenated-name' };
}

/** "António" is looked up as "Antonio": the first-name list is written without accents. */
const isFirstName = (w: string) => FIRST_NAMES.has(w.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

function firstName(t: Tagger, k: Cursor): Hit | null {
  const word = k.ts[k.i]!.text;
  const next = nextWord(k);
  // A known place or organization is no first name: "Kenya Wu Peng" is Kenya, then Wu Peng.
  const listed = PLACES.has(word) || ORGS.has(word);
  if (
    !isFirstName(word) ||
    listed ||
    TITLE_WORDS.has(word) ||
    !next ||
    t.knownAt(k.ts, k.i + 1) > k.i + 1 ||
    TITLE_WORDS.has(next.text)
  )
    return null;
  // "Peter Lund Hansen": a middle name, when one more plain capitalized word follows.
  const last = nextWord({ ...k, i: k.i + 1 });
  const middle = last && plainNameWord(t, k.ts, k.i + 2);
  return { type: 'PERSON', end: middle ? k.i + 2 : k.i + 1, titled: k.titled, reason: 'first-name' };
}

/** A capitalized word that no list knows as anything but a name. */
const plainNameWord = (t: Tagger, ts: Token[], i: number) =>
  t.knownAt(ts, i) < 0 && !namelessWord(ts[i]!.text) && !ORG_HEADS.has(ts[i]!.text) && !ordinaryWord(ts[i]!);

/** Capitalized words that are no part of a name: titles, demonyms, the curated non-names. */
const namelessWord = (w: string) => TITLE_WORDS.has(w) || DEMONYMS.has(w) || NOT_NAMES.has(w);

function shortForm(t: Tagger, k: Cursor): Hit | null {
  const w = k.ts[k.i]!;
  const short = t.registry.shortForm(w.text);
  return short && !(w.sentStart && FUNCTION_WORDS.has(w.text.toLowerCase()))
    ? { type: short.type, end: k.i, name: short.name, titled: k.titled, reason: short.reason }
    : null;
}

/** Veto nameless-word: titles, demonyms, the curated non-names, ordinary words opening a sentence. */
function skipWord(_: Tagger, k: Cursor): Hit | null {
  const w = k.ts[k.i]!;
  return namelessWord(w.text) || (w.sentStart && ordinaryWord(w))
    ? { type: null, end: k.i, titled: k.titled || TITLES.has(w.text) }
    : null;
}

/** An unknown stretch, up to the next known word, typed by the words around it. */
function unknownStretch(t: Tagger, k: Cursor): Hit {
  const { ts, cs, i } = k;
  let end = i;
  while (
    end + 1 < ts.length &&
    end - i < 2 &&
    cs[end + 1] === null &&
    t.knownAt(ts, end + 1) < 0 &&
    !t.registry.shortForm(ts[end + 1]!.text) &&
    !TITLE_WORDS.has(ts[end + 1]!.text) &&
    !SURNAMES.has(ts[end + 1]!.text)
  ) {
    end++;
  }
  // "former president Rodrigo Duterte" after "Sara Duterte": a new given name before a family
  // name the article knows is a new person, when the words around say so.
  const family = end === i && cs[i + 1] === null && ts[i + 1] ? t.registry.shortForm(ts[i + 1]!.text) : undefined;
  if (family?.type === 'PERSON') {
    const whole = typedStretch(t, k, i + 1);
    if (whole.type === 'PERSON') return whole;
  }
  return typedStretch(t, k, end);
}

function typedStretch(t: Tagger, k: Cursor, end: number): Hit {
  const a = k.ts[k.i]!;
  const b = k.ts[end]!;
  const around = {
    text: t.slice(a, b),
    before: t.text.slice(Math.max(0, a.start - 24), a.start),
    after: t.text.slice(b.end + (b.possessive ? 2 : 0), b.end + 60),
    words: end - k.i + 1,
  };
  const rule = CONTEXT_RULES.find((r) => r.test(around));
  if (rule) return { type: rule.type, end, titled: false, reason: rule.name };
  const known = NEIGHBOUR_RULES.find((r) => r.type === r.test(t, k, end, around));
  return known ? { type: known.type, end, titled: false, reason: known.name } : { type: null, end, titled: false };
}

interface Around {
  text: string;
  before: string;
  after: string;
  words: number;
}

/\b(?:residents?|natives?|citizens?|people|outskirts|suburbs|capital|mayor|governor|downtown|heart|north|south|east|west|center|centre|coast) of\s+$/;
/^\s+(?:foreign|defense|defence|commerce|finance)\s+minist(?:ry|er)\b|^\s+(?:government|president|prime minister|parliament|military|armed forces|coast guard|capital|embassy|ambassador|foreign policy)\b/;

const NAME_WORDS = String.raw`\p{Lu}[\p{L}\d.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\d.&'’-]*){0,4}`;
const LIST_AFTER = new RegExp(String.raw`^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(${NAME_WORDS})`, 'u');
const LIST_BEFORE = new RegExp(String.raw`\b(${NAME_WORDS})(?:,|,?\s+(?:and|or))\s+$`, 'u');
const WITHIN_AFTER = new RegExp(String.raw`^,\s+(${NAME_WORDS})(?=\s*[,.;:)]|$)`, 'u');
const LOCATIVE = /\b(?:in|at|from|to|near|across|outside|inside)\s+$/;
/** "a village in", "the port of Kelvo in": what stands in a place is named before "in". */
const HOST_BEFORE = new RegExp(
  String.raw`(?:\b(?:${[...PLACE_AFTER_WORDS, 'capital', 'state', 'camp', 'town'].join('|')})|(${NAME_WORDS}))\s+in\s+$`,
  'u',
);

/** The type of the longest name at the start (or the end) of `words` the article or the lexicon knows. */
function knownWords(t: Tagger, words: string, fromEnd: boolean): EntityType | null {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n >= 1; n--) {
    const name = (fromEnd ? parts.slice(-n) : parts.slice(0, n)).join(' ').replace(/['’]s$/, '');
    const type = t.typeOfName(name);
    if (type) return type;
  }
  return null;
}

/**
 * The names around an unknown stretch that give its type, in order: each test returns the type it
 * reads (the rule applies when that is the rule's type).
 */
const NEIGHBOUR_RULES: {
  name: EntityRule;
  type: EntityType;
  test: (t: Tagger, k: Cursor, end: number, x: Around) => EntityType | null;
}[] = [
  // "in Talvora, Türkiye": a name placed in a known place is a place.
  {
    name: 'place-within',
    type: 'PLACE',
    test: (t, _, __, x) => {
      const m = LOCATIVE.test(x.before) ? WITHIN_AFTER.exec(x.after) : null;
      return m ? knownWords(t, m[1]!, false) : null;
    },
  },
  // "the Port of Kelvo in Talvora", "a village in Talvora": what holds a place is a place.
  {
    name: 'place-within',
    type: 'PLACE',
    test: (t, k, _, x) => {
      if (x.words > 2) return null;
      const a = k.ts[k.i]!;
      const m = HOST_BEFORE.exec(t.text.slice(Math.max(0, a.start - 60), a.start));
      if (!m) return null;
      return m[1] ? knownWords(t, m[1], true) : 'PLACE';
    },
  },
  // "QatarKelp and Sinopec", "Lanmo, Xiaomi and Huawei": a name listed with organizations is one.
  { name: 'listed-with', type: 'ORG', test: listedWith },
  { name: 'listed-with', type: 'PLACE', test: listedWith },
];

/**
 * The type of a known name this stretch is listed with, when it is an ORG or a PLACE: joined by
 * "and"/"or" ("Sinopec and QelvinKelp"), or in a list of three that goes on past the stretch or
 * past the known name ("Lanmo, Xiaomi and Huawei"). "China, South Korean President ..." is no list.
 */
function listedWith(t: Tagger, k: Cursor, end: number, x: Around): EntityType | null {
  if (x.words > 3 || (x.words === 1 && (SURNAMES.has(x.text) || isFirstName(x.text)))) return null;
  const first = k.ts[k.i]!;
  const goesOn = /^(?:,|\s+(?:and|or)\b)/;
  let type: EntityType | null = null;
  if (k.cs[end + 1] === 'and') {
    const j = t.knownAt(k.ts, end + 1);
    if (j >= 0) type = t.known(end + 1, j, k.ts);
  } else if (!first.sentStart) {
    const m = LIST_AFTER.exec(x.after);
    const rest = m ? x.after.slice(m[0].length) : '';
    if (m && (!m[0].startsWith(',') || /^,\s+(?:and|or)\b/.test(m[0]) || goesOn.test(rest)))
      type = knownWords(t, m[1]!, false);
  }
  if (!type) {
    const prev = t.out[t.out.length - 1];
    if (k.cs[k.i] === 'and' && prev && prev.end === k.ts[k.i - 1]!.end) type = prev.type;
    else if (k.cs[k.i] === null && !first.sentStart) {
      const m = LIST_BEFORE.exec(x.before);
      if (m && (/(?:and|or)\s+$/.test(m[0]) || goesOn.test(x.after))) type = knownWords(t, m[1]!, true);
    }
  }
  return type === 'ORG' || type === 'PLACE' ? type : null;
}

/** The lowercase words around an unknown stretch that give its type, in order. */
const CONTEXT_RULES: { name: EntityRule; type: EntityType; test: (x: Around) => boolean }[] = [
  { name: 'surnamed', type: 'PERSON', test: (x) => x.words === 1 && /\bsurnamed\s+$/.test(x.before) },
  { name: 'role-before', type: 'PERSON', test: (x) => x.words <= 3 && ROLE_BEFORE.test(x.before) },
  {
    name: 'role-after-or-speech',
    type: 'PERSON',
    test: (x) =>
      x.words >= 2 &&
      !/\bthe\s+$/i.test(x.before) &&
      (ROLE_AFTER.test(x.after) || /\bsaid\s+$/.test(x.before) || PERSON_VERB_AFTER.test(x.after)),
  },
  {
    name: 'the-administration',
    type: 'PERSON',
    test: (x) => /\bthe\s+$/i.test(x.before) && /^\s+administration\b/.test(x.after),
  },
  { name: 'org-before', type: 'ORG', test: (x) => ORG_BEFORE.test(x.before) || /\w-based\s+$/.test(x.before) },
  {
    name: 'org-apposition',
    type: 'ORG',
    test: (x) => x.words <= 3 && !(x.words === 1 && SURNAMES.has(x.text)) && ORG_APPOSITION.test(x.after),
  },
  // "Zhou said", with no full name before: a lone Chinese family name that speaks is a person.
  {
    name: 'surname-speaks',
    type: 'PERSON',
    test: (x) =>
      x.words === 1 && SURNAMES.has(x.text) && !isCommonWord(x.text.toLowerCase()) && PERSON_VERB_AFTER.test(x.after),
  },
  // "members of AUKUS", "to join the Quad": what has members is an organization.
  {
    name: 'member-of',
    type: 'ORG',
    test: (x) => x.words === 1 && /\b(?:members? of|join(?:s|ed|ing)?)\s+(?:the\s+)?$/.test(x.before),
  },
  // "told CNBC", "according to CNBC", "CNBC reported": an acronym that reports is an outlet.
  {
    name: 'media-acronym',
    type: 'ORG',
    test: (x) =>
      x.words === 1 &&
      /^[A-Z]{2,6}$/.test(x.text) &&
      (/\b(?:told|according to|interview with)\s+$/i.test(x.before) ||
        /^\s+(?:reported|reports|quoted)\b/.test(x.after)),
  },
  {
    name: 'place-apposition',
    type: 'PLACE',
    test: (x) => x.words <= 3 && !(x.words === 1 && SURNAMES.has(x.text)) && PLACE_APPOSITION.test(x.after),
  },
  {
    name: 'place-after',
    type: 'PLACE',
    test: (x) => x.words <= 2 && (PLACE_AFTER.test(x.after) || /^-based\b/.test(x.after)),
  },
];

/** A capitalized word that is only an ordinary word opening a sentence ("Shares", "Utility"). */
function ordinaryWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  if (lower === 'a') return true;
  if (PLACES.has(t.text) || ORGS.has(t.text) || SURNAMES.has(t.text)) return false;
  return isCommonWord(lower);
}
