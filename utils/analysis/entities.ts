/**
 * PERSON, ORG and PLACE mentions. Capitalized words are grouped into runs ("Shaoxing City
 * Investment Group and Guotai Junan Securities"); a run is split and typed by its head words
 * (Group, Province), the gazetteers, Chinese and Western name shapes, titles, and the lowercase
 * words around it ("hedge fund Coatue", "the Gobi desert"). Short forms ("Ma", "Nongfu", "CSRC")
 * join the entity they refer back to through the article's registry.
 */

import {
  COMMON_WORDS,
  DEMONYMS,
  DIRECTIONS,
  FIRST_NAMES,
  FUNCTION_WORDS,
  isPinyinGiven,
  MAX_NAME_WORDS,
  OF_HEADS,
  ORG_BEFORE,
  ORG_HEADS,
  ORG_PREFIXES,
  ORGS,
  PLACE_AFTER,
  PLACE_CENTER,
  PLACE_HEADS,
  PLACE_OF_HEADS,
  PLACES,
  POSSESSIVE_IN_NAME,
  ROLE_AFTER,
  ROLE_BEFORE,
  SURNAMES,
  TITLE_WORDS,
  TITLES,
} from './knowledge';
import { PHOTO_CREDIT } from './photo-credit';
import type { EntityType } from './types';

export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
  /** The entity's full name: the span's own text, or the name a short form refers back to. */
  name: string;
}

interface Token {
  text: string;
  start: number;
  end: number;
  cap: boolean;
  sentStart: boolean;
  possessive: boolean;
}

/** What the article has named so far, for short forms and repeats. */
export class Registry {
  readonly names = new Map<string, EntityType>();
  readonly shortForms = new Map<string, { type: EntityType; name: string }>();

  add(span: EntitySpan, text: string): void {
    const surface = text.slice(span.start, span.end);
    if (surface !== span.name) return; // a short form itself adds nothing new
    this.names.set(span.name, span.type);
    const words = span.name.split(' ');
    if (words.length < 2) return;
    if (span.type === 'PERSON') {
      // Chinese names put the surname first; other names last.
      const surname = SURNAMES.has(words[0]!) && isPinyinGiven(words[1]!) ? words[0]! : words[words.length - 1]!;
      if (!this.shortForms.has(surname)) this.shortForms.set(surname, { type: 'PERSON', name: span.name });
    } else if (span.type === 'ORG') {
      const first = words[0]!;
      if (
        !PLACES.has(first) &&
        !DEMONYMS.has(first) &&
        !COMMON_WORDS.has(first.toLowerCase()) &&
        !ORG_HEADS.has(first)
      ) {
        if (!this.shortForms.has(first)) this.shortForms.set(first, { type: 'ORG', name: span.name });
      }
    }
  }

  alias(short: string, type: EntityType, name: string): void {
    this.shortForms.set(short, { type, name });
  }
}

// Words, with inner apostrophes ("Chang'e"), inner dots only before lowercase ("JD.com", not
// "China.Photo"), and initialisms ("U.S").
const WORD =
  /(?:[A-Z]\.){1,3}[A-Z](?![a-z])|[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F0-9]|['’&](?=[A-Za-z\u00C0-\u024F0-9])|\.(?=[a-z]))*/g;
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'St',
  'No',
  'Gen',
  'Lt',
  'Col',
  'Sen',
  'Rep',
  'Gov',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Inc',
  'Co',
  'Corp',
  'Ltd',
  'vs',
]);
const DOMAIN = /^[a-z0-9][a-z0-9-]*\.(?:com|cn|net|org|gov|edu|io|hk)(?:\.cn)?$/i;
const CONNECTOR_WORDS = new Set(['of', 'and', 'for', 'de', 'on']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let end = m.index + word.length;
    if (/^(?:[A-Z]\.)+[A-Z]$/.test(word) && text[end] === '.') {
      word += '.';
      end += 1;
    }
    const possessive = /['’]s$/.test(word);
    if (possessive) {
      word = word.slice(0, -2);
      end -= 2;
    }
    const prev = tokens[tokens.length - 1];
    const gap = prev ? text.slice(prev.end + (prev.possessive ? 2 : 0), m.index) : text.slice(0, m.index);
    const sentStart =
      !prev ||
      (/[.!?…]["'”’)\]]*\s+["'“‘([]*$/.test(gap) && !(ABBREVIATIONS.has(prev.text) || /^[A-Z]$/.test(prev.text))) ||
      /[:;]\s*["'“‘]\s*$/.test(gap);
    tokens.push({ text: word, start: m.index, end, cap: /^[A-Z]/.test(word), sentStart, possessive });
  }
  return tokens;
}

type Connector = null | 'of' | 'and' | 'for' | 'de' | 'on' | '-';

interface Run {
  tokens: Token[];
  /** connectors[i] stands between tokens[i-1] and tokens[i]. */
  connectors: Connector[];
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
      if (
        CONNECTOR_WORDS.has(next.text) &&
        gap === ' ' &&
        nameLike(after) &&
        text.slice(next.end, after.start) === ' '
      ) {
        run.tokens.push(after);
        run.connectors.push(next.text as Connector);
        j += 2;
        continue;
      }
      break;
    }
    out.push(run);
    i = j + 1;
  }
  return out;
}

const isOrgHead = (t: Token) => ORG_HEADS.has(t.text);

/** Tags one paragraph's names. `blocked` tells where figures already stand. */
export function findEntities(
  text: string,
  blocked: (start: number, end: number) => boolean,
  registry: Registry,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  const tokens = tokenize(text);
  const slice = (a: Token, b: Token) => text.slice(a.start, b.end);
  const emit = (type: EntityType, a: Token, b: Token, name = slice(a, b)) => {
    // "US dollar bonds": the country inside a currency's name is not a place.
    if (type === 'PLACE' && /^U\.?S\.?A?$/.test(name) && /^ dollars?\b/.test(text.slice(b.end))) return;
    const span = { type, start: a.start, end: b.end, name };
    out.push(span);
    registry.add(span, text);
    // "China Aerospace Science and Industry Corporation (CASIC)": the acronym is the same entity.
    const acronym = /^\s*\(([A-Z][A-Za-z&.]{1,9})\)/.exec(text.slice(b.end + (b.possessive ? 2 : 0)));
    if (acronym && name.includes(' ')) registry.alias(acronym[1]!, type, name);
  };

  // Photo credits: "Photo: VCG", "Photo:Xinhua", "Photo: unsplash".
  const credited = new Set<Token>();
  let k = 0; // tokens and credits are both in text order: one forward scan
  for (const m of text.matchAll(PHOTO_CREDIT)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    while (k < tokens.length && tokens[k]!.start < start) k++;
    const words: Token[] = [];
    for (let j = k; j < tokens.length && tokens[j]!.end <= end; j++) words.push(tokens[j]!);
    if (!words.length || words.some((w) => blocked(w.start, w.end))) continue;
    const a = words[0]!;
    const b = words[words.length - 1]!;
    const person = words.length === 2 && SURNAMES.has(a.text) && isPinyinGiven(b.text);
    emit(person ? 'PERSON' : 'ORG', a, b);
    words.forEach((w) => credited.add(w));
  }

  // Domain names stand for their outlets: "thepaper.cn", "JD.com".
  for (const t of tokens) {
    if (!credited.has(t) && DOMAIN.test(t.text) && !blocked(t.start, t.end)) {
      emit('ORG', t, t);
      credited.add(t);
    }
  }

  for (const run of runs(
    text,
    tokens.filter((t) => !credited.has(t)),
    blocked,
  )) {
    classifyRun(run.tokens, run.connectors);
  }
  return out.sort((a, b) => a.start - b.start);

  function known(a: number, b: number, ts: Token[]): EntityType | null {
    const name = slice(ts[a]!, ts[b]!);
    // The curated organizations first: "Xinhua" is also a district's name.
    return registry.names.get(name) ?? (ORGS.has(name) ? 'ORG' : PLACES.has(name) ? 'PLACE' : null);
  }

  /** The last token of the longest known name starting at `i`, or -1. */
  function knownAt(ts: Token[], i: number): number {
    for (let j = Math.min(ts.length, i + MAX_NAME_WORDS) - 1; j >= i; j--) if (known(i, j, ts)) return j;
    return -1;
  }

  /** Types a run, splitting it where it holds several names. */
  function classifyRun(ts: Token[], cs: Connector[]): void {
    if (!ts.length) return;
    // Leading words that are no part of a name: "The", and an ordinary word opening a sentence.
    let from = 0;
    while (
      from < ts.length - 1 &&
      knownAt(ts, from) < 0 &&
      (ts[from]!.text === 'The' ||
        (ts[from]!.sentStart && ordinaryWord(ts[from]!) && !ORG_PREFIXES.has(ts[from]!.text)))
    ) {
      from++;
    }
    if (from > 0) return classifyRun(ts.slice(from), [null, ...cs.slice(from + 1)]);

    const last = ts[ts.length - 1]!;
    const n = ts.length;
    const whole = known(0, n - 1, ts);
    if (whole) return void emit(whole, ts[0]!, last);
    // A name that ends in a head word: "Guotai Junan Securities", "Zhejiang Province".
    if (n >= 2 && (isOrgHead(last) || PLACE_HEADS.has(last.text))) {
      let start = n - 1;
      while (start > 0) {
        const c = cs[start];
        // "Relief and Rehabilitation Commission" is one name; "Belt and Road", "Tesla and BMW Group" are not.
        if (c === 'and' && (!isOrgHead(last) || isOrgHead(ts[start - 1]!) || known(start - 1, start - 1, ts) === 'ORG'))
          break;
        start--;
      }
      const name = slice(ts[start]!, last);
      const type: EntityType = isOrgHead(last) && !PLACE_CENTER.test(name) ? 'ORG' : 'PLACE';
      const headOnly = ts.slice(start).every((t) => ORG_HEADS.has(t.text) || PLACE_HEADS.has(t.text));
      if (!headOnly) emit(type, ts[start]!, last);
      return classifyRun(ts.slice(0, start), cs.slice(0, start));
    }
    // "Ministry of Finance", "Communication University of China", "Gulf of Aden".
    for (let k = 0; k < n - 1; k++) {
      const c = cs[k + 1];
      if ((c === 'of' || c === 'for' || c === 'on') && (OF_HEADS.has(ts[k]!.text) || PLACE_OF_HEADS.has(ts[k]!.text))) {
        let start = k;
        while (start > 0 && cs[start] !== 'and' && cs[start] !== 'of') start--;
        classifyRun(ts.slice(0, start), cs.slice(0, start));
        emit(PLACE_OF_HEADS.has(ts[k]!.text) && !OF_HEADS.has(ts[k]!.text) ? 'PLACE' : 'ORG', ts[start]!, last);
        return;
      }
    }
    segment(ts, cs);
  }

  /** Splits a run without a head word into names, left to right. */
  function segment(ts: Token[], cs: Connector[]): void {
    let titled = false;
    let i = 0;
    while (i < ts.length) {
      const t = ts[i]!;
      if (cs[i] !== null) titled = false; // a title reaches only the name right after it
      const next = cs[i + 1] === null ? ts[i + 1] : undefined; // the next word of the same name
      const j = knownAt(ts, i);
      // A known name of several words first: "Nay Pyi Taw", "South Sudan", "Hong Kong".
      if (j > i) {
        emit(known(i, j, ts)!, t, ts[j]!);
        i = j + 1;
        titled = false;
        continue;
      }
      // "East China", "Southwest China".
      if (DIRECTIONS.has(t.text) && next && known(i + 1, i + 1, ts) === 'PLACE') {
        emit('PLACE', t, next);
        i += 2;
        continue;
      }
      // "Ma Weiguang", "He Xiangdong" (also a district's name), "Xi Jinping".
      if (SURNAMES.has(t.text) && next && isPinyinGiven(next.text) && !TITLE_WORDS.has(next.text)) {
        emit('PERSON', t, next);
        i += 2;
        titled = false;
        continue;
      }
      // After a title, the name: "President Vladimir Putin", "Lieutenant General Soe Htut".
      if (titled && !TITLE_WORDS.has(t.text)) {
        let end = i;
        while (
          end - i < 2 &&
          cs[end + 1] === null &&
          ts[end + 1] &&
          !TITLE_WORDS.has(ts[end + 1]!.text) &&
          knownAt(ts, end + 1) <= end + 1
        )
          end++;
        emit('PERSON', t, ts[end]!);
        i = end + 1;
        titled = false;
        continue;
      }
      // "Richard Yu", "Angela Merkel": a known first name and the capitalized word after it.
      if (
        FIRST_NAMES.has(t.text) &&
        !TITLE_WORDS.has(t.text) &&
        next &&
        knownAt(ts, i + 1) <= i + 1 &&
        !TITLE_WORDS.has(next.text)
      ) {
        emit('PERSON', t, next);
        i += 2;
        continue;
      }
      if (j === i) {
        emit(known(i, i, ts)!, t, t);
        i += 1;
        titled = false;
        continue;
      }
      const short = registry.shortForms.get(t.text);
      if (short && !(t.sentStart && FUNCTION_WORDS.has(t.text.toLowerCase()))) {
        emit(short.type, t, t, short.name);
        i += 1;
        continue;
      }
      if (TITLE_WORDS.has(t.text) || DEMONYMS.has(t.text) || (t.sentStart && ordinaryWord(t))) {
        titled ||= TITLES.has(t.text);
        i += 1;
        continue;
      }
      // An unknown stretch: up to the next known word.
      let end = i;
      while (
        end + 1 < ts.length &&
        end - i < 2 &&
        cs[end + 1] === null &&
        knownAt(ts, end + 1) < 0 &&
        !registry.shortForms.has(ts[end + 1]!.text) &&
        !TITLE_WORDS.has(ts[end + 1]!.text) &&
        !SURNAMES.has(ts[end + 1]!.text)
      ) {
        end++;
      }
      const type = unknownType(ts, i, end);
      if (type) emit(type, t, ts[end]!);
      titled = false;
      i = end + 1;
    }
  }

  /** Types an unknown stretch by its shape and the lowercase words around it. */
  function unknownType(ts: Token[], i: number, j: number): EntityType | null {
    const a = ts[i]!;
    const b = ts[j]!;
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const after = text.slice(b.end + (b.possessive ? 2 : 0), b.end + 60);
    const words = j - i + 1;
    if (words === 1 && /\bsurnamed\s+$/.test(before)) return 'PERSON';
    if (words <= 3 && ROLE_BEFORE.test(before)) return 'PERSON';
    if (words >= 2 && (ROLE_AFTER.test(after) || /\bsaid\s+$/.test(before) || /^\s+(?:said|says|told)\b/.test(after)))
      return 'PERSON';
    if (words === 1 && /\bthe\s+$/i.test(before) && /^\s+administration\b/.test(after)) return 'PERSON';
    if (ORG_BEFORE.test(before)) return 'ORG';
    if (words <= 2 && (PLACE_AFTER.test(after) || /^-based\b/.test(after))) return 'PLACE';
    return null;
  }
}

/** A capitalized word that is only an ordinary word opening a sentence ("Shares", "Utility"). */
function ordinaryWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  if (lower === 'a') return true;
  if (PLACES.has(t.text) || ORGS.has(t.text) || SURNAMES.has(t.text)) return false;
  return COMMON_WORDS.has(lower) || /(?:ly|ity|tion|ment|ness|ing|ed|ers|ies|ics)$/.test(lower);
}
