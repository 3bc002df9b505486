/**
 * Where the overlay goes: in the page's free margin beside the article column when the margin
 * has room for the legend, otherwise folded to a small tab at the window's right edge.
 */

/** The legend's width, and the room kept clear between it, the column and the window's edge. */
export const PANEL_WIDTH = 236;
export const GAP = 12;

export type Side = 'right' | 'left' | 'tab';

export interface Placement {
  side: Side;
  style: Record<string, string>;
}

/** Places the overlay beside a column spanning `column.left`–`column.right` in a window `viewportWidth` wide. */
export function placeOverlay(viewportWidth: number, column: { left: number; right: number } | null): Placement {
  const needed = PANEL_WIDTH + 2 * GAP;
  if (column && viewportWidth - column.right >= needed) return { side: 'right', style: { right: `${GAP}px` } };
  if (column && column.left >= needed) return { side: 'left', style: { left: `${GAP}px` } };
  return { side: 'tab', style: { right: '0px' } };
}
