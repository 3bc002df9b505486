/** The article's copies in the Wayback Machine, and its "Save Page Now": plain links the reader opens. */
import { i18n } from '#i18n';
import { waybackCopies, waybackSave } from '@/utils/format/archive';

interface Props {
  url: string;
  /** In a list of articles, the article's title completes each link's name. */
  title?: string;
}

export function ArchiveLinks({ url, title }: Props) {
  const t = i18n.t;
  return (
    <span class="archive-links">
      <a
        href={waybackCopies(url)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={title ? t('archiveCopiesOf', [title]) : undefined}
      >
        {t('archiveCopies')}
      </a>{' '}
      ·{' '}
      <a
        href={waybackSave(url)}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={title ? t('archiveSaveOf', [title]) : undefined}
      >
        {t('archiveSave')}
      </a>
    </span>
  );
}
