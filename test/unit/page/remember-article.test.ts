import { describe, expect, it, vi } from 'vitest';
import type { Analysis } from '@/utils/analysis/types';
import type { ArticleRecord } from '@/utils/memory/article-record';
import type { Request } from '@/utils/messaging/messages';
import type { PageState } from '@/utils/page/page-state';
import { addReading, type Rememberer, remember } from '@/utils/page/remember-article';
import { seedArticle } from '../../harness/mock-states';

const URL = 'https://www.globaltimes.cn/content/1210393.shtml';

/** The seed as Chrome's content script has it when the marks are in: no statements, no roles yet. */
function marksOnly(): Rememberer & { state: Extract<PageState, { state: 'article' }> } {
  const { attributions: _, ...analysis } = structuredClone(seedArticle.analysis);
  for (const e of analysis.entities) {
    delete e.role;
    delete e.roleSource;
  }
  const state = { ...seedArticle, analysis: analysis as Analysis };
  return {
    state,
    addReading(reading) {
      addReading(state.analysis, reading);
    },
  };
}

/** The background: the full analysis when asked, and stores what it is sent. */
function background(analysis: unknown = seedArticle.analysis) {
  const records: ArticleRecord[] = [];
  const send = vi.fn(async (request: Request) => {
    if (request.type === 'analyze-article') return analysis;
    if (request.type === 'remember-article') {
      records.push((request as Request<'remember-article'>).record);
      return { stored: true };
    }
    return undefined;
  });
  return { send, records };
}

const options = (send: (r: Request) => Promise<unknown>, askStatements: boolean) => ({
  send,
  askStatements,
  url: URL,
  now: () => new Date('2020-12-20T08:00:00Z'),
  warn: vi.fn(),
});

describe('the article goes to the reading log with its sources', () => {
  it('in Chrome: asks for the statements first, then sends the record with them', async () => {
    const annotator = marksOnly();
    const { send, records } = background();
    await remember(annotator, new WeakSet(), options(send, true));
    expect(send.mock.calls.map(([r]) => r.type)).toEqual(['analyze-article', 'remember-article']);
    expect(annotator.state.analysis.attributions).toHaveLength(2);
    // The roles came with them: the card, the voices and the record have Ma Weiguang's.
    const ma = annotator.state.analysis.entities.find((e) => e.name === 'Ma Weiguang');
    expect(ma?.role).toBe('Party secretary of CPC Shaoxing Municipal Committee');
    expect(records[0]!.entities.find((e) => e.name === 'Ma Weiguang')?.role).toBe(ma?.role);
    expect(records[0]!.voices).toEqual([
      {
        key: 'person:ma weiguang',
        source: 'Ma Weiguang',
        kind: 'person',
        statements: 2,
        direct: 0,
        role: 'Party secretary of CPC Shaoxing Municipal Committee',
      },
    ]);
  });

  it('asks nothing of the background for a page far longer than an article (it would hold it for seconds)', async () => {
    const annotator = marksOnly();
    const long = 'Zhou Mingyuan said prices will fall. '.repeat(3000);
    annotator.state.article = { ...annotator.state.article, paragraphs: [{ kind: 'body', text: long }] } as never;
    const { send, records } = background();
    await remember(annotator, new WeakSet(), options(send, true));
    expect(send.mock.calls.map(([r]) => r.type)).toEqual(['remember-article']);
    expect(annotator.state.analysis.attributions).toEqual([]);
    expect(records).toHaveLength(1);
  });

  it('in Firefox: the analysis has them already; one message, the record', async () => {
    const { send, records } = background();
    const annotator = { state: seedArticle, addReading: vi.fn() };
    await remember(annotator, new WeakSet(), options(send, false));
    expect(send.mock.calls.map(([r]) => r.type)).toEqual(['remember-article']);
    expect(records[0]!.voices?.map((v) => v.source)).toEqual(['Ma Weiguang']);
  });

  it('still keeps the article, without sources, when the statements cannot be read', async () => {
    const annotator = marksOnly();
    const { send, records } = background({ mentions: 'not an analysis' });
    const opts = options(send, true);
    await remember(annotator, new WeakSet(), opts);
    expect(records).toHaveLength(1);
    expect(records[0]!.voices).toBeUndefined();
    expect(records[0]!.entities.length).toBeGreaterThan(0);
  });

  it('keeps the article when the background fails to answer the statements, and says so', async () => {
    const annotator = marksOnly();
    const records: ArticleRecord[] = [];
    const send = vi.fn(async (request: Request) => {
      if (request.type === 'analyze-article') throw new Error('worker asleep');
      records.push((request as Request<'remember-article'>).record);
      return { stored: true };
    });
    const opts = options(send, true);
    await remember(annotator, new WeakSet(), opts);
    expect(records).toHaveLength(1);
    expect(opts.warn).toHaveBeenCalledWith('could not read who is speaking', expect.any(Error));
  });

  it('sends each article once, however often the annotator notifies', async () => {
    const annotator = marksOnly();
    const { send } = background();
    const remembered = new WeakSet<Analysis>();
    await remember(annotator, remembered, options(send, true));
    await remember(annotator, remembered, options(send, true));
    expect(send.mock.calls.filter(([r]) => r.type === 'remember-article')).toHaveLength(1);
  });
});
