import type { PageState } from '@/utils/page-state';
import { ArticleCard } from './ArticleCard';
import { StatusMessage } from './StatusMessage';

/** Everything the popup can show: the content script's page state plus what only the popup knows. */
export type PopupView = PageState | { state: 'loading' } | { state: 'not-gt' } | { state: 'unreachable' };

interface Props {
  view: PopupView;
  onRetry: () => void;
  locale?: string;
  timeZone?: string;
}

export function Popup({ view, onRetry, locale, timeZone }: Props) {
  switch (view.state) {
    case 'article':
      return <ArticleCard article={view.article} stats={view.stats} analysis={view.analysis} locale={locale} timeZone={timeZone} />;
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
          detail="GT Lens is not running on this page yet. Reload the page, then open GT Lens again."
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
