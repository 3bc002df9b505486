/**
 * The hover card's life (WCAG 1.4.13): it opens on a mark's hover or keyboard focus and for the
 * mention that stepping chose; the pointer may move onto it; it follows its mark as the page
 * scrolls; a chosen card stays until dismissed (Esc) or another mention is chosen.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Entity, Mention, MentionType } from '@/utils/analysis/types';
import type { FigureLines } from '@/utils/format/figure-lines';
import type { LookupQuery } from '@/utils/lookup/lookup-frame';
import { type CardContent, cardContent, cardSummary, moneyOf } from '@/utils/page/card-content';
import { MARK_CLASS } from '@/utils/page/highlighter';
import { VOICE_TEXT } from '@/utils/page/overlay-messages';
import type { CardNative } from '@/utils/page/place-lines';

/** What the card needs of the page's annotation. */
export interface CardSource {
  readonly highlights: boolean;
  /** The mark GT Lens itself is focusing right now (stepping, the popup's "go to"), else null. */
  readonly focusing: Element | null;
  readonly hidden: ReadonlySet<MentionType>;
  describe(mark: Element): { mention: Mention; entity: Entity | null } | null;
  /** An entity's statements in the article (issue 22): how many, the first's opening words. */
  statementsOf?(entity: string): { count: number; opening: string } | null;
}

export interface OpenCard {
  content: CardContent;
  mark: HTMLElement;
  /** Chosen by stepping: leaving it with the pointer does not close it. */
  chosen: boolean;
  anchor: { top: number; bottom: number; left: number };
  /** What the card sits by, when not its mark: the statement the card stepped to. */
  at?: HTMLElement;
}

const HIDE_DELAY_MS = 300;

const anchorOf = (mark: HTMLElement) => {
  const r = mark.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left };
};
const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;

/** What the card asks the extension for: a figure's lines, a money conversion, the reading memory's frame. */
export interface CardLookups {
  /** A figure's value and a traditional unit's measure, worded by the background; absent where nothing answers it. */
  figure?(mention: Mention): Promise<FigureLines | null>;
  convert(mention: Mention): Promise<string | null>;
  /** The address of the reading-memory frame for an entity; null when the reading log is off. */
  memoryFrame(entity: Entity): string | null;
  /** A place's Chinese name as the card words it, asked of the background (issue 24); absent where nothing answers it. */
  native?(entity: Entity): Promise<CardNative | null>;
  /**
   * The address of the frame that says who a person or organization is, from Wikidata on the
   * reader's click (issue 24; entrypoints/lookup); absent where the extension offers none.
   */
  identityFrame?(entity: LookupQuery): string;
}

/** Whether an event comes from the reader (the browser's own), not from the page's scripts. */
export type ReaderEvent = (e: Event) => boolean;
export const isTrustedEvent: ReaderEvent = (e) => e.isTrusted;

export function useMentionCard(
  source: CardSource,
  doc: Document,
  lookups: CardLookups,
  fromReader: ReaderEvent = isTrustedEvent,
) {
  const [card, setCard] = useState<OpenCard | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout>>();
  const cancelHide = useCallback(() => clearTimeout(hideTimer.current), []);
  const close = useCallback(() => {
    cancelHide();
    setCard(null);
  }, [cancelHide]);
  const hideSoon = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => setCard((c) => (c?.chosen ? c : null)), HIDE_DELAY_MS);
  }, [cancelHide]);

  const open = useCallback(
    (mark: HTMLElement, chosen: boolean) => {
      if (!source.highlights || source.hidden.has(mark.dataset.gtlLabel as MentionType)) return;
      const found = source.describe(mark);
      if (!found) return;
      cancelHide();
      const index = Number(mark.dataset.gtlMention);
      const frame = found.entity ? lookups.memoryFrame(found.entity) : null;
      const said = found.entity && source.statementsOf?.(found.entity.id);
      const content = cardContent(index, found.mention, found.entity, { memoryFrame: frame });
      if (said) content.statements = { count: VOICE_TEXT.count(said.count), opening: VOICE_TEXT.opening(said.opening) };
      setCard({
        content,
        mark,
        chosen,
        anchor: anchorOf(mark),
      });
      const fill = (more: Partial<CardContent>) =>
        setCard((c) => (c?.content.mention === index ? { ...c, content: { ...c.content, ...more } } : c));
      if (found.mention.value != null && lookups.figure)
        void lookups.figure(found.mention).then(
          // Only what it has: a money conversion may have come first.
          (lines) => lines && fill(lines.conversion ? lines : { value: lines.value }),
          () => {},
        );
      if (found.entity?.type === 'PLACE' && lookups.native)
        void lookups.native(found.entity).then(
          (native) => native && fill({ native }),
          () => {},
        );
      if (moneyOf(found.mention))
        void lookups.convert(found.mention).then(
          (conversion) => conversion && fill({ conversion }),
          () => {},
        );
    },
    [source, lookups, cancelHide],
  );

  /** The card moves beside an element (a statement it stepped to) and stays until dismissed. */
  const follow = useCallback(
    (at: HTMLElement, statements: CardContent['statements']) =>
      setCard((c) => c && { ...c, at, chosen: true, anchor: anchorOf(at), content: { ...c.content, statements } }),
    [],
  );

  usePageEvents(source, doc, fromReader, card, open, hideSoon, setCard);
  useMarkDescription(card);
  return { card, open, close, cancelHide, hideSoon, follow };
}

/** Hovers, focus and scrolling in the page. */
function usePageEvents(
  source: CardSource,
  doc: Document,
  fromReader: ReaderEvent,
  card: OpenCard | null,
  open: (mark: HTMLElement, chosen: boolean) => void,
  hideSoon: () => void,
  setCard: (update: (c: OpenCard | null) => OpenCard | null) => void,
) {
  const current = useRef(card);
  current.current = card;
  useEffect(() => {
    const view = doc.defaultView ?? window;
    let pointer = { x: Number.NaN, y: Number.NaN };
    let frame = 0;
    const onMove = (e: MouseEvent) => {
      pointer = { x: e.clientX, y: e.clientY };
    };
    // Only the reader opens a card: a hover the page's scripts fake is not trusted, and a focus
    // they move (el.focus() is trusted) is not one GT Lens moved.
    const byReader = (e: Event, mark: Element) => fromReader(e) && (e.type !== 'focusin' || source.focusing === mark);
    const onOver = (e: Event) => {
      const mark = markOf(e.target);
      if (mark && !byReader(e, mark)) return;
      if (!mark || mark === current.current?.mark) return;
      // A chosen card stays while marks scroll under a pointer that did not move.
      const still = e instanceof MouseEvent && e.clientX === pointer.x && e.clientY === pointer.y;
      if (current.current?.chosen && e.type === 'mouseover' && still) return;
      open(mark, false);
    };
    const onOut = (e: Event) => {
      if (!fromReader(e)) return;
      const from = markOf(e.target);
      if (from && markOf((e as FocusEvent).relatedTarget)?.dataset.gtlMention !== from.dataset.gtlMention) hideSoon();
    };
    const onScroll = () => {
      if (!current.current || frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        setCard((c) => c && { ...c, anchor: anchorOf(c.at ?? c.mark) });
      });
    };
    const listeners: [string, EventListener][] = [
      ['mousemove', onMove as EventListener],
      ['mouseover', onOver],
      ['focusin', onOver],
      ['mouseout', onOut],
      ['focusout', onOut],
    ];
    // A hover as the extension reloads reaches an orphaned script, whose every extension call
    // throws ("Extension context invalidated"): a card that cannot open stays shut, quietly.
    const quiet =
      (fn: EventListener): EventListener =>
      (e) => {
        try {
          fn(e);
        } catch (err) {
          console.warn('[GT Lens] no card:', err);
        }
      };
    const handlers = listeners.map(([type, fn]) => [type, quiet(fn)] as const);
    for (const [type, fn] of handlers) doc.addEventListener(type, fn, { passive: true });
    view.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      for (const [type, fn] of handlers) doc.removeEventListener(type, fn);
      view.removeEventListener('scroll', onScroll);
      view.cancelAnimationFrame(frame);
    };
  }, [doc, source, fromReader, open, hideSoon, setCard]);
}

/** Ties the open card to its mark: the mark's description reads the card while it is open. */
function useMarkDescription(card: OpenCard | null) {
  const mark = card?.mark;
  const summary = card ? cardSummary(card.content) : null;
  useEffect(() => {
    if (!mark || !summary) return;
    // The mark's own description comes back as the card closes: kept, not asked of i18n again
    // (an orphaned script's clean-up runs as the extension reloads).
    const own = mark.getAttribute('aria-description');
    mark.setAttribute('aria-description', summary);
    return () => {
      if (own !== null && mark.hasAttribute('aria-description')) mark.setAttribute('aria-description', own);
    };
  }, [mark, summary]);
}
