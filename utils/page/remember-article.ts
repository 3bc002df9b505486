/**
 * The content script's part in the reading log: once the marks are done, the article goes to the
 * background (which decides whether to keep it), with who is speaking in it (issue 22) and what it
 * said (issue 25).
 */
import type { Analysis } from '../analysis/types';
import { articleRecord } from '../memory/article-record';
import { askFromThePage, type Request } from '../messaging/messages';
import { analysisInput } from './article-reader';
import type { PageState } from './page-state';

/** Longer than any Global Times article by far (the longest in the dev sets are under 20,000). */
export const STATEMENTS_MAX_CHARS = 100_000;

/** What the background's whole reading adds to the page's: the statements and the roles. */
export type BackgroundReading = Pick<Analysis, 'attributions' | 'entities'>;

/** Adds the background's statements, and its roles to the page's entities of the same id. */
export function addReading(analysis: Analysis, { attributions = [], entities }: BackgroundReading): void {
  const read = new Map(entities.map((e) => [e.id, e]));
  for (const e of analysis.entities) {
    const { role, roleSource } = read.get(e.id) ?? {};
    if (role && !e.role) Object.assign(e, { role, roleSource });
  }
  analysis.attributions = attributions;
}

export interface Rememberer {
  readonly state: PageState;
  addReading(reading: BackgroundReading): void;
}

export interface RememberOptions {
  /** runtime.sendMessage: to the background. */
  send: (request: Request) => Promise<unknown>;
  /** Chrome: the in-page engine left out who is speaking, the background reads it. */
  askStatements: boolean;
  url: string;
  now: () => Date;
  /** This reading's time, noted at once: the legend's edit-notice frame asks about it (issue 25). */
  visit?: { at: string };
  warn: (what: string, err: unknown) => void;
}

/**
 * Chrome's in-page engine leaves out who is speaking and the roles (the content script's size
 * budget): once the marks are in, the background's engine reads the same text, whose mention and
 * entity numbers are the page's own.
 */
export async function addStatements(annotator: Rememberer, send: RememberOptions['send']): Promise<void> {
  const { state } = annotator;
  if (state.state !== 'article' || state.analysis.attributions) return;
  const { title = null, published, paragraphs } = analysisInput(state.article);
  // A page far longer than any article (a megabyte of text) would hold the background's one
  // thread for seconds, and every other answer with it: its statements are not read.
  if (paragraphs.reduce((n, p) => n + p.length, 0) > STATEMENTS_MAX_CHARS)
    return annotator.addReading({ attributions: [], entities: [] });
  const request = { type: 'analyze-article', title, published, paragraphs: [...paragraphs] } as const;
  const full = await askFromThePage(send, request);
  if (full && annotator.state === state && full.mentions.length === state.analysis.mentions.length)
    annotator.addReading(full);
}

/**
 * Each article once: its statements first where they are read apart, then its record, so that the
 * log keeps its sources (without them when they could not be read).
 */
export function remember(
  annotator: Rememberer,
  remembered: WeakSet<Analysis>,
  options: RememberOptions,
): Promise<void> {
  const { state } = annotator;
  if (state.state !== 'article' || remembered.has(state.analysis)) return Promise.resolve();
  remembered.add(state.analysis);
  const readAt = options.now();
  if (options.visit) options.visit.at = readAt.toISOString();
  const statements = options.askStatements ? addStatements(annotator, options.send) : Promise.resolve();
  return statements
    .catch((err) => options.warn('could not read who is speaking', err))
    .then(() => {
      const { article } = state;
      const record = articleRecord(article, options.url, state.analysis, readAt);
      // What the article said, for the log to notice later edits (issue 25).
      const text = { title: article.title, paragraphs: article.paragraphs.map((p) => p.text) };
      return askFromThePage(options.send, { type: 'remember-article', record, text });
    })
    .then(
      () => {},
      (err) => options.warn('could not remember this article', err),
    );
}
