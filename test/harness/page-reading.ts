/** The content script's reading of its page: the article, its stats and its analysis. */
import { analyze } from '../../utils/analysis/analyze';
import type { ReadResult } from '../../utils/page/article-reader';
import { articleStats, type PageState } from '../../utils/page/page-state';

export function pageStateOf(result: ReadResult): PageState {
  if (!result.isArticle) return { state: 'not-article', reason: result.reason, code: result.code };
  const { article } = result;
  const analysis = analyze({
    title: article.title,
    published: article.published,
    paragraphs: article.paragraphs.map((p) => p.text),
  });
  return { state: 'article', article, stats: articleStats(article), analysis };
}
