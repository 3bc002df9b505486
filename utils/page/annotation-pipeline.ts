/**
 * The annotation's pipeline up to the marks: read the article in short tasks, then have it
 * analyzed, in the page (in short tasks on the same clock) or by the background.
 */
import { type AnalysisInput, analysisSteps } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { runSliced, type SliceClock, type SliceOptions } from '../slices';
import { analysisInput, type NotArticleCode, type ReadResult, readArticleSteps } from './article-reader';

export type ArticleRead = Extract<ReadResult, { isArticle: true }>;

/** Analyzes an article; `slices` carries the shared clock and the run's signal. */
export type Analyzer = (input: AnalysisInput, slices: SliceOptions) => Promise<Analysis>;

/** The engine in the page, in short tasks: work that fits in one task stays in it. */
export const analyzeInPage: Analyzer = (input, slices) => runSliced(analysisSteps(input), slices);

type PipelineOutcome =
  | { kind: 'not-article'; reason: string; code: NotArticleCode; readAt: number }
  | { kind: 'article'; read: ArticleRead; analysis: Analysis; readAt: number; analyzedAt: number };

/** Reads and analyzes the page; times are milliseconds from `start`. Rejects once `signal` aborts. */
export async function readAndAnalyze(
  doc: Document,
  url: string,
  clock: SliceClock,
  signal: AbortSignal,
  analyze: Analyzer,
  start = clock.taskStart,
): Promise<PipelineOutcome> {
  const read = await runSliced(readArticleSteps(doc, url), { clock, signal });
  const readAt = performance.now() - start;
  if (!read.isArticle) return { kind: 'not-article', reason: read.reason, code: read.code, readAt };
  const analysis = await analyze(analysisInput(read.article), { clock, signal });
  signal.throwIfAborted();
  return { kind: 'article', read, analysis, readAt, analyzedAt: performance.now() - start };
}
