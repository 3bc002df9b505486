import type { MentionType } from '@/utils/analysis/types';
import { LABEL_SINGULAR } from '@/utils/page/mark-style';

export interface MentionCardProps {
  label: MentionType;
  /** The text as it stands, and the entity's full name when it is one. */
  text: string;
  name: string | null;
  /** How many times the entity appears. */
  count: number | null;
  /** The resolved value of a figure, in words. */
  value: string | null;
  /** For money: the amount in the reader's currency at the article's rate, with its day and source. */
  conversion?: string | null;
  /** Where the mark is on screen, to sit below it (or above near the bottom). */
  anchor: { top: number; bottom: number; left: number };
  viewport: { width: number; height: number };
}

export function MentionCard({ label, text, name, count, value, conversion, anchor, viewport }: MentionCardProps) {
  const below = anchor.bottom + 140 < viewport.height;
  const style = {
    left: `${Math.max(8, Math.min(anchor.left, viewport.width - 288))}px`,
    ...(below ? { top: `${anchor.bottom + 6}px` } : { bottom: `${viewport.height - anchor.top + 6}px` }),
  };
  return (
    <div class="card" role="tooltip" style={style} data-label={label}>
      <p class="card-label">{LABEL_SINGULAR[label]}</p>
      <p class="card-name">{name ?? text}</p>
      {name && name !== text && <p class="card-detail">as “{text}”</p>}
      {count !== null && <p class="card-detail">{count === 1 ? 'Mentioned once' : `Mentioned ${count} times`}</p>}
      {value && <p class="card-value">{value}</p>}
      {conversion && <p class="card-detail">{conversion}</p>}
    </div>
  );
}
