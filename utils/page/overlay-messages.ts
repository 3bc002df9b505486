/**
 * Every string the page overlay and the marks show or announce, in one table, so that they move
 * to the extension's i18n catalogue in one step.
 */
import type { MentionType } from '../analysis/types';

export const LABEL_NAMES: Record<MentionType, string> = {
  PERSON: 'People',
  ORG: 'Organizations',
  PLACE: 'Places',
  MONEY: 'Money',
  PERCENT: 'Percentages',
  QUANTITY: 'Quantities',
  CARDINAL: 'Counts',
  DATE: 'Dates',
};

export const LABEL_SINGULAR: Record<MentionType, string> = {
  PERSON: 'Person',
  ORG: 'Organization',
  PLACE: 'Place',
  MONEY: 'Money',
  PERCENT: 'Percentage',
  QUANTITY: 'Quantity',
  CARDINAL: 'Count',
  DATE: 'Date',
};

export const OVERLAY_TEXT = {
  title: 'GT Lens',
  /** The folded tab's visible text: the start of its name. */
  tab: 'GT',
  regionName: 'GT Lens highlights',
  highlightsOn: 'Highlights on',
  highlightsOff: 'Highlights off',
  previous: 'Previous',
  next: 'Next',
  stepName: 'Step through highlights',
};

/** "GT Lens, 55 highlights": the toggle's name, starting with its visible text. */
export const toggleName = (visible: string, total: number) =>
  `${visible}${visible === OVERLAY_TEXT.title ? '' : ' Lens'}, ${total === 1 ? '1 highlight' : `${total} highlights`}`;

export const mentionedTimes = (count: number) => (count === 1 ? 'Mentioned once' : `Mentioned ${count} times`);

/** "as “Ma”": the text a mention stands as, when it differs from the entity's name. */
export const standsAs = (text: string) => `as “${text}”`;

/** "3 of 55: Person, Ma Weiguang, mentioned 2 times": what stepping announces. */
export function stepAnnouncement(
  position: number,
  total: number,
  label: MentionType,
  name: string,
  count: number | null,
): string {
  const times = count === null ? '' : `, ${mentionedTimes(count).toLowerCase()}`;
  return `${position} of ${total}: ${LABEL_SINGULAR[label]}, ${name}${times}`;
}

/** What the browser's keyboard-shortcut settings list for each command. */
export const COMMAND_DESCRIPTIONS = {
  'toggle-highlights': 'Turn highlights on or off',
  'next-mention': 'Go to the next highlight',
  'previous-mention': 'Go to the previous highlight',
} as const;
