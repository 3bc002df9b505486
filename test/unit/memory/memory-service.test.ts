import 'fake-indexeddb/auto';
import { forceCloseDatabase, IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ArticleRecord, entityKey } from '@/utils/memory/article-record';
import {
  articleEdits,
  fromExtensionPage,
  type MemoryDeps,
  recallEntities,
  rememberArticle,
} from '@/utils/memory/memory-service';
import { LogConnection, ReadingLog } from '@/utils/memory/reading-log';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const shanghai = { key: entityKey('PLACE', 'Shanghai'), type: 'PLACE' as const, name: 'Shanghai', count: 2 };
const record = (url: string): ArticleRecord => ({
  url,
  title: `Title of ${url}`,
  published: null,
  section: null,
  readAt: '2026-11-22T10:00:00.000Z',
  entities: [shanghai],
  keys: [shanghai.key],
});

function deps(over: Partial<MemoryDeps> = {}): MemoryDeps & { problems: string[] } {
  const problems: string[] = [];
  return {
    problems,
    log: () => ReadingLog.open(),
    dropLog: () => {},
    memoryOn: async () => true,
    retentionDays: async () => 90,
    problem: async (m) => void (m && problems.push(m)),
    ...over,
  };
}

describe('rememberArticle', () => {
  it.each([
    ['a normal window', { tab: { incognito: false } }, true, true],
    ['a private window', { tab: { incognito: true } }, true, false],
    ['memory turned off', { tab: {} }, false, false],
  ])('%s: stored %s', async (_, sender, on, stored) => {
    const d = deps({ memoryOn: async () => on });
    expect(await rememberArticle(record('a'), sender, d)).toEqual({ stored });
    expect((await (await d.log()).readAll()).articles.length).toBe(stored ? 1 : 0);
  });

  it.each([
    ['full', 'QuotaExceededError', 'storage-full'],
    ['broken', 'UnknownError', 'storage-failed'],
  ])('a %s storage loses only this record and notes why', async (_, name, problem) => {
    const failing = { remember: vi.fn().mockRejectedValue(Object.assign(new Error('no'), { name })) };
    const d = deps({ log: async () => failing as unknown as ReadingLog });
    expect(await rememberArticle(record('a'), { tab: {} }, d)).toEqual({ stored: false });
    expect(d.problems).toEqual([problem]);
  });
});

describe('recallEntities', () => {
  it("names the other articles, and none when the log can't be read", async () => {
    const d = deps();
    await rememberArticle(record('seed'), { tab: {} }, d);
    expect(await recallEntities({ url: 'other', title: 'Other' }, [shanghai.key], d)).toEqual({
      [shanghai.key]: { count: 1, newest: [{ url: 'seed', title: 'Title of seed' }] },
    });
    expect(
      await recallEntities({ url: 'other', title: 'Other' }, [shanghai.key], {
        log: () => Promise.reject(new Error('x')),
      }),
    ).toEqual({});
  });
});

describe('the log connection', () => {
  /** Every raw connection opened, as the browser would hold them. */
  function watchOpens(): IDBDatabase[] {
    const opened: IDBDatabase[] = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      const request = open(...args);
      request.addEventListener('success', () => opened.push(request.result));
      return request;
    };
    return opened;
  }
  const connected = (c: LogConnection) => deps({ log: () => c.get(), dropLog: () => c.drop() });

  it('is opened again after the browser closed it (site data cleared): the next articles are kept', async () => {
    const opened = watchOpens();
    const d = connected(new LogConnection());
    expect(await rememberArticle(record('a'), { tab: {} }, d)).toEqual({ stored: true });
    forceCloseDatabase(opened[0] as never); // the package types it oddly: it takes a database
    for (const url of ['b', 'c', 'd'])
      expect(await rememberArticle(record(url), { tab: {} }, d)).toEqual({ stored: true });
    expect((await (await d.log()).readAll()).articles.map((a) => a.url).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(d.problems).toEqual([]);
  });

  it('lets the database be deleted, and keeps the next article in a new one', async () => {
    const d = connected(new LogConnection());
    await rememberArticle(record('a'), { tab: {} }, d);
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('gt-lens-memory');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
      del.onblocked = () => reject(new Error('blocked: the background held on to its connection'));
    });
    expect(await rememberArticle(record('b'), { tab: {} }, d)).toEqual({ stored: true });
    expect((await (await d.log()).readAll()).articles.map((a) => a.url)).toEqual(['b']);
  });

  it('tries a failed write once more on a fresh connection, and clears a noted problem once writing works', async () => {
    const spoiled = {
      remember: vi.fn().mockRejectedValue(Object.assign(new Error('closing'), { name: 'InvalidStateError' })),
    };
    let first = true;
    const notes: (string | null)[] = [];
    const d = deps({
      log: async () => (first ? (spoiled as unknown as ReadingLog) : ReadingLog.open()),
      dropLog: () => {
        first = false;
      },
      problem: async (m) => void notes.push(m),
    });
    expect(await rememberArticle(record('a'), { tab: {} }, d)).toEqual({ stored: true });
    expect(spoiled.remember).toHaveBeenCalledTimes(1);
    expect(notes).toEqual([null]);
  });
});

describe('edits (issue 25)', () => {
  const TEXT = { title: 'Harbor town opens a ferry', paragraphs: ['The boats carry 120 people.'] };
  const EDITED = { title: 'Harbor town delays its ferry', paragraphs: ['The boats carry 150 people.'] };
  const at = (r: ArticleRecord, readAt: string) => ({ ...r, readAt });

  it('keeps the text, and compares a changed one with the last version', async () => {
    const d = deps({ writes: new Map() });
    await rememberArticle(record('a'), { tab: {} }, d, TEXT);
    await rememberArticle(at(record('a'), '2026-11-25T10:00:00.000Z'), { tab: {} }, d, EDITED);
    const reply = await articleEdits('a', d);
    expect(reply).toMatchObject({
      code: 'kept',
      versions: [
        { seenAt: '2026-11-22T10:00:00.000Z', lastSeen: '2026-11-22T10:00:00.000Z' },
        { seenAt: '2026-11-25T10:00:00.000Z' },
      ],
      edits: { edited: true, summary: { headlineChanged: true, changed: 1 } },
    });
    expect(await articleEdits('elsewhere', d)).toEqual({ code: 'none' });
  });

  it.each([
    ['a private window', { tab: { incognito: true } }, true],
    ['memory turned off', { tab: {} }, false],
  ])('%s keeps no text', async (_, sender, on) => {
    const d = deps({ memoryOn: async () => on });
    expect(await rememberArticle(record('a'), sender, d, TEXT)).toEqual({ stored: false });
    expect(await articleEdits('a', d)).toEqual({ code: 'none' });
  });

  it('answers about an article once its reading under way is kept', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const d = deps({ writes: new Map(), retentionDays: () => gate.then(() => 90) });
    const stored = rememberArticle(record('a'), { tab: {} }, d, TEXT);
    const asked = articleEdits('a', d);
    release();
    expect(await asked).toMatchObject({ code: 'kept', versions: [{ seenAt: '2026-11-22T10:00:00.000Z' }] });
    expect(await stored).toEqual({ stored: true });
    expect(d.writes?.size).toBe(0);
  });

  it.each([
    [{ id: 'x', url: 'chrome-extension://x/edits.html#u=a&v=b', tab: {} }, true],
    [{ id: 'x', url: 'chrome-extension://x/popup.html' }, true],
    [{ id: 'x', url: 'https://www.globaltimes.cn/content/1.shtml', tab: {} }, false],
    [{ id: 'x' }, false],
  ])('answers %j: %s (the content script, in the page, never asks)', (sender, ok) => {
    expect(fromExtensionPage(sender, 'chrome-extension://x/')).toBe(ok);
  });

  it('says unavailable when the log cannot be read', async () => {
    const d = deps({ log: async () => Promise.reject(new Error('broken')) });
    expect(await articleEdits('a', d)).toEqual({ code: 'unavailable' });
  });
});
