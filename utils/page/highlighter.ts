/**
 * Marks mentions in the live article: each mention's text is wrapped in <mark> elements
 * (several when it spans <b>, <a>, <i>), and unwrapped again to the exact original DOM.
 * Pure DOM; the content script decides when and how much to mark at a time.
 */

import type { Mention } from '../analysis/types';
import { lastIndexWhere } from '../binary-search';
import type { Segment } from './text-map';

export const MARK_CLASS = 'gt-lens-mark';

/**
 * What a screen reader hears of a mark besides its text: its type ("Person"), or nothing at all
 * (null) for a type the reader has hidden, which then reads as plain text.
 */
export type MarkVoice = (mention: Mention) => string | null;

/** Gives a mark its voice: a description and a focus stop for shown types, plain text for hidden. */
export function voiceMark(mark: HTMLElement, description: string | null): void {
  if (description === null) {
    mark.removeAttribute('aria-description');
    mark.removeAttribute('tabindex');
    mark.setAttribute('role', 'none');
  } else {
    mark.setAttribute('aria-description', description);
    mark.tabIndex = -1; // focusable from previous/next and the popup, not a tab stop of its own
    mark.removeAttribute('role');
  }
}

/** One mention's part inside one text node, in that node's offsets. */
export interface Piece {
  node: Text;
  from: number;
  to: number;
  mention: number;
  /** The mention's text this piece covers, as the analysis read it: checked against the node when marked. */
  expect: string;
  /** Where `expect` starts in the paragraph's text. */
  at: number;
}

/** Text as it reads: every run of spaces (the reader's spaces, text-map.ts) as one space. */
const readAs = (text: string) => text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ');

/** Whether a node's text still says what the analysis read there. */
export const stillSays = (nodeText: string, expected: string) => readAs(nodeText) === readAs(expected);

/** The first segment that reaches past `index`. */
function firstSegmentAt(segments: readonly Segment[], index: number): number {
  return lastIndexWhere(segments.length, (i) => segments[i]!.start + segments[i]!.length <= index) + 1;
}

/** The pieces to wrap, grouped by text node, the nodes in document order; a step every thousand mentions. */
export function* piecesByNodeSteps(
  sources: readonly Segment[][],
  mentions: readonly Mention[],
): Generator<void, Piece[][]> {
  const byNode = new Map<Text, Piece[]>();
  for (let mention = 0; mention < mentions.length; mention++) {
    if (mention % 1000 === 999) yield;
    const m = mentions[mention]!;
    const segments = sources[m.paragraph];
    if (!segments) continue;
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
      if (piece) {
        piece.to = Math.max(piece.to, to);
        piece.expect = m.text.slice(piece.at - m.start, b - m.start);
      } else
        own.set(seg.node, { node: seg.node, from, to, mention, at: a, expect: m.text.slice(a - m.start, b - m.start) });
    }
    for (const piece of own.values()) {
      const list = byNode.get(piece.node);
      if (list) list.push(piece);
      else byNode.set(piece.node, [piece]);
    }
  }
  return [...byNode.values()];
}

/** Counts the pieces that could not be marked because the page changed the text under them. */
export interface MarkTally {
  missed: number;
  /** The last mark made: how far down the page the writing has come. */
  last?: HTMLElement;
}

/**
 * Wraps one node's pieces. The node's text is cut once into text and marks (a fragment that
 * replaces it), so a long text node with thousands of mentions costs its length, not its length
 * times its mentions. A piece whose text is no longer what the analysis read (the page edited it,
 * or removed its node) is left alone and counted. Returns the marks made, in document order.
 */
export function wrapNode(
  doc: Document,
  pieces: readonly Piece[],
  mentions: readonly Mention[],
  voice: MarkVoice = () => null,
  tally: MarkTally = { missed: 0 },
): HTMLElement[] {
  const node = pieces[0]?.node;
  if (!node?.parentNode) {
    tally.missed += pieces.length; // the page removed it under us
    return [];
  }
  const data = node.data;
  const ordered = [...pieces].sort((a, b) => a.from - b.from);
  const made: HTMLElement[] = [];
  const frag = doc.createDocumentFragment();
  let pos = 0;
  let first = true;
  for (const piece of ordered) {
    if (piece.from < pos || piece.to > data.length || piece.from >= piece.to) {
      tally.missed++;
      continue;
    }
    if (!stillSays(data.slice(piece.from, piece.to), piece.expect)) {
      tally.missed++; // the page edited the text since it was read
      continue;
    }
    if (piece.from > pos) frag.appendChild(doc.createTextNode(data.slice(pos, piece.from)));
    const text = doc.createTextNode(data.slice(piece.from, piece.to));
    pos = piece.to;
    // Text split over adjacent text nodes (some parsers, some scripts): one mark, as a browser shows it.
    const before = node.previousSibling as HTMLElement | null;
    if (
      first &&
      piece.from === 0 &&
      before?.nodeType === 1 &&
      before.classList.contains(MARK_CLASS) &&
      before.dataset.gtlMention === String(piece.mention)
    ) {
      before.appendChild(text);
      first = false;
      continue;
    }
    first = false;
    const m = mentions[piece.mention]!;
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.gtlLabel = m.type;
    mark.dataset.gtlMention = String(piece.mention);
    if (m.entity) mark.dataset.gtlEntity = m.entity;
    if (m.value) mark.dataset.gtlValue = JSON.stringify(m.value);
    voiceMark(mark, voice(m));
    mark.appendChild(text);
    frag.appendChild(mark);
    made.push(mark);
  }
  if (pos < data.length) frag.appendChild(doc.createTextNode(data.slice(pos)));
  node.parentNode.replaceChild(frag, node);
  if (made.length) tally.last = made[made.length - 1];
  return made;
}

/**
 * The same as wrapNode, a few hundred pieces at a time: a text node with thousands of mentions
 * (a body without line breaks) is cut after each batch, and the rest waits for the next step.
 * Each step tells how many pieces it wrapped.
 */
export function* wrapNodeSteps(
  doc: Document,
  pieces: readonly Piece[],
  mentions: readonly Mention[],
  voice?: MarkVoice,
  tally?: MarkTally,
  batch = 300,
): Generator<number, void> {
  const ordered = [...pieces].sort((a, b) => a.from - b.from);
  let node = ordered[0]?.node;
  let shift = 0;
  for (let i = 0; node && i < ordered.length; i += batch) {
    const chunk = ordered
      .slice(i, i + batch)
      .map((p) => ({ ...p, node: node!, from: p.from - shift, to: p.to - shift }));
    if (i + batch < ordered.length && node.parentNode) {
      const cut = chunk[chunk.length - 1]!.to;
      const rest = doc.createTextNode(node.data.slice(cut));
      node.data = node.data.slice(0, cut);
      node.parentNode.insertBefore(rest, node.nextSibling);
      wrapNode(doc, chunk, mentions, voice, tally);
      node = rest;
      shift += cut;
    } else {
      wrapNode(doc, chunk, mentions, voice, tally);
    }
    yield chunk.length;
  }
}

/** Every mark of ours under `root`. */
export function marksIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
}

/** Unwraps every mark under `root` and merges the text split for it: the DOM as it was. */
export function removeMarks(root: ParentNode): void {
  unwrapMarks(marksIn(root));
}

/** Unwraps these marks, keeping their text where it stands, and merges the text split for them. */
export function unwrapMarks(marks: Iterable<HTMLElement>): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
