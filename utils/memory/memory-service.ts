/**
 * The background's side of the reading log: what to keep and when not to. Nothing is kept from
 * a private window or when the reader turned the memory off; a storage that fails (full, broken)
 * costs only this record, and the log page says what happened.
 */
import type { Sender } from '../messaging/messages';
import type { AlsoIn, ArticleRecord } from './article-record';

/** What went wrong when the log could not keep an article, as the log page words it. */
export type MemoryProblemCode = 'storage-full' | 'storage-failed';

import type { ReadingLog } from './reading-log';

export interface MemoryDeps {
  log(): Promise<ReadingLog>;
  /** Lets go of the log's connection: the next `log()` opens a fresh one. */
  dropLog(): void;
  memoryOn(): Promise<boolean>;
  retentionDays(): Promise<number>;
  /** Notes a failure for the log page, or (null) that writing works again; never throws. */
  problem(message: MemoryProblemCode | null): Promise<void>;
}

export async function rememberArticle(record: ArticleRecord, sender: Sender, deps: MemoryDeps) {
  if (sender.tab?.incognito) return { stored: false };
  try {
    if (!(await deps.memoryOn())) return { stored: false };
    const days = await deps.retentionDays();
    const write = async () => (await deps.log()).remember(record, days);
    try {
      await write();
    } catch {
      // A connection the browser closed (site data cleared) or a failed write spoiled: once more, afresh.
      deps.dropLog();
      await write();
    }
    await deps.problem(null);
    return { stored: true };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    await deps.problem(name === 'QuotaExceededError' ? 'storage-full' : 'storage-failed');
    return { stored: false };
  }
}

/** The other articles that name these entities; an unreadable log answers with none. */
export async function recallEntities(
  reading: { url: string; title: string },
  keys: readonly string[],
  deps: Pick<MemoryDeps, 'log'>,
): Promise<Record<string, AlsoIn>> {
  try {
    return await (await deps.log()).alsoIn(keys, reading);
  } catch {
    return {};
  }
}
