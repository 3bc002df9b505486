import type { Analysis, MentionType } from '@/utils/analysis/types';
import { formatPublished } from '@/utils/format/format-time';
import type { Article } from '@/utils/page/article-reader';
import type { ArticleStats } from '@/utils/page/page-state';
import { daysAgo } from '@/utils/summary/summary';

interface Props {
  article: Article;
  stats: ArticleStats;
  analysis: Analysis;
  /** For tests and for readers with a chosen locale and zone; the browser's otherwise. */
  locale?: string;
  timeZone?: string;
  now: Date;
}

/** Headline, section, byline, times, length and what was found. */
export function ArticleHeader({ article, stats, analysis, locale, timeZone, now }: Props) {
  const time = article.published ? formatPublished(article.published, locale, timeZone) : null;
  return (
    <header class="card-header">
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
              <span class="local-time" data-testid="published-ago">
                {daysAgo(article.published!, now, locale)}
              </span>
            </>
          ) : (
            'Not stated on the page'
          )}
        </dd>
        <dt>Length</dt>
        <dd data-testid="length">
          {stats.words.toLocaleString(locale)} words · {stats.readingMinutes} min read
        </dd>
        <dt>Found</dt>
        <dd data-testid="found">{foundSummary(analysis)}</dd>
      </dl>
    </header>
  );
}

const ENTITY_WORDS: [MentionType, string, string][] = [
  ['PERSON', 'person', 'people'],
  ['ORG', 'organization', 'organizations'],
  ['PLACE', 'place', 'places'],
];

/** "2 people · 9 organizations · 15 places · 13 figures": distinct entities, every figure. */
function foundSummary({ entities, mentions }: Analysis): string {
  const parts = ENTITY_WORDS.map(([type, one, many]) => {
    const n = entities.filter((e) => e.type === type).length;
    return `${n} ${n === 1 ? one : many}`;
  });
  const figures = mentions.filter((m) => !m.entity).length;
  return [...parts, `${figures} ${figures === 1 ? 'figure' : 'figures'}`].join(' · ');
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
