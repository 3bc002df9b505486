/** What the hover card of a mark says: pure, from the mention, its entity and the day's rates. */
import type { Entity, Mention, MentionType } from '../analysis/types';
import { describeValue, formatDay, formatMoney, roleBesideName } from '../format/mention-format';
import { traditionalUnitConversion } from '../format/units';
import type { AlsoIn } from '../memory/article-record';
import type { CardConversion } from '../rates/convert';
import { alsoInLine, conversionLine, mentionedTimes, standsAs, TYPE_NAMES } from './overlay-messages';

export interface CardContent {
  mention: number;
  label: MentionType;
  /** The entity's full name when it is one, else the text as it stands. */
  name: string;
  /** "as “Ma”" when the text differs from the name. */
  standsAs: string | null;
  /** "Mentioned 2 times" for entities. */
  count: string | null;
  /** Who's who: the role the article gives a person, an acronym's expansion, a place's place. */
  role: string | null;
  /** The other articles the reader read that name this entity, once the memory answered. */
  alsoIn: AlsoIn | null;
  /** The resolved value of a figure, in words. */
  value: string | null;
  /**
   * For money: the amount converted at the article's rate, once the rates are in; for a
   * traditional Chinese unit ("30,000 mu"), its metric measure ("≈ 2,000 ha") at once.
   */
  conversion: string | null;
}

export function cardContent(index: number, mention: Mention, entity: Entity | null, locale?: string): CardContent {
  const name = entity?.name ?? mention.text;
  return {
    mention: index,
    label: mention.type,
    name,
    standsAs: entity && entity.name !== mention.text ? standsAs(mention.text) : null,
    count: entity ? mentionedTimes(entity.mentions.length) : null,
    role: entity ? roleBesideName(entity) : null,
    alsoIn: null,
    value: describeValue(mention, locale),
    conversion: mention.type === 'QUANTITY' ? traditionalUnitConversion(mention.value, locale) : null,
  };
}

/** The card as one line, for the mark's accessible description while the card is open. */
export const cardSummary = (c: CardContent) =>
  [
    TYPE_NAMES[c.label](),
    c.name,
    c.role,
    c.standsAs,
    c.count,
    c.value !== c.name ? c.value : null,
    c.conversion,
    c.alsoIn ? alsoInLine(c.alsoIn.count) : null,
  ]
    .filter(Boolean)
    .join('. ');

/** The money amount of a mention, when it has one to convert. */
export function moneyOf(mention: Mention): { amount: number; currency: string } | null {
  if (mention.type !== 'MONEY') return null;
  const v = mention.value as { amount?: number; currency: string } | null;
  return v?.amount === undefined ? null : { amount: v.amount, currency: v.currency };
}

/** "≈ $91.8 billion at the ECB rate of Dec 18, 2020": a conversion as the card words it. */
export const conversionText = (c: CardConversion, locale?: string) =>
  conversionLine(formatMoney(c.value, c.currency, locale), formatDay(c.date, locale), c.bundled);
