/**
 * What the reading log keeps for the seed article with its text (issue 25, "storage per article
 * with text kept"): the record the lists read and, apart, the text. Printed for the closing note.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { articleRecord } from '@/utils/memory/article-record';
import { DB_NAME, ReadingLog } from '@/utils/memory/reading-log';
import { seedArticle } from '../../harness/mock-states';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** Everything one store holds, as stored. */
function storeContents(name: 'articles' | 'texts'): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME);
    req.onsuccess = () => {
      const get = req.result.transaction(name).objectStore(name).getAll();
      get.onsuccess = () => {
        req.result.close();
        resolve(get.result);
      };
    };
    req.onerror = () => reject(req.error);
  });
}

it('keeps the seed article in a light record and its text apart, once', async () => {
  const { article, analysis } = seedArticle;
  const text = { title: article.title, paragraphs: article.paragraphs.map((p) => p.text) };
  const log = await ReadingLog.open();
  await log.remember(articleRecord(article, 'u', analysis, new Date('2026-12-01T09:00:00Z')), 90, text);
  await log.remember(articleRecord(article, 'u', analysis, new Date('2026-12-02T09:00:00Z')), 90, text);
  log.close();
  const [[record], [texts]] = await Promise.all([storeContents('articles'), storeContents('texts')]);
  const textBytes = bytes(text);
  console.info(
    `seed article kept: record ${bytes(record)} B (the lists read it), text ${bytes(texts)} B (the article's own text: ${textBytes} B)`,
  );
  // The record holds no text (the log's lists stay as fast as before); the text is kept once, not per reading.
  expect(JSON.stringify(record)).not.toContain(text.paragraphs[1]);
  expect(bytes(texts)).toBeLessThan(textBytes + 200);
});
