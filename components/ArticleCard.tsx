import type { Article } from '@/utils/article-reader';
import { formatPublished } from '@/utils/format-time';
import type { ArticleStats } from '@/utils/page-state';

interface Props {
  article: Article;
  stats: ArticleStats;
  /** For tests and for readers with a chosen locale; the browser's otherwise. */
  locale?: string;
  timeZone?: string;
}

export function ArticleCard({ article, stats, locale, timeZone }: Props) {
  const time = article.published ? formatPublished(article.published, locale, timeZone) : null;
  return (
    <article class="card" aria-labelledby="card-title">
      {article.section && <p class="section">{article.section}</p>}
      <h1 id="card-title" class="headline">
        {article.title}
      </h1>
      <p class="byline">{article.authors.length ? `By ${joinNames(article.authors)}` : 'No byline'}</p>
      <dl class="facts">
        <dt>Published</dt>
        <dd>
          {time ? (
            <>
              <time dateTime={article.published ?? undefined} data-testid="published-beijing">
                {time.beijing} Beijing time
              </time>
              {!time.sameAsBeijing && (
                <span class="local-time" data-testid="published-local">
                  {time.local} your time ({time.localZone})
                </span>
              )}
            </>
          ) : (
            'Not stated on the page'
          )}
        </dd>
        <dt>Length</dt>
        <dd data-testid="length">
          {stats.words.toLocaleString(locale)} words · {stats.readingMinutes} min read
        </dd>
      </dl>
    </article>
  );
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
