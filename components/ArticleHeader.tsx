import { i18n } from '#i18n';
import type { Analysis } from '@/utils/analysis/types';
import { formatPublished } from '@/utils/format/format-time';
import type { Article } from '@/utils/page/article-reader';
import type { ArticleStats } from '@/utils/page/page-state';
import { daysAgo } from '@/utils/summary/summary';

interface Props {
  article: Article;
  stats: ArticleStats;
  analysis: Analysis;
  /** The interface language, for numbers and dates; the reader's time zone unless told. */
  locale?: string;
  timeZone?: string;
  now: Date;
}

/** Headline, section, byline, times, length and what was found. */
export function ArticleHeader({ article, stats, analysis, locale, timeZone, now }: Props) {
  const t = i18n.t;
  const time = article.published ? formatPublished(article.published, locale, timeZone) : null;
  return (
    <header class="card-header">
      {article.section && <p class="section">{article.section}</p>}
      <h1 id="card-title" class="headline">
        {article.title}
      </h1>
      <p class="byline">{article.authors.length ? t('byline', [joinNames(article.authors, locale)]) : t('noByline')}</p>
      <dl class="facts">
        <dt>{t('published')}</dt>
        <dd>
          {time ? (
            <>
              <time dateTime={article.published ?? undefined} data-testid="published-beijing">
                {t('beijingTime', [time.beijing])}
              </time>
              {!time.sameAsBeijing && (
                <span class="local-time" data-testid="published-local">
                  {t('yourTime', [time.local, time.localZone])}
                </span>
              )}
              <span class="local-time" data-testid="published-ago">
                {daysAgo(article.published!, now, locale)}
              </span>
            </>
          ) : (
            t('publishedUnknown')
          )}
        </dd>
        <dt>{t('length')}</dt>
        <dd data-testid="length">
          {t('lengthWords', stats.words, [stats.words.toLocaleString(locale)])} ·{' '}
          {t('readingMinutes', stats.readingMinutes)}
        </dd>
        <dt>{t('found')}</dt>
        <dd data-testid="found">{foundSummary(analysis)}</dd>
      </dl>
    </header>
  );
}

/** "1 person · 8 organizations · 10 places · 13 figures": distinct entities, every figure. */
function foundSummary({ entities, mentions }: Analysis): string {
  const count = (type: string) => entities.filter((e) => e.type === type).length;
  return [
    i18n.t('foundPeople', count('PERSON')),
    i18n.t('foundOrganizations', count('ORG')),
    i18n.t('foundPlaces', count('PLACE')),
    i18n.t('foundFigures', mentions.filter((m) => !m.entity).length),
  ].join(' · ');
}

/** "Zhang Han, Li Qiao and Chu Daye" in the interface language. */
function joinNames(names: string[], locale?: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
