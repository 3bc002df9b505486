/**
 * What the hover card of a mark says: pure, from the mention and its entity. A figure's value and
 * conversion come worded from the background once the card asks (utils/format/figure-lines.ts).
 */
import type { Entity, Mention, MentionType } from '../analysis/types';
import { roleBesideName } from '../format/mention-format';
import { mentionedTimes, standsAs, TYPE_NAMES } from './overlay-messages';
import { type CardNative, nativeSummary } from './place-lines';

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
  /**
   * The address of the frame that says which other articles the reader read name this entity
   * (utils/memory/recall-frame.ts): the history itself never enters the page.
   */
  memoryFrame: string | null;
  /** The resolved value of a figure, in words, once the background answered. */
  value: string | null;
  /**
   * For money: the amount converted at the article's rate, once the rates are in; for a
   * traditional Chinese unit ("30,000 mu"), its metric measure ("≈ 2,000 ha"), with the value.
   */
  conversion: string | null;
  /** For a Chinese place: its Chinese name, pinyin and where it sits, once the background answered. */
  native: CardNative | null;
  /** Who is speaking (issue 22): "2 statements in this article", the first's opening words, where stepping stands. */
  statements?: { count: string; opening: string; at?: string } | null;
}

export function cardContent(
  index: number,
  mention: Mention,
  entity: Entity | null,
  { memoryFrame = null }: { memoryFrame?: string | null } = {},
): CardContent {
  const name = entity?.name ?? mention.text;
  return {
    mention: index,
    label: mention.type,
    name,
    standsAs: entity && entity.name !== mention.text ? standsAs(mention.text) : null,
    count: entity ? mentionedTimes(entity.mentions.length) : null,
    role: entity ? roleBesideName(entity) : null,
    memoryFrame: entity ? memoryFrame : null,
    value: null,
    conversion: null,
    native: null,
  };
}

/**
 * The card as one line, for the mark's accessible description while the card is open: what the
 * article says only, never the reader's history (an attribute of the page, which its scripts read).
 */
export const cardSummary = (c: CardContent) =>
  [
    TYPE_NAMES[c.label](),
    c.name,
    c.native ? nativeSummary(c.native) : null,
    c.role,
    c.standsAs,
    c.count,
    c.statements?.count,
    c.value !== c.name ? c.value : null,
    c.conversion,
  ]
    .filter(Boolean)
    .join('. ');

/** The money amount of a mention, when it has one to convert. */
export function moneyOf(mention: Mention): { amount: number; currency: string } | null {
  if (mention.type !== 'MONEY') return null;
  const v = mention.value as { amount?: number; currency: string } | null;
  return v?.amount === undefined ? null : { amount: v.amount, currency: v.currency };
}
