/**
 * The reading-log page: the articles read, newest first; the people, organizations and places
 * across them, ranked, filtered and searched; one entity's articles on a timeline; exports;
 * deleting one article or everything. A function of its props: the store it reads and deletes
 * through.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { EntityType } from '@/utils/analysis/types';
import type { ExportFormat } from '@/utils/format/citation';
import { type ArticleRecord, shownTitle } from '@/utils/memory/article-record';
import type { ArticleTexts } from '@/utils/memory/article-versions';
import { entityTimeline, logCsv, logJson, rankEntities, rankVoices, unnamedBySection } from '@/utils/memory/log-view';
import { LABEL_NAMES } from '@/utils/page/overlay-messages';
import type { MemoryProblem } from '@/utils/settings';
import { ArchiveLinks } from './ArchiveLinks';

export interface LogContents {
  articles: ArticleRecord[];
  /** How many articles the log holds; more than `articles` while only the newest are loaded. */
  total: number;
  /** Damaged records skipped. */
  unreadable: number;
  /** The last failure to write, as the background noted it. */
  problem: MemoryProblem | null;
}

export interface LogStore {
  /** The first view: the newest articles only. */
  loadNewest(): Promise<LogContents>;
  load(): Promise<LogContents>;
  forget(url: string): Promise<void>;
  forgetAll(): Promise<void>;
  /** What an article said, each version kept (issue 25); undefined when none is. */
  texts?(url: string): Promise<ArticleTexts | undefined>;
  /** Hands a file to the browser's downloads. */
  download(name: string, type: string, text: string): void;
}

interface Props {
  store: LogStore;
  locale: string;
  optionsUrl: string;
}

const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE'];
const SHOWN_ENTITIES = 50;

export function ReadingLog({ store, locale, optionsUrl }: Props) {
  const t = i18n.t;
  const [log, setLog] = useState<LogContents | null>(null);
  const [failed, setFailed] = useState(false);
  const [note, setNote] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const reload = useCallback(
    () =>
      store.load().then(
        (contents) => {
          setLog(contents);
          setFailed(false);
        },
        () => setFailed(true),
      ),
    [store],
  );
  useEffect(() => {
    // The newest articles on screen at once; the rest, the ranking and the exports when all is read.
    // Read one after the other: the whole log's records arrive in one long task that would hold the first view back.
    void store
      .loadNewest()
      .then(
        (first) => setLog((current) => current ?? first),
        () => {},
      )
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(reload);
  }, [store, reload]);
  const act = async (work: Promise<void>, done: string) => {
    try {
      await work;
      setNote(done);
    } catch {
      setNote(t('logDeleteFailed'));
    }
    await reload();
  };
  const day = (iso: string | null) =>
    iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)) : '';
  const articles = log?.articles ?? [];
  const complete = !!log && articles.length === log.total;
  return (
    <div class="options log">
      <h1>{t('logTitle')}</h1>
      <p class="lead">
        {t('logLead')} <a href={optionsUrl}>{t('logTurnOff')}</a>
      </p>
      <LogProblems log={log} failed={failed} day={day} />
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">{t('logArticles', log?.total ?? 0, [String(log?.total ?? 0)])}</h2>
        <div class="actions">
          <button
            type="button"
            class="button"
            disabled={!complete || !articles.length}
            onClick={() => store.download('gt-lens-reading-log.csv', 'text/csv', logCsv(articles))}
          >
            {t('logExportCsv')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!complete || !articles.length}
            onClick={() => store.download('gt-lens-reading-log.json', 'application/json', logJson(articles))}
          >
            {t('logExportJson')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!articles.length}
            onClick={() => act(store.forgetAll(), t('logForgotten'))}
          >
            {t('forgetEverything')}
          </button>
        </div>
        <CitationExport
          articles={articles}
          selected={articles.filter((a) => selected.has(a.url))}
          complete={complete}
          download={store.download}
          onFail={() => setNote(t('citeFailed'))}
        />
        <p role="status" class="note">
          {note}
        </p>
        {log && !articles.length && <p>{t('logEmpty')}</p>}
        <ol class="log-articles" data-testid="log-articles">
          {articles.map((a) => (
            <li key={a.url}>
              <input
                type="checkbox"
                checked={selected.has(a.url)}
                aria-label={t('logSelectArticle', [shownTitle(a)])}
                onChange={(e) => setSelected(toggled(selected, a.url, e.currentTarget.checked))}
              />{' '}
              <a href={a.url}>{shownTitle(a)}</a>
              {(a.versions?.length ?? 0) > 1 && <span class="log-edited"> {t('logEdited')}</span>}
              <span class="muted"> · {t('logReadOn', [day(a.readAt)])} · </span>
              <ArchiveLinks url={a.url} title={shownTitle(a)} />
              <button
                type="button"
                class="button small"
                aria-label={t('logDeleteArticle', [shownTitle(a)])}
                onClick={() => act(store.forget(a.url), t('logDeleted', [shownTitle(a)]))}
              >
                {t('logDelete')}
              </button>
              {!!a.versions?.length && store.texts && (
                <ArticleVersions url={a.url} count={a.versions.length} load={store.texts} day={day} />
              )}
            </li>
          ))}
        </ol>
      </section>
      {complete && <Entities articles={articles} day={day} />}
      {complete && <Voices articles={articles} locale={locale} />}
    </div>
  );
}

/**
 * The text of each version kept, read when the reader opens it: an article since edited or gone
 * (its address now redirects or fails) can still be read here as it was.
 */
function ArticleVersions(props: {
  url: string;
  count: number;
  load: NonNullable<LogStore['texts']>;
  day: (iso: string) => string;
}) {
  const t = i18n.t;
  const [texts, setTexts] = useState<ArticleTexts | null | 'failed'>(null);
  const onToggle = (e: Event) => {
    if (!(e.currentTarget as HTMLDetailsElement).open || texts) return;
    props.load(props.url).then(
      (found) => setTexts(found ?? 'failed'),
      () => setTexts('failed'),
    );
  };
  return (
    <details class="log-versions" onToggle={onToggle}>
      <summary>{t('logVersions', props.count, [String(props.count)])}</summary>
      {texts === 'failed' && <p class="error">{t('logVersionsUnreadable')}</p>}
      {texts &&
        texts !== 'failed' &&
        texts.versions.map((v) => (
          <article class="log-version" key={v.seenAt} lang="en">
            <p class="muted">{t('logVersionSeen', [props.day(v.seenAt), props.day(v.lastSeen)])}</p>
            <h3>{v.title}</h3>
            {v.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </article>
        ))}
    </details>
  );
}

const toggled = (set: ReadonlySet<string>, url: string, on: boolean) => {
  const next = new Set(set);
  if (on) next.add(url);
  else next.delete(url);
  return next;
};

// The formats' own names, the same in every language.
const CITATION_FORMATS: [ExportFormat, string][] = [
  ['bibtex', 'BibTeX'],
  ['ris', 'RIS'],
  ['csl-json', 'CSL-JSON'],
];

interface CitationExportProps {
  articles: ArticleRecord[];
  selected: ArticleRecord[];
  /** Every article is read: "all" means all. */
  complete: boolean;
  download: LogStore['download'];
  onFail: () => void;
}

/** The selected articles, or all, for a reference manager; the citation library loads on the first export. */
function CitationExport({ articles, selected, complete, download, onFail }: CitationExportProps) {
  const t = i18n.t;
  const [format, setFormat] = useState<ExportFormat>('bibtex');
  const run = async (list: ArticleRecord[]) => {
    try {
      const lib = await import('@/utils/format/citation');
      // Each record is cited as read: accessed on the day the reader read it.
      const items = list.map((a) => lib.cslItem(a, new Date(a.readAt)));
      const { extension, type } = lib.EXPORT_FILES[format];
      download(`gt-lens-reading-log.${extension}`, type, lib.exportCitations(items, format));
    } catch {
      onFail();
    }
  };
  return (
    <div class="actions">
      <label>
        {t('logExportAs')}{' '}
        <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
          {CITATION_FORMATS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="button" disabled={!selected.length} onClick={() => run(selected)}>
        {t('logExportSelected', [String(selected.length)])}
      </button>
      <button type="button" class="button" disabled={!complete || !articles.length} onClick={() => run(articles)}>
        {t('logExportAll')}
      </button>
    </div>
  );
}

function LogProblems({ log, failed, day }: { log: LogContents | null; failed: boolean; day: (iso: string) => string }) {
  const t = i18n.t;
  const problem = log?.problem;
  return (
    <>
      {failed && <p class="error">{t('logUnreadable')}</p>}
      {problem && (
        <p class="error">
          {problem.message === 'storage-full'
            ? t('logStorageFull', [day(problem.at)])
            : t('logStorageFailed', [day(problem.at)])}
        </p>
      )}
      {!!log?.unreadable && <p class="error">{t('logDamaged', log.unreadable, [String(log.unreadable)])}</p>}
    </>
  );
}

function Entities({ articles, day }: { articles: ArticleRecord[]; day: (iso: string | null) => string }) {
  const t = i18n.t;
  const [type, setType] = useState<EntityType | ''>('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const ranked = useMemo(() => rankEntities(articles, { type: type || undefined, query }), [articles, type, query]);
  const chosenEntity = chosen ? ranked.find((e) => e.key === chosen) : undefined;
  return (
    <section aria-labelledby="entities-title">
      <h2 id="entities-title">{t('logEntities')}</h2>
      <div class="filters">
        <label>
          {t('logType')}{' '}
          <select value={type} onChange={(e) => setType(e.currentTarget.value as EntityType | '')}>
            <option value="">{t('logAllTypes')}</option>
            {TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {LABEL_NAMES[ty]()}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('logSearch')} <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
      </div>
      <ol class="log-entities" data-testid="log-entities">
        {ranked.slice(0, SHOWN_ENTITIES).map((e) => (
          <li key={e.key}>
            <button
              type="button"
              class="link"
              aria-pressed={chosen === e.key}
              onClick={() => setChosen(chosen === e.key ? null : e.key)}
            >
              {t('logEntityLine', e.articles, [e.name, String(e.articles)])}
            </button>
          </li>
        ))}
      </ol>
      {chosenEntity && (
        <section aria-labelledby="timeline-title" class="timeline">
          <h3 id="timeline-title">{t('logTimeline', [chosenEntity.name])}</h3>
          <ol data-testid="log-timeline">
            {entityTimeline(articles, chosenEntity.key).map((a) => (
              <li key={a.url}>
                <time dateTime={a.published ?? a.readAt}>{day(a.published ?? a.readAt)}</time>{' '}
                <a href={a.url}>{shownTitle(a)}</a>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}

const SHOWN_VOICES = 30;

/** Who is quoted across the articles read, and how often each section leans on unnamed sources (issue 22). */
function Voices({ articles, locale }: { articles: ArticleRecord[]; locale: string }) {
  const t = i18n.t;
  const ranked = useMemo(() => rankVoices(articles), [articles]);
  const sections = useMemo(() => unnamedBySection(articles), [articles]);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return (
    <section aria-labelledby="voices-title">
      <h2 id="voices-title">{t('logVoices')}</h2>
      {!sections.length && <p>{t('logVoicesNone')}</p>}
      {ranked.length > 0 && (
        <ol class="log-voices" data-testid="log-voices">
          {ranked.slice(0, SHOWN_VOICES).map((v) => (
            <li key={v.key}>
              {t('logVoiceLine', v.articles, [
                v.source,
                String(v.articles),
                t('voicesStatements', v.statements, [String(v.statements)]),
              ])}
            </li>
          ))}
        </ol>
      )}
      {sections.length > 0 && (
        <table class="log-sections" data-testid="log-unnamed">
          <caption>{t('logUnnamedTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('logSection')}</th>
              <th scope="col">{t('logSectionArticles')}</th>
              <th scope="col">{t('logSectionSources')}</th>
              <th scope="col">{t('logSectionUnnamed')}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((r) => (
              <tr key={r.section ?? ''}>
                <th scope="row">{r.section ?? t('logNoSection')}</th>
                <td>{r.articles}</td>
                <td>{r.sources}</td>
                <td>{r.sources ? `${r.unnamed} (${percent.format(r.unnamed / r.sources)})` : '0'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
