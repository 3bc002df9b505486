/** The reader's settings, as typed extension-storage items with defaults. */
import { storage } from 'wxt/utils/storage';
import type { MentionType } from './analysis/types';
import { LABELS } from './mark-style';

export type LabelVisibility = Record<MentionType, boolean>;

export const ALL_LABELS_SHOWN: LabelVisibility = Object.fromEntries(LABELS.map((l) => [l, true])) as LabelVisibility;

/** Which labels are highlighted; a stored value of the wrong shape reads as the default. */
export const visibleLabels = storage.defineItem<LabelVisibility>('local:visibleLabels', { fallback: ALL_LABELS_SHOWN });
/** Highlights on or off for every article. */
export const highlightsOn = storage.defineItem<boolean>('local:highlightsOn', { fallback: true });
/** The floating legend folded to its button. */
export const legendCollapsed = storage.defineItem<boolean>('local:legendCollapsed', { fallback: false });

/** Repairs a stored label map: unknown keys dropped, missing or non-boolean ones defaulted. */
export function normalizeVisibility(value: unknown): LabelVisibility {
  const stored = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(LABELS.map((l) => [l, typeof stored[l] === 'boolean' ? stored[l] : true])) as LabelVisibility;
}
