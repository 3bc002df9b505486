import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis, Attribution } from '@/utils/analysis/types';
import { type ArticleRecord, articleRecord, entityKey, isArticleRecord } from '@/utils/memory/article-record';
import { DB_NAME, ReadingLog } from '@/utils/memory/reading-log';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const record = (url: string, readAt: string, names: string[], title = `Title of ${url}`): ArticleRecord => {
  const entities = names.map((name) => ({ key: entityKey('PLACE', name), type: 'PLACE' as const, name, count: 1 }));
  return { url, title, published: null, section: null, readAt, entities, keys: entities.map((e) => e.key) };
};

describe('articleRecord', () => {
  it('keeps each entity with its count and role, and one key per entity', () => {
    const analysis: Analysis = {
      mentions: [],
      entities: [
        { id: 'p', type: 'PERSON', name: 'Ma Weiguang', mentions: [3, 9], salience: 1, role: 'Party secretary' },
        { id: 'c', type: 'PLACE', name: 'Shanghai', mentions: [1], salience: 1 },
      ],
    };
    const r = articleRecord(
      { url: null, title: 'T', published: '2020-12-19T22:25:59+08:00', section: 'Business' },
      'https://www.globaltimes.cn/content/1.shtml',
      analysis,
      new Date('2026-11-22T10:00:00Z'),
    );
    expect(r.url).toBe('https://www.globaltimes.cn/content/1.shtml');
    expect(r.entities).toEqual([
      { key: 'PERSON:ma weiguang', type: 'PERSON', name: 'Ma Weiguang', count: 2, role: 'Party secretary' },
      { key: 'PLACE:shanghai', type: 'PLACE', name: 'Shanghai', count: 1 },
    ]);
    expect(r.keys).toEqual(['PERSON:ma weiguang', 'PLACE:shanghai']);
    expect(isArticleRecord(r)).toBe(true);
  });

  it('keeps the byline and the update time for citations, and still reads records kept without them', () => {
    const analysis: Analysis = { mentions: [], entities: [] };
    const article = { url: 'https://www.globaltimes.cn/content/2.shtml', title: 'T', published: null, section: null };
    const r = articleRecord(
      { ...article, authors: ['Zhang Wei', 'Li Na'], updated: '2026-01-06T10:30:00+08:00' },
      article.url,
      analysis,
      new Date('2026-11-22T10:00:00Z'),
    );
    expect([r.authors, r.updated]).toEqual([['Zhang Wei', 'Li Na'], '2026-01-06T10:30:00+08:00']);
    expect(isArticleRecord(r)).toBe(true);
    const older = articleRecord(article, article.url, analysis, new Date('2026-11-22T10:00:00Z'));
    expect('authors' in older || 'updated' in older).toBe(false);
    expect(isArticleRecord(older)).toBe(true);
  });

  it.each([
    [{}, 'nothing'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), readAt: 'yesterday' }, 'a time that is no time'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), keys: 'x' }, 'keys that are no list'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), versions: [1] }, 'version times that are no times'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), entities: [{ name: 'X' }] }, 'an entity without key or count'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), authors: 'Zhang Wei' }, 'a byline that is no list'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), updated: 20260106 }, 'an update time that is no text'],
    [{ ...record('a', '2026-01-01T00:00:00Z', []), voices: 'Ma Weiguang' }, 'sources that are no list'],
    [
      {
        ...record('a', '2026-01-01T00:00:00Z', []),
        voices: [{ key: 'x:y', source: 'Y', kind: 'x', statements: 1, direct: 0 }],
      },
      'a source of no known kind',
    ],
    [
      {
        ...record('a', '2026-01-01T00:00:00Z', []),
        voices: [{ key: 'unnamed:y', source: 'Y', kind: 'unnamed', statements: '1', direct: 0 }],
      },
      'a source whose statements are no count',
    ],
  ] as [object, string][])('rejects a damaged record: %j (%s)', (damaged) => {
    expect(isArticleRecord(damaged)).toBe(false);
  });
});

describe('articleRecord and who is speaking', () => {
  it('keeps who is speaking, one entry per source; reads records kept without it', () => {
    const said = (
      paragraph: number,
      source: string,
      kind: Attribution['kind'],
      direct: boolean,
      entityIndex?: number,
    ) => ({
      paragraph,
      source,
      kind,
      cue: 'said',
      direct,
      reason: 'test',
      sourceRule: 'test',
      cueSpan: { start: 0, end: 4 },
      quotes: [],
      ...(entityIndex === undefined ? {} : { entityIndex }),
    });
    const analysis: Analysis = {
      mentions: [],
      entities: [{ id: 'p', type: 'PERSON', name: 'Ma Weiguang', mentions: [], salience: 1, role: 'Party secretary' }],
      attributions: [
        said(1, 'Ma Weiguang', 'person', false, 0),
        said(2, 'experts', 'unnamed', true),
        said(3, 'Ma Weiguang', 'person', true, 0),
        said(4, 'Experts', 'unnamed', false),
      ],
    };
    const article = { url: 'https://www.globaltimes.cn/content/3.shtml', title: 'T', published: null, section: null };
    const r = articleRecord(article, article.url, analysis, new Date('2026-11-22T10:00:00Z'));
    expect(r.voices).toEqual([
      {
        key: 'person:ma weiguang',
        source: 'Ma Weiguang',
        kind: 'person',
        statements: 2,
        direct: 1,
        role: 'Party secretary',
      },
      { key: 'unnamed:experts', source: 'experts', kind: 'unnamed', statements: 2, direct: 1 },
    ]);
    expect(isArticleRecord(r)).toBe(true);
    // Not read yet (or not readable): no sources kept, and the record still reads.
    const without = articleRecord(article, article.url, { ...analysis, attributions: undefined }, new Date());
    expect('voices' in without).toBe(false);
    expect(isArticleRecord(without)).toBe(true);
  });
});

describe('ReadingLog', () => {
  it('lists articles newest first, and a second reading replaces the first', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('a', '2026-11-01T00:00:00Z', ['Shanghai']), 90);
    await log.remember(record('b', '2026-11-02T00:00:00Z', ['Beijing']), 90);
    await log.remember(record('a', '2026-11-03T00:00:00Z', ['Shanghai'], 'Updated title'), 90);
    const { articles, unreadable } = await log.readAll();
    expect(articles.map((a) => [a.url, a.title])).toEqual([
      ['a', 'Updated title'],
      ['b', 'Title of b'],
    ]);
    expect(unreadable).toBe(0);
    log.close();
  });

  it('gives the newest articles first, and how many there are in all', async () => {
    const log = await ReadingLog.open();
    for (const day of ['01', '03', '02']) await log.remember(record(day, `2026-11-${day}T00:00:00Z`, []), 90);
    expect(await log.newest(2)).toEqual({
      articles: [expect.objectContaining({ url: '03' }), expect.objectContaining({ url: '02' })],
      total: 3,
    });
    log.close();
  });

  it('forgets what is older than the retention when it writes', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('old', '2026-01-01T00:00:00Z', []), 90);
    await log.remember(record('recent', '2026-11-01T00:00:00Z', []), 90);
    await log.remember(record('today', '2026-11-22T00:00:00Z', []), 90);
    expect((await log.readAll()).articles.map((a) => a.url)).toEqual(['today', 'recent']);
    log.close();
  });

  it('finds the other articles that name an entity, newest first, never this one', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('a', '2026-11-01T00:00:00Z', ['Shanghai', 'Zhejiang']), 90);
    await log.remember(record('b', '2026-11-02T00:00:00Z', ['Shanghai']), 90);
    await log.remember(record('c', '2026-11-03T00:00:00Z', ['Shanghai']), 90);
    const found = await log.alsoIn(
      ['PLACE:shanghai', 'PLACE:zhejiang', 'PLACE:tibet'],
      { url: 'c', title: 'Title of c' },
      1,
    );
    expect(found).toEqual({
      'PLACE:shanghai': { count: 2, newest: [{ url: 'b', title: 'Title of b' }] },
      'PLACE:zhejiang': { count: 1, newest: [{ url: 'a', title: 'Title of a' }] },
    });
    log.close();
  });
});

describe('ReadingLog under stress', () => {
  it('counts one article under two addresses once, and never the article being read', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('content/1', '2026-11-01T00:00:00Z', ['Shanghai'], 'Same story'), 90);
    await log.remember(record('page/1', '2026-11-02T00:00:00Z', ['Shanghai'], 'Same story'), 90);
    await log.remember(record('reading-elsewhere', '2026-11-03T00:00:00Z', ['Shanghai'], 'Read now'), 90);
    expect(await log.alsoIn(['PLACE:shanghai'], { url: 'reading', title: 'Read now' })).toEqual({
      'PLACE:shanghai': { count: 1, newest: [{ url: 'page/1', title: 'Same story' }] },
    });
    log.close();
  });

  it('loses nothing when two windows write at the same time', async () => {
    const [one, two] = await Promise.all([ReadingLog.open(), ReadingLog.open()]);
    await Promise.all([
      one.remember(record('a', '2026-11-01T00:00:00Z', ['Shanghai']), 90),
      two.remember(record('b', '2026-11-01T00:00:01Z', ['Shanghai']), 90),
    ]);
    expect((await one.readAll()).articles.map((a) => a.url).sort()).toEqual(['a', 'b']);
    one.close();
    two.close();
  });

  it('skips and counts a damaged record, and keeps the others', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('good', '2026-11-01T00:00:00Z', ['Shanghai']), 90);
    log.close();
    await rawPut({ url: 'bad', readAt: '2026-11-02T00:00:00Z', keys: ['PLACE:shanghai'] });
    const again = await ReadingLog.open();
    const all = await again.readAll();
    expect(all.articles.map((a) => a.url)).toEqual(['good']);
    expect(all.unreadable).toBe(1);
    expect((await again.alsoIn(['PLACE:shanghai'], { url: 'x', title: 'X' }))['PLACE:shanghai']?.count).toBe(1);
    again.close();
  });

  it('opens a version-1 database: its records stay, and count for "also in"', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('articles', { keyPath: 'url' });
        store.createIndex('readAt', 'readAt');
        const { keys: _, ...v1 } = record('v1', '2026-11-01T00:00:00Z', ['Shanghai']);
        store.put(v1);
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const log = await ReadingLog.open();
    expect((await log.readAll()).articles.map((a) => a.url)).toEqual(['v1']);
    expect(await log.alsoIn(['PLACE:shanghai'], { url: 'now', title: 'Now' })).toEqual({
      'PLACE:shanghai': { count: 1, newest: [{ url: 'v1', title: 'Title of v1' }] },
    });
    log.close();
  });

  it('forgets one article, or everything', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('a', '2026-11-01T00:00:00Z', []), 90);
    await log.remember(record('b', '2026-11-02T00:00:00Z', []), 90);
    await log.forget('a');
    expect((await log.readAll()).articles.map((a) => a.url)).toEqual(['b']);
    await log.forgetAll();
    expect((await log.readAll()).articles).toEqual([]);
    log.close();
  });
});

/** Writes a record as damaged storage would hold it, past the log's own checks. */
function rawPut(value: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => {
      const tx = req.result.transaction('articles', 'readwrite');
      tx.objectStore('articles').put(value);
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    req.onerror = () => reject(req.error);
  });
}

describe('ReadingLog keeps what each article said (issue 25)', () => {
  const TEXT = {
    title: 'Harbor town opens a ferry to the outer islands',
    paragraphs: ['The boats carry 120 people, the office said.', 'Fishermen welcomed the ferry.'],
  };
  const EDITED = { ...TEXT, paragraphs: ['The boats carry 150 people, the office said.', TEXT.paragraphs[1]!] };
  const at = (day: number) => `2026-12-0${day}T09:00:00.000Z`;

  it('keeps the text read, and a new version only when it changed beyond punctuation', async () => {
    const log = await ReadingLog.open();
    expect(await log.remember(record('a', at(1), []), 90, TEXT)).toEqual({ edited: false });
    expect(await log.remember(record('a', at(2), []), 90, { ...TEXT, title: `${TEXT.title}!` })).toEqual({
      edited: false,
    });
    expect(await log.remember(record('a', at(3), []), 90, EDITED)).toEqual({ edited: true });
    const texts = await log.texts('a');
    expect(texts?.versions.map((v) => [v.paragraphs[0], v.seenAt, v.lastSeen])).toEqual([
      [TEXT.paragraphs[0], at(1), at(2)],
      [EDITED.paragraphs[0], at(3), at(3)],
    ]);
    // The record says when each version was first seen, so that the log page marks it edited.
    const [kept] = (await log.readAll()).articles;
    expect(kept?.versions).toEqual([at(1), at(3)]);
    expect(isArticleRecord(kept)).toBe(true);
    log.close();
  });

  it('keeps the versions when an older content script sends no text', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('a', at(1), []), 90, TEXT);
    await log.remember(record('a', at(2), []), 90);
    expect((await log.readAll()).articles[0]?.versions).toEqual([at(1)]);
    expect((await log.texts('a'))?.versions.length).toBe(1);
    log.close();
  });

  it('forgets the texts with their articles: one, everything, past the retention', async () => {
    const log = await ReadingLog.open();
    await log.remember(record('old', at(1), []), 90, TEXT);
    await log.remember(record('a', at(2), []), 90, TEXT);
    await log.remember(record('b', at(3), []), 90, TEXT);
    await log.forget('a');
    expect(await log.texts('a')).toBeUndefined();
    await log.remember(record('c', '2026-12-09T09:00:00.000Z', []), 7, TEXT);
    expect(await log.texts('old')).toBeUndefined();
    expect(await log.texts('b')).toBeDefined();
    await log.forgetAll();
    expect(await log.texts('b')).toBeUndefined();
    expect(await log.texts('c')).toBeUndefined();
    log.close();
  });

  it('opens a version-2 database: its records without text still read, and their next reading keeps one', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 2);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('articles', { keyPath: 'url' });
        store.createIndex('readAt', 'readAt');
        store.createIndex('keys', 'keys', { multiEntry: true });
        store.put(record('v2', at(1), ['Shanghai']));
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    const log = await ReadingLog.open();
    const { articles, unreadable } = await log.readAll();
    expect([articles.map((a) => [a.url, a.versions]), unreadable]).toEqual([[['v2', undefined]], 0]);
    expect(await log.texts('v2')).toBeUndefined();
    await log.remember(record('v2', at(2), ['Shanghai']), 90, TEXT);
    expect((await log.readAll()).articles[0]?.versions).toEqual([at(2)]);
    log.close();
  });

  it('skips a damaged text kept, and keeps the next reading', async () => {
    const log = await ReadingLog.open();
    log.close();
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => {
        const tx = req.result.transaction('texts', 'readwrite');
        tx.objectStore('texts').put({ url: 'a', versions: 'garbled' });
        tx.oncomplete = () => {
          req.result.close();
          resolve();
        };
      };
      req.onerror = () => reject(req.error);
    });
    const again = await ReadingLog.open();
    expect(await again.texts('a')).toBeUndefined();
    expect(await again.remember(record('a', at(2), []), 90, TEXT)).toEqual({ edited: false });
    expect((await again.texts('a'))?.versions.length).toBe(1);
    again.close();
  });
});
