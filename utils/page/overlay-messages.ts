/**
 * Every string the page overlay and the marks show or announce, through the extension's i18n
 * (locales/*.yml), so that the page speaks the reader's language as the popup does. Functions,
 * not constants: the catalogue is read when a string is shown.
 */

import type { MentionType } from '../analysis/types';
import type { RatesFailure } from '../rates/types';
import { i18n } from './page-i18n';

/** A label's name in the legend and the options page ("People", "Money"). */
export const LABEL_NAMES: Record<MentionType, () => string> = {
  PERSON: () => i18n.t('people'),
  ORG: () => i18n.t('organizations'),
  PLACE: () => i18n.t('places'),
  MONEY: () => i18n.t('labelMoney'),
  PERCENT: () => i18n.t('labelPercent'),
  QUANTITY: () => i18n.t('labelQuantity'),
  CARDINAL: () => i18n.t('labelCardinal'),
  DATE: () => i18n.t('labelDate'),
};

/** One mention's type, as the card shows it and a screen reader announces it ("Person"). */
export const TYPE_NAMES: Record<MentionType, () => string> = {
  PERSON: () => i18n.t('typePerson'),
  ORG: () => i18n.t('typeOrg'),
  PLACE: () => i18n.t('typePlace'),
  MONEY: () => i18n.t('typeMoney'),
  PERCENT: () => i18n.t('typePercent'),
  QUANTITY: () => i18n.t('typeQuantity'),
  CARDINAL: () => i18n.t('typeCardinal'),
  DATE: () => i18n.t('typeDate'),
};

export const OVERLAY_TEXT = {
  title: () => i18n.t('extName'),
  /** The folded tab's visible text: the start of the title, and so of its name. */
  tab: () => i18n.t('overlayTab'),
  regionName: () => i18n.t('overlayRegion'),
  highlightsOn: () => i18n.t('overlayHighlightsOn'),
  highlightsOff: () => i18n.t('overlayHighlightsOff'),
  previous: () => i18n.t('overlayPrevious'),
  next: () => i18n.t('overlayNext'),
  stepName: () => i18n.t('overlayStepName'),
  /** The card's reading-memory frame, as a screen reader names it. */
  memoryFrame: () => i18n.t('recallFrameTitle'),
  /** The card's look-up frame (issue 24), as a screen reader names it. */
  lookupFrame: () => i18n.t('lookupFrameTitle'),
  /** The legend's edit-notice frame, as a screen reader names it. */
  editsFrame: () => i18n.t('editsFrameTitle'),
  /** "3 of 58": where previous/next stands. */
  position: (index: number, total: number) => i18n.t('overlayPosition', [String(index), String(total)]),
  /** A change of the legend's that the browser could not store. */
  notSaved: () => i18n.t('overlayNotSaved'),
};

/** "GT Lens, 55 highlights": the toggle's name; it starts with the title, and so with the tab's "GT". */
export const toggleName = (total: number) => i18n.t('overlayToggleName', total, [OVERLAY_TEXT.title(), String(total)]);

export const mentionedTimes = (count: number) => i18n.t('mentionedTimes', count, [String(count)]);

/**
 * "≈ $91.8 billion at the ECB rate of Dec 18, 2020", "(bundled, offline)" after it without a
 * network, or the bundled rates with why when the rate service failed.
 */
export function conversionLine(amount: string, day: string, bundled: boolean, failure?: RatesFailure): string {
  if (!bundled) return i18n.t('cardConversion', [amount, day]);
  switch (failure) {
    case 'offline':
      return i18n.t('cardConversionBundled', [amount, day]);
    case 'no-answer':
      return i18n.t('cardConversionBundledNoAnswer', [amount, day]);
    case 'service-error':
      return i18n.t('cardConversionBundledServiceError', [amount, day]);
    case 'bad-answer':
      return i18n.t('cardConversionBundledBadAnswer', [amount, day]);
    default:
      return i18n.t('cardConversionBundledOnly', [amount, day]);
  }
}

/** "as “Ma”": the text a mention stands as, when it differs from the entity's name. */
export const standsAs = (text: string) => i18n.t('standsAs', [text]);

/** "3 of 55: Person, Ma Weiguang, mentioned 2 times": what stepping announces. */
export function stepAnnouncement(
  position: number,
  total: number,
  label: MentionType,
  name: string,
  count: number | null,
): string {
  const [at, of, type] = [String(position), String(total), TYPE_NAMES[label]()];
  return count === null
    ? i18n.t('stepAnnouncement', [at, of, type, name])
    : i18n.t('stepAnnouncementCount', count, [at, of, type, name, String(count)]);
}

/** Who is speaking on the page (issue 22): the legend's toggle, stepping through statements, the card's count. */
export const VOICE_TEXT = {
  legend: () => i18n.t('legendVoices'),
  /** "2 statements in this article". */
  count: (n: number) => i18n.t('cardStatements', n, [String(n)]),
  /** "First: “Ma said the city…”". */
  opening: (words: string) => i18n.t('cardStatementOpening', [words]),
  next: () => i18n.t('cardNextStatement'),
  /** "Statement 1 of 2". */
  position: (at: number, of: number) => i18n.t('cardStatementPosition', [String(at), String(of)]),
  /** "Statement 2 of 7: Ma Weiguang, “disclosed”": what stepping announces. */
  announcement: (at: number, of: number, name: string, cue: string) =>
    i18n.t('statementAnnouncement', [String(at), String(of), name, cue]),
};
