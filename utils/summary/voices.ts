/**
 * Who is speaking, as the popup and the copied summary show it (issue 22): the article's
 * attributions gathered per source, grouped by kind, with each source's statements and the
 * opening words of its first one. Pure: built from the article and its analysis.
 */
import type { Analysis, Attribution, AttributionKind, Mention } from '../analysis/types';
import type { Article } from '../page/article-reader';
import { splitSentences } from './summary';

export const VOICE_KINDS: readonly AttributionKind[] = ['person', 'organization', 'state', 'unnamed'];

/** One source of the article and what it says. */
export interface Voice {
  /** Same source, same key: the entity for a named one, the words for the rest. */
  key: string;
  source: string;
  kind: AttributionKind;
  /** The role the article gives the source's entity ("spokesperson"), where known. */
  role?: string;
  /** The paragraphs it speaks in, one per statement, in article order. */
  paragraphs: number[];
  /** The mention that shows each statement in the page (null: none could). */
  mentions: (number | null)[];
  /** The first words of the sentence of its first statement. */
  opening: string;
}

export type VoiceGroups = Record<AttributionKind, Voice[]>;

/** How many opening words a statement shows: enough to recognise it, short enough for one line or two. */
export const OPENING_WORDS = 12;

/** The sentence holding offset `at` of a paragraph, cut to its first `count` words (an ellipsis when cut). */
export function openingWords(paragraph: string, at: number, count = OPENING_WORDS): string {
  const sentences = splitSentences(paragraph);
  const sentence = sentences.find((s) => at >= s.start && at < s.end) ?? sentences[sentences.length - 1];
  const words = (sentence?.text ?? '').split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}

// How far a mention is from a statement's cue in reading order: within its paragraph by offset,
// elsewhere by paragraphs first, then the end of an earlier paragraph or the start of a later one.
const distance = (m: Mention, a: Attribution) =>
  m.paragraph === a.paragraph
    ? Math.abs(m.start - a.cueSpan.start)
    : Math.abs(m.paragraph - a.paragraph) * 1e6 + (m.paragraph < a.paragraph ? -m.start : m.start);

/**
 * The mention that takes the reader to a statement: the source's own mention in its paragraph,
 * or its nearest one; for a source with no entity, the mention nearest the cue. Null when the
 * article has none (then the page cannot show it).
 */
export function statementMention(analysis: Analysis, a: Attribution): number | null {
  const own = a.entityIndex === undefined ? undefined : analysis.entities[a.entityIndex]?.mentions;
  const candidates = own?.length ? own : analysis.mentions.flatMap((m, i) => (m.conversionOf === undefined ? [i] : []));
  let best: number | null = null;
  for (const i of candidates) {
    const m = analysis.mentions[i];
    if (m && (best === null || distance(m, a) < distance(analysis.mentions[best]!, a))) best = i;
  }
  return best;
}

const voiceKey = (a: Attribution) => `${a.kind}:${a.entity ?? a.source.toLowerCase()}`;

/** The article's sources by kind, the most quoted first; null while the attributions are not read yet. */
export function articleVoices(article: Pick<Article, 'paragraphs'>, analysis: Analysis): VoiceGroups | null {
  if (!analysis.attributions) return null;
  const byKey = new Map<string, Voice>();
  for (const a of analysis.attributions) {
    const key = voiceKey(a);
    let voice = byKey.get(key);
    if (!voice) {
      const role = a.entityIndex === undefined ? undefined : analysis.entities[a.entityIndex]?.role;
      const text = article.paragraphs[a.paragraph]?.text ?? '';
      voice = { key, source: a.source, kind: a.kind, paragraphs: [], mentions: [], opening: '' };
      voice.opening = openingWords(text, a.cueSpan.start);
      if (role) voice.role = role;
      byKey.set(key, voice);
    }
    voice.paragraphs.push(a.paragraph);
    voice.mentions.push(statementMention(analysis, a));
  }
  const groups: VoiceGroups = { person: [], organization: [], state: [], unnamed: [] };
  for (const voice of byKey.values()) groups[voice.kind].push(voice);
  // Stable sort: equally quoted sources keep the article's order.
  for (const kind of VOICE_KINDS) groups[kind].sort((a, b) => b.paragraphs.length - a.paragraphs.length);
  return groups;
}

export interface VoiceTally {
  total: number;
  counts: Record<AttributionKind, number>;
}

export function voiceTally(groups: VoiceGroups): VoiceTally {
  const counts = { person: 0, organization: 0, state: 0, unnamed: 0 };
  for (const kind of VOICE_KINDS) counts[kind] = groups[kind].length;
  return { total: VOICE_KINDS.reduce((sum, k) => sum + counts[k], 0), counts };
}

/** The words of the tally and of the copied voices, in the interface language. */
export interface VoiceWords {
  /** "7 sources", "1 source". */
  sources: (n: number) => string;
  /** "3 named people", "2 organizations", "1 state", "2 unnamed". */
  kinds: Record<AttributionKind, (n: number) => string>;
  /** "2 statements". */
  statements: (n: number) => string;
}

export const ENGLISH_VOICE_WORDS: VoiceWords = {
  sources: (n) => `${n} ${n === 1 ? 'source' : 'sources'}`,
  kinds: {
    person: (n) => `${n} named ${n === 1 ? 'person' : 'people'}`,
    organization: (n) => `${n} ${n === 1 ? 'organization' : 'organizations'}`,
    state: (n) => `${n} ${n === 1 ? 'state' : 'states'}`,
    unnamed: (n) => `${n} unnamed`,
  },
  statements: (n) => `${n} ${n === 1 ? 'statement' : 'statements'}`,
};

/** "7 sources: 3 named people, 2 organizations, 2 unnamed" (kinds with none left out). */
export function tallyLine(tally: VoiceTally, words: VoiceWords = ENGLISH_VOICE_WORDS): string {
  const parts = VOICE_KINDS.filter((k) => tally.counts[k] > 0).map((k) => words.kinds[k](tally.counts[k]));
  return parts.length ? `${words.sources(tally.total)}: ${parts.join(', ')}` : words.sources(0);
}

const md = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The voices as Markdown lines: the tally, then one line per source. */
export function voicesMarkdown(groups: VoiceGroups, words: VoiceWords = ENGLISH_VOICE_WORDS): string[] {
  const tally = voiceTally(groups);
  const lines = [tallyLine(tally, words)];
  if (tally.total) lines.push('');
  for (const kind of VOICE_KINDS)
    for (const v of groups[kind]) {
      const who = v.role ? `${md(v.source)}, ${md(v.role)}` : md(v.source);
      lines.push(`- **${who}** (${words.statements(v.paragraphs.length)}): “${md(v.opening)}”`);
    }
  return lines;
}
