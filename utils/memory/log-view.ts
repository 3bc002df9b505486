/** What the reading-log page shows of the stored articles: pure, from the records. */
import type { AttributionKind, EntityType } from '../analysis/types';
import { roleBesideName } from '../format/mention-format';
import type { ArticleRecord } from './article-record';

export interface RankedEntity {
  key: string;
  type: EntityType;
  name: string;
  /** In how many articles the reader met it. */
  articles: number;
  /** Its mentions across them. */
  mentions: number;
}

/** The entities across the articles, most often met first; `type` and `query` narrow the list. */
export function rankEntities(
  articles: readonly ArticleRecord[],
  { type, query = '' }: { type?: EntityType; query?: string } = {},
): RankedEntity[] {
  const byKey = new Map<string, RankedEntity>();
  const wanted = query.trim().toLowerCase();
  for (const article of articles)
    for (const e of article.entities) {
      if ((type && e.type !== type) || (wanted && !e.name.toLowerCase().includes(wanted))) continue;
      const seen = byKey.get(e.key) ?? { key: e.key, type: e.type, name: e.name, articles: 0, mentions: 0 };
      seen.articles++;
      seen.mentions += e.count;
      byKey.set(e.key, seen);
    }
  return [...byKey.values()].sort(
    (a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
}

/** One entity's articles in the order they were published (read, when the page gave no time). */
export function entityTimeline(articles: readonly ArticleRecord[], key: string): ArticleRecord[] {
  const when = (a: ArticleRecord) => a.published ?? a.readAt;
  return articles.filter((a) => a.keys.includes(key)).sort((a, b) => when(a).localeCompare(when(b)));
}

/** A source quoted across the articles read (issue 22). */
export interface RankedVoice {
  key: string;
  source: string;
  kind: AttributionKind;
  /** In how many articles it speaks. */
  articles: number;
  statements: number;
}

/** Who is quoted across the articles, most often first: named people, organizations and states (unnamed ones are counted per section). */
export function rankVoices(articles: readonly ArticleRecord[]): RankedVoice[] {
  const byKey = new Map<string, RankedVoice>();
  for (const article of articles)
    for (const v of article.voices ?? []) {
      if (v.kind === 'unnamed') continue;
      const seen = byKey.get(v.key) ?? { key: v.key, source: v.source, kind: v.kind, articles: 0, statements: 0 };
      seen.articles++;
      seen.statements += v.statements;
      byKey.set(v.key, seen);
    }
  return [...byKey.values()].sort(
    (a, b) => b.articles - a.articles || b.statements - a.statements || a.source.localeCompare(b.source),
  );
}

/** How often a section's articles rest on unnamed sources. */
export interface SectionVoices {
  /** The section as the page gave it; null for articles without one. */
  section: string | null;
  /** Its articles whose sources were read. */
  articles: number;
  sources: number;
  unnamed: number;
  /** Of its articles, those with at least one unnamed source. */
  articlesWithUnnamed: number;
}

/** Per section, most sources first; articles kept before sources were read are left out. */
export function unnamedBySection(articles: readonly ArticleRecord[]): SectionVoices[] {
  const bySection = new Map<string | null, SectionVoices>();
  for (const a of articles) {
    if (!a.voices) continue;
    const row = bySection.get(a.section) ?? {
      section: a.section,
      articles: 0,
      sources: 0,
      unnamed: 0,
      articlesWithUnnamed: 0,
    };
    const unnamed = a.voices.filter((v) => v.kind === 'unnamed').length;
    row.articles++;
    row.sources += a.voices.length;
    row.unnamed += unnamed;
    if (unnamed) row.articlesWithUnnamed++;
    bySection.set(a.section, row);
  }
  return [...bySection.values()].sort(
    (a, b) => b.sources - a.sources || (a.section ?? '').localeCompare(b.section ?? ''),
  );
}

const CSV_COLUMNS = [
  'read_at',
  'published',
  'section',
  'title',
  'url',
  'people',
  'organizations',
  'places',
  'sources',
] as const;
const TYPE_COLUMNS: Record<EntityType, (typeof CSV_COLUMNS)[number]> = {
  PERSON: 'people',
  ORG: 'organizations',
  PLACE: 'places',
};

/** RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** "Ma Weiguang (person, Party secretary, 2 statements, 1 direct)" joined by "; "; empty when not read. */
const voicesCell = (a: ArticleRecord) =>
  (a.voices ?? [])
    .map((v) => {
      const said = `${v.statements} ${v.statements === 1 ? 'statement' : 'statements'}, ${v.direct} direct`;
      return `${v.source} (${[v.kind, v.role, said].filter(Boolean).join(', ')})`;
    })
    .join('; ');

/** One row per article, newest first as given; entities as "Name (role, count)" joined by "; ", then its sources. */
export function logCsv(articles: readonly ArticleRecord[]): string {
  const rows = articles.map((a) => {
    const named = (type: EntityType) =>
      a.entities
        .filter((e) => e.type === type)
        .map((e) => {
          const role = roleBesideName(e);
          return `${e.name} (${role ? `${role}, ` : ''}${e.count})`;
        })
        .join('; ');
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      read_at: a.readAt,
      published: a.published ?? '',
      section: a.section ?? '',
      title: a.title,
      url: a.url,
      people: '',
      organizations: '',
      places: '',
      sources: voicesCell(a),
    };
    for (const type of Object.keys(TYPE_COLUMNS) as EntityType[]) cells[TYPE_COLUMNS[type]] = named(type);
    return CSV_COLUMNS.map((c) => field(cells[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The whole log as JSON, for another tool or a backup. */
export const logJson = (articles: readonly ArticleRecord[]) =>
  `${JSON.stringify({ exported: 'GT Lens reading log', version: 1, articles }, null, 2)}\n`;
