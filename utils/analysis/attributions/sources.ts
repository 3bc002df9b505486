/**
 * Who the words before or after a cue name: a person or organization of the entity index, a
 * state (its name, its capital, "the Chinese side"), a pronoun or a role that refers back to a
 * person named before, an unnamed spokesperson of a named body, or an unnamed source as written.
 */
import { DEMONYMS, ORG_HEADS, ROLE_WORDS, SURNAMES } from '../knowledge';
import { words as bodyNouns } from '../lexicon/body-nouns.json';
import { words as bodyRoles } from '../lexicon/body-roles.json';
import { through as cueThrough } from '../lexicon/cue-phrases.json';
import { words as documentNames } from '../lexicon/document-names.json';
import { words as issuedDocuments } from '../lexicon/issued-documents.json';
import localBodies from '../lexicon/local-bodies.json';
import { words as sourceNouns } from '../lexicon/source-nouns.json';
import stateForms from '../lexicon/state-forms.json';
import { words as titles } from '../lexicon/titles.json';
import type { AttributionKind, Entity, Mention, TextSpan } from '../types';
import {
  type IssuedDocument,
  insideQuote,
  mentionIndexBefore,
  nameAt,
  nameEndingAt,
  nameIndexBefore,
  namesFrom,
  type ParagraphContext,
  sentenceAt,
} from './paragraph';

/** The rule that read the source words; the names are rules of the table (rules.ts). */
export type SourceRuleName =
  | 'named'
  | 'named-group'
  | 'apposition'
  | 'pronoun'
  | 'role-reference'
  | 'body-speaker'
  | 'state-name'
  | 'capital'
  | 'state-side'
  | 'unnamed'
  | 'named-document'
  | 'body-reference'
  | 'local-body'
  | 'surname'
  | 'document-issuer'
  | 'unnamed-group'
  | 'unlisted-body'
  | 'possessive-owner'
  | 'issued-by';

export interface Found {
  kind: AttributionKind;
  source: string;
  span: TextSpan;
  entity?: string;
  rule: SourceRuleName;
}

const SOURCE_NOUNS = new Set(sourceNouns);
const TITLES = new Set(titles);
/** How many mentions back a name, pronoun or role is looked for: a long page stays linear. */
const LOOK_BACK = 2000;
const DOCUMENT_NAME = new RegExp(`\\b(?:${documentNames.join('|')})\\b`);
const BODY_ROLES = new Set(bodyRoles);
const BODY_NOUNS = new Set(bodyNouns);
const ORG_HEAD_WORDS = new Set([...ORG_HEADS].map((w) => w.toLowerCase()));
/** A local body's head that "the" refers back with ("the customs", "the police"); "the government" may be the state's. */
const LOCAL_HEADS = new Set(localBodies.heads.filter((h) => h !== 'government' && h !== 'authority'));
const isBodyHead = (w: string) => ORG_HEAD_WORDS.has(w) || LOCAL_HEADS.has(w);
const THROUGH = new Set(cueThrough);
const CAPITALS = new Map(Object.entries(stateForms.capitals));
const ADJECTIVES = new Map(Object.entries(stateForms.adjectives));
const COUNTRIES = new Set(stateForms.countries);
const STATE_BODIES = new Set(stateForms.bodies);
/** The paper's own voice is no source ("the Global Times learned"). */
const THE_PAPER = /^(?:the\s+)?(?:Global Times|GT)$/i;

const DETERMINERS =
  /^(?:the|a|an|some|many|several|most|other|one|two|three|four|five|few|those|these|all|both|various|numerous|multiple|\d+)$/i;
const STOP =
  /^(?:to|with|by|as|that|and|or|but|is|was|were|are|be|been|has|have|had|also|not|on|in|at|of|for|from|after|before|when|while|if|than|then|there|this|it|its|their|his|her|our|we|they|he|she|which|who|what|said|even|still|such)$/i;
const PP_START = /^(?:in|at|from|of|on|with|for|who|based|close|familiar|near|across|inside|within)$/;
/** Words between a subject and its verb: "China has repeatedly stated", "Ma also disclosed". */
/** Adverbs between a subject and its verb ("Philippine media sensationally reported"), but nouns ending so. */
const isFiller = (w: string) =>
  FILLER.test(w) || (/^[a-z]{3,}ly$/.test(w) && !/^(?:ally|family|assembly|supply|monopoly|rally|italy)$/.test(w));
/** A time after the subject: "Sankei Shimbun in April reported", "the ministry on Friday said". */
const TIME_AFTER =
  /\s+(?:in|on|last|this|earlier|late|early)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|\d{4})\s*$/;
const any = (ws: readonly string[]) => ws.map((w) => w.replace(/[.-]/g, '\\$&')).join('|');
/** "Kunming customs", "the Luohu district government": a name then a body's lowercase words. */
const LOCAL_BODY = new RegExp(`^(?:\\s+(?:${any(localBodies.modifiers)}))*\\s+(?:${any(localBodies.heads)})\\b`);
const LOCAL_TAIL = new RegExp(`(?:\\s+(?:${any(localBodies.modifiers)}))*\\s+(?:${any(localBodies.heads)})$`);
/** "Hainan's tourism and culture department": a place's body, its lowercase words (no function word but "and") after "'s". */
const POSSESSIVE_BODY = new RegExp(`^['’]s((?:\\s+[a-z]+(?:-[a-z]+)*){0,4}?)\\s+(?:${any(localBodies.heads)})\\b`);
const POSSESSIVE_TAIL = new RegExp(`['’]s((?:\\s+[a-z]+(?:-[a-z]+)*){0,4}?)\\s+(?:${any(localBodies.heads)})$`);
const plainWords = (words: string) => words.split(/\s+/).every((w) => !w || w === 'and' || !STOP.test(w));
const ISSUED = new Set(issuedDocuments);
/** How many paragraphs back "the report" looks for the report given an issuer. */
const DOCUMENT_REACH = 10;
/** Whether a paragraph may give a document its issuer (a cheap test before reading it). */
export const MAY_ISSUE = new RegExp(`\\b(?:${any(issuedDocuments)})\\b`);
const ISSUED_ALL = new RegExp(`\\b(?:${any(issuedDocuments)})\\b`, 'g');
const FILLER =
  /^(?:has|have|had|also|repeatedly|recently|further|previously|once|again|already|publicly|then|later|earlier|would|will|could|may|might|did|does|do|is|was|were|are|even|clearly|all|both|openly|always|often|still|just|firmly|strongly|reportedly|long|never|explicitly|frankly|bluntly|directly|separately|subsequently|immediately|quickly|had|being|been|specifically|particularly|further|together)$/i;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9\u00C0-\u024F]+(?:['’.-][A-Za-z0-9\u00C0-\u024F]+)*/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isState = (name: string) => COUNTRIES.has(name) || CAPITALS.has(name);
const countryOf = (name: string) => CAPITALS.get(name) ?? name.replace(/^the\s+/i, '');

/** "Kunming customs", "the Luohu district government": a named body under the words as written. */
function localBody(ctx: ParagraphContext, m: Mention): Found | null {
  if ((m.type !== 'PLACE' && m.type !== 'ORG') || isState(m.text)) return null;
  // A mention of an earlier paragraph ("the customs" refers back to it) is read in its own text.
  const here = m.paragraph === ctx.paragraph;
  const text = here ? ctx.text : (ctx.paragraphs[m.paragraph] ?? '');
  const rest = (here ? ctx.masked : text).slice(m.end, m.end + 60);
  const owned = POSSESSIVE_BODY.exec(rest);
  const after = LOCAL_BODY.exec(rest) ?? (owned && plainWords(owned[1]!) ? owned : null);
  if (!after) return null;
  const end = m.end + after[0].length;
  return {
    kind: 'organization',
    source: text.slice(m.start, end),
    span: { start: m.start, end },
    rule: 'local-body',
  };
}

/** A named mention as a source: person, organization, or a state's name or capital. */
function fromMention(ctx: ParagraphContext, m: Mention, rule: SourceRuleName): Found | null {
  const local = localBody(ctx, m);
  if (local) return local;
  const entity = m.type === 'PERSON' ? fullestPerson(ctx, m) : m.entity ? ctx.entities.get(m.entity) : undefined;
  const span = { start: m.start, end: m.end };
  if (m.type === 'PERSON' && entity) return { kind: 'person', source: entity.name, span, entity: entity.id, rule };
  if (m.type === 'ORG' && entity && !THE_PAPER.test(entity.name) && !THE_PAPER.test(m.text))
    return { kind: 'organization', source: entity.name, span, entity: entity.id, rule };
  if (m.type === 'PLACE' && isState(m.text)) {
    const capital = CAPITALS.has(m.text);
    return { kind: 'state', source: countryOf(m.text), span, rule: capital ? 'capital' : 'state-name' };
  }
  return null;
}

/**
 * A family name alone ("Liu stated") is the person of that name who was named last, and a name
 * the article also gives in full is that full name ("Lee" and "Lee Jae-myung").
 */
function fullestPerson(ctx: ParagraphContext, m: Mention): Entity | undefined {
  const own = m.entity ? ctx.entities.get(m.entity) : undefined;
  if (m.text.includes(' ') || /\bsurnamed\s+$/.test(ctx.masked.slice(Math.max(0, m.start - 12), m.start))) return own;
  const fits = (e: Entity | undefined) =>
    !!e && e.type === 'PERSON' && e.name.includes(' ') && e.name.split(/[\s-]+/).includes(m.text);
  // The article's mentions before this one, the nearest first (a bounded look back).
  const from = mentionIndexBefore(ctx, m.start);
  for (let i = from; i >= 0 && i > from - LOOK_BACK; i--) {
    const before = ctx.mentions[i]!;
    const e = before.entity && before.text.includes(' ') ? ctx.entities.get(before.entity) : undefined;
    if (fits(e)) return e;
  }
  for (const e of ctx.entities.values()) if (fits(e)) return e;
  return own;
}

/** "Wang and Li said": the named members before `m`, joined by "and" or commas. */
function groupBefore(ctx: ParagraphContext, m: Mention, found: Found): Found[] {
  const out = [found];
  let cur = m;
  for (;;) {
    const prev = ctx.names[nameIndexBefore(ctx, cur.start)];
    if (!prev || prev.type !== m.type) break;
    // "A and Senator B": a title may stand before a member's name.
    const join = /^(,\s*|,?\s+and\s+)(?:the\s+)?((?:[A-Z][\w.-]*\s+){0,3})$/.exec(
      ctx.masked.slice(prev.end, cur.start),
    );
    if (!join || !join[2]!.split(/\s+/).every((w) => !w || TITLES.has(w.replace(/\.$/, '')))) break;
    // A list joins its last member with "and": "Office, Xinhua reported" is no group.
    if (out.length === 1 && !/and/.test(join[1]!)) break;
    const f = fromMention(ctx, prev, 'named-group');
    if (!f) break;
    out.unshift(f);
    cur = prev;
  }
  if (out.length > 1) out[out.length - 1] = { ...found, rule: 'named-group' };
  return out;
}

/** "according to data from X and (data provider) Y": the named members after `m`. */
function groupAfter(ctx: ParagraphContext, m: Mention, found: Found, to: number): Found[] {
  const out = [found];
  let cur = m;
  for (;;) {
    const next = ctx.names[nameIndexBefore(ctx, cur.end) + 1];
    if (!next || next.end > to || next.type === 'PLACE') break;
    if (!/^,?\s+and\s+(?:[a-z][\w-]*\s+){0,5}$/.test(ctx.masked.slice(cur.end, next.start))) break;
    const f = fromMention(ctx, next, 'named-group');
    if (!f) break;
    out.push(f);
    cur = next;
  }
  return out;
}

/** The latest person before `at`: the last one who spoke close by, else the last one named. */
function personBefore(ctx: ParagraphContext, at: number, role?: string): Found | null {
  // One who spoke earlier in this paragraph first, then one who spoke in the paragraph before.
  const here = ctx.spokeHere[ctx.spokeHere.length - 1];
  if (!role && here) return personFound(ctx, here);
  const last = ctx.speakers[ctx.speakers.length - 1];
  // "Wang Lei disagreed. 'It is not done,' he said": a person this paragraph makes a subject comes first.
  const subject = !role && !here ? subjectHere(ctx, at) : undefined;
  if (subject) return personFound(ctx, subject);
  if (!role && last && last.paragraph >= ctx.paragraph - 1) return personFound(ctx, last.entity);
  const from = mentionIndexBefore(ctx, at);
  for (let i = from; i >= 0 && i > from - LOOK_BACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.type !== 'PERSON' || !m.entity) continue;
    if (m.paragraph === ctx.paragraph && insideQuote(ctx, m.start)) continue;
    const e = ctx.entities.get(m.entity);
    if (role && !e?.role?.toLowerCase().includes(role)) continue;
    return personFound(ctx, role ? m.entity : subjectInstead(ctx, i).entity!);
  }
  return null;
}

/** A name with only capitalized words (a title) between it and its clause's start: the clause's subject. */
const SUBJECT_BEFORE = /(?:\n|[,;:\uE000]\s*|[.!?]["”’\uE000]?\s+)(?:[A-Z][\w.'’-]*\s+){0,4}$/;
/** A lowercase word right before a name that is no subject: "met Wang Lei", "after Wang Lei". */
const OBJECT_BEFORE = /(?:^|\s)(?!and\b|or\b|both\b|said\b|says\b|by\b)[a-z][\w-]*\s+$/;

/**
 * "Zhou Ping met Wang Lei on Monday. She said…": when the person named last is an object, the
 * subject of the same sentence is meant (bounded: one sentence of one paragraph).
 */
function subjectInstead(ctx: ParagraphContext, i: number): Mention {
  const m = ctx.mentions[i]!;
  const text = m.paragraph === ctx.paragraph ? ctx.masked : ctx.paragraphs[m.paragraph];
  if (!text || !OBJECT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return m;
  const floor = Math.max(0, m.start - 400);
  for (let j = i - 1; j >= 0; j--) {
    const o = ctx.mentions[j]!;
    if (o.paragraph !== m.paragraph || o.start < floor) break;
    // A sentence's end between them: the subject would be another sentence's.
    if (/[.!?]["”’\uE000]?\s+[A-Z"“\uE000]/.test(text.slice(o.end, m.start))) break;
    // The paragraph's start counts as a clause's start ("\n").
    const before = (o.start <= 60 ? '\n' : '') + text.slice(Math.max(0, o.start - 60), o.start);
    if (o.type === 'PERSON' && o.entity && SUBJECT_BEFORE.test(before)) return o;
  }
  return m;
}

/** The person named last before `at` in this paragraph at a clause's start, outside quotes. */
function subjectHere(ctx: ParagraphContext, at: number): string | undefined {
  // Bounded to the text just before: a page that lost its breaks stays linear.
  for (let i = nameIndexBefore(ctx, at); i >= 0 && ctx.names[i]!.start > at - 600; i--) {
    const m = ctx.names[i]!;
    if (m.type !== 'PERSON' || !m.entity || m.end > at || insideQuote(ctx, m.start)) continue;
    const before = (m.start <= 60 ? '\n' : '') + ctx.masked.slice(Math.max(0, m.start - 60), m.start);
    if (SUBJECT_BEFORE.test(before)) return m.entity;
  }
  return undefined;
}

/** The two people named last before `at`, the latest first (a bounded look back). */
function lastPeople(ctx: ParagraphContext, at: number): Found[] {
  const out: Found[] = [];
  const from = mentionIndexBefore(ctx, at);
  for (let i = from; i >= 0 && i > from - LOOK_BACK && out.length < 2; i--) {
    const m = ctx.mentions[i]!;
    if (m.type !== 'PERSON' || !m.entity || out.some((f) => f.entity === m.entity)) continue;
    const f = personFound(ctx, m.entity);
    if (f) out.push(f);
  }
  return out;
}

function personFound(ctx: ParagraphContext, id: string): Found | null {
  const e = ctx.entities.get(id);
  return e ? { kind: 'person', source: e.name, span: { start: 0, end: 0 }, entity: id, rule: 'pronoun' } : null;
}

/** A phrase around a head noun: its determiner, its words, the head and a short phrase after it. */
interface Phrase {
  det: string | null;
  start: number;
  end: number;
  head: string;
}

/** What a phrase names: a role referring back, a body's speaker, a state, or an unnamed source. */
function classify(ctx: ParagraphContext, p: Phrase): Found | null {
  const head = p.head.toLowerCase();
  // A name the phrase's first word ends ("A Ministry of Commerce spokesperson") belongs to it.
  const opening = nameAt(ctx, p.start);
  const span = { start: Math.min(p.start, opening?.start ?? p.start), end: p.end };
  const inside = [
    ...(opening && opening.start < p.start ? [opening] : []),
    ...namesFrom(ctx, p.start, p.end).filter((m) => m.end <= p.end),
  ];
  if (p.det?.toLowerCase() === 'the' && (ROLE_WORDS.has(head) || BODY_ROLES.has(head))) {
    const person = personBefore(ctx, p.start, head);
    if (person) return { ...person, span, rule: 'role-reference' };
    // "the spokesperson" again, after "a Foreign Ministry spokesperson said": that body.
    const body = ctx.bodies[ctx.bodies.length - 1];
    const org =
      body && body.paragraph >= ctx.paragraph - 2 && BODY_ROLES.has(head) ? ctx.entities.get(body.entity) : undefined;
    if (org) return { kind: 'organization', source: org.name, span, entity: org.id, rule: 'role-reference' };
  }
  if (p.det?.toLowerCase() === 'the' && (BODY_NOUNS.has(head) || isBodyHead(head)) && p.head === head) {
    const body = bodyBefore(ctx, p.start, BODY_NOUNS.has(head) ? '' : head, LOCAL_HEADS.has(head));
    if (body) return { ...body, span, rule: 'body-reference' };
  }
  // "the Chinese embassy", "the Japanese consulate in Shanghai": a country's mission, as written.
  const mission = /^([A-Z][a-z]+)\s+(?:embassy|consulate(?:[- ]general)?)\b/.exec(ctx.masked.slice(p.start, p.end));
  if (p.det?.toLowerCase() === 'the' && mission && ADJECTIVES.has(mission[1]!) && !inside.some((m) => m.type === 'ORG'))
    return {
      kind: 'organization',
      source: mission[0],
      span: { start: p.start, end: p.start + mission[0].length },
      rule: 'local-body',
    };
  // "local customs said", "Customs said" opening a sentence: the local body named before with that head.
  if (LOCAL_HEADS.has(head) && (LOCAL_REFERENCE.test(ctx.masked.slice(p.start, p.end)) || sentenceHead(ctx, p))) {
    const body = bodyBefore(ctx, p.start, head, true);
    if (body) return { ...body, span, rule: 'body-reference' };
  }
  const org = inside.find((m) => m.type === 'ORG');
  // "a statement on the ministry's website", "a post on Huawei's official WeChat account": the owner of where it was posted.
  const posted = !org && BODY_ROLES.has(head) ? POSTED_ON.exec(ctx.masked.slice(p.start, p.end + 40)) : null;
  if (posted) {
    const at = p.start + posted[0].length;
    const owner = ownerEndingAt(ctx, p.start, at);
    if (owner) return { ...owner, span, rule: 'possessive-owner' };
  }
  if (org && BODY_ROLES.has(head)) {
    const f = fromMention(ctx, org, 'body-speaker');
    if (f) return { ...f, span, rule: 'body-speaker' };
  }
  // "the DPP authorities", "the Harbin Motors leadership": a named body's officials speak for it.
  if (org && STATE_BODIES.has(head) && head !== 'side') {
    const f = fromMention(ctx, org, 'body-speaker');
    if (f?.kind === 'organization') return { ...f, span, rule: 'body-speaker' };
  }
  if (STATE_BODIES.has(head)) {
    const phrase = ctx.text.slice(p.start, p.end);
    const place = inside.find((m) => m.type === 'PLACE' && isState(m.text));
    const adjective = /^(?:(?:the)\s+)?([A-Z][\w.]*(?:\s+Korean)?|central)\s+\w+$/.exec(phrase)?.[1];
    const country = place ? countryOf(place.text) : adjective ? ADJECTIVES.get(adjective) : undefined;
    if (country) return { kind: 'state', source: country, span, rule: 'state-side' };
  }
  const owner = /\b(his|her|its|their|my|our|your|these|those)\s+$/i.exec(
    ctx.masked.slice(Math.max(0, p.start - 8), p.start),
  );
  // "His comments suggested…": the person who spoke or was named last.
  if (
    owner &&
    /^(?:his|her)$/i.test(owner[1]!) &&
    p.start === span.start &&
    /^(?:comments|remarks|statement|analysis|post|posts|letter)$/.test(head)
  ) {
    const person = personBefore(ctx, p.start);
    if (person) return { ...person, span: { start: p.start - owner[0].length, end: p.end } };
  }
  // "Its data showed", "according to its website": the organization named last owns them.
  if (
    owner &&
    /^its$/i.test(owner[1]!) &&
    p.start === span.start &&
    OWNED.has(head) &&
    p.end === p.start + head.length
  ) {
    const body = bodyBefore(ctx, p.start, '', true);
    if (body) return { ...body, span: { start: p.start - owner[0].length, end: p.end }, rule: 'pronoun' };
  }
  if (!SOURCE_NOUNS.has(head)) return null;
  // "online comments argued" speak; "his comments", "the comments" belong to someone named.
  if (head === 'comments' && (owner || p.det?.toLowerCase() === 'the')) return null;
  return { kind: 'unnamed', source: ctx.text.slice(p.start, p.end), span, rule: 'unnamed' };
}

const LOCAL_REFERENCE = /^[Ll]ocal\s+[a-z]+$/;
/** "post on the ministry's official WeChat account": through the owner, right before its "'s". */
const POSTED_ON =
  /^[a-z]+\s+(?:posted\s+|published\s+|released\s+)?(?:on|in|at)\s+(?:[\w-]+\s+){0,5}?[\w-]+(?=['’]s\s+(?:[\w-]+\s+){0,2}(?:website|account|page|homepage|channel|platform|feed)\b)/;
/** A body's head word alone, capitalized only because it opens the sentence: "Customs said". */
const sentenceHead = (ctx: ParagraphContext, p: Phrase) =>
  !p.det &&
  /^[A-Z][a-z]+$/.test(p.head) &&
  p.end === p.start + p.head.length &&
  sentenceAt(ctx, p.start).start === p.start;

const isHead = (w: string) => {
  const lower = w.toLowerCase();
  return (
    SOURCE_NOUNS.has(lower) ||
    STATE_BODIES.has(lower) ||
    ROLE_WORDS.has(lower) ||
    BODY_ROLES.has(lower) ||
    (w === lower && (BODY_NOUNS.has(lower) || isBodyHead(lower))) ||
    // "the two ministries", "both companies" (read by groupReference).
    (w === lower && /s$/.test(lower) && isBodyWord(lower.replace(/ies$/, 'y').replace(/s$/, '')))
  );
};
const isBodyWord = (w: string) => BODY_NOUNS.has(w) || isBodyHead(w);

const GROUP_COUNT: Record<string, number> = { both: 2, two: 2, three: 3, four: 4 };

/** "the two ministries", "both companies": that many organizations named last (whose names hold the head's word). */
function groupReference(ctx: ParagraphContext, p: Phrase): Found[] {
  const count = GROUP_COUNT[p.det?.toLowerCase() ?? ''];
  const head = p.head.toLowerCase();
  const singular = head.replace(/ies$/, 'y').replace(/s$/, '');
  if (!count || singular === head || !(BODY_NOUNS.has(singular) || ORG_HEAD_WORDS.has(singular))) return [];
  if (p.end !== p.start + p.head.length) return [];
  const bodies = bodiesBefore(ctx, p.start, BODY_NOUNS.has(singular) ? '' : singular, count);
  const span = { start: p.start, end: p.end };
  return bodies.length === count ? bodies.map((b) => ({ ...b, span, rule: 'body-reference' as const })) : [];
}

/** "the two ministries": the `count` organizations named last before `at`, in the order named. */
function bodiesBefore(ctx: ParagraphContext, at: number, head: string, count: number): Found[] {
  const out: Found[] = [];
  const from = mentionIndexBefore(ctx, at);
  for (let i = from; i >= 0 && i > from - LOOK_BACK && out.length < count; i--) {
    const m = ctx.mentions[i]!;
    const e = m.type === 'ORG' && m.entity ? ctx.entities.get(m.entity) : undefined;
    if (!e || THE_PAPER.test(e.name) || out.some((f) => f.entity === e.id)) continue;
    if (head && !e.name.toLowerCase().split(/\s+/).includes(head)) continue;
    const f = fromMention(ctx, m, 'body-reference');
    if (f?.kind === 'organization') out.unshift(f);
  }
  return out;
}

/** "the ministry", "the company": the organization named last before `at` (whose name holds `head`, if given). */
function bodyBefore(ctx: ParagraphContext, at: number, head: string, local = false): Found | null {
  const from = mentionIndexBefore(ctx, at);
  for (let i = from; i >= 0 && i > from - LOOK_BACK; i--) {
    const m = ctx.mentions[i]!;
    // "Suifenhe customs said…", then "the customs said" or "it said": the local body named last.
    const named = local ? localBody(ctx, m) : null;
    if (named && (!head || named.source.toLowerCase().endsWith(` ${head}`)))
      return { ...named, rule: 'body-reference' };
    if (m.type !== 'ORG' || !m.entity) continue;
    const e = ctx.entities.get(m.entity);
    if (!e || THE_PAPER.test(e.name)) continue;
    if (!head || e.name.toLowerCase().split(/\s+/).includes(head)) return fromMention(ctx, m, 'body-reference');
  }
  return null;
}
const isModifier = (w: string) => !STOP.test(w) && !/(?:ly|ing)$/.test(w);

/** "The Economist", "Foreign Policy Analysts": a capitalized head after a capitalized word is a name, not a noun. */
const properHead = (ws: Word[], w: Word) => {
  const i = ws.indexOf(w);
  return i > 0 && /^[A-Z][a-z]/.test(w.text) && SOURCE_NOUNS.has(w.text.toLowerCase()) && /[A-Z]/.test(ws[i - 1]!.text);
};

/** The phrase whose head is ws[k]: its determiner and modifiers before it, through the last word of `ws`. */
function phraseAt(ws: Word[], k: number): Phrase {
  let j = k - 1;
  let det: string | null = null;
  while (j >= 0 && k - j <= 4) {
    const w = ws[j]!.text;
    if (DETERMINERS.test(w)) {
      det = w;
      break;
    }
    if (!isModifier(w)) break;
    j--;
  }
  return { det, start: ws[j + 1]!.start, end: ws[ws.length - 1]!.end, head: ws[k]!.text };
}

/**
 * The phrases that may end at the last word of `ws`, the likeliest first: a head noun at the end,
 * else a head with a short phrase after it ("an employee at a Shenzhen-based fund", where "fund"
 * is no source but "employee" is).
 */
function phrasesEndingAt(ctx: ParagraphContext, ws: Word[]): Phrase[] {
  // A head word inside a name is no head: "the National Bureau of Statistics".
  const named = (w: Word) => nameAt(ctx, w.start) !== undefined || properHead(ws, w);
  // "Customs said": a local body's head capitalized only as the sentence's first word.
  const head = (w: Word) =>
    isHead(w.text) || (LOCAL_HEADS.has(w.text.toLowerCase()) && sentenceAt(ctx, w.start).start === w.start);
  const out: Phrase[] = [];
  for (let j = ws.length - 1; j >= Math.max(0, ws.length - 10); j--) {
    if (head(ws[j]!) && !named(ws[j]!) && (j === ws.length - 1 || PP_START.test(ws[j + 1]!.text)))
      out.push(phraseAt(ws, j));
  }
  return out;
}

const phraseEndingAt = (ctx: ParagraphContext, ws: Word[]): Phrase | null => phrasesEndingAt(ctx, ws)[0] ?? null;

/** What the first phrase that names anything names: an issued document's issuer, else a role, a body, a state or an unnamed source. */
function readPhrases(ctx: ParagraphContext, phrases: Phrase[]): { phrase: Phrase; found: Found[] } | null {
  for (const phrase of phrases) {
    const group = groupReference(ctx, phrase);
    if (group.length) return { phrase, found: group };
    const issued = documentIssuers(ctx, phrase);
    if (issued.length) return { phrase, found: issued };
    const f = classify(ctx, phrase);
    if (f) return { phrase, found: [f] };
  }
  return null;
}

/** Words that a name owns when written "X's …": "Zhang's analysis showed", "the ministry's spokesperson said". */
const OWNED = new Set([
  ...issuedDocuments,
  ...bodyRoles,
  'remarks',
  'comments',
  'words',
  'data',
  'figures',
  'statistics',
  'findings',
  'estimates',
  'research',
  'team',
  'website',
  'account',
  // "the ministry's spokesperson office", "the bureau's press office".
  'office',
]);

/** "Zhang's analysis highlighted", "the Harbin Trade Bureau's spokesperson said": the owner named before "'s" speaks. */
function possessiveOwner(ctx: ParagraphContext, from: number, ws: Word[]): Found | null {
  const head = ws[ws.length - 1]!;
  if (!OWNED.has(head.text.toLowerCase())) return null;
  const before = ctx.masked.slice(Math.max(from, head.start - 60), head.start);
  // "X's official Weibo account": a platform's name may stand among the words owned.
  const m = /['’]s\s+(?:(?:[a-z][\w-]*|WeChat|Weibo|Twitter|X|Facebook|YouTube|Douyin|TikTok)\s+){0,3}$/.exec(before);
  if (!m) return null;
  const f = ownerEndingAt(ctx, from, head.start - m[0].length);
  return f ? { ...f, span: { start: f.span.start, end: head.end } } : null;
}

/**
 * Who owns what follows the "'s" at `at`: a name ending there, "the bureau" (the body named
 * before), "the paper" (its issuer).
 */
export function ownerEndingAt(ctx: ParagraphContext, from: number, at: number): Found | null {
  // "the Ministry of Foreign Affairs spokesperson's office": the body whose spokesperson it is.
  const role = /\s+(?:spokesperson|spokesman|spokeswoman)$/.exec(ctx.masked.slice(Math.max(from, at - 14), at));
  if (role) at -= role[0].length;
  const name = nameEndingAt(ctx, at);
  const f = name && fromMention(ctx, name, 'possessive-owner');
  if (f) return { ...f, span: { start: name!.start, end: at }, rule: 'possessive-owner' };
  const noun = /\bthe\s+([a-z]+)$/i.exec(ctx.masked.slice(Math.max(from, at - 40), at));
  const word = noun?.[1]?.toLowerCase() ?? '';
  const span = { start: at - word.length, end: at };
  // "the paper's claims": the paper's issuer, before "paper" is read as a newspaper.
  const issued = noun ? documentIssuers(ctx, { det: 'the', start: span.start, end: at, head: word }) : [];
  if (issued.length === 1) return { ...issued[0]!, span, rule: 'possessive-owner' };
  if (ISSUED.has(word) || !(BODY_NOUNS.has(word) || ORG_HEAD_WORDS.has(word))) return null;
  const body = bodyBefore(ctx, at, BODY_NOUNS.has(word) ? '' : word);
  return body ? { ...body, span, rule: 'possessive-owner' } : null;
}

/** How many people back "the 71-year-old Croatian" may refer to. */
const DESCRIBED_REACH = 8;

/** What the words around a person's mentions before `at` say of them: the same age or nationality, another age, or nothing. */
function description(
  ctx: ParagraphContext,
  id: string,
  at: number,
  age?: string,
  nation?: string,
): 'match' | 'clash' | '' {
  let out: 'match' | 'clash' | '' = '';
  const from = mentionIndexBefore(ctx, at);
  for (let i = from; i >= 0 && i > from - LOOK_BACK; i--) {
    const m = ctx.mentions[i]!;
    if (m.entity !== id) continue;
    const text = m.paragraph === ctx.paragraph ? ctx.masked : (ctx.paragraphs[m.paragraph] ?? '');
    const around = text.slice(Math.max(0, m.start - 40), m.end + 40);
    for (const a of around.matchAll(/\b(\d{1,3})-year-old\b|,\s+(\d{1,3}),/g)) {
      if (!age) continue;
      if ((a[1] ?? a[2]) === age) return 'match';
      out = 'clash';
    }
    // A nationality only confirms: "Chinese national team head coach" says nothing of the coach's own.
    if (nation && new RegExp(`\\b${nation}\\b`).test(around)) return 'match';
  }
  return out;
}

/**
 * "the 71-year-old Croatian": the person named before whom the article describes so, else the
 * last one who spoke, else the last one named, passing over anyone given another age and anyone
 * this paragraph quotes about.
 */
function describedAs(ctx: ParagraphContext, at: number, age?: string, nation?: string): Found | null {
  const seen = new Set<string>();
  let named: string | undefined;
  const from = mentionIndexBefore(ctx, at);
  // A few people back at most: each is weighed over its own mentions (a long page stays linear).
  for (let i = from; i >= 0 && i > from - LOOK_BACK && seen.size < DESCRIBED_REACH; i--) {
    const m = ctx.mentions[i]!;
    if (m.type !== 'PERSON' || !m.entity || seen.has(m.entity)) continue;
    seen.add(m.entity);
    if (m.paragraph === ctx.paragraph && insideQuote(ctx, m.start)) continue;
    const said = description(ctx, m.entity, at, age, nation);
    if (said === 'match') return personFound(ctx, m.entity);
    if (said === '' && !named) named = m.entity;
  }
  for (let i = ctx.speakers.length - 1; i >= 0 && i >= ctx.speakers.length - DESCRIBED_REACH; i--) {
    const id = ctx.speakers[i]!.entity;
    if (description(ctx, id, at, age, nation) !== 'clash') return personFound(ctx, id);
  }
  return named ? personFound(ctx, named) : null;
}

/** "the 71-year-old Croatian", "the Croatian": a person named before. */
function describedPerson(ctx: ParagraphContext, ws: Word[]): Found | null {
  const n = ws.length;
  const last = ws[n - 1];
  if (!last || n < 2) return null;
  const aged = n >= 3 && /^\d+-year-old$/.test(ws[n - 2]!.text) && /^the$/i.test(ws[n - 3]!.text);
  const demonym = /^the$/i.test(ws[n - 2]!.text) && DEMONYMS.has(last.text);
  if (!aged && !demonym && !(/^\d+-year-old$/.test(last.text) && /^the$/i.test(ws[n - 2]!.text))) return null;
  const age = /^(\d+)-year-old$/.exec(aged ? ws[n - 2]!.text : last.text)?.[1];
  const person =
    describedAs(ctx, ws[0]!.start, age, demonym ? last.text : undefined) ?? personBefore(ctx, ws[0]!.start, '');
  const from = ws[aged ? n - 3 : n - 2]!.start;
  return person && { ...person, span: { start: from, end: last.end }, rule: 'role-reference' };
}

const PREPOSITION =
  /^(?:by|of|on|about|to|for|against|from|at|in|into|over|toward|towards|than|like|as|between|among|with|under|behind)$/i;

/**
 * The source named by the words of [from, to) that end right before a cue; none when those words
 * are the object of a preposition ("the remarks by the Japanese side reveal"), but "with
 * analysts saying" speaks.
 */
export function sourceEndingAt(ctx: ParagraphContext, from: number, to: number, cue = ''): Found[] {
  const found = subjectEndingAt(ctx, from, to, cue);
  const first = found[0];
  if (!first) return found;
  const before = wordsIn(ctx.masked, from, first.span.start).filter((w) => w.end <= first.span.start);
  while (before.length && DETERMINERS.test(before[before.length - 1]!.text)) before.pop();
  const word = before[before.length - 1]?.text ?? '';
  // "with analysts saying", "to a commenter urging": a participle right after its noun.
  // "posted videos on social media expressing": after "on", "in", "at" the participle is the poster's.
  const participle =
    /ing$/.test(cue) && !/,\s*$/.test(ctx.masked.slice(from, to)) && !/^(?:on|in|at|across)$/i.test(word);
  // "a survey by X showed", "data released by X on Tuesday showed": the issuer speaks.
  if (
    word.toLowerCase() === 'by' &&
    first.kind !== 'unnamed' &&
    ISSUED_BY.test(ctx.masked.slice(from, first.span.start))
  )
    return found.map((f) => ({ ...f, rule: 'issued-by' }));
  if (PREPOSITION.test(word) && !participle) {
    const head = before[before.length - 2]?.text.toLowerCase() ?? '';
    // "officials from the Yichun culture and tourism bureau said", "the press office of X said": the body's officials speak for it.
    const office = SPEAKING_OFFICE.test(ctx.masked.slice(from, first.span.start));
    if (first.kind === 'organization' && (BODY_ROLES.has(head) || office) && /^(?:of|for|with|at|from)$/i.test(word))
      return found.map((f) => ({ ...f, rule: f.rule === 'unlisted-body' ? f.rule : 'body-speaker' }));
    // "A statement on the ministry's website said": what was posted there is the owner's.
    if (first.rule === 'possessive-owner' && /^(?:on|in|at)$/i.test(word) && BODY_ROLES.has(head)) return found;
    // "Many on social media said", "some of the experts said": the people before the place speak.
    if (/^(?:on|in|at|across|of)$/i.test(word) && before.length > 1) {
      const [people, ...more] = subjectEndingAt(ctx, from, before[before.length - 1]!.start - 1, cue);
      const noun = people?.source.split(' ').pop()?.toLowerCase() ?? '';
      if (people?.kind === 'unnamed' && !more.length && SOURCE_NOUNS.has(noun))
        return [{ ...people, span: { start: people.span.start, end: first.span.end } }];
    }
    // "companies such as A and B said", "giants like A and B": the named members speak.
    const member = /^like$/i.test(word) || (/^as$/i.test(word) && /^such$/i.test(head));
    if (member && found.every((f) => f.kind !== 'unnamed')) return found;
    return [];
  }
  return found;
}

/** What a body issues and a "by" names the issuer of: "a report by", "data released by". */
const ISSUED_BY = new RegExp(
  `\\b(?:${any([...issuedDocuments, 'data', 'statistics', 'figures', 'findings', 'estimates'])})\\s+(?:[a-z]+\\s+){0,3}by\\s+(?:the\\s+)?$`,
  'i',
);
/** "scholars interviewed by the Global Times said": the phrase after the speaker is no source. */
const REACHED_BY = /\s+(?:interviewed|contacted|reached|polled|surveyed|approached|consulted|cited|quoted)\s+by\b/;

/** "the Cairo Declaration": a capitalized name holding a document word, ending at `end`. */
function documentEndingAt(ctx: ParagraphContext, from: number, end: number): Found | null {
  const floor = Math.max(from, end - 120);
  if (!DOCUMENT_NAME.test(ctx.masked.slice(floor, end))) return null;
  const run = /((?:[A-Z][\w'’-]*(?:\s+(?:of|on|and|the|for)\s+|\s+))*[A-Z][\w'’-]*)$/.exec(
    ctx.masked.slice(floor, end),
  );
  if (!run || !DOCUMENT_NAME.test(run[1]!) || !run[1]!.includes(' ')) return null;
  // The name as written, without a leading article.
  const source = run[1]!.replace(/^The\s+/, '');
  return { kind: 'unnamed', source, span: { start: end - source.length, end }, rule: 'named-document' };
}

/** "Documents such as the A Declaration, the B Proclamation, and the C Charter": one source each. */
function documentsEndingAt(ctx: ParagraphContext, from: number, end: number): Found[] {
  const last = documentEndingAt(ctx, from, end);
  if (!last) return [];
  const out = [last];
  const floor = ctx.sentences.find((x) => end > x.start && end <= x.end)?.start ?? 0;
  let at = last.span.start;
  for (;;) {
    const gap = /,?\s*(?:and\s+)?(?:the\s+)?$/.exec(ctx.masked.slice(floor, at))!;
    const comma = ctx.masked.lastIndexOf(',', at);
    if (comma < floor || !gap[0].includes(',')) break;
    const prev = documentEndingAt(ctx, floor, comma);
    if (!prev) break;
    out.unshift(prev);
    at = prev.span.start;
  }
  return out;
}

/** The words before a cue, without the adverbs and the time between the subject and its verb. */
function subjectWords(ctx: ParagraphContext, from: number, to: number): Word[] {
  const reached = REACHED_BY.exec(ctx.masked.slice(from, to));
  if (reached) to = from + reached.index;
  // "Li Ming (pseudonym), a resident, told": a bracket after the subject is no part of it.
  const bracket = /\s*\([^()]*\)\s*$/.exec(ctx.masked.slice(from, to));
  if (bracket && bracket.index > 0) to = from + bracket.index;
  const time = TIME_AFTER.exec(ctx.masked.slice(from, to));
  const ws = wordsIn(ctx.masked, from, to).filter((w) => w.end <= to);
  for (;;) {
    while (ws.length && isFiller(ws[ws.length - 1]!.text)) ws.pop();
    if (!time || !ws.length || ws[ws.length - 1]!.start < from + time.index) return ws;
    while (ws.length && ws[ws.length - 1]!.start >= from + time.index) ws.pop();
  }
}

/** "He said" is a pronoun, though He is a family name too. */
const PRONOUN = /^(?:He|She|It|We|They|You|I)$/;

/** Readings of the words before a cue that need no head noun: a local body, a surname alone. */
function bareSubject(ctx: ParagraphContext, from: number, ws: Word[]): Found | null {
  const end = ws[ws.length - 1]!.end;
  let tail = LOCAL_TAIL.exec(ctx.masked.slice(from, end));
  // "Hainan's tourism and culture department": the place before "'s" owns the body.
  if (!(tail && nameEndingAt(ctx, from + tail.index))) tail = possessiveTail(ctx.masked.slice(from, end)) ?? tail;
  // "Harbin customs officials", "Harbin customs data": a local body's officials or data speak for it.
  const role = !tail && ws.length > 1 && BODY_ROLES.has(ws[ws.length - 1]!.text.toLowerCase());
  if (role) tail = LOCAL_TAIL.exec(ctx.masked.slice(from, ws[ws.length - 2]!.end));
  const body = tail && nameEndingAt(ctx, from + tail.index);
  const local = body && localBody(ctx, body);
  if (local) return role ? { ...local, span: { start: local.span.start, end }, rule: 'body-speaker' } : local;
  // "Zhou said": a family name alone opening the clause, the entity layer having missed it.
  const only = ws.length === 1 ? ws[0]!.text : '';
  if (!SURNAMES.has(only) || PRONOUN.test(only) || nameEndingAt(ctx, end)) return null;
  const fits = [...ctx.entities.values()].find((e) => e.type === 'PERSON' && e.name.split(/[\s-]+/).includes(only));
  const span = { start: ws[0]!.start, end };
  return fits
    ? { kind: 'person', source: fits.name, span, entity: fits.id, rule: 'surname' }
    : { kind: 'person', source: only, span, rule: 'surname' };
}

function possessiveTail(text: string): RegExpExecArray | null {
  const m = POSSESSIVE_TAIL.exec(text);
  return m && plainWords(m[1]!) ? m : null;
}

/** "the Qitaihe city government and the Qitaihe police said": each local body before "and" speaks too. */
function localGroup(ctx: ParagraphContext, from: number, last: Found): Found[] {
  const out = [last];
  for (let at = last.span.start; out.length < 6; ) {
    const join = /(?:,|,?\s+and)\s+(?:the\s+)?$/.exec(ctx.masked.slice(Math.max(from, at - 12), at));
    if (!join) break;
    const end = at - join[0].length;
    const tail = LOCAL_TAIL.exec(ctx.masked.slice(from, end));
    const body = tail && nameEndingAt(ctx, from + tail.index);
    const f = body && localBody(ctx, body);
    if (!f || f.span.end !== end) break;
    out.unshift(f);
    at = f.span.start;
  }
  return out;
}

/** "international treaties and historical records demonstrate": one unnamed source each. */
function unnamedGroup(ctx: ParagraphContext, ws: Word[], f: Found): Found[] {
  const k = ws.findIndex((w) => w.start >= f.span.start);
  if (k < 2 || ws[k - 1]!.text !== 'and') return [f];
  const phrase = phraseEndingAt(ctx, ws.slice(0, k - 1));
  const g = phrase && ws[k - 2]!.end === phrase.end ? classify(ctx, phrase) : null;
  return g?.kind === 'unnamed'
    ? [
        { ...g, rule: 'unnamed-group' },
        { ...f, rule: 'unnamed-group' },
      ]
    : [f];
}

function subjectEndingAt(ctx: ParagraphContext, from: number, to: number, cue = ''): Found[] {
  const ws = subjectWords(ctx, from, to);
  if (!ws.length) return [];
  const end = ws[ws.length - 1]!.end;
  const bare = bareSubject(ctx, from, ws);
  if (bare) return bare.rule === 'local-body' ? localGroup(ctx, from, bare) : [bare];
  const m = nameEndingAt(ctx, end);
  const afterPreposition =
    m && /\b(?:in|at|from|of|on|with|for|near)\s+(?:the\s+)?$/.test(ctx.masked.slice(from, m.start));
  if (m && !afterPreposition) {
    const f = fromMention(ctx, m, 'named');
    if (
      f?.kind === 'organization' &&
      /\b(?:spokesperson|spokesman|spokeswoman|official|officials)\s+(?:for|of|with|at|from)\s+(?:the\s+)?$/.test(
        ctx.masked.slice(from, m.start),
      )
    )
      return [{ ...f, rule: 'body-speaker' }];
    if (f) return groupBefore(ctx, m, f);
  }
  // "The press office of the Harbin Trade Bureau said": the body's speaking office speaks for it.
  if (m && afterPreposition && SPEAKING_OFFICE.test(ctx.masked.slice(from, m.start))) {
    const f = fromMention(ctx, m, 'body-speaker');
    if (f?.kind === 'organization') return [{ ...f, rule: 'body-speaker' }];
  }
  const last = ws[ws.length - 1]!;
  // "the latter", "the former": the last or the one before of the two people named last.
  if (/^(?:latter|former)$/i.test(last.text) && /^the$/i.test(ws[ws.length - 2]?.text ?? '')) {
    const p = lastPeople(ctx, ws[ws.length - 2]!.start)[/^latter$/i.test(last.text) ? 0 : 1];
    return p ? [{ ...p, span: { start: ws[ws.length - 2]!.start, end: last.end }, rule: 'role-reference' }] : [];
  }
  if (/^(?:he|she)$/i.test(last.text)) {
    const p = personBefore(ctx, last.start);
    return p ? [{ ...p, span: { start: last.start, end: last.end } }] : [];
  }
  // "It said": the organization named last, when "it" opens the clause and the verb is one of speech.
  if (/^it$/i.test(last.text) && ws.length === 1 && !/^(?:show|found|indicat|suggest|reveal|mean)/.test(cue)) {
    const body = bodyBefore(ctx, last.start, '', true);
    return body ? [{ ...body, span: { start: last.start, end: last.end }, rule: 'pronoun' }] : [];
  }
  const described = describedPerson(ctx, ws);
  if (described) return [described];
  const documents = documentsEndingAt(ctx, from, end);
  if (documents.length) return documents;
  const owner = possessiveOwner(ctx, from, ws);
  if (owner) return [owner];
  const phrases = phrasesEndingAt(ctx, ws);
  const read = readPhrases(ctx, phrases);
  const f = read?.found.length === 1 ? read.found[0]! : null;
  if (read && !f) return read.found;
  if (f?.kind === 'unnamed' && read) {
    const provider = providerOf(ctx, read.phrase);
    if (provider) return provider;
    // "X published an editorial arguing…": the one who issued the document speaks.
    const issuer = issuerOfObject(ctx, from, read.phrase);
    if (issuer.length) return issuer;
    return unnamedGroup(ctx, ws, f);
  }
  // "The Chinese Embassy in the Philippines said": the name before the place it is in.
  if (!f && m && afterPreposition) {
    const cut = /\s+(?:in|at|from|of|on|with|for|near)\s+(?:the\s+)?$/.exec(ctx.masked.slice(from, m.start));
    const named = cut ? subjectEndingAt(ctx, from, from + cut.index) : [];
    if (named.some((x) => x.kind === 'organization' || x.kind === 'person')) return named;
  }
  // "the Maoyan platform showed": a provider the entity layer does not know.
  const platform = !f && phrases[0] ? providerOf(ctx, phrases[0]) : null;
  return f ? [f] : (platform ?? []);
}

const SPEAKING_OFFICE =
  /^\s*(?:the\s+)?(?:press|spokesperson['’]s|spokesperson|media|information|news)\s+office\s+(?:of|for|at)\s+(?:the\s+)?$/i;

/** The source named by the words from `from` up to `to` (after a cue: "said the shop owner", "according to data from X"). */
export function sourceStartingAt(ctx: ParagraphContext, from: number, to: number, through: boolean): Found[] {
  let ws = wordsIn(ctx.masked, from, to).filter((w) => w.end <= to);
  // "according to the report": the report's issuer, before "report" is read through.
  const the = ws[0]?.text.toLowerCase() === 'the' ? ws.findIndex((w) => ISSUED.has(w.text)) : -1;
  if (the > 0 && the <= 2) {
    const issued = documentIssuers(ctx, { det: 'the', start: ws[1]!.start, end: ws[the]!.end, head: ws[the]!.text });
    if (issued.length) return issued;
  }
  // Read through "a statement released by"; but "the company" keeps its "the".
  const through1 = (w: Word, next: Word) =>
    THROUGH.has(w.text.toLowerCase()) && !(DETERMINERS.test(w.text) && !THROUGH.has(next.text.toLowerCase()));
  // "a notice on the bureau's official account" keeps "notice": where it was posted names its owner.
  const posted = () => POSTED_ON.test(ctx.masked.slice(ws[0]!.start, to));
  if (through) while (ws.length > 1 && through1(ws[0]!, ws[1]!) && !posted()) ws = ws.slice(1);
  const first = ws[0];
  if (!first) return [];
  // "He" may open a name ("He Yadong"): then it is the person's.
  if (
    /^(?:he|she|him|her)$/i.test(first.text) &&
    nameAt(ctx, first.start)?.type !== 'PERSON' &&
    !(ws[1] && /^[a-z]/.test(ws[1].text) && /^her$/i.test(first.text))
  ) {
    const p = personBefore(ctx, first.start);
    return p ? [{ ...p, span: { start: first.start, end: first.end } }] : [];
  }
  let k = -1;
  for (let j = 0; j < Math.min(ws.length, 6); j++) {
    if (isHead(ws[j]!.text)) {
      k = j;
      break;
    }
  }
  // The first person or organization within the phrase's first words ("platform Maoyan"), unless
  // a head noun comes first ("a spokesperson for China's Ministry of Foreign Affairs").
  const limit = ws[Math.min(ws.length - 1, through ? 5 : 3)]!.end;
  const names = namesFrom(ctx, first.start, limit);
  for (const [i, m] of names.entries()) {
    if (m.end > to) continue;
    // "spokesperson Lin Jian", "Harbin Motors CEO Zhou Mingyuan": a role right before a person's name is the person's.
    const titled = m.type === 'PERSON' && roleBefore(ctx, first.start, m.start);
    if (k >= 0 && ws[k]!.start < m.start && !titled) {
      const phrase = headPhrase(ctx, ws);
      if (phrase.length) return phrase;
    }
    // "by China's Ministry of Commerce": the body, not the country before it.
    if (names[i + 1] && /^['’]s\s/.test(ctx.masked.slice(m.end, m.end + 3))) continue;
    const next = names[i + 1];
    if (m.type === 'ORG' && next?.type === 'PERSON' && next.end <= to && roleBefore(ctx, m.end, next.start)) continue;
    const f = fromMention(ctx, m, 'named');
    if (f) return through ? groupAfter(ctx, m, f, to) : [f];
  }
  return unlistedBody(ctx, ws, through) ?? headPhrase(ctx, ws);
}

/** Whether the words of [from, to) end in a role word, with only title words between it and `to` ("CEO", "Foreign Ministry spokesperson"). */
function roleBefore(ctx: ParagraphContext, from: number, to: number): boolean {
  const ws = wordsIn(ctx.masked, from, to).slice(-4);
  if (!ws.length || !/^\s+$/.test(ctx.masked.slice(ws[ws.length - 1]!.end, to))) return false;
  // Words only, no comma or clause between: "Harbin Motors CEO Zhou", not "Harbin Motors, said Zhou".
  if (/[,;:()\uE000]/.test(ctx.masked.slice(ws[0]!.start, to))) return false;
  const last = ws[ws.length - 1]!.text;
  return ROLE_WORDS.has(last.toLowerCase()) || BODY_ROLES.has(last.toLowerCase()) || /^(?:CEO|CFO|CTO|COO)$/.test(last);
}

/**
 * "citing iiMedia Research", "according to the Harbin Ports Office": after a cue, a run of two or
 * more capitalized words the entity layer did not name is an organization, as written.
 */
function unlistedBody(ctx: ParagraphContext, ws: Word[], through: boolean): Found[] | null {
  if (!through) return null;
  const start = /^the$/i.test(ws[0]!.text) ? 1 : 0;
  let end = start;
  let capitals = 0;
  for (; end < ws.length; end++) {
    const w = ws[end]!.text;
    if (/[A-Z]/.test(w)) capitals++;
    else if (!(/^(?:of|and|for|on)$/.test(w) && ws[end + 1] && /^[A-Z]/.test(ws[end + 1]!.text))) break;
  }
  // One word is a body only as a data provider: "data from Maoyan", "the Maoyan platform".
  const one = ws[start] && capitals === 1 && end === start + 1 ? ws[start] : undefined;
  const provider =
    one &&
    (DATA_FROM.test(ctx.masked.slice(Math.max(0, one.start - 40), one.start)) ||
      PLATFORM_AFTER.test(ctx.masked.slice(one.end, one.end + 12)));
  if (provider) return bareProvider(ctx, one);
  if (capitals < 2 || !ws[end - 1] || DEMONYMS.has(ws[start]!.text)) return null;
  const span = { start: ws[start]!.start, end: ws[end - 1]!.end };
  if (namesFrom(ctx, span.start, span.end).length) return null;
  return [{ kind: 'organization', source: ctx.text.slice(span.start, span.end), span, rule: 'unlisted-body' }];
}

const DATA_FROM = /\b(?:data|figures|statistics|estimates)\s+(?:\w+\s+)?(?:from|by)\s+(?:the\s+)?$/i;
const PLATFORM_AFTER = /^\s+(?:platform|app|website)\b/;
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** "Data from Maoyan showed", "Maoyan's data shows": a data provider the entity layer did not name. */
const PROVIDER_SUBJECT =
  /^(?:(?:the|latest|new|official)\s+)*(?:data|figures|statistics|estimates)\s+(?:from|by)\s+(?:the\s+)?([\w-]+)$|^([\w-]+)(?:['’]s)?\s+(?:(?:latest|new|official)\s+)?(?:data|figures|statistics|estimates)$|^(?:the\s+)?([\w-]+)\s+platform$/i;

/** One capitalized word no entity, place, demonym or date: an organization as written (a data provider). */
function bareProvider(ctx: ParagraphContext, w: Word): Found[] | null {
  if (!/^(?:[A-Z][a-z][A-Za-z]*|[a-z]+[A-Z][A-Za-z]*)$/.test(w.text)) return null;
  if (DEMONYMS.has(w.text) || CALENDAR.test(w.text) || isState(w.text)) return null;
  if (namesFrom(ctx, w.start, w.end).length) return null;
  return [{ kind: 'organization', source: w.text, span: { start: w.start, end: w.end }, rule: 'unlisted-body' }];
}

/** The data provider a subject phrase names ("Data from Maoyan", "Maoyan's data"), if any. */
function providerOf(ctx: ParagraphContext, p: Phrase): Found[] | null {
  const m = PROVIDER_SUBJECT.exec(ctx.masked.slice(p.start, p.end));
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!m || !name) return null;
  const start = p.start + m[0].indexOf(name, m[1] ? m[0].length - name.length : 0);
  // "Maoyan data", "Maoyan platform" name a provider only where a capital is no sentence's ("Industry data shows").
  if (!m[1] && !/['’]s\s/.test(m[0]) && sentenceAt(ctx, start).start === start) return null;
  return bareProvider(ctx, { text: name, start, end: start + name.length });
}

function headPhrase(ctx: ParagraphContext, ws: Word[]): Found[] {
  const first = ws[0]!;
  const det = DETERMINERS.test(first.text) ? first.text : null;
  const start = det && ws[1] ? ws[1].start : first.start;
  const phrases: Phrase[] = [];
  for (let j = 0; j < Math.min(ws.length, 6); j++) {
    if (!isHead(ws[j]!.text)) continue;
    // A compound's last noun is its head: "customs authorities", "government officials".
    let k = j;
    while (ws[k + 1] && isHead(ws[k + 1]!.text) && !PP_START.test(ws[k + 1]!.text)) k++;
    const end = ws[k + 1] && PP_START.test(ws[k + 1]!.text) ? Math.min(ws.length - 1, k + 9) : k;
    phrases.push({ det, start, end: ws[end]!.end, head: ws[k]!.text });
    j = k;
  }
  const read = readPhrases(ctx, phrases);
  // "according to Maoyan data": the provider the unnamed data phrase names.
  if (read?.found.length === 1 && read.found[0]!.kind === 'unnamed') return providerOf(ctx, read.phrase) ?? read.found;
  return read?.found ?? [];
}

const asIssuer = (f: Found | null) =>
  f && f.kind !== 'unnamed' ? [{ kind: f.kind, source: f.source, entity: f.entity }] : [];

/** The subject of "published/released/issued" when its object is the document phrase `p` ("an editorial", "a report"). */
function issuerOfObject(ctx: ParagraphContext, from: number, p: Phrase): Found[] {
  if (!ISSUED.has(p.head.toLowerCase()) || p.det?.toLowerCase() === 'the') return [];
  const verb = /\b(?:published|released|issued|posted|unveiled|put out)\s+(?:a|an|its|their|his|her)?\s*$/.exec(
    ctx.masked.slice(from, p.start),
  );
  if (!verb) return [];
  const found = subjectEndingAt(ctx, from, from + verb.index);
  return found.filter((f) => f.kind !== 'unnamed').map((f) => ({ ...f, rule: 'issued-by' as const }));
}

/** "Japan's latest defense white paper": the name before "'s" and lowercase words. */
function possessiveIssuer(ctx: ParagraphContext, at: number): IssuedDocument['issuers'] {
  const m = /['’]s\s+(?:[a-z][\w-]*\s+){0,4}$/.exec(ctx.masked.slice(Math.max(0, at - 60), at));
  if (!m) return [];
  const name = nameEndingAt(ctx, at - m[0].length);
  return name ? asIssuer(fromMention(ctx, name, 'named')) : [];
}

/** "a survey released on Sunday by X and Y", 'an article entitled "…" by Z': the names after "by". */
function byIssuers(ctx: ParagraphContext, end: number): IssuedDocument['issuers'] {
  const m = /^(?:\s+(?:[\w-]+|\uE000+)){0,6}?\s+by\s+/.exec(ctx.masked.slice(end, end + 120));
  if (!m) return [];
  const from = end + m[0].length;
  return sourceStartingAt(ctx, from, clauseEndAfter(ctx, from), true).flatMap(asIssuer);
}

const clauseEndAfter = (ctx: ParagraphContext, from: number) => {
  const i = ctx.masked.slice(from, from + 200).search(/[,;:.()]/);
  return i < 0 ? Math.min(ctx.masked.length, from + 200) : from + i;
};

/**
 * The document at `at` is the subject's when `verb` (ending right before it, within `reach`)
 * matches: the subject runs from the sentence's start, or the last of `stops`, to the verb.
 */
function issuersBeforeVerb(
  ctx: ParagraphContext,
  at: number,
  reach: number,
  verb: RegExp,
  stops: readonly string[],
): IssuedDocument['issuers'] {
  const floor = Math.max(0, at - reach);
  const m = verb.exec(ctx.masked.slice(floor, at));
  if (!m) return [];
  const verbAt = floor + m.index;
  let from = sentenceAt(ctx, verbAt).start;
  for (const c of stops) from = Math.max(from, ctx.masked.lastIndexOf(c, verbAt) + 1);
  return subjectEndingAt(ctx, from, verbAt).flatMap(asIssuer);
}

/** "The ministry issued a statement on Monday": the subject of the verb that issued the document at `at`. */
const subjectIssuers = (ctx: ParagraphContext, at: number) =>
  issuersBeforeVerb(ctx, at, 120, ISSUED_BY_SUBJECT, [',', ';', ':']);
const ISSUED_BY_SUBJECT =
  /\b(?:issued|released|published|put out|posted|sent|delivered|unveiled)\s+(?:a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}$/;

/** "a report Maoyan released on Thursday", "the survey that the bureau published": the subject of the clause after it. */
function relativeIssuers(ctx: ParagraphContext, end: number): IssuedDocument['issuers'] {
  const m = RELATIVE_ISSUED.exec(ctx.masked.slice(end, end + 100));
  if (!m) return [];
  const from = end + m[0].indexOf(m[1]!);
  return subjectEndingAt(ctx, from, from + m[1]!.length).flatMap(asIssuer);
}
const RELATIVE_ISSUED =
  /^\s+(?:that\s+|which\s+)?((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:released|published|issued|put out|compiled|unveiled|conducted)\b/;

/** "X said in a statement", "X announced in a press release": the statement is the subject's. */
const saidInIssuers = (ctx: ParagraphContext, at: number) =>
  issuersBeforeVerb(ctx, at, 100, SAID_IN, [',', ';', ':', '\uE000']);
const SAID_IN =
  /\b(?:said|says|stated|announced|noted|stressed|added|wrote|warned|claimed|explained|disclosed|revealed|urged|reiterated|emphasized)\s+(?:[^,;.\uE000]{0,40}?\s)?in\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$/;

/** "In a statement on its website, the ministry said…", "Released by X, the report…": the sentence's subject or X. */
function openingIssuers(ctx: ParagraphContext, at: number, end: number): IssuedDocument['issuers'] {
  const sentence = sentenceAt(ctx, at);
  const opening = ctx.masked.slice(sentence.start, at);
  const by = /^(?:Released|Published|Issued|Compiled|Conducted|Prepared|Written)\s+by\s+/.exec(opening);
  if (by) {
    const from = sentence.start + by[0].length;
    return sourceStartingAt(ctx, from, clauseEndAfter(ctx, from), true).flatMap(asIssuer);
  }
  if (!/^In\s+(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$/.test(opening)) return [];
  const comma = ctx.masked.indexOf(',', end);
  const main = comma < 0 ? null : SUBJECT_THEN_VERB.exec(ctx.masked.slice(comma + 1, comma + 120));
  return main ? subjectEndingAt(ctx, comma + 1, comma + 1 + main[1]!.length).flatMap(asIssuer) : [];
}
const SUBJECT_THEN_VERB =
  /^(\s*[^,;.\uE000]{1,80}?)\s+(?:said|says|stated|announced|noted|stressed|added|wrote|warned|claimed|explained|disclosed|revealed|urged|reiterated|emphasized)\b/;

/** The documents this paragraph gives an issuer, in order. */
export function documentsIn(ctx: ParagraphContext): IssuedDocument[] {
  const out: IssuedDocument[] = [];
  for (const m of ctx.masked.matchAll(ISSUED_ALL)) {
    // A release is a document only as a press or news release ("the release of the film" is an event).
    if (m[0] === 'release' && !/\b(?:press|news)\s+$/i.test(ctx.masked.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const end = m.index + m[0].length;
    const issuers = possessiveIssuer(ctx, m.index);
    if (!issuers.length) issuers.push(...byIssuers(ctx, end));
    if (!issuers.length) issuers.push(...subjectIssuers(ctx, m.index));
    if (!issuers.length) issuers.push(...saidInIssuers(ctx, m.index));
    if (!issuers.length) issuers.push(...relativeIssuers(ctx, end));
    if (!issuers.length) issuers.push(...openingIssuers(ctx, m.index, end));
    if (issuers.length) out.push({ head: m[0], paragraph: ctx.paragraph, at: m.index, issuers });
  }
  return out;
}

/** "the survey", "the white paper": the issuer of the last such document given one, within a few paragraphs. */
function documentIssuers(ctx: ParagraphContext, p: Phrase): Found[] {
  if (p.det?.toLowerCase() !== 'the' || !ISSUED.has(p.head) || p.end - p.start > 30) return [];
  for (let i = ctx.documents.length - 1; i >= 0; i--) {
    const d = ctx.documents[i]!;
    if (d.paragraph < ctx.paragraph - DOCUMENT_REACH) break;
    if (d.head !== p.head || (d.paragraph === ctx.paragraph && d.at >= p.start)) continue;
    const span = { start: p.start, end: p.end };
    return d.issuers.map((x) => ({ ...x, span, rule: 'document-issuer' as const }));
  }
  return [];
}
