/**
 * What the content script knows about its page, as sent to the popup. Types and checks only:
 * the popup imports this, and must not pull the analysis engine into its bundle.
 */
import type { Analysis } from '../analysis/types';
import { type Article, type NotArticleCode, readingMinutes, wordCount } from './article-reader';

export interface ArticleStats {
  words: number;
  readingMinutes: number;
}

export type PageState =
  | { state: 'article'; article: Article; stats: ArticleStats; analysis: Analysis }
  | { state: 'not-article'; reason: string; code: NotArticleCode }
  | { state: 'reading' }
  | { state: 'error'; message: string };

export function articleStats(article: Article): ArticleStats {
  const words = wordCount(article.paragraphs);
  return { words, readingMinutes: readingMinutes(words) };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringOrNull = (x: unknown) => x === null || isString(x);

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function isAnalysis(x: unknown): x is Analysis {
  return (
    isObject(x) &&
    Array.isArray(x.mentions) &&
    x.mentions.every(
      (m) =>
        isObject(m) &&
        isString(m.type) &&
        isString(m.text) &&
        isNumber(m.paragraph) &&
        isNumber(m.start) &&
        isNumber(m.end),
    ) &&
    Array.isArray(x.entities) &&
    x.entities.every(
      (e) =>
        isObject(e) &&
        isString(e.id) &&
        isString(e.name) &&
        isString(e.type) &&
        Array.isArray(e.mentions) &&
        isNumber(e.salience),
    ) &&
    (x.attributions === undefined || (Array.isArray(x.attributions) && x.attributions.every(isAttribution)))
  );
}

const isSpan = (x: unknown) => isObject(x) && isNumber(x.start) && isNumber(x.end);

function isAttribution(a: unknown): boolean {
  return (
    isObject(a) &&
    isNumber(a.paragraph) &&
    isString(a.source) &&
    ['person', 'organization', 'state', 'unnamed'].includes(a.kind as string) &&
    isString(a.cue) &&
    typeof a.direct === 'boolean' &&
    isString(a.reason) &&
    isSpan(a.cueSpan) &&
    Array.isArray(a.quotes) &&
    a.quotes.every(isSpan)
  );
}

function isArticle(x: unknown): x is Article {
  return (
    isObject(x) &&
    isString(x.title) &&
    isStringOrNull(x.url) &&
    isStringOrNull(x.published) &&
    isStringOrNull(x.section) &&
    Array.isArray(x.authors) &&
    x.authors.every(isString) &&
    Array.isArray(x.paragraphs) &&
    x.paragraphs.every(
      (p) => isObject(p) && isString(p.text) && ['body', 'caption', 'credit'].includes(p.kind as string),
    )
  );
}

/** Shape check for a page state that arrives over messaging. */
export function isPageState(x: unknown): x is PageState {
  if (!isObject(x)) return false;
  switch (x.state) {
    case 'article':
      return (
        isArticle(x.article) &&
        isObject(x.stats) &&
        isNumber(x.stats.words) &&
        isNumber(x.stats.readingMinutes) &&
        isAnalysis(x.analysis)
      );
    case 'not-article':
      return isString(x.reason) && ['not-gt', 'not-article-page', 'no-article-text'].includes(x.code as string);
    case 'error':
      return isString(x.message);
    case 'reading':
      return true;
    default:
      return false;
  }
}
