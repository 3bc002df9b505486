/**
 * Helpers that only tests use, built on the page core: marking a whole article at once (the
 * content script slices the same steps) and finding the text node under a character.
 */
import type { Mention } from '@/utils/analysis/types';
import { lastIndexWhere } from '@/utils/binary-search';
import { type MarkVoice, piecesByNodeSteps, wrapNode } from '@/utils/page/highlighter';
import type { Segment } from '@/utils/page/text-map';
import { runToEnd } from '@/utils/slices';

/** Marks every mention at once. */
export function markAll(
  doc: Document,
  sources: readonly Segment[][],
  mentions: readonly Mention[],
  voice?: MarkVoice,
): HTMLElement[] {
  return runToEnd(piecesByNodeSteps(sources, mentions)).flatMap((pieces) => wrapNode(doc, pieces, mentions, voice));
}

/** The text node and offset holding character `index` of a mapped paragraph. */
export function pointAt(segments: readonly Segment[], index: number): { node: Text; offset: number } | null {
  const seg = segments[lastIndexWhere(segments.length, (i) => segments[i]!.start <= index)];
  if (!seg || index >= seg.start + seg.length) return null;
  return { node: seg.node, offset: seg.nodeStart + (index - seg.start) };
}
