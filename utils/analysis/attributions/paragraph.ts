/**
 * One paragraph as the attribution rules read it: its quoted passages, its text with those
 * passages masked (so a comma or a verb inside a quote never reads as the paragraph's own), its
 * sentences, its named mentions, and the article's people and speakers before it.
 */
import { lastIndexWhere } from '../../binary-search';
import type { Entity, Mention, TextSpan } from '../types';

/** Stands for every character of a quoted passage in the masked text. */
export const MASK = '\uE000';

export interface Speaker {
  entity: string;
  paragraph: number;
}

/** A report, survey or paper the article gave an issuer ("a survey released by X", "Japan's white paper"). */
export interface IssuedDocument {
  head: string;
  paragraph: number;
  at: number;
  issuers: { kind: 'person' | 'organization' | 'state'; source: string; entity?: string }[];
}

export interface ParagraphContext {
  paragraph: number;
  text: string;
  masked: string;
  quotes: TextSpan[];
  sentences: TextSpan[];
  /** PERSON, ORG and PLACE mentions of this paragraph, in text order. */
  names: Mention[];
  /** Every mention of the article (for what was named before) and the entity index. */
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
  /** The indices of this paragraph's mentions in `mentions`: [firstMention, mentionEnd). */
  firstMention: number;
  mentionEnd: number;
  /** People who spoke in earlier paragraphs, latest last. */
  speakers: readonly Speaker[];
  /** People who spoke earlier in this paragraph, latest last (filled while it is read). */
  spokeHere: string[];
  /** Organizations whose unnamed spokesperson or official spoke in earlier paragraphs, latest last. */
  bodies: readonly Speaker[];
  /** Documents given an issuer so far, this paragraph's included, latest last. */
  documents: IssuedDocument[];
  /** The article's paragraphs (to read where an earlier name stands in its sentence). */
  paragraphs: readonly string[];
}

/** Quoted passages: “…” and "…" paired in order; one left open runs to the paragraph's end. */
export function quotePassages(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0 && (c === '“' || c === '"')) open = i;
    else if (open >= 0 && (c === '”' || c === '"')) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

function maskQuotes(text: string, quotes: readonly TextSpan[]): string {
  if (!quotes.length) return text;
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start) + MASK.repeat(q.end - q.start);
    at = q.end;
  }
  return out + text.slice(at);
}

const ABBREVIATION_BEFORE_DOT =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|No|Gen|Lt|Col|Prof|Rep|Sen|Gov|Co|Inc|Ltd|Corp|vs|U\.S|U\.K)|\b[A-Z])$/;

/**
 * Sentences: a dot, question or exclamation mark then a space and a capital; never inside a
 * quoted passage (a quote that ends a sentence ends it at its closing mark), never after an
 * abbreviation's dot.
 */
export function sentencesOf(text: string, quotes: readonly TextSpan[] = quotePassages(text)): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+["”’]?\s+(?=[A-Z0-9"“(])/g)) {
    const close = m.index + m[0].trimEnd().length;
    if (quotes.some((q) => m.index > q.start && m.index < q.end && q.end !== close)) continue;
    if (ABBREVIATION_BEFORE_DOT.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push({ start, end: close });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function paragraphContext(
  paragraph: number,
  text: string,
  mentions: readonly Mention[],
  firstMention: number,
  entities: ReadonlyMap<string, Entity>,
  speakers: readonly Speaker[],
  bodies: readonly Speaker[] = [],
  documents: IssuedDocument[] = [],
  paragraphs: readonly string[] = [],
): ParagraphContext {
  const quotes = quotePassages(text);
  const masked = maskQuotes(text, quotes);
  const names: Mention[] = [];
  let mentionEnd = firstMention;
  for (; mentionEnd < mentions.length && mentions[mentionEnd]!.paragraph === paragraph; mentionEnd++) {
    const m = mentions[mentionEnd]!;
    if (m.entity) names.push(m);
  }
  return {
    paragraph,
    text,
    masked,
    quotes,
    sentences: sentencesOf(text, quotes),
    names,
    mentions,
    entities,
    firstMention,
    mentionEnd,
    speakers,
    spokeHere: [],
    bodies,
    documents,
    paragraphs,
  };
}

/** The sentence holding `at` (sentences are sorted, so a binary search: long pages have thousands). */
export function sentenceAt(ctx: ParagraphContext, at: number): TextSpan {
  const s = ctx.sentences[lastIndexWhere(ctx.sentences.length, (i) => ctx.sentences[i]!.start <= at)];
  return s && at < s.end ? s : { start: s?.end ?? 0, end: s?.end ?? ctx.text.length };
}

export function insideQuote(ctx: ParagraphContext, at: number): boolean {
  const q = ctx.quotes[lastIndexWhere(ctx.quotes.length, (i) => ctx.quotes[i]!.start <= at)];
  return !!q && at < q.end;
}

/** The index of the last named mention starting before `at`, or -1 (names are in text order and never overlap). */
export const nameIndexBefore = (ctx: ParagraphContext, at: number) =>
  lastIndexWhere(ctx.names.length, (i) => ctx.names[i]!.start < at);

/** The named mention that ends exactly at `end`. */
export function nameEndingAt(ctx: ParagraphContext, end: number): Mention | undefined {
  const m = ctx.names[nameIndexBefore(ctx, end)];
  return m?.end === end ? m : undefined;
}

/** The named mention holding the offset `at`. */
export function nameAt(ctx: ParagraphContext, at: number): Mention | undefined {
  const m = ctx.names[nameIndexBefore(ctx, at + 1)];
  return m && at < m.end ? m : undefined;
}

/** The named mentions that start within [from, to), in order. */
export function namesFrom(ctx: ParagraphContext, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = nameIndexBefore(ctx, from) + 1; i < ctx.names.length && ctx.names[i]!.start < to; i++)
    out.push(ctx.names[i]!);
  return out;
}

/** The index in `mentions` of the article's last mention before offset `at` of this paragraph, or -1. */
export function mentionIndexBefore(ctx: ParagraphContext, at: number): number {
  const n = ctx.mentionEnd - ctx.firstMention;
  return ctx.firstMention + lastIndexWhere(n, (i) => ctx.mentions[ctx.firstMention + i]!.start < at);
}
