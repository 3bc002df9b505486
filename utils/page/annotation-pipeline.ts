/**
 * The annotation's pipeline up to the marks: read the article, then analyze it, in short tasks
 * that share one clock, so that work which fits in one task stays in it.
 */
import { analysisSteps } from '../analysis/analyze';
import type { Analysis } from '../analysis/types';
import { runSliced, type SliceClock } from '../slices';
import { type ReadResult, readArticleSteps } from './article-reader';

export type ArticleRead = Extract<ReadResult, { isArticle: true }>;

type PipelineOutcome =
  | { kind: 'not-article'; reason: string; readAt: number }
  | { kind: 'article'; read: ArticleRead; analysis: Analysis; readAt: number; analyzedAt: number };

/** Reads and analyzes the page; times are milliseconds from `start`. Rejects once `signal` aborts. */
export async function readAndAnalyze(
  doc: Document,
  url: string,
  clock: SliceClock,
  signal: AbortSignal,
  start = clock.taskStart,
): Promise<PipelineOutcome> {
  const read = await runSliced(readArticleSteps(doc, url), { clock, signal });
  const readAt = performance.now() - start;
  if (!read.isArticle) return { kind: 'not-article', reason: read.reason, readAt };
  const { article } = read;
  const analysis = await runSliced(
    analysisSteps({
      title: article.title,
      published: article.published,
      paragraphs: article.paragraphs.map((p) => p.text),
    }),
    { clock, signal },
  );
  return { kind: 'article', read, analysis, readAt, analyzedAt: performance.now() - start };
}
