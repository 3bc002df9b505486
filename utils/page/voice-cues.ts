/**
 * Who speaks, at each statement's cue (issue 22): the cue words ("said", "according to") in a
 * <mark> of their own, with their own lines (under and over, no swatch), placed after the
 * highlights so that they never delay them. The source's name (the resolved one for "he" or "the
 * spokesperson") shows above the cue while it is hovered, focused or stepped to: an absolutely
 * placed pseudo-element, outside the text flow, so that no line box ever changes; always-on
 * names would have to take room (moving lines) or cover the line above. A screen reader hears
 * "statement by Mao Ning, spokesperson". Everything here is what the article says: nothing of
 * the reader's history enters the page. DOM only.
 */

import type { Analysis, Attribution, Mention } from '../analysis/types';
import { roleBesideName } from '../format/mention-format';
import { type Piece, piecesByNodeSteps, stillSays, unwrapMarks } from './highlighter';
import { i18n } from './page-i18n';
import type { Segment } from './text-map';

export const CUE_CLASS = 'gt-lens-cue';
/** A cue stepped to: its name shows as on focus, while the flash lasts. */
export const CUE_SHOWN_CLASS = 'gt-lens-cue-shown';

/** Who speaks in one statement: the name shown at the cue, and what a screen reader hears. */
export interface StatementVoice {
  name: string;
  /** "statement by Mao Ning, spokesperson". */
  description: string;
}

/** The source as the page shows it: the entity's full name for a named one, else the source's words. */
export function statementVoice(analysis: Analysis, a: Attribution): StatementVoice {
  const entity = a.entityIndex === undefined ? undefined : analysis.entities[a.entityIndex];
  const name = entity?.name ?? a.source;
  const role = entity ? roleBesideName(entity) : null;
  return { name, description: i18n.t('voiceStatementBy', [role ? `${name}, ${role}` : name]) };
}

/** The cue marks under `root`, in document order. */
export const cuesIn = (root: ParentNode): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`mark.${CUE_CLASS}`)];

/** Unwraps every cue mark under `root`: the text as it was, its split text nodes merged again. */
export const removeCues = (root: ParentNode): void => unwrapMarks(cuesIn(root));

/** Where each statement's cue stands in the text nodes as they are now (`sources`, read afresh). */
export function* cuePiecesSteps(
  sources: readonly Segment[][],
  paragraphs: readonly string[],
  analysis: Analysis,
): Generator<void, Piece[][]> {
  const attributions = analysis.attributions ?? [];
  const spans = attributions.map(
    (a) =>
      ({
        paragraph: a.paragraph,
        start: a.cueSpan.start,
        end: a.cueSpan.end,
        text: paragraphs[a.paragraph]?.slice(a.cueSpan.start, a.cueSpan.end) ?? '',
      }) as Mention,
  );
  return yield* piecesByNodeSteps(sources, spans);
}

/**
 * Wraps each statement's cue where cuePiecesSteps found it; a cue whose text the page changed since
 * is left alone. A step per few hundred pieces; `quietly` runs each change to the body (the marks'
 * edit watch ignores them).
 */
export function* writeCuesSteps(
  doc: Document,
  groups: readonly Piece[][],
  analysis: Analysis,
  quietly: (change: () => void) => void,
): Generator<void, void> {
  const attributions = analysis.attributions ?? [];
  const named = new Set<number>();
  let since = 0;
  for (const pieces of groups) {
    // From the end of the node: each split leaves the offsets before it as they were.
    const ordered = [...pieces].sort((a, b) => b.from - a.from);
    quietly(() => {
      for (const p of ordered) {
        const { node } = p;
        if (!node.parentNode || p.to > node.data.length || !stillSays(node.data.slice(p.from, p.to), p.expect))
          continue;
        const words = node.splitText(p.from);
        words.splitText(p.to - p.from);
        const cue = doc.createElement('mark');
        cue.className = CUE_CLASS;
        cue.dataset.gtlStatement = String(p.mention);
        const voice = statementVoice(analysis, attributions[p.mention]!);
        cue.setAttribute('aria-description', voice.description);
        cue.tabIndex = -1; // reached by stepping, not a tab stop of its own
        words.replaceWith(cue);
        cue.append(words);
        // The name over the first piece of a cue only (a cue split by a link has two pieces).
        if (p.at === attributions[p.mention]!.cueSpan.start && !named.has(p.mention)) {
          named.add(p.mention);
          cue.dataset.gtlSource = voice.name;
        }
      }
    });
    since += pieces.length;
    if (since >= 300) {
      since = 0;
      yield;
    }
  }
}

/** The first cue mark of each statement, in reading order. */
export function statementAnchors(root: ParentNode): HTMLElement[] {
  const seen = new Set<string>();
  return cuesIn(root).filter((c) => {
    const key = c.dataset.gtlStatement!;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Cue lines: teal, under and over the words (no label's underline looks like it), AA on light and dark. */
export const CUE_LINE = { light: '#0b6b55', dark: '#6fe0c4' };
export const CUE_TAG = { background: '#0b4f40', text: '#ffffff' };

/** The cues' rules, in the highlights' stylesheet (mark-style.ts). */
export function cueCss(): string {
  const sel = `mark.${CUE_CLASS}`;
  return [
    // No padding, border, margin or line-height of its own: placing a cue never moves a line.
    `${sel}{padding:0;margin:0;border:0;background:none;color:inherit;font:inherit;line-height:inherit;position:relative;text-decoration:underline overline ${CUE_LINE.light} 1.5px;text-underline-offset:.2em;cursor:help}`,
    `[data-gtl-scheme="dark"] ${sel}{text-decoration-color:${CUE_LINE.dark}}`,
    `${sel}:focus{outline:2px solid currentColor}`,
    `${sel}.${CUE_SHOWN_CLASS}{outline:3px solid #e8a400}`,
    // The name, above the cue, out of the text flow; no alternative text: the mark's description says it.
    `${sel}[data-gtl-source]:is(:hover,:focus,.${CUE_SHOWN_CLASS})::after{content:attr(data-gtl-source) / "";position:absolute;left:0;bottom:calc(100% + .3em);z-index:2147483000;white-space:nowrap;font:600 12px/1.4 sans-serif;text-indent:0;padding:1px 6px;border-radius:3px;background:${CUE_TAG.background};color:${CUE_TAG.text};pointer-events:none}`,
  ].join('\n');
}

/** How many words of a statement the card shows: enough to recognise it, one line or two. */
const OPENING_WORDS = 10;

/** The opening words of the sentence that holds offset `at` of a paragraph (an ellipsis when cut). */
export function statementOpening(text: string, at: number, count = OPENING_WORDS): string {
  const ends = /[.!?]["”’]?\s+(?=\S)/g;
  let start = 0;
  let end = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const after = m.index + m[0].length;
    if (after <= at) start = after;
    else {
      end = m.index + m[0].trimEnd().length;
      break;
    }
  }
  const words = text.slice(start, end).split(/\s+/).filter(Boolean);
  if (words.length <= count) return words.join(' ');
  return `${words
    .slice(0, count)
    .join(' ')
    .replace(/[,;:]$/, '')}…`;
}
