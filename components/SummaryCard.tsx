import { useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { formatPublished } from '@/utils/format/format-time';
import type { Article } from '@/utils/page/article-reader';
import type { ArticleStats } from '@/utils/page/page-state';
import { type KeyFigure, type RankedEntity, type Summary, summaryMarkdown } from '@/utils/summary/summary';
import { ArticleHeader } from './ArticleHeader';

export interface SummaryCardProps {
  article: Article;
  stats: ArticleStats;
  analysis: Analysis;
  summary: Summary;
  now: Date;
  locale?: string;
  timeZone?: string;
  /** Scrolls the page to a mention; resolves to whether the page could show it. */
  onShow: (mention: number) => Promise<boolean>;
  /** Puts text on the clipboard; resolves to whether it worked. */
  onCopy: (text: string) => Promise<boolean>;
}

type Note = { text: string; kind: 'ok' | 'problem' } | null;

/** The article at a glance: header, key points, who and where, key figures, copy as Markdown. */
export function SummaryCard(props: SummaryCardProps) {
  const { article, summary } = props;
  const [clicks, setClicks] = useState<Record<string, number>>({});
  const [note, setNote] = useState<Note>(null);

  // First click: the first mention; each further click: the next one, round again.
  async function show(key: string, mentions: number[]) {
    const n = clicks[key] ?? 0;
    setClicks({ ...clicks, [key]: n + 1 });
    const shown = await props.onShow(mentions[n % mentions.length]!);
    setNote(
      shown ? null : { text: 'Turn highlights on in the page (or show that label) to find it there.', kind: 'problem' },
    );
  }

  async function copy() {
    const time = article.published ? formatPublished(article.published, props.locale, props.timeZone) : null;
    const ok = await props.onCopy(summaryMarkdown(article, summary, time ? `${time.beijing} Beijing time` : null));
    setNote(
      ok
        ? { text: 'Summary copied as Markdown.', kind: 'ok' }
        : { text: 'Could not copy to the clipboard.', kind: 'problem' },
    );
  }

  const entityList = (title: string, list: RankedEntity[]) =>
    list.length > 0 && (
      <section class="group" aria-label={title}>
        <h3>{title}</h3>
        <ul class="chips">
          {list.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class="chip"
                data-label={e.type}
                onClick={() => show(e.id, e.mentions)}
                title={`Show ${e.name} in the article`}
              >
                {e.name} <span class="count">{e.count}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    );

  const figure = (f: KeyFigure) => (
    <li key={f.text + f.mentions[0]}>
      <button
        type="button"
        class="figure"
        data-label={f.type}
        title={f.sentence}
        onClick={() => show(`figure:${f.mentions[0]}`, f.mentions)}
      >
        <span class="figure-text">{f.text}</span>
        {f.context && <span class="figure-context">{f.context}</span>}
      </button>
    </li>
  );

  return (
    <article class="card" aria-labelledby="card-title">
      <ArticleHeader {...props} />
      {summary.keyPoints.length > 0 && (
        <section class="group" aria-label="Key points">
          <h2>Key points</h2>
          <ol class="key-points">
            {summary.keyPoints.map((s) => (
              <li key={`${s.paragraph}:${s.start}`}>{s.text}</li>
            ))}
          </ol>
        </section>
      )}
      {entityList('People', summary.people)}
      {entityList('Organizations', summary.organizations)}
      {entityList('Places', summary.places)}
      {summary.figures.length > 0 && (
        <section class="group" aria-label="Key figures">
          <h2>Key figures</h2>
          <ul class="figures">{summary.figures.map(figure)}</ul>
        </section>
      )}
      <footer>
        <button type="button" class="button" onClick={copy}>
          Copy summary
        </button>
        <p class={`note ${note?.kind ?? ''}`} role="status">
          {note?.text ?? ''}
        </p>
      </footer>
    </article>
  );
}
