/**
 * Who is speaking (issue 22, docs attribution-guide.md): every attribution of an article, one
 * record per source per paragraph, read by the declared rules of rules.ts. One paragraph per
 * step, so the content script runs it in the same short tasks as the rest of the analysis.
 */
import type { Attribution, Entity, Mention, TextSpan } from '../types';
import {
  type IssuedDocument,
  insideQuote,
  MASK,
  namesFrom,
  type ParagraphContext,
  paragraphContext,
  type Speaker,
  sentenceAt,
} from './paragraph';
import { CUE_RULES, type Cue, type CueRule, type CueWord, cuesOf, cueWords, mayHoldCue } from './rules';
import { documentsIn, type Found, MAY_ISSUE } from './sources';

/** One statement before the records are merged: the cue, the rule, and who speaks. */
interface Statement {
  cue: Cue;
  rule: string;
  found: Found;
  sentence: TextSpan;
  /** Set when a veto rule drops it. */
  vetoed?: string;
}

export interface AttributionTrace {
  paragraph: number;
  cue: string;
  rule: string;
  source: string;
  vetoed?: string;
}

const NEGATED = /\b(?:not|n't|never|neither|nor|declined to|refused to|without)\s+(?:\w+\s+)?$/i;
const ANONYMOUS = /^\s+(?:not to be (?:named|identified)|for anonymity|anonymity)\b/;
const CUES_PER_STEP = 64;
/** A paragraph this long (a page that lost its breaks) gets a step for each stage of its reading. */
const LONG = 20000;
const CONTRAST = /[;]|,\s+(?:while|whereas|but)\b/;
/** "the", maybe an adjective or two, right before a quote: the quote names a term. */
const TERM = /\b(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const NAMING =
  /\b(?:so-called|dubbed|called|known as|termed|labell?ed|named|nicknamed|titled|slogan|term|phrase|word)\s*$/i;
/** "was told", "is said to", "were urged": the subject hears, or nobody is named as saying. */
const PASSIVE = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i;
/**
 * Verbs that say something only with content after them: "elaborated that…" or "elaborated:"
 * (but "elaborated on its position." says nothing), "chalked the drop up to costs", "attributed the
 * drop to costs", "shared that…", "proposed that…".
 */
const CONTENT_AFTER: [RegExp, RegExp][] = [
  [/^elaborat/, /^\s*(?:that\b|:|,?\s*\uE000|on\s[^.;\uE000]{1,80}?,\s+(?:saying|noting|stressing|adding)\b)/],
  [/^chalk/, /^[^.;]{1,80}?\bup to\b/],
  // "news emerged that…", but "a pattern emerged" says nothing.
  [/^emerged$/, /^\s+(?:on\s[^.;,]{1,40}?\s)?that\b/],
  [/^attribut/, /^\s+(?:the|a|an|this|that|its|their|his|her)\s[^.;\uE000]{1,80}?\sto\s/],
  // "shared with the Global Times that…", but "shared his experience" says nothing yet.
  [/^shared$/, /^\s*(?:with\s[^.;,\uE000]{1,60}?\s)?(?:that\b|:|,?\s*\uE000)/],
  // "proposed that…", but "proposed a plan" is an action.
  [/^propos/, /^\s*(?:that\b|:|,?\s*\uE000)/],
];
/** Whether a verb that needs content has none: no content after it, and no quote before it ('"…," he elaborated'). */
function noContent(ctx: ParagraphContext, cue: Cue): boolean {
  const need = CONTENT_AFTER.find(([verb]) => verb.test(cue.text));
  if (!need) return false;
  if (need[1].test(ctx.masked.slice(cue.end, cue.end + 100))) return false;
  return !ctx.masked.slice(sentenceAt(ctx, cue.start).start, cue.start).includes(MASK);
}

/** "calling the film's plot "…"": a quoted word within a few words after "calling". */
const CALLING_QUOTE = /^\s+(?:[\w'’-]+\s+){1,6}?\uE000/;
/** "added 325 new items": a thing for object, not content. */
const OBJECT = /^\s+(?:\d|(?:a|an|new|more|another|extra)\s)/;
/** "were told by a staffer that…": the passive names who told (rule passive-agent). */
const PASSIVE_AGENT = /^\s+by\s/;
const AGENT_VERBS = /^(?:told|informed|assured|reminded|warned|advised)$/;
/** ", citing", maybe after a time ("reported on Monday, citing"): the outlet relays what it cites. */
const CITING_AFTER = /^(?:\s+(?:on|in|last|this|earlier)\s+\w+)?[\s,]+(?:citing|quoting)\b/;
const RELAYING = /^(?:reported|reports|quoted|cited|citing|wrote)$/;

/** "clarified the situation.", "explained the matter": a topic for object and nothing said of it. */
const TOPIC_ONLY =
  /^\s+(?:the|this|that|its|their|his|her)\s+(?:situation|matter|issue|case|incident|details|question|remarks|position|stance)\s*(?:[.;]|$)/;
/** "added 325 new items", "added SMIC to its Entity List": a thing added, not words. */
function addsThing(ctx: ParagraphContext, cue: Cue): boolean {
  const after = ctx.masked.slice(cue.end, cue.end + 80);
  if (OBJECT.test(after)) return true;
  // A name then where it was added to: "added SMIC (a chipmaker) to the list".
  return /^\s+(?:[A-Z][\w.&'-]*\s+){1,5}(?:\([^)]*\)\s+)?(?:to|on|onto|into)\s/.test(after);
}

/** The statements of one paragraph, each cue read by the first rule that takes it. */
function* statementsOf(
  ctx: ParagraphContext,
  words: readonly CueWord[],
  trace?: AttributionTrace[],
): Generator<void, Statement[]> {
  const out: Statement[] = [];
  const found: Found[] = [];
  let read = 0;
  for (const cue of cuesOf(ctx, words)) {
    // A very long paragraph (a page that lost its breaks) is read over several steps.
    if (++read % CUES_PER_STEP === 0) yield;
    const before = ctx.masked.slice(Math.max(0, cue.start - 24), cue.start);
    const negated = NEGATED.test(before) || ANONYMOUS.test(ctx.masked.slice(cue.end, cue.end + 24));
    const passive =
      !negated &&
      cue.kind === 'verb' &&
      PASSIVE.test(before) &&
      /(?:ed|told|thought|found|shown)$/.test(cue.text) &&
      !(AGENT_VERBS.test(cue.text) && PASSIVE_AGENT.test(ctx.masked.slice(cue.end, cue.end + 4)));
    const object =
      !negated &&
      !passive &&
      ((/^add/.test(cue.text) && addsThing(ctx, cue)) ||
        // "calling the plot "cliché"" portrays; "calling the police" says nothing.
        (cue.text === 'calling' && !CALLING_QUOTE.test(ctx.masked.slice(cue.end, cue.end + 80))) ||
        TOPIC_ONLY.test(ctx.masked.slice(cue.end, cue.end + 40)) ||
        noContent(ctx, cue));
    if (negated || passive || object) {
      trace?.push({
        paragraph: ctx.paragraph,
        cue: cue.text,
        rule: '',
        source: '',
        vetoed: object ? 'object-not-content' : passive ? 'passive' : 'negated',
      });
      continue;
    }
    // The first rule that takes the cue and finds its source decides.
    let rule: CueRule | undefined;
    let sources: Found[] = [];
    for (const r of CUE_RULES) {
      if (!r.cues.includes(cue.kind) || !r.applies(ctx, cue)) continue;
      sources = r.read(ctx, cue, found);
      rule = r;
      if (sources.length) break;
    }
    if (!rule || !sources.length) continue;
    for (const f of sources) {
      found.push(f);
      if (f.kind === 'person' && f.entity) ctx.spokeHere.push(f.entity);
      out.push({ cue, rule: rule.name, found: f, sentence: sentenceAt(ctx, cue.start) });
    }
  }
  return out;
}

const sameSource = (a: Found, b: Found) => a.kind === b.kind && a.source === b.source;

/** The statements of each sentence, in order. */
function bySentence(statements: readonly Statement[]): Map<number, Statement[]> {
  const out = new Map<number, Statement[]>();
  for (const s of statements) {
    const list = out.get(s.sentence.start);
    if (list) list.push(s);
    else out.set(s.sentence.start, [s]);
  }
  return out;
}

/** The guide's relays and statements within statements, dropped sentence by sentence. */
function veto(ctx: ParagraphContext, statements: Statement[]): void {
  for (const group of bySentence(statements).values()) {
    if (group.length < 2) continue;
    for (const s of group) {
      // Members of one group ("data from X and Y") share a cue and never relay each other.
      const others = group.filter(
        (o) => o !== s && !o.vetoed && !sameSource(o.found, s.found) && o.cue.start !== s.cue.start,
      );
      if (!others.length) continue;
      const according = (o: Statement) => o.rule === 'according-to' && /^according|^in the words/i.test(o.cue.text);
      // "according to CMG, citing data from X": the one cited right after the "according to" speaks.
      const citedAfter = (a: Statement, c: Statement) =>
        according(a) &&
        /^(?:citing|quoting|cited|quoted)$/i.test(c.cue.text) &&
        c.cue.start > a.found.span.end &&
        /^[^,;.]*,\s*(?:which\s+|who\s+)?$/.test(ctx.masked.slice(a.found.span.end, c.cue.start));
      // "According to Yonhap, Lee said": the outlet relays; but in "…, according to a spokesperson
      // for X, Xinhua reported" the outlet that reports is the relay.
      if (others.some((o) => citedAfter(s, o))) s.vetoed = 'relay-outlet';
      else if (others.some((o) => citedAfter(o, s))) continue;
      else if (according(s) && others.some((o) => !RELAYING.test(o.cue.text))) s.vetoed = 'relay-outlet';
      else if (according(s)) continue;
      else if (RELAYING.test(s.cue.text) && others.some((o) => according(o) && o.cue.start < s.cue.start))
        s.vetoed = 'relay-outlet';
      else if (
        s.found.kind !== 'person' &&
        RELAYING.test(s.cue.text) &&
        // "X reported on Monday, citing Y": what is cited speaks, not the one citing it.
        !/^(?:citing|quoting)$/i.test(s.cue.text) &&
        // "Y said, X reported", "X reported, citing Y"; but in "X reported that Y asked" X speaks.
        (others.some((o) => o.cue.start < s.cue.start) ||
          CITING_AFTER.test(ctx.masked.slice(s.cue.end, s.cue.end + 40)))
      )
        s.vetoed = 'relay-outlet';
      else if (
        // "Citing data from X, the report said": the outlet or report that opens on its citation relays.
        s.found.kind !== 'person' &&
        others.some(
          (o) =>
            o.rule === 'according-to' && /^(?:citing|quoting)$/i.test(o.cue.text) && o.cue.start === s.sentence.start,
        )
      )
        s.vetoed = 'relay-outlet';
      else if (
        s.rule === 'source-then-cue' &&
        others.some(
          (o) =>
            o.rule === 'source-then-cue' &&
            o.cue.start < s.cue.start &&
            o.found.span.end <= o.cue.start &&
            // "…, while others argue": a contrast opens a statement of its own.
            !CONTRAST.test(ctx.masked.slice(o.cue.end, s.found.span.start)),
        )
      )
        s.vetoed = 'inside-statement';
    }
  }
  resolvedLater(ctx, statements);
  // '"…," CNN reported' after a person spoke in the paragraph: the outlet relays the quote.
  let personBefore = false;
  let personHere = false;
  let sentence = -1;
  for (const s of statements) {
    if (s.sentence.start !== sentence)
      [personBefore, personHere, sentence] = [personBefore || personHere, false, s.sentence.start];
    if (s.vetoed) continue;
    if (s.found.kind === 'person') personHere = true;
    else if (personBefore && RELAYING.test(s.cue.text) && ctx.masked[s.sentence.start] === MASK)
      s.vetoed = 'relay-outlet';
  }
}

/**
 * "…, an expert said. '…,' Song Zhongping, a military expert, told…": an unnamed "a/an X" that a person
 * the paragraph later describes as an X resolves is that person (the guide), not a source of its own.
 */
function resolvedLater(ctx: ParagraphContext, statements: Statement[]): void {
  for (const s of statements) {
    if (s.vetoed || s.found.kind !== 'unnamed' || !/^[\w-]+(?:\s+[\w-]+){0,2}$/.test(s.found.source)) continue;
    if (!/\b(?:a|an|one)\s+$/i.test(ctx.masked.slice(Math.max(0, s.found.span.start - 4), s.found.span.start)))
      continue;
    const head = s.found.source.split(/\s+/).pop()!.toLowerCase();
    const described = new RegExp(`^,[^,;.]*\\b${head}\\b[^;.]*,\\s*(?:\\w+\\s+)?$`, 'i');
    const person = statements.find(
      (o) =>
        !o.vetoed &&
        o.found.kind === 'person' &&
        o.cue.start > s.cue.start &&
        o.found.span.end > o.found.span.start &&
        described.test(ctx.masked.slice(o.found.span.end, o.cue.start)),
    );
    if (person) s.vetoed = 'resolved-later';
  }
}

/** A quote that is speech, not a fixed term or a name in quotation marks ("China threat"). */
function isSpeech(text: string, q: TextSpan, cue: Cue): boolean {
  // A name given in quotation marks: 'the so-called "China threat"', 'dubbed "Village BA"'.
  if (NAMING.test(text.slice(Math.max(0, q.start - 24), q.start))) return false;
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const words = inner.split(/\s+/).filter(Boolean);
  const adjacent = Math.abs(q.end - cue.start) <= 4 || Math.abs(cue.end - q.start) <= 4;
  if (words.every((w) => /^[A-Z0-9]/.test(w)) && words.length <= 6) return false;
  // A term the paper names: 'the false "China threat,"', '"Taiwan independence" forces'.
  const term = TERM.test(text.slice(Math.max(0, q.start - 30), q.start));
  // '"Taiwan independence" forces' is a term; '"We are confident," a staffer said' ends as speech.
  const modifier =
    /^[A-Z]/.test(inner) &&
    !/[,.!?]$/.test(inner) &&
    /^\s+[a-z]+\b(?!\s+(?:that|to)\b)/.test(text.slice(q.end, q.end + 20));
  if (words.length < 4 && !adjacent && (term || modifier)) return false;
  // Else even a word of the source's own is a quote: 'a "person"', 'in "retaining" customers'.
  return true;
}

/**
 * A sentence with no cue whose subject is a source of the paragraph quotes that source: "His
 * prior understanding was limited to "…"" (the person who spoke before), "After making the "…"
 * remarks, Takaichi has…" (a person the paragraph gives a statement).
 */
function subjectSpeaker(ctx: ParagraphContext, sentence: TextSpan, statements: Statement[]): Statement | undefined {
  if (/^(?:His|Her)\s/.test(ctx.masked.slice(sentence.start, sentence.start + 4)))
    return statements.filter((s) => s.found.kind === 'person' && s.cue.start < sentence.start).pop();
  for (const m of namesFrom(ctx, sentence.start, sentence.end)) {
    if (m.type !== 'PERSON' || !m.entity || insideQuote(ctx, m.start)) continue;
    const spoke = statements.find((s) => s.found.entity === m.entity);
    if (spoke) return spoke;
  }
  return undefined;
}

/** Gives each quoted passage to the statement of its sentence, else to the paragraph's statement before it. */
function quotesFor(ctx: ParagraphContext, statements: Statement[]): Map<Statement, TextSpan[]> {
  const out = new Map<Statement, TextSpan[]>(statements.map((s) => [s, []]));
  const groups = bySentence(statements);
  let next = 0; // statements[next] is the first statement of a later sentence than the quote's
  for (const q of ctx.quotes) {
    const sentence = sentenceAt(ctx, q.start);
    while (next < statements.length && statements[next]!.sentence.start <= sentence.start) next++;
    const here = groups.get(sentence.start) ?? [];
    const before = next > here.length ? statements[next - here.length - 1] : undefined;
    // A quote standing as a sentence of its own continues the statement before it.
    const own = !here.length && /^\s*$/.test(ctx.masked.slice(sentence.start, q.start));
    const first = statements[0];
    const subject = here.length || own ? undefined : subjectSpeaker(ctx, sentence, statements);
    const owner = here.length ? here : own && before ? [before] : own && first ? [first] : subject ? [subject] : [];
    for (const s of owner) {
      if (q.start < s.found.span.end && q.end > s.found.span.start) continue;
      if (isSpeech(ctx.text, q, s.cue) || !here.length) out.get(s)!.push(q);
    }
  }
  return out;
}

/** One record per source per paragraph: the first cue, direct when any of its quotes is speech. */
function records(ctx: ParagraphContext, statements: Statement[], index: Map<string, number>): Attribution[] {
  const kept = statements.filter((s) => !s.vetoed);
  const quotes = quotesFor(ctx, kept);
  const byKey = new Map<string, Attribution>();
  for (const s of kept) {
    const key = `${s.found.kind}\u0000${s.found.kind === 'unnamed' ? s.found.source.toLowerCase() : s.found.source}`;
    const mine = quotes.get(s)!;
    const known = byKey.get(key);
    if (known) {
      known.quotes.push(...mine.filter((q) => !known.quotes.includes(q)));
      known.direct = known.quotes.length > 0;
      continue;
    }
    const a: Attribution = {
      paragraph: ctx.paragraph,
      source: s.found.source,
      kind: s.found.kind,
      cue: s.cue.text,
      direct: mine.length > 0,
      reason: s.rule,
      sourceRule: s.found.rule,
      cueSpan: { start: s.cue.start, end: s.cue.end },
      quotes: [...mine],
    };
    if (s.found.span.end > s.found.span.start && !insideQuote(ctx, s.found.span.start)) a.sourceSpan = s.found.span;
    if (s.found.entity) {
      a.entity = s.found.entity;
      a.entityIndex = index.get(s.found.entity);
    }
    byKey.set(key, a);
  }
  return [...byKey.values()].sort((a, b) => a.cueSpan.start - b.cueSpan.start);
}

/**
 * Every attribution of an article, paragraph by paragraph (one step each). `trace`, when given,
 * collects every statement read and the veto that dropped it (`annotate --explain`, tests).
 */
export function* attributionSteps(
  paragraphs: readonly string[],
  mentions: readonly Mention[],
  entities: readonly Entity[],
  trace?: AttributionTrace[],
): Generator<void, Attribution[]> {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const speakers: Speaker[] = [];
  const bodies: Speaker[] = [];
  const documents: IssuedDocument[] = [];
  const out: Attribution[] = [];
  let first = 0;
  const paragraphAttributions = function* (p: number, text: string, words: readonly CueWord[]) {
    if (text.length > LONG) yield;
    const ctx = paragraphContext(p, text, mentions, first, byId, speakers, bodies, documents, paragraphs);
    documents.push(...documentsIn(ctx));
    if (text.length > LONG) yield;
    const statements = yield* statementsOf(ctx, words, trace);
    veto(ctx, statements);
    for (const s of statements) {
      const source = `${s.found.kind}:${s.found.source}:${s.found.rule}`;
      trace?.push({ paragraph: p, cue: s.cue.text, rule: s.rule, source, vetoed: s.vetoed });
    }
    const found = records(ctx, statements, index);
    for (const a of found) {
      if (a.kind === 'person' && a.entity) speakers.push({ entity: a.entity, paragraph: p });
      if (a.sourceRule === 'body-speaker' && a.entity) bodies.push({ entity: a.entity, paragraph: p });
    }
    return found;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    while (first < mentions.length && mentions[first]!.paragraph < p) first++;
    const text = paragraphs[p]!;
    const words = cueWords(text);
    if (mayHoldCue(text, words)) out.push(...(yield* paragraphAttributions(p, text, words)));
    // A paragraph with no cue may still give a document its issuer for a later "the report said".
    else if (MAY_ISSUE.test(text))
      documents.push(
        ...documentsIn(paragraphContext(p, text, mentions, first, byId, speakers, bodies, documents, paragraphs)),
      );
    yield;
  }
  return out;
}
