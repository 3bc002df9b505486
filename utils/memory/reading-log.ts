/**
 * The reader's memory of what they read, on this device only: one record per article read (its
 * address, title, published time, section, and its people, organizations and places with their
 * counts and roles), kept in the extension's own IndexedDB through `idb`. No browser extension
 * APIs: the background writes here, the reading-log page reads here, tests use fake-indexeddb.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { Analysis, EntityType } from '../analysis/types';

export const DB_NAME = 'gt-lens-memory';
/** Version 1 kept the entities only; version 2 adds `keys` (one per entity) and its index. */
export const DB_VERSION = 2;

export interface RememberedEntity {
  /** The same entity in every article: its type and its name, lowercased. */
  key: string;
  type: EntityType;
  name: string;
  count: number;
  role?: string;
}

export interface ArticleRecord {
  url: string;
  title: string;
  published: string | null;
  section: string | null;
  /** When the reader read it, ISO 8601. */
  readAt: string;
  entities: RememberedEntity[];
  keys: string[];
}

interface MemorySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { readAt: string; keys: string } };
}

export const entityKey = (type: EntityType, name: string) => `${type}:${name.toLowerCase()}`;

/** The record of an article just read, from what the page annotator found. */
export function articleRecord(
  article: { url: string | null; title: string; published: string | null; section: string | null },
  url: string,
  analysis: Analysis,
  readAt: Date,
): ArticleRecord {
  const entities = analysis.entities.map((e) => ({
    key: entityKey(e.type, e.name),
    type: e.type,
    name: e.name,
    count: e.mentions.length,
    ...(e.role ? { role: e.role } : {}),
  }));
  return {
    url: article.url ?? url,
    title: article.title,
    published: article.published,
    section: article.section,
    readAt: readAt.toISOString(),
    entities,
    keys: [...new Set(entities.map((e) => e.key))],
  };
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** A record read back is used only when it has the shape we wrote (storage can be edited or damaged). */
export function isArticleRecord(x: unknown): x is ArticleRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    isString(r.url) &&
    isString(r.title) &&
    isString(r.readAt) &&
    !Number.isNaN(Date.parse(r.readAt)) &&
    (r.published === null || isString(r.published)) &&
    (r.section === null || isString(r.section)) &&
    Array.isArray(r.keys) &&
    r.keys.every(isString) &&
    Array.isArray(r.entities) &&
    r.entities.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        isString((e as RememberedEntity).key) &&
        isString((e as RememberedEntity).name) &&
        Number.isInteger((e as RememberedEntity).count),
    )
  );
}

/** Articles in this reader's memory that name one entity: how many, and the newest. */
export interface AlsoIn {
  count: number;
  newest: { url: string; title: string }[];
}

export interface ReadAll {
  /** Newest first. */
  articles: ArticleRecord[];
  /** Records that could not be read (damaged), left in place and counted. */
  unreadable: number;
}

const DAY_MS = 86_400_000;

export class ReadingLog {
  private constructor(private readonly db: IDBPDatabase<MemorySchema>) {}

  static async open(): Promise<ReadingLog> {
    const db = await openDB<MemorySchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        const store =
          oldVersion < 1 ? db.createObjectStore('articles', { keyPath: 'url' }) : tx.objectStore('articles');
        if (oldVersion < 1) store.createIndex('readAt', 'readAt');
        if (oldVersion < 2) {
          store.createIndex('keys', 'keys', { multiEntry: true });
          // Version 1 records had no keys: derive them, so that older reading counts too.
          if (oldVersion >= 1)
            void store.openCursor().then(async function addKeys(cursor): Promise<void> {
              if (!cursor) return;
              const r = cursor.value as Omit<ArticleRecord, 'keys'> & { keys?: string[] };
              if (Array.isArray(r.entities) && !r.keys)
                await cursor.update({ ...r, keys: [...new Set(r.entities.map((e) => e.key))] } as ArticleRecord);
              return addKeys(await cursor.continue());
            });
        }
      },
    });
    return new ReadingLog(db);
  }

  /** Keeps an article (a second reading replaces the first) and forgets what is older than `retentionDays`. */
  async remember(record: ArticleRecord, retentionDays: number): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    await tx.store.put(record);
    const cutoff = new Date(Date.parse(record.readAt) - retentionDays * DAY_MS).toISOString();
    let cursor = await tx.store.index('readAt').openCursor(IDBKeyRange.upperBound(cutoff, true));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async readAll(): Promise<ReadAll> {
    const articles: ArticleRecord[] = [];
    let unreadable = 0;
    let cursor = await this.db.transaction('articles').store.index('readAt').openCursor(null, 'prev');
    while (cursor) {
      if (isArticleRecord(cursor.value)) articles.push(cursor.value);
      else unreadable++;
      cursor = await cursor.continue();
    }
    return { articles, unreadable };
  }

  /** For each key, the other articles that name it, newest first (at most `newest` titles). */
  async alsoIn(keys: readonly string[], exceptUrl: string, newest = 3): Promise<Record<string, AlsoIn>> {
    const index = this.db.transaction('articles').store.index('keys');
    const result: Record<string, AlsoIn> = {};
    for (const key of new Set(keys)) {
      const found = (await index.getAll(key)).filter((r) => isArticleRecord(r) && r.url !== exceptUrl);
      if (!found.length) continue;
      found.sort((a, b) => b.readAt.localeCompare(a.readAt));
      result[key] = { count: found.length, newest: found.slice(0, newest).map(({ url, title }) => ({ url, title })) };
    }
    return result;
  }

  forget(url: string): Promise<void> {
    return this.db.delete('articles', url);
  }

  forgetAll(): Promise<void> {
    return this.db.clear('articles');
  }

  close(): void {
    this.db.close();
  }
}
