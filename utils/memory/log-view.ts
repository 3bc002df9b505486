/** What the reading-log page shows of the stored articles: pure, from the records. */
import type { EntityType } from '../analysis/types';
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

const CSV_COLUMNS = ['read_at', 'published', 'section', 'title', 'url', 'people', 'organizations', 'places'] as const;
const TYPE_COLUMNS: Record<EntityType, (typeof CSV_COLUMNS)[number]> = {
  PERSON: 'people',
  ORG: 'organizations',
  PLACE: 'places',
};

/** RFC 4180: a field with a comma, quote or line break goes in quotes, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One row per article, newest first as given; entities as "Name (role, count)" joined by "; ". */
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
    };
    for (const type of Object.keys(TYPE_COLUMNS) as EntityType[]) cells[TYPE_COLUMNS[type]] = named(type);
    return CSV_COLUMNS.map((c) => field(cells[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The whole log as JSON, for another tool or a backup. */
export const logJson = (articles: readonly ArticleRecord[]) =>
  `${JSON.stringify({ exported: 'GT Lens reading log', version: 1, articles }, null, 2)}\n`;
