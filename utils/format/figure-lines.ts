/**
 * A figure's lines in the hover card, worded in the interface language: its value ("Saturday,
 * December 19, 2020"), a traditional unit's metric measure ("≈ 2,000 ha"), and an amount's
 * conversion at the article's-day rates. The background words them when the card asks
 * ('figure-lines', 'convert-money'), as it words a place's Chinese names: the formatting code
 * stays out of the content script (1.2 KB gzip of it), and the card speaks the popup's language.
 */

import type { Mention } from '../analysis/types';
import { conversionLine } from '../page/overlay-messages';
import { i18n } from '../page/page-i18n';
import type { CardConversion } from '../rates/convert';
import { describeValue, formatDay, formatMoney, type ValueWords } from './mention-format';
import { traditionalUnitConversion } from './units';

export interface FigureLines {
  /** The resolved value in words; null when the figure has none to show. */
  value: string | null;
  /** A traditional Chinese unit's metric measure; null for any other figure. */
  conversion: string | null;
}

/** The few words a value is told with, in the interface language. */
export const interfaceValueWords = (): ValueWords => ({
  weekOf: (day) => i18n.t('valueWeekOf', [day]),
  points: (n) => i18n.t('valuePoints', [n]),
  tooLarge: (currency) => i18n.t('valueTooLarge', [currency]),
});

export const figureLines = (
  figure: Pick<Mention, 'type' | 'value'>,
  locale?: string,
  words?: ValueWords,
): FigureLines => ({
  value: describeValue(figure, locale, words),
  conversion: figure.type === 'QUANTITY' ? traditionalUnitConversion(figure.value, locale) : null,
});

/** "≈ $91.8 billion at the ECB rate of Dec 18, 2020": a conversion as the card words it. */
export const moneyLine = (c: CardConversion, locale?: string) =>
  conversionLine(formatMoney(c.value, c.currency, locale), formatDay(c.date, locale), c.bundled, c.failure);

/** One worded line of a card, or none: what the background answers for each ('convert-money' too). */
export const isCardLine = (x: unknown): x is string | null => x === null || (typeof x === 'string' && x.length > 0);

/** The shape of the background's answer to 'figure-lines': all the content script checks. */
export function isFigureLines(x: unknown): x is FigureLines {
  const f = x as Record<string, unknown> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    Object.keys(f).length === 2 &&
    isCardLine(f.value) &&
    isCardLine(f.conversion)
  );
}
