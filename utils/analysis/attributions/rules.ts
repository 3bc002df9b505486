/**
 * The attribution rules (issue 22), declared: each has a name (the `reason` or `sourceRule` of
 * what it makes), a one-line reason, made-up sentences where it fires and where it must not.
 * Three stages: a cue rule finds a statement and where its source stands; a source rule reads
 * who the source words name; a veto rule drops a statement the guide does not count.
 */

import { lastIndexWhere } from '../../binary-search';
import { ROLE_WORDS } from '../knowledge';
import { words as cuePhrases } from '../lexicon/cue-phrases.json';
import { words as reportingVerbs } from '../lexicon/reporting-verbs.json';
import type { RuleInfo } from '../rule';
import type { TextSpan } from '../types';
import { isUpper } from '../words';
import { insideQuote, nameAt, nameEndingAt, namesFrom, type ParagraphContext, sentenceAt } from './paragraph';
import { type Found, ownerEndingAt, sourceEndingAt, sourceStartingAt, wordsIn } from './sources';

export interface Cue {
  kind:
    | 'verb'
    | 'phrase'
    | 'label'
    | 'closing-label'
    | 'quoted-as'
    | 'put-it'
    | 'name-line'
    | 'colon-quote'
    | 'owned-claim';
  start: number;
  end: number;
  text: string;
  /** For "quoted X as saying", "as X put it": where X stands. */
  inner?: { start: number; end: number };
}

export interface CueRule extends RuleInfo {
  layer: 'attributions';
  stage: 'cue';
  /** The cue kinds it reads. */
  cues: Cue['kind'][];
  /** Whether it reads this cue (the first rule that does, in order, decides). */
  applies: (ctx: ParagraphContext, cue: Cue) => boolean;
  /** Who the cue gives the statement to. */
  read: (ctx: ParagraphContext, cue: Cue, earlier: readonly Found[]) => Found[];
}

export interface ReadRule extends RuleInfo {
  layer: 'attributions';
  stage: 'source' | 'veto';
}

/** Cue words and phrases by their first word, longest first: one word scan finds them all. */
function byFirstWord(forms: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of [...forms].sort((a, b) => b.length - a.length)) {
    const first = f.split(' ', 1)[0]!;
    out.set(first, [...(out.get(first) ?? []), f]);
  }
  return out;
}
const VERBS = byFirstWord(reportingVerbs);
const PHRASES = byFirstWord(cuePhrases);
/** A word's first and last letters (either case) and length, as one index into SHAPES. */
const shape = (first: number, last: number, length: number) =>
  ((first & 31) << 10) | ((last & 31) << 5) | Math.min(length, 31);
const SHAPES = new Uint8Array(1 << 15);
for (const w of [...VERBS.keys(), ...PHRASES.keys()])
  SHAPES[shape(w.charCodeAt(0), w.charCodeAt(w.length - 1), w.length)] = 1;

export interface CueWord {
  kind: 'verb' | 'phrase';
  start: number;
  end: number;
  text: string;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Reporting verbs (as written, lowercase) and cue phrases (any case) in a text, in order. A
 * scan of words and a lookup each: one regular expression of every form would try them all at
 * every letter.
 */
export function cueWords(text: string): CueWord[] {
  const out: CueWord[] = [];
  const take = (kind: CueWord['kind'], forms: string[] | undefined, start: number) => {
    if (!forms) return;
    for (const f of forms) {
      const end = start + f.length;
      if (end > text.length || isLetter(text.charCodeAt(end))) continue;
      const written = text.slice(start, end);
      if (f.length === 0 || (written !== f && written.toLowerCase() !== f)) continue;
      out.push({ kind, start, end, text: written });
      return;
    }
  };
  // Only words whose first letter and length some cue has are sliced and looked up.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) continue;
    let j = i + 1;
    while (j < text.length && isLetter(text.charCodeAt(j))) j++;
    if (SHAPES[shape(c, text.charCodeAt(j - 1), j - i)] && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) {
      const word = text.slice(i, j);
      // Verbs as written (lowercase); phrases also opening a sentence ("According to").
      take('verb', VERBS.get(word), i);
      take('phrase', PHRASES.get(isUpper(c) ? word.toLowerCase() : word), i);
    }
    i = j - 1;
  }
  return out;
}
const QUOTED_AS = /\b(quoted|cited)\s+(.{1,80}?)\s+as\s+(?:saying|stating)\b/g;
/** "In Li's view, …": the view is the owner's. */
const IN_VIEW = /\b[Ii]n\s+(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s\s+(view|opinion|words|assessment|eyes)\b/g;
const IN_VIEW_ANY = /['’]s\s+(?:view|opinion|words|assessment|eyes)\b/;
/** "Japan's claims that…": a source's statement noun with its content after it. */
const OWNED_CLAIM =
  /['’]s\s+(?:[a-z-]+\s+){0,2}?(claims?|remarks|statements?|assertions?|allegations?|accusations?|arguments?|warnings?|insistence|announcement)\s+(?:that\b|:)/g;
const OWNED_CLAIM_ANY = new RegExp(OWNED_CLAIM.source);
/**
 * '"…," the statement read', 'the notice read: "…"': "read" after a written thing, with its content
 * after or a quote before it, is the document's statement ("read aloud", "read by" are not).
 */
const READ =
  /\b(?:statement|notice|letter|message|announcement|post|document|caption|circular|bulletin|note|order|verdict|ruling|communique|communiqué|declaration|editorial|article|report|release)\b[^.;:\uE000]{0,60}?\sread(?=\s*(?::|,|\.|that\b|\uE000|$))/g;
/** "made a few vocal declarations of "…"", "made remarks that "…"": a statement noun made, then its quoted words. */
const MADE_STATEMENT =
  /\bmade\s+(?:[\w-]+\s+){0,3}?(?:declarations?|statements?|remarks|claims?|pledges?|promises?|accusations?|comments)\s+(?:of|that|about|on)\s+(?=\uE000)/g;
/** "are deeply worried about "…"", "is concerned that": a worry with its words quoted or its content after "that". */
const WORRIED =
  /\b(?:is|are|was|were|remain|remains)\s+(?:\w+ly\s+)?(?:worried|concerned)\s+(?:about\s+(?=\uE000)|that\b)/g;
/** ", per Bloomberg.": "per" then a name closing the sentence. */
const PER = /,\s+per\s+(?=[A-Z])/g;
const PUT_IT = /\b[Aa]s\s+([^,.;]{1,60}?)\s+(put it|puts it)\b/g;
/**
 * Verbs that follow their source when a quote or a comma comes first ('"…," said the owner',
 * '"…," warned analysts'): any reporting verb in the past, and "say(s)".
 */
const INVERTED = /^(?:said|says|say|told|wrote|thought|continued|\w+ed)$/;
/** A verb of posting and its object right before a participle, in one clause. */
const POSTED_THING =
  /\b(?:posted|left|wrote|shared|published|issued|sent|released|uploaded|put out)\s+(?:[\w'’-]+\s+){0,8}$/;
/** A verb right after a phrase: the phrase is a clause's subject. */
const CLAUSE_VERB = /^\s+(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should|must|did|does|do)\b/;
/** A relative clause's "who" right before its verb: "experts, who say". */
const RELATIVE = /,?\s+who\s+(?:\w+ly\s+|also\s+|have\s+|has\s+|had\s+)?$/;
/** Clauses that open a sentence without its subject: "Regarding this matter, …". */
const INTRO =
  /^(?:regarding|in|on|at|after|before|according|looking|asked|however|since|as|while|when|although|though|despite|for|with|without|during|amid|following|under|by|to|from|meanwhile|moreover|besides|also|but|and|yet|still|instead|then|now|earlier|later|last|this|recently|currently|today|speaking|reflecting|responding|commenting|noting|\w+ly|\w+ing)$/i;

/** Where a "that" opening the content stands after `from`, or the text's end. */
function afterThat(ctx: ParagraphContext, from: number): number {
  const that = ctx.masked.slice(from, from + 200).search(/\sthat\s/);
  return that < 0 ? ctx.masked.length : from + that;
}

/** Where the clause holding `at` begins: after a comma, semicolon, colon, bracket or quote. */
function clauseStart(ctx: ParagraphContext, sentenceStart: number, at: number): number {
  // A clause longer than this is no subject phrase: the bound keeps a page without punctuation linear.
  const floor = Math.max(sentenceStart, at - 400);
  for (let i = at - 1; i >= floor; i--) {
    const c = ctx.masked[i]!;
    // A bracket right after a name belongs to it: "The China Coast Guard (CCG) announced".
    if (c === ')' && /^\s*$/.test(ctx.masked.slice(i + 1, at))) {
      const open = ctx.masked.lastIndexOf('(', i);
      if (open >= floor) {
        i = open;
        continue;
      }
    }
    if (/[,;:()\uE000—]/.test(c)) return i + 1;
  }
  return floor;
}

function clauseEnd(ctx: ParagraphContext, from: number, end: number): number {
  // Within the sentence, and at most so far: a page without punctuation stays linear.
  const ceiling = Math.min(end, from + 400, sentenceAt(ctx, from).end);
  for (let i = from; i < ceiling; i++) if (/[,;:()\uE000—]/.test(ctx.masked[i]!)) return i;
  const dot = ctx.masked.slice(from, ceiling).search(/\.(?:\s|$)/);
  return dot < 0 ? ceiling : from + dot;
}

/** An apposition between two commas: "Gan Yu, a spokesperson for the CCG, said". */
const APPOSITION =
  /^\s*(?:a|an|the|who|which|whose|also|both|one|chief|head|director|deputy|vice|former|spokesperson|speaking|responding|commenting|reacting|asked|interviewed|[A-Z][\w-]*\s+(?:spokesperson|secretary|minister|president|director)|[A-Z][\w-]*['’]s\s+(?:largest|biggest|leading|top|major|main|first|second|third|only|oldest|state-owned|official|national)\b)\b/;

/** "Ma Weiguang, Party secretary of the X Committee said": a role right after a person's name and comma. */
function unclosedApposition(ctx: ParagraphContext, start: number, end: number): Found[] {
  if (ctx.masked[start - 1] !== ',') return [];
  const words = wordsIn(ctx.masked, start, end).slice(0, 4);
  if (!words.some((w) => ROLE_WORDS.has(w.text.toLowerCase()))) return [];
  const name = nameEndingAt(ctx, start - 1);
  if (name?.type !== 'PERSON') return [];
  return sourceEndingAt(ctx, name.start, name.end).map((f) => ({ ...f, rule: 'apposition' }));
}

/**
 * "both Wang Lin, a professor at X, and Li Qiang, an expert, said": the people before "and",
 * each with an apposition of their own, speak too.
 */
function appositionGroup(ctx: ParagraphContext, floor: number, found: Found[]): Found[] {
  const out = [...found];
  for (let first = found[0]; first?.kind === 'person' && out.length < 6; ) {
    const and = /,\s+and\s+$/.exec(ctx.masked.slice(Math.max(floor, first.span.start - 12), first.span.start));
    if (!and) break;
    const comma = first.span.start - and[0].length;
    const prev = clauseStart(ctx, floor, comma);
    const between = ctx.masked.slice(prev, comma);
    const role = wordsIn(between, 0, between.length)
      .slice(0, 4)
      .some((w) => ROLE_WORDS.has(w.text.toLowerCase()));
    if (prev <= floor || ctx.masked[prev - 1] !== ',' || (!APPOSITION.test(between) && !role)) break;
    const name = nameEndingAt(ctx, prev - 1);
    if (name?.type !== 'PERSON') break;
    const person = sourceEndingAt(ctx, name.start, name.end)[0];
    if (person?.kind !== 'person') break;
    out.unshift({ ...person, rule: 'apposition' });
    first = person;
  }
  return out;
}

/** Words that may stand between a subject set off by commas and its verb: "…, on Monday said". */
const BETWEEN_SUBJECT_AND_VERB =
  /\b(?:has|have|had|also|both|all|jointly|each|recently|further|then|later|again|(?:on|in|last|this|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|\d{4})|today|yesterday)\b/g;
/** Linking words set off by commas between a subject and its verb. */
const LINKING =
  /^\s*(?:in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:interview|statement|post|speech|letter|article|op-ed|video|reply|response|notice|announcement|release|report|filing|circular|message|briefing|bulletin|editorial|commentary|document|paper)\b[^,]{0,60}|at\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:press conference|news conference|briefing|meeting|forum|hearing)\b[^,]{0,60}|however|meanwhile|though|too|also|in turn|for (?:its|his|her|their) part|in response|in contrast|therefore|moreover|indeed|nevertheless|instead|notably|in particular|for example|for instance|on the other hand|in a statement|in an interview|in a post)\s*$/i;

/** "X's report, released on Monday, showed": when a document came out, set off by commas. */
const ISSUED_WHEN =
  /^\s*(?:\w+ly\s+)?(?:released|issued|published|unveiled|compiled|conducted|updated)\b(?!\s+(?:\w+\s+){0,3}?by\b)/;

/** Whether [from, to) holds only place names ("Southwest China's Yunnan Province"): an apposition of a place. */
function placeOnly(ctx: ParagraphContext, from: number, to: number): boolean {
  const places = namesFrom(ctx, from, to).filter((m) => m.type === 'PLACE' && m.end <= to);
  if (!places.length) return false;
  let rest = ctx.masked.slice(from, to);
  for (const m of [...places].reverse()) rest = rest.slice(0, m.start - from) + rest.slice(m.end - from);
  return /^(?:\s|['’]s\b|,)*$/.test(rest);
}

/** The subject of a verb cue: the phrase right before it, past an apposition. */
function subjectBefore(ctx: ParagraphContext, cue: Cue): Found[] {
  const floor = sentenceAt(ctx, cue.start).start;
  let start = clauseStart(ctx, floor, cue.start);
  const apposition = unclosedApposition(ctx, start, cue.start);
  if (apposition.length) return apposition;
  const found = sourceEndingAt(ctx, start, cue.start, cue.text);
  if (found.length) return found;
  // Nothing before the verb but a comma: an apposition stands between the subject and its verb.
  const blank = !/[A-Za-z]/.test(ctx.masked.slice(start, cue.start).replace(BETWEEN_SUBJECT_AND_VERB, ''));
  for (let hops = 0; blank && hops < 3 && start > floor && ctx.masked[start - 1] === ','; hops++) {
    const prev = clauseStart(ctx, floor, start - 1);
    const between = ctx.masked.slice(prev, start - 1);
    // "The Philippines, however, has insisted": a linking word between commas.
    if (LINKING.test(between)) {
      const subject = sourceEndingAt(ctx, clauseStart(ctx, floor, prev - 1), prev - 1);
      if (subject.length) return subject;
      start = prev;
      continue;
    }
    // "The bureau's spokesperson, Li Na, said", "The owner of a plant, surnamed Li, said": the name set off after its role speaks.
    const named = nameEndingAt(ctx, prev + between.trimEnd().length);
    if (named?.type === 'PERSON' && /^\s*(?:surnamed\s+)?$/.test(ctx.masked.slice(prev, named.start))) {
      const person = sourceEndingAt(ctx, named.start, named.end);
      if (person[0]?.kind === 'person') return person.map((f) => ({ ...f, rule: 'apposition' }));
    }
    // "Several carmakers, including BYD and Geely, said": the named members speak, one record each.
    const members = /^\s*(?:including|such as|like|among them)\s+/.exec(between);
    if (members) {
      const named = sourceEndingAt(ctx, prev + members[0].length, start - 1);
      if (named.length && named.every((f) => f.kind !== 'unnamed')) return named;
    }
    // "The report, released by the World Bank on Tuesday, said": the issuer speaks.
    const issuer =
      /^\s*(?:\w+ly\s+)?(?:released|issued|published|compiled|prepared|written|conducted)\s+(?:\w+\s+){0,3}?by\s+/.exec(
        between,
      );
    if (issuer) {
      const by = sourceStartingAt(ctx, prev + issuer[0].length, start - 1, true);
      if (by.some((f) => f.kind === 'organization')) return by.map((f) => ({ ...f, rule: 'body-speaker' }));
    }
    const role = wordsIn(between, 0, between.length)
      .slice(0, 4)
      .some((w) => ROLE_WORDS.has(w.text.toLowerCase()));
    // "The customs in Mudanjiang, Northeast China's Heilongjiang Province, said": where a place lies is set off too.
    if (placeOnly(ctx, prev, start - 1) && prev > floor && ctx.masked[prev - 1] === ',') {
      if (ctx.masked[clauseStart(ctx, floor, prev - 1) - 1] === ',') {
        start = prev;
        continue;
      }
    } else if (!APPOSITION.test(between) && !role && !/^\s*\d{1,3}\s*$/.test(between) && !ISSUED_WHEN.test(between))
      break;
    // "Li Wei, 45, said": an age is an apposition too.
    const subject = sourceEndingAt(ctx, clauseStart(ctx, floor, prev - 1), prev - 1);
    if (subject.length)
      return appositionGroup(
        ctx,
        floor,
        subject.map((f) => (f.kind === 'person' ? { ...f, rule: 'apposition' } : f)),
      );
    start = prev;
  }
  return [];
}

/** The source a name of the paragraph makes, when it is of this kind (a label's person or body). */
function sourceOfKind(ctx: ParagraphContext, name: TextSpan | undefined, kind: Found['kind']): Found[] {
  return name ? sourceStartingAt(ctx, name.start, name.end, false).filter((f) => f.kind === kind) : [];
}

/** The subject of the sentence: the first clause that is not an opening phrase. */
function sentenceSubject(ctx: ParagraphContext, at: number): Found[] {
  const sentence = sentenceAt(ctx, at);
  // "…a troubling pattern: The Philippines often ignores…": the subject after a colon.
  const colon = Math.max(ctx.masked.lastIndexOf(':', at - 1), ctx.masked.lastIndexOf(';', at - 1));
  let from = Math.max(sentence.start, colon + 1);
  while (from < at) {
    const end = clauseEnd(ctx, from, at);
    const first = wordsIn(ctx.masked, from, end)[0];
    // A name is no opening phrase, though it ends like one ("Beijing", "Wellington").
    if (first && (!INTRO.test(first.text) || nameAt(ctx, first.start)))
      return sourceStartingAt(ctx, first.start, end, false);
    from = end + 1;
  }
  return [];
}

const before = (ctx: ParagraphContext, cue: Cue, n = 3) => ctx.masked.slice(Math.max(0, cue.start - n), cue.start);

export const CUE_RULES: CueRule[] = [
  {
    name: 'transcript-label',
    layer: 'attributions',
    stage: 'cue',
    reason:
      'A name and a colon opening a paragraph labels what that person says (a transcript); so does a government body\'s name ("Ministry of Commerce:") for the body.',
    examples: [
      'Wang Lin: We will open two new factories next year.',
      'Zhao Min, a trader: Prices are too high.',
      'Professor Wang: We will open two new factories next year.',
      'Ministry of Commerce: China firmly opposes the new tariffs.',
      'The Ministry of Commerce (MOFCOM): China firmly opposes the new tariffs.',
      'Ministry of Commerce spokesperson He Yadong: We will take countermeasures.',
    ],
    counterexamples: [
      'Photo: Wang Lin',
      'Source: Ministry of Commerce',
      'Harbin Motors: A decade of growth in the northeast.',
      "Editor's Note: This is the third part.",
      'Wang Lin, a professor at Harbin University, gave three reasons: cost, time and risk.',
    ],
    cues: ['label'],
    applies: (_, cue) => cue.kind === 'label',
    read: (ctx, cue) => {
      // The label's person, past a title before the name ("Professor Li:"), else its body ("Ministry of Commerce:").
      const person = ctx.names.find((n) => n.type === 'PERSON' && n.end <= cue.start);
      if (person) return sourceOfKind(ctx, person, 'person');
      return sourceOfKind(
        ctx,
        ctx.names.find((n) => n.type === 'ORG' && n.end <= cue.start),
        'organization',
      );
    },
  },
  {
    name: 'closing-label',
    layer: 'attributions',
    stage: 'cue',
    reason:
      "A government body's name after a colon closing a paragraph of figures or claims (\"…, up 34%: Ministry of Commerce\") credits what it says to that body (a headline's or chart's source line).",
    examples: ['Exports of new energy vehicles rose 34 percent year-on-year in the first half: Ministry of Commerce'],
    counterexamples: [
      'Source: Ministry of Commerce',
      'Photo: Ministry of Commerce',
      'The delegation met officials of one body: Ministry of Commerce',
    ],
    cues: ['closing-label'],
    applies: (_, cue) => cue.kind === 'closing-label',
    read: (ctx, cue) =>
      sourceOfKind(
        ctx,
        ctx.names.find((n) => n.type === 'ORG' && n.start >= cue.end),
        'organization',
      ),
  },
  {
    name: 'name-line',
    layer: 'attributions',
    stage: 'cue',
    reason:
      "A speaker's name and title on a line of their own (a forum of scholars) introduce what follows: the line is the cue.",
    examples: ['Zhou Mingyuan, professor at the Harbin Institute of Trade'],
    counterexamples: [
      'Zhou Mingyuan, professor at the Harbin Institute of Trade, opened the forum.',
      'Zhou Mingyuan Photo: VCG',
    ],
    cues: ['name-line'],
    applies: (_, cue) => cue.kind === 'name-line',
    read: (ctx) => sourceOfKind(ctx, { start: 0, end: ctx.names[0]!.end }, 'person'),
  },
  {
    name: 'quoted-as-saying',
    layer: 'attributions',
    stage: 'cue',
    reason: '"X quoted Y as saying", "Y was cited by X as saying": Y speaks; the outlet that quoted only relays.',
    examples: [
      'Reuters quoted Zhou Mingyuan as saying the port would reopen.',
      'Zhou Mingyuan was quoted by Reuters as saying the port would reopen.',
    ],
    counterexamples: ['Zhou Mingyuan quoted a poem at the dinner.'],
    cues: ['quoted-as'],
    applies: (_, cue) => cue.kind === 'quoted-as',
    read: (ctx, cue) => {
      if (!cue.inner) return [];
      // "Li was quoted by Xinhua as saying": the subject of the passive speaks.
      if (/^by\s/.test(ctx.masked.slice(cue.inner.start, cue.inner.end))) {
        // A window before the cue, not the whole paragraph: a page that lost its breaks stays linear.
        const floor = Math.max(0, cue.start - 40);
        const was = /\s+(?:was|were|is|are|has been|have been)\s+$/.exec(ctx.masked.slice(floor, cue.start));
        const end = was ? floor + was.index : -1;
        return end > 0 ? sourceEndingAt(ctx, clauseStart(ctx, sentenceAt(ctx, end).start, end), end) : [];
      }
      return sourceStartingAt(ctx, cue.inner.start, cue.inner.end, false);
    },
  },
  {
    name: 'as-put-it',
    layer: 'attributions',
    stage: 'cue',
    reason: '"as X put it", "as X said": X is the source of the words around it.',
    examples: ['Prices will fall, as Zhou Mingyuan put it, before the summer.'],
    counterexamples: ['Zhou Mingyuan put it on the table.'],
    cues: ['put-it'],
    applies: (_, cue) => cue.kind === 'put-it',
    read: (ctx, cue) => (cue.inner ? sourceStartingAt(ctx, cue.inner.start, cue.inner.end, false) : []),
  },
  {
    name: 'colon-quote',
    layer: 'attributions',
    stage: 'cue',
    reason:
      'A clause that ends in a colon before a quote gives the quote to its subject: \'Zhou Mingyuan put it bluntly: "…"\'.',
    examples: ['Zhou Mingyuan was blunt about the risk: "We have no choice."'],
    counterexamples: [
      'The sign at the gate read: "No entry."',
      'Zhou Mingyuan listed three goals: growth, jobs and trade.',
    ],
    cues: ['colon-quote'],
    applies: (_, cue) => cue.kind === 'colon-quote',
    read: (ctx, cue) => sentenceSubject(ctx, cue.start),
  },
  {
    name: 'owned-claim',
    layer: 'attributions',
    stage: 'cue',
    reason:
      '"X\'s claims that…", "X\'s remarks that…", "in X\'s view": a statement noun owned by a source, with its content after it, is that source\'s statement.',
    examples: [
      "Canada's claims that the border is closed are false, Zhou Mingyuan said.",
      "Zhou Mingyuan spoke on Monday. In Zhou's view, the border should stay open.",
    ],
    counterexamples: ["Canada's remarks on the border drew attention.", "Canada's position on trade is well known."],
    cues: ['owned-claim'],
    applies: (_, cue) => cue.kind === 'owned-claim',
    read: (ctx, cue) => {
      const end = cue.inner?.end ?? 0;
      const owner = ownerEndingAt(ctx, clauseStart(ctx, sentenceAt(ctx, end).start, end), end);
      return owner ? [owner] : [];
    },
  },
  {
    name: 'passive-agent',
    layer: 'attributions',
    stage: 'cue',
    reason: '"were told by X that…", "was informed by X": in the passive, the one after "by" speaks.',
    examples: ['Reporters were told by a staffer at the Harbin Trade Bureau that exports had doubled.'],
    counterexamples: ['Reporters were told that exports had doubled.', 'The claim was dismissed as false.'],
    cues: ['verb'],
    applies: (ctx, cue) =>
      cue.kind === 'verb' &&
      /^(?:told|informed|assured|reminded|warned|advised)$/.test(cue.text) &&
      /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/.test(before(ctx, cue, 24)) &&
      /^\s+by\s/.test(ctx.masked.slice(cue.end, cue.end + 4)),
    read: (ctx, cue) => {
      const from = cue.end + ctx.masked.slice(cue.end).indexOf('by') + 2;
      const end = Math.min(clauseEnd(ctx, from, ctx.masked.length), afterThat(ctx, from));
      return sourceStartingAt(ctx, from, end, false);
    },
  },
  {
    name: 'according-to',
    layer: 'attributions',
    stage: 'cue',
    reason:
      '"according to X", "citing X", "based on data from X": the source comes after the cue, past words such as "data from" or "a statement released by"; "According to" opens a sentence or what follows a colon.',
    examples: [
      'Sales rose 8 percent, according to data from the Harbin Trade Bureau.',
      'The plant will close, the newspaper reported, citing unnamed sources.',
      "Editor's Note: According to the Harbin Trade Bureau, exports had doubled.",
      'Exports had doubled, as shown by data from the Harbin Trade Bureau.',
    ],
    counterexamples: [
      'According to the plan signed on Monday, the road will open in May.',
      'The interest shown by investors was high.',
    ],
    cues: ['phrase'],
    applies: (_, cue) => cue.kind === 'phrase',
    read: (ctx, cue) => sourceStartingAt(ctx, cue.end, clauseEnd(ctx, cue.end, ctx.masked.length), true),
  },
  {
    name: 'citing-subject',
    layer: 'attributions',
    stage: 'cue',
    reason:
      '"X cut its forecast, citing weak demand": when what is cited names no source, ", citing" gives the reason of the clause\'s subject, who speaks.',
    examples: ['The Harbin Trade Bureau cut its export forecast on Monday, citing weak demand in Europe.'],
    counterexamples: [
      'The plant will close, the newspaper reported, citing unnamed sources.',
      'Exports cut by half last year, citing weak demand in Europe.',
    ],
    cues: ['phrase'],
    applies: (ctx, cue) => cue.text === 'citing' && /,\s*$/.test(before(ctx, cue)),
    read: (ctx, cue, earlier) => {
      const sentence = sentenceAt(ctx, cue.start);
      const previous = earlier.filter((f) => f.span.start >= sentence.start && f.span.start < cue.start);
      if (previous.length) return [previous[previous.length - 1]!];
      return sentenceSubject(ctx, cue.start).filter((f) => f.kind !== 'unnamed');
    },
  },
  {
    name: 'cue-then-source',
    layer: 'attributions',
    stage: 'cue',
    reason: 'After a quote or a comma the verb may come first: \'"…," said the shop owner\'.',
    examples: ['"We sold out by noon," said the shop owner.', '"Prices will fall," said Zhou Mingyuan.'],
    counterexamples: [
      'Zhou Mingyuan said prices will fall.',
      'Zhou Mingyuan, in an interview, said the report was false.',
    ],
    cues: ['verb'],
    applies: (ctx, cue) =>
      cue.kind === 'verb' &&
      INVERTED.test(cue.text) &&
      /(?:[,\uE000]|\uE000,)\s*$/.test(before(ctx, cue)) &&
      !/^\s+(?:that|to|on|in|at|by|it)\b/.test(ctx.masked.slice(cue.end, cue.end + 6)),
    read: (ctx, cue) => {
      const end = clauseEnd(ctx, cue.end, ctx.masked.length);
      const found = sourceStartingAt(ctx, cue.end, end, false);
      // The source ends the clause ("said the owner on Monday."), else the words are an object.
      const after = found.length ? found[found.length - 1]!.span.end : end;
      const rest = wordsIn(ctx.masked, after, end).length;
      // '…, said the report was false': the words are the subject of what was said.
      return rest <= 4 && !CLAUSE_VERB.test(ctx.masked.slice(after, after + 12)) ? found : [];
    },
  },
  {
    name: 'shared-subject',
    layer: 'attributions',
    stage: 'cue',
    reason:
      'A verb that shares its subject: ", saying that …", "…, and then portrays itself as…": the clause\'s speaker, or the sentence\'s subject, says it.',
    examples: [
      'The Harbin Trade Bureau issued a notice on Monday, saying that exports had doubled.',
      'Dozens of netizens left comments expressing support for the team.',
      'The Harbin Trade Bureau raised its fees, and then claimed that costs had doubled.',
      'Online reviews have been harsh, calling the film\'s plot "a mess."',
    ],
    counterexamples: [
      'The bureau issued a notice on Monday about exports.',
      'The residents panicked, calling the police at once.',
    ],
    cues: ['verb'],
    applies: (ctx, cue) =>
      cue.kind === 'verb' &&
      ((/ing$/.test(cue.text) && /,\s*$/.test(before(ctx, cue))) ||
        // "netizens left comments expressing support": what was posted says it for its poster.
        (/ing$/.test(cue.text) && POSTED_THING.test(before(ctx, cue, 80))) ||
        /,\s+(?:and|but)\s+(?:then\s+|also\s+)?$/.test(before(ctx, cue, 16)) ||
        // "Beijing opposed the sale and urged…": a past verb after "and" shares the subject too.
        (/(?:ed|said|told|wrote)$/.test(cue.text) &&
          /\s(?:and|but)\s+(?:then\s+|also\s+)?$/.test(before(ctx, cue, 16)))),
    read: (ctx, cue, earlier) => {
      const sentence = sentenceAt(ctx, cue.start);
      const previous = earlier.filter((f) => f.span.start >= sentence.start && f.span.start < cue.start);
      return previous.length ? [previous[previous.length - 1]!] : sentenceSubject(ctx, cue.start);
    },
  },
  {
    name: 'relative-subject',
    layer: 'attributions',
    stage: 'cue',
    reason: '"…, who say…", "experts who argue…": the phrase a relative clause follows speaks.',
    examples: ['The plan has drawn fire from economists, who say it will fail.'],
    counterexamples: ['The plan has drawn fire from the bank, which lent the money.'],
    cues: ['verb'],
    applies: (ctx, cue) => cue.kind === 'verb' && RELATIVE.test(before(ctx, cue, 24)),
    read: (ctx, cue) => {
      const who = RELATIVE.exec(before(ctx, cue, 24))!;
      const end = cue.start - who[0].length;
      // "criticism from experts, who say": the phrase after its preposition.
      const floor = clauseStart(ctx, sentenceAt(ctx, end).start, end);
      let from = floor;
      for (const m of ctx.masked.slice(floor, end).matchAll(/\b(?:from|by|of|about|to|for|against|with|among)\s+/g))
        from = floor + m.index + m[0].length;
      return sourceEndingAt(ctx, from, end);
    },
  },
  {
    name: 'source-then-cue',
    layer: 'attributions',
    stage: 'cue',
    reason:
      'A reporting verb takes its source from the phrase right before it ("Chinese experts said", "Ma also disclosed", "the statement read:"), past what is set off by commas between them ("X, in a notice on Monday, said").',
    examples: [
      'Li Qiang, a spokesperson for the Harbin Trade Bureau, said exports had doubled.',
      'Chinese experts warned that the ban would backfire.',
      'Canada has made a few vocal declarations of "standing with its allies," but sent no ships.',
      'Many farmers are deeply worried about "a harvest with no buyers."',
      'The Harbin Trade Bureau, in a notice on Monday, said exports had doubled.',
      'Li Qiang, at a regular press conference on Monday, said exports had doubled.',
    ],
    counterexamples: [
      'The new rules did not say how exports would be counted.',
      'Li Qiang signed the agreement.',
      'Canada made a few declarations of support last year.',
      'Many farmers are deeply worried about the floods.',
    ],
    cues: ['verb'],
    applies: (_, cue) => cue.kind === 'verb',
    read: (ctx, cue) => subjectBefore(ctx, cue),
  },
];

const source = (name: string, reason: string, examples: string[], counterexamples: string[]): ReadRule => ({
  name,
  layer: 'attributions',
  stage: 'source',
  reason,
  examples,
  counterexamples,
});
const veto = (name: string, reason: string, examples: string[], counterexamples: string[]): ReadRule => ({
  name,
  layer: 'attributions',
  stage: 'veto',
  reason,
  examples,
  counterexamples,
});

/** How the source words are read (sources.ts), and what is dropped (find.ts). */
export const READ_RULES: ReadRule[] = [
  source(
    'named',
    'A person or organization the article names is the source, by its fullest name; a role right before a person\'s name ("said spokesperson Li Qiang", "Harbin Motors CEO Zhou Mingyuan") is the person\'s.',
    ['Zhou Mingyuan said prices will fall.', 'Exports had doubled, said spokesperson Li Qiang on Monday.'],
    ['Chinese experts said prices will fall.'],
  ),
  source(
    'named-group',
    'Several names in a list ending in "and" give one source each, a title before a member\'s name included; so for "companies such as A and B", "carmakers, including A and B,".',
    [
      'Zhou Mingyuan and Li Qiang said prices will fall.',
      'Senator Tom Harlow and Representative Ann Keller urged the ministry to act.',
      'Companies such as Huawei and Lenovo said they would raise prices.',
      'Several carmakers, including BYD and Geely, said exports had doubled.',
      'The Harbin Trade Bureau and the Harbin Customs Office jointly announced that exports had doubled.',
    ],
    [
      'Zhou Mingyuan said prices will fall.',
      'The port will reopen, according to an official of the Harbin Trade Bureau, Xinhua reported.',
    ],
  ),
  source(
    'apposition',
    'A role set off by commas after a name belongs to that person: "Li Qiang, a spokesperson for X, said"; so for each of "both A, a role, and B, a role, said"; a name set off after its role ("the owner, surnamed Li, said"), past where a place lies ("in Harbin, Heilongjiang Province,").',
    [
      'Li Qiang, a spokesperson for the Harbin Trade Bureau, said exports had doubled.',
      "The owner of a shop in Harbin, Northeast China's Heilongjiang Province, surnamed Zhou, said sales had doubled.",
      'Li Qiang, a farmer in Harbin, Heilongjiang Province, said prices fell.',
      'Exports will double, both Zhou Mingyuan, a professor at Harbin University, and Li Qiang, an economist, told reporters.',
    ],
    ['A spokesperson for the Harbin Trade Bureau said exports had doubled.'],
  ),
  source(
    'pronoun',
    '"he", "she" refer to the person who spoke just before, else the person named last (the subject of that sentence when the one named last is its object: "Zhou met Li. She said…" is Zhou); "it" opening a clause, and "its" before what a body owns ("its data", "its website"), to the organization named last.',
    [
      'Zhou Mingyuan met farmers on Monday. He said prices will fall.',
      'The Harbin Trade Bureau issued a notice on Monday. It said exports had doubled.',
      'The Harbin Trade Bureau met traders on Monday. Its data showed that exports had doubled.',
    ],
    ['He said prices will fall.', 'It is said that prices will fall.', 'Its data showed that exports had doubled.'],
  ),
  source(
    'role-reference',
    '"the spokesperson" refers to the person named before in that role; "the 64-year-old Croatian" to the one the article describes so, else the last one who spoke, else the last one named (never one given another age or quoted about); "the latter", "the former" to the last or the one before of the two people named last.',
    [
      'Li Qiang, the spokesperson of the Harbin Trade Bureau, met reporters. The spokesperson stressed that exports had doubled.',
      'Li Qiang and Zhou Mingyuan met on Monday. The latter said exports had doubled.',
    ],
    ['The spokesperson stressed that exports had doubled.', 'The latter said exports had doubled.'],
  ),
  source(
    'body-reference',
    '"the bureau", "the company", "the customs" refer to the organization named last whose name ends so (a local body as written: "Suifenhe customs", then "the customs", "local customs", "Customs" opening a sentence, "the customs in Suifenhe"); "the two ministries", "both companies" to that many named last; "the government" is left to the state.',
    [
      'The Harbin Trade Bureau issued a notice on Monday. The bureau said exports had doubled.',
      'Suifenhe customs seized 40 tons of frozen meat on Monday. The customs said the meat had been smuggled.',
      'Suifenhe customs seized 40 tons of frozen meat, local customs said on Monday.',
      'Suifenhe customs seized 40 tons of frozen meat on Monday. Customs said the meat had been smuggled.',
      'Suifenhe customs seized 40 tons of frozen meat. The meat was smuggled, according to local customs.',
      "Suifenhe customs seized 40 tons of frozen meat. The customs in Suifenhe, Northeast China's Heilongjiang Province, said the meat had been smuggled.",
      'Huawei and Lenovo cut prices on Monday. Both companies said sales had doubled.',
    ],
    [
      'The customs said the meat had been smuggled.',
      'Local police said the meat had been smuggled.',
      'Huawei cut prices on Monday. Both companies said sales had doubled.',
      'The Suifenhe city government met on Monday. The government said the border would stay open.',
    ],
  ),
  source(
    'body-speaker',
    'An unnamed spokesperson or official of a named body, its authorities or its press office, speaks for the body.',
    [
      'A spokesperson for the Harbin Trade Bureau said exports had doubled.',
      'The press office of the Harbin Trade Bureau said exports had doubled.',
      'Officials from the Yichun culture and tourism bureau said visitor numbers had doubled.',
      'The Harbin Trade Bureau authorities claimed that exports had doubled.',
    ],
    [
      'Li Qiang, a spokesperson for the Harbin Trade Bureau, said exports had doubled.',
      'The office of the Harbin Trade Bureau said exports had doubled.',
    ],
  ),
  source(
    'state-name',
    'A country speaking as a whole is the state.',
    ['Canada has repeatedly stated that the border stays open.'],
    ['Exports from Canada said to have doubled.'],
  ),
  source(
    'capital',
    'A capital speaking stands for its country: "Beijing said" is China.',
    ['Ottawa warned that the border stays open.'],
    ['Ottawa is a quiet city.'],
  ),
  source(
    'state-side',
    '"the Chinese government", "the Philippine side", "the US government" speak as the state.',
    ['The Canadian side stressed that the border stays open.'],
    ['The Canadian band said the tour would go on.'],
  ),
  source(
    'local-body',
    'A place or body name then a lowercase body word ("Kunming customs", "the Luohu district government", "Hainan\'s tourism and culture department"), or a country\'s mission ("the Chinese embassy"), is that body, as written.',
    [
      'Harbin customs said exports had doubled.',
      'Prices rose, according to the Daoli district government.',
      'The Jiamusi public security bureau said two suspects had been detained.',
      "Heilongjiang's tourism and culture department said visitor numbers had doubled.",
      'The Canadian embassy in Beijing urged its citizens to stay safe.',
    ],
    [
      'Harbin said exports had doubled.',
      'The Jiamusi public security work went on.',
      "Heilongjiang's decision to close the bureau said nothing.",
      'The embassy urged its citizens to stay safe.',
    ],
  ),
  source(
    'surname',
    'A family name alone opening the clause ("Zhou believes") is a person, the full name where the article gives one; the entity layer names most ("Zhou said") itself.',
    ['Zhou believes the film had sold out.'],
    ['Zhou Mingyuan said the film had sold out.'],
  ),
  source(
    'document-issuer',
    '"the survey", "the white paper", "the press release" speak for the issuer the article gave them ("a survey released by X", "Canada\'s defense white paper", "a report X released", "X said in a press release", "In a statement, X said", "Released by X, the report").',
    [
      'A survey released by the Harbin Trade Bureau came out on Monday. According to the survey, exports had doubled.',
      "Canada's new defense white paper came out on Monday. The paper claimed that threats had grown.",
      'A report data platform Qindata released on Monday drew wide attention. The report shows that women bought most tickets.',
      'Released by Zhou Mingyuan, a professor at Harbin University, the report covers 40 cities. The report shows that most musicians earn little.',
    ],
    [
      'According to the survey, exports had doubled.',
      'The release of the film by Harbin Studios was delayed. The release said the film would open in May.',
    ],
  ),
  source(
    'unnamed-group',
    'Unnamed sources joined by "and" give one record each: "old treaties and historical records demonstrate".',
    ['Old treaties and historical records demonstrate that the island was never theirs.'],
    ['Historical records demonstrate that the island was never theirs.'],
  ),
  source(
    'possessive-owner',
    'What a name owns speaks for it: "Zhou\'s analysis showed", "the Harbin Trade Bureau\'s spokesperson said", "X\'s spokesperson office said" (its statement, data, remarks, spokesperson, office).',
    [
      "Zhou Mingyuan met farmers. Zhou's analysis also showed that prices fell.",
      "The Harbin Trade Bureau's spokesperson said exports had doubled.",
      "The Harbin Trade Bureau's spokesperson office said exports had doubled.",
      "The Harbin Trade Bureau spokesperson's office said exports had doubled.",
      "The Harbin Trade Bureau's official Weibo account posted that exports had doubled.",
      "The Harbin Trade Bureau met traders. Sales rose, according to a notice on the bureau's official WeChat account.",
    ],
    ["Zhou Mingyuan's farm said to have doubled its output.", 'The analysis showed that prices fell.'],
  ),
  source(
    'issued-by',
    'The body or person after "by" issued the data, report or survey that speaks: "a survey by X found", "data released by X showed".',
    ['A survey by the Harbin Consumers Association found that most buyers were satisfied.'],
    ['The remarks by the Harbin Consumers Association drew attention.'],
  ),
  source(
    'unlisted-body',
    'After "according to", "citing", "quoting data by": two or more capitalized words the entity layer did not name are an organization, as written; one such word is, as a data provider ("data from Maoyan", "Maoyan\'s data", "the Maoyan platform").',
    [
      'Sales rose 8 percent, quoting data by zzData Insight.',
      'Sales rose 8 percent, according to data from Maoyan.',
      'Data from Maoyan shows that the film grossed 2 billion yuan.',
      "Maoyan's data shows the film grossed 2 billion yuan.",
      'The film grossed 2 billion yuan, according to the Maoyan platform.',
      'The film grossed 2 billion yuan, according to Maoyan data.',
      'The film grossed 2 billion yuan, the Maoyan platform showed.',
    ],
    [
      'Sales rose 8 percent, according to US officials.',
      'Sales rose 8 percent, according to data from March.',
      'Data from Chinese customs shows that sales rose.',
      'Sales rose 8 percent, according to Maoyan.',
      'Industry data shows that sales rose 8 percent.',
      'Online platform said sales rose 8 percent.',
    ],
  ),
  source(
    'unnamed',
    'A source the article does not name ("Chinese experts", "industry insiders", "a report") is unnamed, as written.',
    ['Industry insiders said prices will fall.'],
    ['Prices will fall, the chart said.'],
  ),
];

export const VETO_RULES: ReadRule[] = [
  veto(
    'negated',
    'A negated cue carries no statement: "did not say", "declined to comment".',
    ['Zhou Mingyuan did not say when prices will fall.'],
    ['Zhou Mingyuan said prices will fall.'],
  ),
  veto(
    'passive',
    'A cue in the passive carries no statement of its subject: "was told", "is said to", "were urged to".',
    ['Zhou Mingyuan was told that prices will fall.'],
    ['Zhou Mingyuan told reporters that prices will fall.'],
  ),
  veto(
    'object-not-content',
    '"added 325 new items", "added Qindata to its list", "clarified the situation.", "elaborated on its position.", "calling the police": a verb of saying with a thing or a bare topic for object says nothing.',
    [
      'The city added 325 new bus lines last year.',
      'The residents panicked, calling the police at once.',
      'The Harbin Trade Bureau added Qindata to its list of suppliers.',
      'Canada quickly clarified the situation.',
      'Ottawa elaborated on its position at the meeting.',
    ],
    [
      'The city added that bus lines would grow.',
      'Zhou Mingyuan spoke on Monday. He added Qindata would grow.',
      'Zhou Mingyuan elaborated that the rules would cut costs.',
      'Li Ming chalked the drop in sales up to higher costs.',
    ],
  ),
  veto(
    'relay-outlet',
    'An outlet that only relays a speaker\'s words is no source: "according to X, Y said", "Y said, X reported", "X reported, citing Y", "Citing Y, X said", "according to X, citing Y".',
    [
      'According to Reuters, Zhou Mingyuan said prices will fall.',
      'Exports rose 8 percent, according to Xinhua, citing data from the Harbin Trade Bureau.',
      'Citing data from the Harbin Trade Bureau, Bloomberg said exports doubled.',
      'The port will reopen, according to an official of the Harbin Trade Bureau, Xinhua reported.',
    ],
    ['Reuters reported that prices will fall.'],
  ),
  veto(
    'resolved-later',
    'An unnamed "an expert said" that the paragraph resolves later to a named person described the same way ("Zhou Mingyuan, an economist, told…") is that person, not a source of its own.',
    [
      'Prices will fall, an economist said. "Exports will rise," Zhou Mingyuan, an economist at Harbin University, told reporters.',
    ],
    ['Prices will fall, an economist said. "Exports will rise," Zhou Mingyuan, a trader in Harbin, told reporters.'],
  ),
  veto(
    'inside-statement',
    'A cue inside what a source says is part of the statement, not a new one: "experts said politicians claimed…".',
    ['Chinese experts said Western politicians claimed the ban would work.'],
    ['Western politicians claimed the ban would work.'],
  ),
];

export const ATTRIBUTION_RULES: RuleInfo[] = [...CUE_RULES, ...READ_RULES, ...VETO_RULES];

/** Whether a paragraph may hold a cue at all: most do not, and then nothing more is read. */
export const mayHoldCue = (text: string, words: readonly CueWord[]) =>
  words.length > 0 ||
  text.includes('quoted') ||
  text.includes('cited') ||
  IN_VIEW_ANY.test(text) ||
  text.includes(' put') ||
  text.includes('made ') ||
  text.includes('worried') ||
  text.includes('concerned') ||
  text.includes(' read') ||
  LABEL.test(text) ||
  nameLine(text) ||
  /:\s*["“]|, per [A-Z]/.test(text) ||
  CLOSING_LABEL.test(text) ||
  OWNED_CLAIM_ANY.test(text);

/** A short line that does not end as a sentence and credits no photo: maybe a speaker's name line. */
const nameLine = (text: string) => text.length <= 200 && !/[.!?"”:;]\s*$/.test(text) && !text.includes('Photo');
const LABEL = /^([A-Z][\w.'’ ,()-]{1,100}?):\s/;
/** Around a label's name: a title or two before it; nothing, a role after a comma, or a bracket after it. */
const LABEL_TITLE = /^(?:[A-Z][a-z]+\.?\s+){0,2}$/;
/** A government body's head word: such a body's name alone may label what it says ("Ministry of Commerce:"). */
const LABEL_BODY =
  /\b(?:Ministry|Department|Bureau|Administration|Commission|Committee|Office|Agency|Council|Authority|Embassy|Consulate|Customs|Police|Court|Procuratorate)\b/;
/** Nothing, or its short form in brackets, after a body's label name: "Ministry of Commerce (MOFCOM):". */
const LABEL_SHORT = /^(?:\s*\([^()]{1,30}\))?$/;
/** A body's name and a role before the label's name: "Ministry of Commerce spokesperson He Yadong:". */
const LABEL_BODY_ROLE =
  /^(?:The\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){1,6}(?:spokesperson|spokesman|spokeswoman|director|minister|head|chairman|president)\s+$/;
const LABEL_ROLE = /^(?:\s*,\s*[^,()]{1,80}|\s*\([^()]{1,80}\))?$/;

/** "…, up 12.6% from a year earlier: Ministry of Commerce": a body's full name closing the paragraph after a colon. */
const CLOSING_LABEL = /:\s*((?:The\s+)?[A-Z][^:.;\uE000]{2,80}?)\.?\s*$/;
/** Before a closing label: a statement of figures or claims, at least six words, that no credit word opens. */
const CLOSING_BEFORE = /^(?!\s*(?:Photo|Source|Sources|Credit|Graphic|Chart|Video|Editor)\b)(?:\S+\s+){5,}/;
const CLOSING_VERB =
  /\b(?:is|are|was|were|has|have|had|rose|fell|grew|reached|recorded|hit|saw|up|down|will|would)\b|\d/;

function closingLabel(ctx: ParagraphContext): Cue | null {
  const m = CLOSING_LABEL.exec(ctx.masked);
  if (!m) return null;
  const before = ctx.masked.slice(0, m.index);
  if (!CLOSING_BEFORE.test(before) || !CLOSING_VERB.test(before)) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const body = nameAt(ctx, at + (/^The\s/.test(m[1]!) ? 4 : 0));
  // The body's name is the whole label: "…: Ministry of Commerce", not "…: Ministry of Commerce data and more".
  if (body?.type !== 'ORG' || !LABEL_BODY.test(body.text) || body.end !== at + m[1]!.length) return null;
  return { kind: 'closing-label', start: m.index, end: m.index + 1, text: ':' };
}

/** The cues a pattern marks: "quoted X as saying", "as X put it", "X's claims that", "in X's view". */
function patternCues(ctx: ParagraphContext): Cue[] {
  const out: Cue[] = [];
  const text = ctx.masked;
  // Each pattern is scanned for only where a word it needs stands (most paragraphs have none).
  const scan = (re: RegExp, needs: RegExp) => (needs.test(text) ? text.matchAll(re) : []);
  for (const m of scan(QUOTED_AS, / as (?:saying|stating)/)) {
    const inner = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const cue = { start: m.index, end: m.index + m[1]!.length, text: m[1]! };
    out.push({ kind: 'quoted-as', ...cue, inner: { start: inner, end: inner + m[2]!.length } });
  }
  for (const m of scan(PUT_IT, / puts? it/)) {
    const inner = m.index + m[0].indexOf(m[1]!);
    const cue = m.index + m[0].length - m[2]!.length;
    out.push({
      kind: 'put-it',
      start: cue,
      end: cue + m[2]!.length,
      text: m[2]!,
      inner: { start: inner, end: inner + m[1]!.length },
    });
  }
  for (const re of [OWNED_CLAIM, IN_VIEW]) {
    for (const m of scan(re, /['’]s\s/)) {
      // The owner ends at the "'s"; the cue is the noun after it.
      const owner = m.index + m[0].search(/['’]s\s/);
      const noun = m.index + m[0].lastIndexOf(m[1]!);
      const inner = { start: owner, end: owner };
      out.push({ kind: 'owned-claim', start: noun, end: noun + m[1]!.length, text: m[1]!, inner });
    }
  }
  // "has made a few vocal declarations of "…"": a statement made, with its words quoted, is a cue.
  for (const m of scan(MADE_STATEMENT, /\bmade\s/)) {
    const text = m[0].replace(/\s+$/, '');
    out.push({ kind: 'verb', start: m.index, end: m.index + text.length, text });
  }
  // "Many farmers are deeply worried about "…"", "experts are concerned that…": a view held, with its content.
  for (const m of scan(WORRIED, /\b(?:worried|concerned)\s/)) {
    const text = m[0].replace(/\s+$/, '');
    out.push({ kind: 'verb', start: m.index, end: m.index + text.length, text });
  }
  for (const m of scan(READ, / read\b/)) {
    const at = m.index + m[0].length - 4;
    out.push({ kind: 'verb', start: at, end: at + 4, text: 'read' });
  }
  for (const m of scan(PER, /, per /)) {
    const at = m.index + m[0].indexOf('per');
    out.push({ kind: 'phrase', start: at, end: at + 3, text: 'per' });
  }
  return out;
}

/** 'X was blunt: "…"': a colon right before a quote, with no cue of its own in the sentence. */
function colonCues(ctx: ParagraphContext, cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  // Cue starts in order, for a binary search per quote (a long page has thousands of both).
  const starts = cues.map((c) => c.start).sort((a, b) => a - b);
  for (const q of ctx.quotes) {
    const colon = /:\s*$/.exec(ctx.masked.slice(Math.max(0, q.start - 3), q.start));
    if (!colon) continue;
    const at = Math.max(0, q.start - 3) + colon.index;
    const before = starts[lastIndexWhere(starts.length, (i) => starts[i]! < at)];
    if (at > 0 && !(before !== undefined && before >= sentenceAt(ctx, at).start))
      out.push({ kind: 'colon-quote', start: at, end: at + 1, text: ':' });
  }
  return out;
}

/** Every cue of a paragraph, in text order: verbs and phrases outside quotes, labels, patterns, name lines. */
export function cuesOf(ctx: ParagraphContext, words: readonly CueWord[] = cueWords(ctx.text)): Cue[] {
  const patterns = patternCues(ctx);
  // "cited by Xinhua as saying": the phrase cue "cited" is the pattern's.
  const taken = new Set(patterns.filter((c) => c.kind === 'quoted-as').map((c) => c.start));
  const out: Cue[] = [];
  for (const c of words) {
    if (insideQuote(ctx, c.start) || taken.has(c.start)) continue;
    // "According to" opens a sentence, or what follows a colon ("Editor's Note: According to X, …").
    const opens =
      c.start === sentenceAt(ctx, c.start).start || /:\s+$/.test(ctx.masked.slice(Math.max(0, c.start - 3), c.start));
    if (c.kind === 'phrase' && c.text !== c.text.toLowerCase() && !opens) continue;
    out.push(c);
  }
  out.push(...patterns);
  out.push(...colonCues(ctx, out));
  const name = ctx.names[0];
  const alone = name && (name.end === ctx.text.trimEnd().length || /^,\s/.test(ctx.text.slice(name.end)));
  if (!out.length && nameLine(ctx.text) && name?.type === 'PERSON' && name.start === 0 && alone)
    out.push({ kind: 'name-line', start: 0, end: ctx.text.trimEnd().length, text: ctx.text.trim() });
  const label = LABEL.exec(ctx.masked);
  const end = label?.[1]?.length ?? 0;
  // "Zou Yun:", "Professor Li:", "Zhao Min, a trader:", "Li Ming (Harbin University):".
  const person = label && ctx.names.find((n) => n.type === 'PERSON' && n.end <= end);
  // "Ministry of Commerce:": a government body's full name as the whole label speaks for the body.
  const body =
    label &&
    !person &&
    ctx.names.find(
      (n) =>
        n.type === 'ORG' && n.end <= end && LABEL_BODY.test(n.text) && LABEL_SHORT.test(ctx.masked.slice(n.end, end)),
    );
  const closing = closingLabel(ctx);
  if (closing) out.push(closing);
  if (
    (person &&
      (LABEL_TITLE.test(ctx.masked.slice(0, person.start)) ||
        LABEL_BODY_ROLE.test(ctx.masked.slice(0, person.start))) &&
      LABEL_ROLE.test(ctx.masked.slice(person.end, end))) ||
    (body && /^(?:The\s+)?$/.test(ctx.masked.slice(0, body.start)))
  )
    out.push({ kind: 'label', start: end, end: end + 1, text: ':' });
  return out.sort((a, b) => a.start - b.start);
}
