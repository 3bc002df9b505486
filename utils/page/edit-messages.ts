/**
 * The words of the edit notice (issue 25): the codes of utils/memory/article-versions.ts in the
 * reader's language. The legend's frame and the popup say the same.
 */
import { i18n } from '#i18n';
import { type EditItem, type EditSummary, summaryItems } from '../memory/article-edits';
import type { EditNotice } from '../memory/article-versions';

const item = (it: EditItem) => {
  switch (it.code) {
    case 'headline':
      return i18n.t('editsHeadline');
    case 'changed':
      return i18n.t('editsChanged', it.count, [String(it.count)]);
    case 'added':
      return i18n.t('editsAdded', it.count, [String(it.count)]);
    case 'removed':
      return i18n.t('editsRemoved', it.count, [String(it.count)]);
  }
};

/** The day the reader read it, as "Dec 1, 2026" in their language. */
export const readingDay = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

/** "Edited since you read it on Dec 1, 2026: headline changed, 2 paragraphs changed". */
export const editedSince = (readOn: string, summary: EditSummary, locale: string) =>
  i18n.t('editsNotice', [
    readingDay(readOn, locale),
    // "a, b, c" in English, "a、b、c" in Chinese.
    new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(summaryItems(summary).map(item)),
  ]);

/** The frame's one line for each notice. */
export function noticeLine(notice: EditNotice, locale: string): string {
  switch (notice.code) {
    case 'edited':
      return editedSince(notice.readOn, notice.edits.summary, locale);
    case 'first':
      return i18n.t('editsFirst');
    case 'unchanged':
      return i18n.t('editsUnchanged');
    case 'not-kept':
      return i18n.t('editsNotKept');
    case 'unavailable':
      return i18n.t('recallUnavailable');
  }
}
