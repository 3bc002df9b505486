/**
 * Attributions scored as ../shared/docs/attribution-guide.md defines it: per article, records
 * match on (paragraph, kind, source), names compared after the mentions' normalization (case, a
 * leading "the", a trailing "'s"); for `unnamed` only how many each paragraph cites. Kind
 * agreement: over the records matched on (paragraph, source) whatever their kind; direct
 * agreement over the matched ones. Also the simple finder the issue compares against: each cue
 * takes the nearest named person or organization of its sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sentencesOf } from '../utils/analysis/attributions/paragraph';
import { cueWords } from '../utils/analysis/attributions/rules';
import type { Analysis, AttributionKind } from '../utils/analysis/types';
import { SHARED } from './labelled-sets';
import { normalize } from './score';

export interface AttributionRecord {
  paragraph: number;
  source: string;
  kind: AttributionKind;
  cue: string;
  direct: boolean;
}

export const KINDS: AttributionKind[] = ['person', 'organization', 'state', 'unnamed'];

export interface KindCounts {
  gold: number;
  predicted: number;
  /** Gold records matched (by gold kind) and predicted records matched (by predicted kind). */
  matched: number;
}

export interface AttributionScore {
  byKind: Record<AttributionKind, KindCounts>;
  kindPairs: number;
  kindAgree: number;
  directPairs: number;
  directAgree: number;
  misses: string[];
  falseHits: string[];
}

export const emptyScore = (): AttributionScore => ({
  byKind: Object.fromEntries(
    KINDS.map((k) => [k, { gold: 0, predicted: 0, matched: 0 }]),
  ) as AttributionScore['byKind'],
  kindPairs: 0,
  kindAgree: 0,
  directPairs: 0,
  directAgree: 0,
  misses: [],
  falseHits: [],
});

const nameKey = (s: string) =>
  normalize(s)
    .toLowerCase()
    .replace(/^the\s+/, '');
const key = (r: AttributionRecord) => `${r.paragraph}|${r.kind}|${r.kind === 'unnamed' ? '' : nameKey(r.source)}`;
const show = (r: AttributionRecord) =>
  `p${r.paragraph} ${r.kind} "${r.source}" (${r.cue}${r.direct ? ', direct' : ''})`;

/** Adds one article's records to the score. */
export function scoreArticle(
  score: AttributionScore,
  name: string,
  gold: AttributionRecord[],
  predicted: AttributionRecord[],
): void {
  for (const g of gold) score.byKind[g.kind].gold++;
  for (const p of predicted) score.byKind[p.kind].predicted++;
  const left = [...predicted];
  const missed: AttributionRecord[] = [];
  // Unnamed sources match by count; the same words first, so that direct agreement compares like with like.
  const order = [...gold].sort((a, b) => Number(a.kind === 'unnamed') - Number(b.kind === 'unnamed'));
  for (const g of order) {
    const same = left.findIndex((p) => key(p) === key(g) && nameKey(p.source) === nameKey(g.source));
    const i = same >= 0 ? same : left.findIndex((p) => key(p) === key(g));
    if (i < 0) {
      missed.push(g);
      continue;
    }
    const p = left.splice(i, 1)[0]!;
    score.byKind[g.kind].matched++;
    score.kindPairs++;
    score.kindAgree++;
    score.directPairs++;
    if (p.direct === g.direct) score.directAgree++;
    else score.misses.push(`${name} direct: gold ${show(g)} got ${show(p)}`);
  }
  for (const g of missed) {
    const i = left.findIndex((p) => p.paragraph === g.paragraph && nameKey(p.source) === nameKey(g.source));
    if (i >= 0) {
      const p = left.splice(i, 1)[0]!;
      score.kindPairs++;
      score.misses.push(`${name} kind: gold ${show(g)} got ${show(p)}`);
      score.falseHits.push(`${name} ${show(p)} (kind)`);
    } else score.misses.push(`${name} missed ${show(g)}`);
  }
  for (const p of left)
    if (!score.falseHits.some((f) => f.startsWith(`${name} ${show(p)}`))) score.falseHits.push(`${name} ${show(p)}`);
}

export function prfOf(c: { gold: number; predicted: number; matched: number }) {
  const precision = c.predicted ? c.matched / c.predicted : 0;
  const recall = c.gold ? c.matched / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function totalOf(score: AttributionScore): KindCounts {
  const t = { gold: 0, predicted: 0, matched: 0 };
  for (const k of KINDS) {
    t.gold += score.byKind[k].gold;
    t.predicted += score.byKind[k].predicted;
    t.matched += score.byKind[k].matched;
  }
  return t;
}

/** The simple finder: each cue takes the nearest named person or organization of its sentence. */
export function simpleFinder(paragraphs: readonly string[], analysis: Analysis): AttributionRecord[] {
  const out: AttributionRecord[] = [];
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  paragraphs.forEach((text, paragraph) => {
    const mentions = analysis.mentions.filter(
      (m) => m.paragraph === paragraph && (m.type === 'PERSON' || m.type === 'ORG'),
    );
    const seen = new Set<string>();
    for (const c of cueWords(text)) {
      const s = sentencesOf(text).find((x) => c.start >= x.start && c.start < x.end)!;
      let best: (typeof mentions)[number] | undefined;
      let distance = Number.POSITIVE_INFINITY;
      for (const m of mentions) {
        if (m.start < s.start || m.end > s.end) continue;
        const d = m.end <= c.start ? c.start - m.end : m.start - c.end;
        if (d >= 0 && d < distance) [best, distance] = [m, d];
      }
      if (!best) continue;
      const source = names.get(best.entity!) ?? best.text;
      if (seen.has(source)) continue;
      seen.add(source);
      const direct = /["“”]/.test(text.slice(s.start, s.end));
      out.push({ paragraph, source, kind: best.type === 'PERSON' ? 'person' : 'organization', cue: c.text, direct });
    }
  });
  return out;
}

/** The labelled attributions of "dev-set-2/04", or null where the set has none. */
export function goldAttributions(name: string): AttributionRecord[] | null {
  const [set, number] = name.split('/');
  const file = join(SHARED, set!, 'attributions', `${number}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).attributions : null;
}
