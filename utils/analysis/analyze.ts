/**
 * The analysis engine: every entity and figure of an article, and the entity index.
 * Pure: strings in, plain data out; runs in Node and in the content script.
 */

import { runToEnd } from '../slices';
import { attributionSteps } from './attributions/find';
import { publicationDay } from './dates';
import { type EntitySpan, entitySteps } from './entities';
import { type FigureSpan, findFigures } from './figures';
import { ADMIN_HEADS } from './knowledge';
import { addRoles } from './roles';
import { overlaps } from './spans';
import type { Analysis, Attribution, Entity, Mention } from './types';

export interface AnalysisInput {
  title?: string | null;
  /** ISO 8601, Beijing time; relative dates stay unresolved without it. */
  published: string | null;
  paragraphs: readonly string[];
}

export interface AnalysisOptions {
  /** Each mention also names the rule that made it (`annotate --explain`). */
  explain?: boolean;
  /**
   * Which place list a known place comes from (place-lists.ts, Node only); without it such a
   * place's reason is 'list:places'. rule-table.ts's EXPLAIN sets both.
   */
  placeList?: (name: string) => string;
  /**
   * Who is speaking (attributions/find.ts), run after the names and figures. `analyze` runs it;
   * the content script's steps leave it out, so that it does not carry the layer (it stands at
   * its size budget): Chrome asks the background for the statements once the marks are in.
   */
  attributions?: AttributionLayer;
  /**
   * Each person's role, a place's place, an acronym's long form (roles.ts), after the entities.
   * `analyze` runs it; the content script's steps leave it out for the same reason: Chrome takes
   * the roles from the background's reading, with the statements.
   */
  roles?: RoleLayer;
}

export type RoleLayer = (paragraphs: readonly string[], mentions: Mention[], entities: Entity[]) => void;

export type AttributionLayer = (
  paragraphs: readonly string[],
  mentions: Mention[],
  entities: Entity[],
) => Generator<void, Attribution[]>;

// "600 billion yuan ($92 billion)", "(about 155 million US dollars)".
const CONVERSION_BETWEEN = /^\s*\(\s*(?:about|around|approximately|roughly|some|nearly|or|approx\.)?\s*$/i;

/**
 * The analysis as steps, one paragraph at a time, so the content script can spread a long
 * article over several short tasks; `analyze` runs them all at once.
 */
export function* analysisSteps(
  { title, published, paragraphs }: AnalysisInput,
  { explain = false, placeList, attributions: speakers, roles }: AnalysisOptions = {},
): Generator<void, Analysis> {
  const pub = publicationDay(published);
  const units = paragraphs.flatMap((text, paragraph) => pieces(text).map((p) => ({ paragraph, ...p })));
  const figures: FigureSpan[][] = [];
  for (const u of units) {
    figures.push(findFigures(u.text, pub));
    yield;
  }
  const blocked = figures.map((spans) => overlaps(spans));
  const entities = yield* entitySteps(units.map((u, i) => ({ text: u.text, blocked: blocked[i]! })));

  const mentions: Mention[] = [];
  for (let u = 0; u < units.length; u++) {
    const { text, paragraph, offset } = units[u]!;
    const spans: (FigureSpan | (EntitySpan & { value?: undefined }))[] = [...figures[u]!, ...entities[u]!];
    spans.sort((a, b) => a.start - b.start);
    for (const s of spans) {
      // Mentions never overlap: a figure wins over a name read across it.
      if ('name' in s && blocked[u]!(s.start, s.end)) continue;
      const mention: Mention = {
        type: s.type,
        text: text.slice(s.start, s.end),
        paragraph,
        start: offset + s.start,
        end: offset + s.end,
        value: 'name' in s ? null : s.value,
      };
      if ('name' in s) mention.entity = `${s.type}:${s.name}`;
      if (explain) mention.reason = s.reason === 'list:places' && placeList ? placeList(mention.text) : s.reason;
      const prev = mentions[mentions.length - 1];
      if (
        s.type === 'MONEY' &&
        prev?.type === 'MONEY' &&
        prev.paragraph === paragraph &&
        CONVERSION_BETWEEN.test(paragraphs[paragraph]!.slice(prev.end, offset + s.start)) &&
        /^\s*\)/.test(text.slice(s.end))
      ) {
        mention.conversionOf = mentions.length - 1;
      }
      mentions.push(mention);
    }
    yield;
  }
  joinPlaceForms(mentions);
  const index = indexEntities(mentions, title ?? '');
  roles?.(paragraphs, mentions, index);
  if (!speakers) return { mentions, entities: index };
  return { mentions, entities: index, attributions: yield* speakers(paragraphs, mentions, index) };
}

const PIECE = 4000;

/**
 * A very long paragraph (a page that lost its line breaks, a 1 MB body) is analyzed in pieces
 * cut after sentences, so no single step runs long; names and figures never cross a sentence.
 */
function pieces(text: string): { text: string; offset: number }[] {
  if (text.length <= PIECE) return [{ text, offset: 0 }];
  const out: { text: string; offset: number }[] = [];
  let start = 0;
  while (text.length - start > PIECE) {
    // The last sentence end in the second half of the window; else a space; else the window's end.
    const window = text.slice(start + PIECE / 2, start + PIECE);
    let cut = -1;
    for (const m of window.matchAll(/[.!?]["'”’)]*\s+/g)) cut = m.index + m[0].length;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const end = cut > 0 ? start + PIECE / 2 + cut : start + PIECE;
    out.push({ text: text.slice(start, end), offset: start });
    start = end;
  }
  out.push({ text: text.slice(start), offset: start });
  return out;
}

/** The whole analysis, roles and statements included (the background, the command line, the benches). */
export function analyze(input: AnalysisInput, options?: AnalysisOptions): Analysis {
  return runToEnd(analysisSteps(input, { attributions: attributionSteps, roles: addRoles, ...options }));
}

/**
 * "Zhejiang" and "Zhejiang Province" are one place: a short form joins the entity of its long
 * form (the name and an administrative head word) when the article has both, so counts and chips agree.
 */
function joinPlaceForms(mentions: Mention[]): void {
  const longForm = new Map<string, string>();
  for (const m of mentions) {
    const id = m.type === 'PLACE' ? m.entity : undefined;
    const cut = id ? id.lastIndexOf(' ') : -1;
    if (id && cut > 0 && ADMIN_HEADS.has(id.slice(cut + 1)) && !longForm.has(id.slice(0, cut))) {
      longForm.set(id.slice(0, cut), id);
    }
  }
  if (!longForm.size) return;
  for (const m of mentions) {
    const long = m.type === 'PLACE' && m.entity ? longForm.get(m.entity) : undefined;
    if (long) m.entity = long;
  }
}

/** One entry per distinct entity, ranked by salience (mentions, place in the story, headline). */
function indexEntities(mentions: Mention[], title: string): Entity[] {
  const byId = new Map<string, Entity>();
  mentions.forEach((m, i) => {
    if (!m.entity) return;
    let entity = byId.get(m.entity);
    if (!entity) {
      const name = m.entity.slice(m.entity.indexOf(':') + 1);
      entity = { id: m.entity, type: m.type as Entity['type'], name, mentions: [], salience: 0 };
      byId.set(m.entity, entity);
    }
    entity.mentions.push(i);
  });
  const score = (e: Entity) => {
    const first = mentions[e.mentions[0]!]!.paragraph;
    const inTitle = title.includes(e.name) || e.mentions.some((i) => title.includes(mentions[i]!.text));
    return e.mentions.length + (inTitle ? 3 : 0) + 2 / (1 + first);
  };
  const list = [...byId.values()];
  const top = Math.max(1, ...list.map(score));
  for (const e of list) e.salience = Math.round((score(e) / top) * 1000) / 1000;
  return list.sort((a, b) => b.salience - a.salience || a.mentions[0]! - b.mentions[0]!);
}
