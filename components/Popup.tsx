import { useMemo } from 'preact/hooks';
import type { PageState } from '@/utils/page/page-state';
import { articleAmounts } from '@/utils/rates/article-amounts';
import type { RateSet } from '@/utils/rates/types';
import { summarize } from '@/utils/summary/summary';
import { Converter } from './Converter';
import { StatusMessage } from './StatusMessage';
import { SummaryCard } from './SummaryCard';

/** Everything the popup can show: the content script's page state plus what only the popup knows. */
export type PopupView = PageState | { state: 'loading' } | { state: 'not-gt' } | { state: 'unreachable' };

interface Props {
  view: PopupView;
  onRetry: () => void;
  onShow: (mention: number) => Promise<boolean>;
  onCopy: (text: string) => Promise<boolean>;
  getRates: (date: string) => Promise<RateSet | null>;
  currency: string;
  currencies: readonly string[];
  onCurrency: (code: string) => void;
  now?: Date;
  locale?: string;
  timeZone?: string;
}

export function Popup({
  view,
  onRetry,
  onShow,
  onCopy,
  getRates,
  currency,
  currencies,
  onCurrency,
  now = new Date(),
  locale,
  timeZone,
}: Props) {
  const summary = useMemo(() => (view.state === 'article' ? summarize(view.article, view.analysis) : null), [view]);
  switch (view.state) {
    case 'article':
      return (
        <>
          <SummaryCard
            article={view.article}
            stats={view.stats}
            analysis={view.analysis}
            summary={summary!}
            now={now}
            locale={locale}
            timeZone={timeZone}
            onShow={onShow}
            onCopy={onCopy}
          />
          <Converter
            amounts={articleAmounts(summary!.figures, view.analysis)}
            articleDate={view.article.published?.slice(0, 10) ?? null}
            currency={currency}
            currencies={currencies}
            onCurrency={onCurrency}
            getRates={getRates}
            locale={locale}
          />
        </>
      );
    case 'not-article':
      return <StatusMessage title="Not an article" detail={view.reason} />;
    case 'not-gt':
      return (
        <StatusMessage
          title="Not a Global Times page"
          detail="Open an article on www.globaltimes.cn to see what GT Lens reads from it."
        />
      );
    case 'loading':
    case 'reading':
      return <StatusMessage title="Reading the article…" />;
    case 'unreachable':
      return (
        <StatusMessage
          title="Can't reach this tab"
          detail="GT Lens cannot read this page: it was open before GT Lens was installed, or the browser does not let extensions in. Reload the page, then open GT Lens again."
          action={{ label: 'Try again', onClick: onRetry }}
        />
      );
    case 'error':
      return (
        <StatusMessage
          title="Something went wrong"
          detail={`GT Lens could not read this page: ${view.message}`}
          action={{ label: 'Try again', onClick: onRetry }}
        />
      );
  }
}
