/**
 * The reader's memory of what they read, on this device only, kept in the extension's own
 * IndexedDB through `idb`. No browser extension APIs: the background writes here, the reading-log
 * page reads here, tests use fake-indexeddb.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type AlsoIn, type ArticleRecord, isArticleRecord } from './article-record';

export const DB_NAME = 'gt-lens-memory';
/** Version 1 kept the entities only; version 2 adds `keys` (one per entity) and its index. */
export const DB_VERSION = 2;

interface MemorySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { readAt: string; keys: string } };
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

  /**
   * Opens the log; `onClosed` runs when the browser closes this connection under us (the reader
   * cleared the extension's data) or another one needs it closed (the database deleted).
   */
  static async open(onClosed: () => void = () => {}): Promise<ReadingLog> {
    const db = await openDB<MemorySchema>(DB_NAME, DB_VERSION, {
      terminated: onClosed,
      blocking() {
        db.close();
        onClosed();
      },
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
    // One getAll rather than a cursor: a request per record costs more than the records.
    const all: unknown[] = (await this.db.transaction('articles').store.index('readAt').getAll()).reverse();
    const articles = all.filter(isArticleRecord);
    return { articles, unreadable: all.length - articles.length };
  }

  /** The newest `count` articles (the log page's first view) and how many there are in all. */
  async newest(count: number): Promise<{ articles: ArticleRecord[]; total: number }> {
    const tx = this.db.transaction('articles');
    const articles: ArticleRecord[] = [];
    let cursor = await tx.store.index('readAt').openCursor(null, 'prev');
    while (cursor && articles.length < count) {
      if (isArticleRecord(cursor.value)) articles.push(cursor.value);
      cursor = await cursor.continue();
    }
    return { articles, total: await tx.store.count() };
  }

  /**
   * For each key, the other articles that name it, newest first (at most `newest` titles). One
   * article under two addresses (Global Times serves some twice) counts once, by its title, and
   * the article being read is never an other one.
   */
  async alsoIn(
    keys: readonly string[],
    reading: { url: string; title: string },
    newest = 3,
  ): Promise<Record<string, AlsoIn>> {
    const index = this.db.transaction('articles').store.index('keys');
    const result: Record<string, AlsoIn> = {};
    for (const key of new Set(keys)) {
      const found = (await index.getAll(key)).filter(isArticleRecord);
      found.sort((a, b) => b.readAt.localeCompare(a.readAt));
      const titles = new Set([reading.title]);
      const others = found.filter((r) => r.url !== reading.url && !titles.has(r.title) && titles.add(r.title));
      if (others.length)
        result[key] = {
          count: others.length,
          newest: others.slice(0, newest).map(({ url, title }) => ({ url, title })),
        };
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

/**
 * The background's one connection to the log: opened when first needed, and opened again after
 * the browser closed it or a write failed on it (Firefox spoils a connection's next transaction
 * after a quota error), so that the next article is kept.
 */
export class LogConnection {
  private current: Promise<ReadingLog> | null = null;

  constructor(private readonly open: (onClosed: () => void) => Promise<ReadingLog> = (c) => ReadingLog.open(c)) {}

  get(): Promise<ReadingLog> {
    if (this.current !== null) return this.current;
    const opening: Promise<ReadingLog> = this.open(() => {
      if (this.current === opening) this.current = null;
    }).catch((err) => {
      if (this.current === opening) this.current = null; // try again on the next article
      throw err;
    });
    this.current = opening;
    return opening;
  }

  /** Closes the connection (if open) so that the next `get` opens a fresh one. */
  drop(): void {
    const was = this.current;
    this.current = null;
    void was?.then(
      (log) => log.close(),
      () => {},
    );
  }
}
