/**
 * What changed in an article between the reader's visit and now: its headline and paragraphs
 * compared as the reader sees them, where changes of whitespace and punctuation alone do not count
 * (a curly quote, a space after a full stop, a paragraph split in two). Codes and numbers only:
 * the UI words them. Pure: no storage, no DOM.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

/** What an article said: the parts compared. */
export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
}

export type PartChange = 'same' | 'added' | 'removed';

/** One piece of a word-by-word diff; the 'same' and 'removed' parts rebuild the old text, 'same' and 'added' the new. */
export interface DiffPart {
  change: PartChange;
  text: string;
}

/** A paragraph's fate, with its index in the text read (`before`) and in today's (`after`). */
export type ParagraphEdit =
  | { change: 'changed'; before: number; after: number; parts: DiffPart[] }
  | { change: 'added'; after: number; text: string }
  | { change: 'removed'; before: number; text: string };

export interface EditSummary {
  headlineChanged: boolean;
  changed: number;
  added: number;
  removed: number;
}

export interface ArticleEdits {
  /** True when the headline or the text changed beyond whitespace and punctuation. */
  edited: boolean;
  summary: EditSummary;
  /** The headline word by word when it changed, else null. */
  headline: DiffPart[] | null;
  /** The paragraphs that changed, were added or removed, in article order. */
  paragraphs: ParagraphEdit[];
}

/** One line of the summary for the UI to word: "headline changed", "2 paragraphs changed". */
export type EditItem = { code: 'headline' } | { code: 'changed' | 'added' | 'removed'; count: number };

// Whitespace and punctuation but the full stop and the percent signs.
const IGNORED = /[^\P{P}.%‰]|\s/gu;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * The text as compared: Unicode-normalized, without whitespace or punctuation, except a decimal
 * point ("4.5" is not "45") and the percent sign. "China’s" and "China's", "1,234" and "1234",
 * "2016-2030" and "2016–2030", "4. 5" and "4.5" are the same. The ASCII hyphen is punctuation,
 * so "-35C" is "35C" too (the minus sign "−35C" is not).
 */
export function comparisonKey(text: string): string {
  // Whitespace and punctuation go first, so that neither can decide what a full stop is, and
  // again after normalizing, which can make punctuation of other characters ("…" is "...").
  const s = text.replace(IGNORED, '').normalize('NFKC').replace(IGNORED, '');
  let key = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '.' || (isDigit(s[i - 1]) && isDigit(s[i + 1]))) key += s[i];
  }
  return key;
}

/** The two texts word by word (whitespace runs are parts too, so the parts rebuild both exactly). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({
    change: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

// Two paragraphs are one paragraph edited when at least half their words are shared.
const SIMILAR = 0.5;
// Above this many paragraph pairs, paragraphs pair only when equal (a hostile page stays fast).
const MAX_FUZZY_PAIRS = 100_000;
// Beyond this many paragraph insertions and removals, the paragraphs are compared in place.
const MAX_PARAGRAPH_EDITS = 400;

function wordsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient on the words of two paragraphs (with repeats), 0 to 1. */
function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [w, n] of a) shared += Math.min(n, b.get(w) ?? 0);
  return total ? (2 * shared) / total : 0;
}

interface Side {
  /** Indices in the article of the paragraphs that hold more than whitespace and punctuation. */
  index: number[];
  keys: string[];
  words: Map<string, number>[];
}

function side(paragraphs: readonly string[]): Side {
  const index: number[] = [];
  const keys: string[] = [];
  paragraphs.forEach((p, i) => {
    const key = comparisonKey(p);
    if (!key) return;
    index.push(i);
    keys.push(key);
  });
  return { index, keys, words: [] };
}

/**
 * Lines the paragraphs up (jsdiff's diffArrays over their positions, where a paragraph matches an
 * equal one or one edited from it), then names each: changed, added or removed.
 */
function paragraphEdits(read: readonly string[], now: readonly string[]): ParagraphEdit[] {
  const a = side(read);
  const b = side(now);
  const fuzzy = a.keys.length * b.keys.length <= MAX_FUZZY_PAIRS;
  if (fuzzy) {
    a.words = a.index.map((i) => wordsOf(read[i]!));
    b.words = b.index.map((i) => wordsOf(now[i]!));
  }
  const matches = (i: number, j: number) =>
    a.keys[i] === b.keys[j] || (fuzzy && similarity(a.words[i]!, b.words[j]!) >= SIMILAR);
  const positions = (n: number) => Array.from({ length: n }, (_, i) => i);
  const runs = diffArrays(positions(a.keys.length), positions(b.keys.length), {
    comparator: matches,
    maxEditLength: MAX_PARAGRAPH_EDITS,
  }) ?? [{ value: positions(Math.min(a.keys.length, b.keys.length)), added: false, removed: false, count: 0 }];

  const edits: ParagraphEdit[] = [];
  let i = 0;
  let j = 0;
  const pair = (x: number, y: number) => {
    if (a.keys[x] === b.keys[y]) return;
    const before = a.index[x]!;
    const after = b.index[y]!;
    edits.push({ change: 'changed', before, after, parts: wordDiff(read[before]!, now[after]!) });
  };
  for (const run of runs) {
    for (let k = 0; k < run.value.length; k++) {
      if (run.removed) edits.push({ change: 'removed', before: a.index[i]!, text: read[a.index[i++]!]! });
      else if (run.added) edits.push({ change: 'added', after: b.index[j]!, text: now[b.index[j++]!]! });
      else pair(i++, j++);
    }
  }
  // Past the edit limit the rest was compared in place: what is left over was removed or added.
  for (; i < a.keys.length; i++) edits.push({ change: 'removed', before: a.index[i]!, text: read[a.index[i]!]! });
  for (; j < b.keys.length; j++) edits.push({ change: 'added', after: b.index[j]!, text: now[b.index[j]!]! });
  return edits;
}

/** Compares what an article said when it was read with what it says now. */
export function compareArticles(read: ArticleText, now: ArticleText): ArticleEdits {
  const headlineChanged = comparisonKey(read.title) !== comparisonKey(now.title);
  // The body as one text first: paragraphs split or joined differently are the same words.
  const bodyChanged = read.paragraphs.map(comparisonKey).join('') !== now.paragraphs.map(comparisonKey).join('');
  const paragraphs = bodyChanged ? paragraphEdits(read.paragraphs, now.paragraphs) : [];
  const count = (change: ParagraphEdit['change']) => paragraphs.filter((p) => p.change === change).length;
  const summary = { headlineChanged, changed: count('changed'), added: count('added'), removed: count('removed') };
  return {
    edited: headlineChanged || paragraphs.length > 0,
    summary,
    headline: headlineChanged ? wordDiff(read.title, now.title) : null,
    paragraphs,
  };
}

/** The summary as the lines the notice shows, in a fixed order, leaving out what did not happen. */
export function summaryItems(summary: EditSummary): EditItem[] {
  const items: EditItem[] = summary.headlineChanged ? [{ code: 'headline' }] : [];
  for (const code of ['changed', 'added', 'removed'] as const) {
    if (summary[code] > 0) items.push({ code, count: summary[code] });
  }
  return items;
}
