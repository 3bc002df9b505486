/**
 * The popup's summary of an article: key points, ranked entities, key figures, and the same as
 * Markdown. Pure: built from the article and its analysis, no DOM, no extension APIs.
 */
import type { Analysis, Entity, EntityType, Mention } from '../analysis/types';
import { describeValue } from '../format/mention-format';
import type { Article } from '../page/article-reader';

export interface Sentence {
  text: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface KeyFigure {
  /** The figure as written, with its bracketed conversion: "600 billion yuan ($92 billion)". */
  text: string;
  type: Mention['type'];
  /** A few words before it in its sentence: "Shaoxing's GDP is expected to exceed". */
  context: string;
  /** The whole sentence it comes from. */
  sentence: string;
  value: string | null;
  /** Every mention of the same figure, in article order (for "next mention"). */
  mentions: number[];
}

export interface RankedEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  mentions: number[];
  /** Who's who: the role the article gives (utils/analysis/roles.ts). */
  role?: string;
}

export interface Summary {
  keyPoints: Sentence[];
  people: RankedEntity[];
  organizations: RankedEntity[];
  places: RankedEntity[];
  figures: KeyFigure[];
}

// Words that end in a period without ending a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Lt|Col|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|etc|approx|[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/;

/** Splits a paragraph into sentences, also where GT's archive glued them ("development.The"). */
export function splitSentences(text: string, paragraph = 0): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["'”’)\]]*(?:\s+(?=["'“‘(]?[A-Z0-9])|(?=[A-Z][a-z]))/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const head = text.slice(start, m.index + 1);
    // "Jan. 7", "U.S. dollars", "E. China": the period belongs to a word.
    if (ABBREVIATION.test(head)) continue;
    // A glued boundary only after a lowercase word ("development.The"), never in "JD.Com".
    if (!/\s/.test(m[0]) && !/[a-z]{2}[.!?]$/.test(text.slice(Math.max(start, m.index - 2), m.index + 1))) continue;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;

  function push(from: number, to: number) {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) out.push({ text: text.slice(from, to), paragraph, start: from, end: to });
  }
}

const FIGURE_WEIGHT: Partial<Record<Mention['type'], number>> = { MONEY: 0.5, PERCENT: 0.3, QUANTITY: 0.2 };

const words = (s: string) => s.split(/\s+/).filter((w) => /\w/.test(w)).length;

/**
 * Three sentences that carry the story: the lead (unless it says nothing: no name, no figure,
 * a few words), then the sentences richest in the article's salient entities and figures,
 * never from a caption or the credit line, in article order.
 */
export function keyPoints(article: Pick<Article, 'paragraphs'>, analysis: Analysis, count = 3): Sentence[] {
  const salience = new Map(analysis.entities.map((e) => [e.id, e.salience]));
  const sentences = article.paragraphs.flatMap((p, i) => (p.kind === 'body' ? splitSentences(p.text, i) : []));
  const inside = (s: Sentence) =>
    analysis.mentions.filter((m) => m.paragraph === s.paragraph && m.start >= s.start && m.end <= s.end);
  const scored = sentences.map((s, order) => {
    const ms = inside(s);
    const entities = new Set(ms.flatMap((m) => (m.entity ? [m.entity] : [])));
    const figures = ms.filter((m) => !m.entity && m.conversionOf === undefined);
    const w = words(s.text);
    // Salient names matter up to a point; money and percentages are what readers look for.
    const names = Math.min(
      1,
      [...entities].reduce((sum, id) => sum + (salience.get(id) ?? 0), 0),
    );
    const numbers = Math.min(
      0.8,
      figures.reduce((sum, m) => sum + (FIGURE_WEIGHT[m.type] ?? 0.1), 0),
    );
    let score = names + numbers + 0.3 / (1 + order);
    if (w < 8) score -= 0.5;
    if (w > 50) score -= 0.3;
    if (/^["“]/.test(s.text)) score -= 0.2;
    return { s, order, score, empty: entities.size === 0 && figures.length === 0 && w < 12 };
  });
  const lead = scored[0];
  const chosen = new Set<number>();
  if (lead && !lead.empty) chosen.add(0);
  for (const c of [...scored].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (chosen.size >= count) break;
    if (words(c.s.text) >= 5) chosen.add(c.order);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => scored[i]!.s);
}

/** Every entity of a type, most salient first (the card shows the first few and says how many more). */
function ranked(entities: Entity[], type: EntityType): RankedEntity[] {
  return entities
    .filter((e) => e.type === type)
    .map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      count: e.mentions.length,
      mentions: e.mentions,
      ...(e.role ? { role: e.role } : {}),
    }));
}

const KEY_FIGURE_TYPES = new Set(['MONEY', 'PERCENT', 'QUANTITY', 'DATE']);

function contextBefore(sentence: Sentence, paragraphText: string, m: Mention): string {
  const before = paragraphText.slice(sentence.start, m.start).replace(/[\s(]+$/, '');
  const clause = before.split(/[,;:]\s+(?=\S)/).pop() ?? '';
  const ws = clause.split(/\s+/).filter(Boolean);
  return (ws.length > 7 ? '… ' : '') + ws.slice(-7).join(' ');
}

/** Money, percentages, quantities and dates, once each, with where and how they are said. */
export function keyFigures(article: Pick<Article, 'paragraphs'>, analysis: Analysis, limit = 10): KeyFigure[] {
  const sentencesOf = new Map<number, Sentence[]>();
  const sentenceAt = (m: Mention) => {
    const list = sentencesOf.get(m.paragraph) ?? splitSentences(article.paragraphs[m.paragraph]!.text, m.paragraph);
    sentencesOf.set(m.paragraph, list);
    return list.find((s) => m.start >= s.start && m.start < s.end) ?? list[list.length - 1]!;
  };
  const byKey = new Map<string, KeyFigure>();
  analysis.mentions.forEach((m, i) => {
    if (!KEY_FIGURE_TYPES.has(m.type) || m.conversionOf !== undefined) return;
    if (article.paragraphs[m.paragraph]?.kind !== 'body') return;
    const key = `${m.type}:${m.text}:${JSON.stringify(m.value)}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.mentions.push(i);
      return;
    }
    const conversion = analysis.mentions[i + 1]?.conversionOf === i ? analysis.mentions[i + 1]!.text : null;
    const sentence = sentenceAt(m);
    byKey.set(key, {
      text: conversion ? `${m.text} (${conversion})` : m.text,
      type: m.type,
      context: contextBefore(sentence, article.paragraphs[m.paragraph]!.text, m),
      sentence: sentence.text,
      value: describeValue(m),
      mentions: [i],
    });
  });
  // Money first (the reader's usual question), then the rest in article order.
  const all = [...byKey.values()];
  return [...all.filter((f) => f.type === 'MONEY'), ...all.filter((f) => f.type !== 'MONEY')].slice(0, limit);
}

export function summarize(article: Pick<Article, 'paragraphs'>, analysis: Analysis): Summary {
  return {
    keyPoints: keyPoints(article, analysis),
    people: ranked(analysis.entities, 'PERSON'),
    organizations: ranked(analysis.entities, 'ORG'),
    places: ranked(analysis.entities, 'PLACE'),
    figures: keyFigures(article, analysis),
  };
}

/** "3 days ago", "today", "in 2 days" in the reader's language. */
export function daysAgo(published: string, now: Date, locale?: string): string {
  const days = Math.round((now.getTime() - new Date(published).getTime()) / 86_400_000);
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-days, 'day');
}

const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The Markdown's headings and byline in the interface language. */
export interface MarkdownWords {
  keyPoints: string;
  whoAndWhere: string;
  keyFigures: string;
  people: string;
  organizations: string;
  places: string;
  byline: (names: string) => string;
}

export const ENGLISH_MARKDOWN: MarkdownWords = {
  keyPoints: 'Key points',
  whoAndWhere: 'Who and where',
  keyFigures: 'Key figures',
  people: 'People',
  organizations: 'Organizations',
  places: 'Places',
  byline: (names) => `By ${names}`,
};

/** The card as Markdown, for "Copy summary". */
export function summaryMarkdown(
  article: Pick<Article, 'title' | 'url' | 'published' | 'authors' | 'section'>,
  summary: Summary,
  published: string | null,
  words: MarkdownWords = ENGLISH_MARKDOWN,
  /** Who is speaking (utils/summary/voices.ts `voicesMarkdown`), under its heading; left out when not read yet. */
  voices?: { heading: string; lines: string[] },
): string {
  const lines: string[] = [];
  lines.push(article.url ? `# [${md(article.title)}](${article.url})` : `# ${md(article.title)}`);
  const meta = [article.section, article.authors.length ? words.byline(article.authors.join(', ')) : null, published];
  const shown = meta.filter(Boolean);
  if (shown.length) lines.push('', `*${shown.map((m) => md(m!)).join(' · ')}*`);
  if (summary.keyPoints.length)
    lines.push('', `## ${words.keyPoints}`, '', ...summary.keyPoints.map((s) => `- ${md(s.text)}`));
  const group = (title: string, list: RankedEntity[]) =>
    list.length
      ? [
          `**${title}:** ${list.map((e) => `${md(e.name)} (${e.type === 'PERSON' && e.role ? `${md(e.role)}, ` : ''}${e.count})`).join(', ')}`,
        ]
      : [];
  const entityLines = [
    ...group(words.people, summary.people),
    ...group(words.organizations, summary.organizations),
    ...group(words.places, summary.places),
  ];
  if (entityLines.length)
    lines.push('', `## ${words.whoAndWhere}`, '', ...entityLines.flatMap((l) => [l, '']).slice(0, -1));
  if (summary.figures.length) {
    lines.push(
      '',
      `## ${words.keyFigures}`,
      '',
      ...summary.figures.map((f) => `- ${md(f.text)}${f.context ? ` — ${md(f.context)}` : ''}`),
    );
  }
  if (voices) lines.push('', `## ${voices.heading}`, '', ...voices.lines);
  return `${lines.join('\n')}\n`;
}
