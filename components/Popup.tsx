import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatMoney } from '@/utils/format/mention-format';
import { type AlsoIn, entityKey } from '@/utils/memory/article-record';
import type { EditsReply } from '@/utils/memory/article-versions';
import type { PageState } from '@/utils/page/page-state';
import type { NativeLookup } from '@/utils/places/types';
import { POPUP_TABS, type PopupTab } from '@/utils/popup-settings';
import { articleAmounts } from '@/utils/rates/article-amounts';
import { conversionTarget, convert } from '@/utils/rates/convert';
import type { RateSet } from '@/utils/rates/types';
import { summarize } from '@/utils/summary/summary';
import { articleVoices } from '@/utils/summary/voices';
import { ArticleHeader } from './ArticleHeader';
import { CitePanel } from './CitePanel';
import { Converter } from './Converter';
import { EditsSection } from './EditsSection';
import { StatusMessage } from './StatusMessage';
import { SummaryCard } from './SummaryCard';
import { known, useRates } from './use-rates';
import { VoicesPanel } from './VoicesPanel';

/** Everything the popup can show: the content script's page state plus what only the popup knows. */
export type PopupView = PageState | { state: 'loading' } | { state: 'not-gt' } | { state: 'unreachable' };

export interface PopupProps {
  view: PopupView;
  onRetry: () => void;
  onShow: (mention: number) => Promise<boolean>;
  onCopy: (text: string) => Promise<boolean>;
  /** Hands a file (a citation export) to the browser's downloads; false when it could not. */
  onDownload?: (name: string, type: string, text: string) => boolean;
  getRates: (date: string) => Promise<RateSet | null>;
  currency: string;
  currencies: readonly string[];
  onCurrency: (code: string) => void;
  /** The reader's last tab, remembered by the popup's entry point. */
  tab: PopupTab;
  onTab: (tab: PopupTab) => void;
  now?: Date;
  /** The interface language (numbers, dates, currencies); the reader's time zone unless told. */
  locale?: string;
  timeZone?: string;
  /** The reading log: this article's entities met before, the one-time notice, the log's page. */
  memory?: PopupMemory;
  /** The Chinese names of the article's places, asked of the background (issue 24). */
  nativePlaces?: (names: string[]) => Promise<Record<string, NativeLookup>>;
}

export interface PopupMemory {
  /** The other articles naming these entities than this one (a null `url`: the tab's own address). */
  recall(article: { url: string | null; title: string }, keys: string[]): Promise<Record<string, AlsoIn>>;
  /** Whether to say, this once, that a reading log is kept and where to turn it off. */
  showNotice: boolean;
  onNoticeSeen(): void;
  /** The versions kept of this article (a null `url`: the tab's own address) and its last edit. */
  edits?(url: string | null): Promise<EditsReply>;
  logUrl: string;
  optionsUrl: string;
}

export function Popup(props: PopupProps) {
  const t = i18n.t;
  const { view, onRetry } = props;
  switch (view.state) {
    case 'article':
      return <ArticleView {...props} view={view} />;
    case 'not-article':
      return (
        <StatusMessage
          title={t('notArticle')}
          detail={view.code === 'not-article-page' ? t('notArticlePage') : t('noArticleText')}
        />
      );
    case 'not-gt':
      return <StatusMessage title={t('notGt')} detail={t('notGtDetail')} />;
    case 'loading':
    case 'reading':
      return <StatusMessage title={t('reading')} />;
    case 'unreachable':
      return (
        <StatusMessage
          title={t('unreachable')}
          detail={t('unreachableDetail')}
          action={{ label: t('tryAgain'), onClick: onRetry }}
        />
      );
    case 'error':
      return (
        <StatusMessage
          title={t('readError')}
          detail={t('readErrorDetail')}
          action={{ label: t('tryAgain'), onClick: onRetry }}
        />
      );
  }
}

type ArticleState = Extract<PageState, { state: 'article' }>;

/** The article at a glance on top; its summary, its money and its citation one click apart, as tabs. */
function ArticleView(props: PopupProps & { view: ArticleState }) {
  const { view, currency, locale, tab, onTab } = props;
  const now = props.now ?? new Date();
  const summary = useMemo(() => summarize(view.article, view.analysis), [view]);
  const voices = useMemo(() => articleVoices(view.article, view.analysis), [view]);
  const amounts = useMemo(() => articleAmounts(summary.figures, view.analysis), [summary, view]);
  const articleDate = view.article.published?.slice(0, 10) ?? null;
  const then = useRates(props.getRates, articleDate);
  const latest = useRates(props.getRates, 'latest');
  const metBefore = useMetBefore(view, props.memory);
  const edits = useEdits(view, props.memory);
  const native = useNativePlaces(view, props.nativePlaces);
  // The converter is built when its tab is first shown, then kept (hidden) so that what the reader
  // typed stays: built with the popup, its currency list cost the summary card ~11 ms on screen.
  const moneyShown = useRef(false);
  moneyShown.current ||= tab === 'money';
  const conversions = useMemo(() => {
    const set = known(then);
    const out = new Map<number, string>();
    for (const row of set ? amounts : []) {
      const target = conversionTarget(row.currency, currency);
      const value = convert(row.amount, row.currency, target, set!);
      if (value !== null) out.set(row.mention, `≈ ${formatMoney(value, target, locale)}`);
    }
    return out;
  }, [amounts, then, currency, locale]);

  return (
    <article class="card" aria-labelledby="card-title">
      <ArticleHeader {...view} now={now} locale={locale} timeZone={props.timeZone} />
      <Tabs tab={tab} onTab={onTab} />
      <div role="tabpanel" id="panel-summary" aria-labelledby="tab-summary" hidden={tab !== 'summary'}>
        <SummaryCard
          article={view.article}
          analysis={view.analysis}
          summary={summary}
          voices={voices}
          conversions={conversions}
          locale={locale}
          timeZone={props.timeZone}
          onShow={props.onShow}
          onCopy={props.onCopy}
          metBefore={metBefore}
          native={native}
        />
      </div>
      <div role="tabpanel" id="panel-voices" aria-labelledby="tab-voices" hidden={tab !== 'voices'}>
        {tab === 'voices' && <VoicesPanel voices={voices} onShow={props.onShow} />}
      </div>
      <div role="tabpanel" id="panel-money" aria-labelledby="tab-money" hidden={tab !== 'money'}>
        {moneyShown.current && (
          <Converter
            amounts={amounts}
            articleDate={articleDate}
            then={then}
            latest={latest}
            currency={currency}
            currencies={props.currencies}
            onCurrency={props.onCurrency}
            getRates={props.getRates}
            now={now}
            locale={locale}
          />
        )}
      </div>
      <div role="tabpanel" id="panel-cite" aria-labelledby="tab-cite" hidden={tab !== 'cite'}>
        {/* Mounted only when shown: the citation library loads then, not with the popup. */}
        {tab === 'cite' && (
          <CitePanel
            article={view.article}
            now={now}
            onCopy={props.onCopy}
            onDownload={props.onDownload ?? (() => false)}
          />
        )}
      </div>
      <EditsSection reply={edits} locale={locale} />
      {props.memory && <MemoryFooter memory={props.memory} />}
    </article>
  );
}

/** The one-time word on the reading log, and the ways to the log and the settings. */
function MemoryFooter({ memory }: { memory: PopupMemory }) {
  const t = i18n.t;
  const [notice, setNotice] = useState(memory.showNotice);
  return (
    <footer class="memory">
      {notice && (
        <p class="notice" data-testid="memory-notice">
          {t('memoryNotice')}{' '}
          <button
            type="button"
            class="button small"
            onClick={() => {
              setNotice(false);
              memory.onNoticeSeen();
            }}
          >
            {t('memoryNoticeOk')}
          </button>
        </p>
      )}
      <p class="links">
        <a href={memory.logUrl} target="_blank" rel="noopener">
          {t('openLog')}
        </a>{' '}
        ·{' '}
        <a href={memory.optionsUrl} target="_blank" rel="noopener">
          {t('openSettings')}
        </a>
      </p>
    </footer>
  );
}

/** This article's entities in the reader's log, once the background answered. */
function useMetBefore(view: ArticleState, memory: PopupMemory | undefined) {
  const [met, setMet] = useState<Record<string, AlsoIn>>({});
  useEffect(() => {
    if (!memory) return;
    let live = true;
    const keys = view.analysis.entities.map((e) => entityKey(e.type, e.name));
    memory.recall(view.article, keys).then(
      (found) => live && setMet(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [view, memory]);
  return met;
}

/** What changed in this article since the reader's last reading, once the background answered. */
function useEdits(view: ArticleState, memory: PopupMemory | undefined) {
  const [reply, setReply] = useState<EditsReply | null>(null);
  useEffect(() => {
    if (!memory?.edits) return;
    let live = true;
    memory.edits(view.article.url).then(
      (found) => live && setReply(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [view, memory]);
  return reply;
}

/** The Chinese names of this article's places, once the background answered; none until then. */
function useNativePlaces(view: ArticleState, ask: PopupProps['nativePlaces']) {
  const [native, setNative] = useState<Record<string, NativeLookup>>({});
  useEffect(() => {
    if (!ask) return;
    let live = true;
    const names = view.analysis.entities.filter((e) => e.type === 'PLACE').map((e) => e.name);
    ask(names).then(
      (found) => live && setNative(found),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [view, ask]);
  return native;
}

/** The tabs, with the ARIA tabs pattern: arrows, Home and End move between them. */
function Tabs({ tab, onTab }: { tab: PopupTab; onTab: (tab: PopupTab) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const labels: Record<PopupTab, string> = {
    summary: i18n.t('tabSummary'),
    voices: i18n.t('tabVoices'),
    money: i18n.t('tabMoney'),
    cite: i18n.t('tabCite'),
  };
  function onKeyDown(e: KeyboardEvent) {
    const i = POPUP_TABS.indexOf(tab);
    const n = POPUP_TABS.length;
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1 + n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const chosen = POPUP_TABS[next % n]!;
    onTab(chosen);
    list.current?.querySelector<HTMLElement>(`#tab-${chosen}`)?.focus();
  }
  return (
    <div class="tabs" role="tablist" ref={list} onKeyDown={onKeyDown}>
      {POPUP_TABS.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={tab === id}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
        >
          {labels[id]}
        </button>
      ))}
    </div>
  );
}
