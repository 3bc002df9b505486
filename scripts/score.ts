/**
 * Scoring as ../shared/dev-set/README.md defines it: per label, per article, as multisets;
 * strict when the texts are equal after trimming punctuation and a possessive 's, lenient when
 * one contains the other.
 */

export interface Labeled {
  type: string;
  text: string;
  value?: unknown;
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  lenient: number;
}

export const ENTITY_LABELS = ['PERSON', 'ORG', 'PLACE'] as const;
export const FIGURE_LABELS = ['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'DATE'] as const;
export const LABELS = [...ENTITY_LABELS, ...FIGURE_LABELS];

export function normalize(text: string): string {
  return text
    .trim()
    .replace(/['’]s$/, '')
    .replace(/^[\s"'“”‘’()[\],.;:!?]+|[\s"'“”‘’()[\],.;:!?]+$/g, '')
    .replace(/['’]s$/, '');
}

export interface Match {
  gold: Labeled;
  predicted: Labeled;
}

/** Matches one label's mentions of one article: strict pairs first, then lenient ones. */
export function matchLabel(
  gold: Labeled[],
  predicted: Labeled[],
): { strict: Match[]; lenient: Match[]; missed: Labeled[]; extra: Labeled[] } {
  const g = gold.map((x) => ({ x, n: normalize(x.text), used: false }));
  const p = predicted.map((x) => ({ x, n: normalize(x.text), used: false }));
  const strict: Match[] = [];
  const lenient: Match[] = [];
  for (const pi of p) {
    const gi = g.find((c) => !c.used && c.n === pi.n);
    if (gi) {
      gi.used = pi.used = true;
      strict.push({ gold: gi.x, predicted: pi.x });
    }
  }
  for (const pi of p) {
    if (pi.used || !pi.n) continue;
    const gi = g.find((c) => !c.used && c.n && (c.n.includes(pi.n) || pi.n.includes(c.n)));
    if (gi) {
      gi.used = pi.used = true;
      lenient.push({ gold: gi.x, predicted: pi.x });
    }
  }
  return {
    strict,
    lenient,
    missed: g.filter((c) => !c.used).map((c) => c.x),
    extra: p.filter((c) => !c.used).map((c) => c.x),
  };
}

export function prf(c: Counts, kind: 'strict' | 'lenient') {
  const tp = kind === 'strict' ? c.strict : c.strict + c.lenient;
  const precision = c.predicted ? tp / c.predicted : 0;
  const recall = c.gold ? tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function add(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    strict: a.strict + b.strict,
    lenient: a.lenient + b.lenient,
  };
}

export const zero = (): Counts => ({ gold: 0, predicted: 0, strict: 0, lenient: 0 });
