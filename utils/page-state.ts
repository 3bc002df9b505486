/** What the content script knows about its page, as sent to the popup. */
import { readingMinutes, wordCount, type Article, type ReadResult } from './article-reader';

export interface ArticleStats {
  words: number;
  readingMinutes: number;
}

export type PageState =
  | { state: 'article'; article: Article; stats: ArticleStats }
  | { state: 'not-article'; reason: string }
  | { state: 'reading' }
  | { state: 'error'; message: string };

export function articleStats(article: Article): ArticleStats {
  const words = wordCount(article.paragraphs);
  return { words, readingMinutes: readingMinutes(words) };
}

export function pageStateOf(result: ReadResult): PageState {
  return result.isArticle
    ? { state: 'article', article: result.article, stats: articleStats(result.article) }
    : { state: 'not-article', reason: result.reason };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringOrNull = (x: unknown) => x === null || isString(x);

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
    x.paragraphs.every((p) => isObject(p) && isString(p.text) && ['body', 'caption', 'credit'].includes(p.kind as string))
  );
}

/** Shape check for a page state that arrives over messaging. */
export function isPageState(x: unknown): x is PageState {
  if (!isObject(x)) return false;
  switch (x.state) {
    case 'article':
      return isArticle(x.article) && isObject(x.stats) && typeof x.stats.words === 'number' && typeof x.stats.readingMinutes === 'number';
    case 'not-article':
      return isString(x.reason);
    case 'error':
      return isString(x.message);
    case 'reading':
      return true;
    default:
      return false;
  }
}
