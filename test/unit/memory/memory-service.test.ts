import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type ArticleRecord, entityKey } from '@/utils/memory/article-record';
import { type MemoryDeps, recallEntities, rememberArticle } from '@/utils/memory/memory-service';
import { ReadingLog } from '@/utils/memory/reading-log';

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
    memoryOn: async () => true,
    retentionDays: async () => 90,
    problem: async (m) => void problems.push(m),
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
