/**
 * Articles whose page names no article (issue 20, item 8): kept without a title, never as "Global
 * Times", shown by their address, and never taken for one another in "also in".
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '@/utils/analysis/types';
import { type ArticleRecord, articleRecord, articleTitle, entityKey, shownTitle } from '@/utils/memory/article-record';
import { ReadingLog } from '@/utils/memory/reading-log';
import { readArticle, UNTITLED } from '@/utils/page/article-reader';
import { parsePage } from '../../../scripts/parse-page';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const NO_ENTITIES: Analysis = { mentions: [], entities: [] };
const READ_AT = new Date('2026-11-22T10:00:00Z');

describe('the title an article is kept under', () => {
  it.each([
    ['Ferry line across the bay doubles its sailings', 'Ferry line across the bay doubles its sailings'],
    ['  Ferry line\n across the bay ', 'Ferry line across the bay'],
    ['Global Times', ''],
    ['GLOBAL TIMES', ''],
    [' Global  Times. ', ''],
    ['globaltimes.cn', ''],
    [UNTITLED, ''],
    ['', ''],
    ['Global Times reporters visit the port', 'Global Times reporters visit the port'],
  ])('%j is kept as %j', (title, kept) => {
    expect(articleTitle(title)).toBe(kept);
    const record = articleRecord(
      { url: null, title, published: null, section: null },
      'https://www.globaltimes.cn/page/1.shtml',
      NO_ENTITIES,
      READ_AT,
    );
    expect(record.title).toBe(kept);
  });

  it.each([
    ['a page titled only with the paper’s name', '<title>Global Times</title>'],
    ['a page with no title at all', ''],
  ])('%s, as the content script builds its record, is kept without a title', (_, head) => {
    const html = `<html><head>${head}</head><body><div class="article_page"><div class="article">
      <div class="article_content"><div class="article_right">
      <br>A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.<br>
      <br>The company said the new boats carry 300 people each and cut the crossing to 20 minutes.<br>
      </div></div></div></div></body></html>`;
    const url = 'https://www.globaltimes.cn/page/202406/1314521.shtml';
    const read = readArticle(parsePage(html), url);
    if (!read.isArticle) throw new Error(read.reason);
    const record = articleRecord(read.article, url, NO_ENTITIES, READ_AT);
    expect(record.title).toBe('');
    expect(shownTitle(record)).toBe(url);
  });

  it.each([
    [{ url: 'https://www.globaltimes.cn/page/1.shtml', title: 'Ferry line' }, 'Ferry line'],
    [{ url: 'https://www.globaltimes.cn/page/1.shtml', title: '' }, 'https://www.globaltimes.cn/page/1.shtml'],
    // Kept before this fix under the paper's name: shown by address too.
    [
      { url: 'https://www.globaltimes.cn/page/2.shtml', title: 'Global Times' },
      'https://www.globaltimes.cn/page/2.shtml',
    ],
  ])('%j is shown as %j', (article, shown) => {
    expect(shownTitle(article)).toBe(shown);
  });
});

describe('"also in" with untitled articles', () => {
  const record = (url: string, day: number, title: string): ArticleRecord => {
    const key = entityKey('PLACE', 'Xiamen');
    const entities = [{ key, type: 'PLACE' as const, name: 'Xiamen', count: 1 }];
    return { url, title, published: null, section: null, readAt: `2026-11-0${day}T00:00:00Z`, entities, keys: [key] };
  };
  const alsoIn = async (records: ArticleRecord[], reading: { url: string; title: string }) => {
    const log = await ReadingLog.open();
    for (const r of records) await log.remember(r, 90);
    const found = await log.alsoIn([entityKey('PLACE', 'Xiamen')], reading);
    log.close();
    return found['PLACE:xiamen'] ?? { count: 0, newest: [] };
  };

  it.each([
    ['untitled', ''],
    ['titled only with the paper’s name (kept so before)', 'Global Times'],
    ['titled with the reader’s stand-in', UNTITLED],
  ])('counts two different articles %s as two', async (_, title) => {
    const found = await alsoIn([record('a', 1, title), record('b', 2, title)], { url: 'now', title: 'Read now' });
    expect(found.count).toBe(2);
    expect(found.newest.map((n) => n.url)).toEqual(['b', 'a']);
  });

  it('an untitled article being read hides no other untitled article', async () => {
    const found = await alsoIn([record('a', 1, ''), record('b', 2, 'Global Times')], { url: 'now', title: '' });
    expect(found.count).toBe(2);
    const again = await alsoIn([], { url: 'now', title: 'Global Times' });
    expect(again.count).toBe(2);
  });

  it('still counts one titled article under two addresses once, and never the one being read', async () => {
    const found = await alsoIn(
      [record('content/1', 1, 'Same story'), record('page/1', 2, 'Same story'), record('x', 3, 'Read now')],
      { url: 'now', title: 'Read now' },
    );
    expect(found).toEqual({ count: 1, newest: [{ url: 'page/1', title: 'Same story' }] });
  });
});
