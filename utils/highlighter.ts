/**
 * Marks mentions in the live article: each mention's text is wrapped in <mark> elements
 * (several when it spans <b>, <a>, <i>), and unwrapped again to the exact original DOM.
 * Pure DOM; the content script decides when and how much to mark at a time.
 */
import type { Mention } from './analysis/types';
import type { Segment } from './text-map';

export const MARK_CLASS = 'gt-lens-mark';

/** One mention's part inside one text node, in that node's offsets. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
  mention: number;
}

function firstSegmentAt(segments: readonly Segment[], index: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start + segments[mid]!.length > index) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/**
 * The pieces to wrap, grouped by text node, each group from the end of its node backwards:
 * splitting a node at its end keeps the earlier offsets of the same node valid.
 */
export function piecesByNode(sources: readonly Segment[][], mentions: readonly Mention[]): Piece[][] {
  const byNode = new Map<Text, Piece[]>();
  mentions.forEach((m, mention) => {
    const segments = sources[m.paragraph];
    if (!segments) return;
    const own = new Map<Text, Piece>();
    for (let i = firstSegmentAt(segments, m.start); i < segments.length; i++) {
      const seg = segments[i]!;
      if (seg.start >= m.end) break;
      const a = Math.max(m.start, seg.start);
      const b = Math.min(m.end, seg.start + seg.length);
      const from = seg.nodeStart + (a - seg.start);
      const to = seg.nodeStart + (b - seg.start);
      const piece = own.get(seg.node);
      // Collapsed whitespace inside one node: one piece covers the whole stretch.
      if (piece) piece.to = Math.max(piece.to, to);
      else own.set(seg.node, { node: seg.node, from, to, mention });
    }
    for (const piece of own.values()) {
      const list = byNode.get(piece.node);
      if (list) list.push(piece);
      else byNode.set(piece.node, [piece]);
    }
  });
  const groups = [...byNode.values()];
  for (const g of groups) g.sort((x, y) => y.from - x.from);
  return groups;
}

/** Text.splitText, spelled out: not every DOM implementation the core runs on has it. */
function splitAt(node: Text, offset: number): Text {
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

/** Wraps one node's pieces (last first). Returns the marks made, in document order. */
export function wrapNode(doc: Document, pieces: readonly Piece[], mentions: readonly Mention[]): HTMLElement[] {
  const made: HTMLElement[] = [];
  for (const piece of pieces) {
    const node = piece.node;
    if (!node.parentNode || piece.to > node.data.length || piece.from >= piece.to) continue; // the page changed under us
    if (piece.to < node.data.length) splitAt(node, piece.to);
    const middle = piece.from > 0 ? splitAt(node, piece.from) : node;
    // Text split over adjacent text nodes (some parsers, some scripts): one mark, as a browser would show it.
    const before = middle.previousSibling as HTMLElement | null;
    if (piece.from === 0 && before?.nodeType === 1 && before.classList.contains(MARK_CLASS) && before.dataset.gtlMention === String(piece.mention)) {
      before.appendChild(middle);
      continue;
    }
    const m = mentions[piece.mention]!;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.gtlLabel = m.type;
    mark.dataset.gtlMention = String(piece.mention);
    if (m.entity) mark.dataset.gtlEntity = m.entity;
    if (m.value) mark.dataset.gtlValue = JSON.stringify(m.value);
    mark.tabIndex = -1; // focusable from the legend's previous/next, not a tab stop of its own
    middle.parentNode!.insertBefore(mark, middle);
    mark.appendChild(middle);
    made.push(mark);
  }
  return made.reverse();
}

/** Every mark of ours under `root`. */
export function marksIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
}

/** Unwraps every mark under `root` and merges the text split for it: the DOM as it was. */
export function removeMarks(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of marksIn(root)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}

/** Marks every mention at once (Node, tests); the content script slices the same steps. */
export function markAll(doc: Document, sources: readonly Segment[][], mentions: readonly Mention[]): HTMLElement[] {
  return piecesByNode(sources, mentions).flatMap((pieces) => wrapNode(doc, pieces, mentions));
}
