/**
 * The popup's Cite tab: the article in APA 7, MLA 9 and Chicago author-date, each to copy; BibTeX,
 * RIS and CSL-JSON to copy or download; its archived copies. The citation library is loaded when
 * the tab is first shown, so the popup's first paint goes without it.
 */
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type * as Citation from '@/utils/format/citation';
import type { Article } from '@/utils/page/article-reader';
import { ArchiveLinks } from './ArchiveLinks';

type CitationModule = typeof Citation;

export interface CitePanelProps {
  article: Article;
  /** When the reader read it: the citation's "accessed" day. */
  now: Date;
  onCopy: (text: string) => Promise<boolean>;
  /** Hands a file to the browser's downloads; false when it could not. */
  onDownload: (name: string, type: string, text: string) => boolean;
  /** The citation library; a dynamic import unless a test gives its own. */
  load?: () => Promise<CitationModule>;
}

const loadCitation = () => import('@/utils/format/citation');

interface Ready {
  lib: CitationModule;
  item: Citation.CslItem;
  citations: Citation.FormattedCitation[];
}

type Note = { text: string; kind: 'ok' | 'problem' } | null;

const STYLE_NAMES: Record<Citation.CitationStyle, () => string> = {
  apa: () => i18n.t('citeApa'),
  mla: () => i18n.t('citeMla'),
  chicago: () => i18n.t('citeChicago'),
};
// The formats' own names, the same in every language.
const FORMAT_NAMES: Record<Citation.ExportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

/** Loads the library once and formats the article, on the day the panel first showed. */
function useCitations(article: Article, now: Date, load: () => Promise<CitationModule>) {
  const [accessed] = useState(now);
  const [ready, setReady] = useState<Ready | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let live = true;
    load().then(
      (lib) => {
        if (!live) return;
        try {
          const item = lib.cslItem(article, accessed);
          setReady({ lib, item, citations: lib.CITATION_STYLES.map((s) => lib.formatCitation(item, s)) });
        } catch {
          setReady('failed');
        }
      },
      () => live && setReady('failed'),
    );
    return () => {
      live = false;
    };
  }, [article, accessed, load]);
  return ready;
}

export function CitePanel({ article, now, onCopy, onDownload, load = loadCitation }: CitePanelProps) {
  const t = i18n.t;
  const ready = useCitations(article, now, load);
  const [note, setNote] = useState<Note>(null);
  const copy = async (text: string, done: string) => {
    const ok = await onCopy(text);
    setNote(ok ? { text: done, kind: 'ok' } : { text: t('copyFailed'), kind: 'problem' });
  };
  return (
    <div class="cite">
      <section class="group" aria-labelledby="cite-title">
        <h2 id="cite-title">{t('citeTitle')}</h2>
        {ready === 'loading' && <p class="note">{t('citePreparing')}</p>}
        {ready === 'failed' && <p class="note problem">{t('citeFailed')}</p>}
        {typeof ready === 'object' && (
          <>
            <ul class="citations">
              {ready.citations.map((c) => (
                <li key={c.style} class="citation">
                  <h3>{STYLE_NAMES[c.style]()}</h3>
                  <p class="citation-text" data-testid={`citation-${c.style}`}>
                    {c.runs.map((r, i) => (r.italic ? <i key={i}>{r.text}</i> : r.text))}
                  </p>
                  <button
                    type="button"
                    class="button small"
                    aria-label={t('citeCopyStyle', [STYLE_NAMES[c.style]()])}
                    onClick={() => copy(c.text, t('citeCopied', [STYLE_NAMES[c.style]()]))}
                  >
                    {t('citeCopy')}
                  </button>
                </li>
              ))}
            </ul>
            <Exports ready={ready} copy={copy} onDownload={onDownload} setNote={setNote} />
          </>
        )}
        <p class={`note ${note?.kind ?? ''}`} role="status">
          {note?.text ?? ''}
        </p>
      </section>
      {article.url && (
        <section class="group" aria-labelledby="archive-title">
          <h2 id="archive-title">{t('archiveTitle')}</h2>
          <p>
            <ArchiveLinks url={article.url} />
          </p>
          <p class="note">{t('archiveNote')}</p>
        </section>
      )}
    </div>
  );
}

interface ExportsProps {
  ready: Ready;
  copy: (text: string, done: string) => Promise<void>;
  onDownload: CitePanelProps['onDownload'];
  setNote: (note: Note) => void;
}

/** BibTeX, RIS and CSL-JSON, each to copy or to download as a file named after the article. */
function Exports({ ready, copy, onDownload, setNote }: ExportsProps) {
  const t = i18n.t;
  const { lib, item } = ready;
  const download = (format: Citation.ExportFormat) => {
    const { extension, type } = lib.EXPORT_FILES[format];
    const name = `${item.id}.${extension}`;
    const ok = onDownload(name, type, lib.exportCitations([item], format));
    setNote(
      ok ? { text: t('citeDownloaded', [name]), kind: 'ok' } : { text: t('citeDownloadFailed'), kind: 'problem' },
    );
  };
  return (
    <section aria-labelledby="cite-export-title" class="cite-export">
      <h3 id="cite-export-title">{t('citeExport')}</h3>
      <ul class="export-formats">
        {lib.EXPORT_FORMATS.map((format) => (
          <li key={format} class="export-format">
            <span class="format-name">{FORMAT_NAMES[format]}</span>
            <button
              type="button"
              class="button small"
              aria-label={t('citeCopyFormat', [FORMAT_NAMES[format]])}
              onClick={() => copy(lib.exportCitations([item], format), t('citeCopied', [FORMAT_NAMES[format]]))}
            >
              {t('citeCopy')}
            </button>
            <button
              type="button"
              class="button small"
              aria-label={t('citeDownloadFormat', [FORMAT_NAMES[format]])}
              onClick={() => download(format)}
            >
              {t('citeDownload')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
