/**
 * The page overlay: the legend (in the page's free margin, or folded to a tab at the window's
 * edge where there is none), the hover card and a polite live region for stepping. A function of
 * its props: the annotation it shows, the settings' saves and the keyboard commands.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MentionType } from '@/utils/analysis/types';
import type { CardContent } from '@/utils/page/card-content';
import { LABELS } from '@/utils/page/mark-style';
import { OVERLAY_TEXT, stepAnnouncement, toggleName, VOICE_TEXT } from '@/utils/page/overlay-messages';
import type { Landing } from '@/utils/page/page-annotator';
import type { PageCommand } from '@/utils/page/page-commands';
import type { StatementLanding } from '@/utils/page/page-voices';
import { Legend } from './Legend';
import { MentionCard } from './MentionCard';
import { type CardLookups, type CardSource, isTrustedEvent, type ReaderEvent, useMentionCard } from './useMentionCard';
import { usePlacement } from './usePlacement';

/** What the overlay needs of the page's annotation (PageAnnotator is one). */
export interface OverlayPage extends CardSource {
  readonly container: Element | null;
  subscribe(listener: () => void): () => void;
  counts(): Record<MentionType, number>;
  step(direction: 1 | -1): Landing | null;
  setHidden(hidden: ReadonlySet<MentionType>): void;
  setHighlights(on: boolean): Promise<void>;
  /** Who is speaking (issue 22): the cues on or off, how many statements, stepping through them. */
  readonly voices: boolean;
  setVoices(on: boolean): Promise<void>;
  statementCount(): number;
  stepStatement(direction: 1 | -1, entity?: string): StatementLanding | null;
}

export interface OverlayProps {
  page: OverlayPage;
  /** The page's document: hovers and focus on the marks, Esc and clicks outside. */
  doc: Document;
  /** The reader's last choice for the legend in the margin (folded or not). */
  startCollapsed: boolean;
  /** Each resolves false when the browser could not store the change (the legend says so). */
  save: {
    highlights(on: boolean): Promise<boolean>;
    hidden(hidden: ReadonlySet<MentionType>): Promise<boolean>;
    collapsed(collapsed: boolean): Promise<boolean>;
    /** Absent where nothing stores it (then the toggle holds for this page only). */
    voices?(on: boolean): Promise<boolean>;
  };
  /** A money mention's conversion at the article's rate, an entity's other articles: for the card. */
  lookups: CardLookups;
  /** The legend's edit-notice frame (an extension page: the reader's history never enters the page); null: none. */
  editsFrame?: () => string | null;
  /** Registers the handler of the browser's keyboard commands; returns the unregister. */
  onCommand(run: (command: PageCommand) => void): () => void;
  /** Whether a page event is the reader's (default: trusted); a test's synthetic events may stand in. */
  fromReader?: ReaderEvent;
}

const LEGEND_ID = 'gt-lens-legend';

/** Renders again whenever the annotation changes. */
function useChanges(page: OverlayPage) {
  const [, setVersion] = useState(0);
  useEffect(() => page.subscribe(() => setVersion((v) => v + 1)), [page]);
}

export function Overlay(props: OverlayProps) {
  const { page, doc, fromReader = isTrustedEvent } = props;
  useChanges(page);
  const placement = usePlacement(doc, page.container);
  const tab = placement?.side === 'tab';
  const [collapsed, setCollapsed] = useState(props.startCollapsed);
  const [openOverText, setOpenOverText] = useState(false);
  const open = tab ? openOverText : !collapsed;
  const cards = useMentionCard(page, doc, props.lookups, fromReader);
  const [notSaved, setNotSaved] = useState(false);
  const save = (saved: Promise<boolean>) => void saved.then((ok) => setNotSaved(!ok));
  const { position, announcement, step, toggleHighlights, toggleLabel, toggleVoices, stepStatement } = useLegendActions(
    page,
    cards,
    props.save,
    save,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const toggleOpen = () => {
    if (tab) return setOpenOverText(!openOverText);
    setCollapsed(!collapsed);
    save(props.save.collapsed(!collapsed));
  };
  const dismiss = () => {
    if (cards.card) return cards.close();
    if (!tab || !openOverText) return;
    setOpenOverText(false);
    toggleRef.current?.focus();
  };

  useCommands(props.onCommand, (command) => {
    if (command === 'toggle-highlights') return void toggleHighlights();
    if (command === 'next-statement' || command === 'previous-statement')
      return void stepStatement(command === 'next-statement' ? 1 : -1);
    step(command === 'next-mention' ? 1 : -1);
  });
  useDismissal(doc, rootRef, fromReader, dismiss, tab && openOverText ? () => setOpenOverText(false) : null);

  const counts = page.counts();
  const total = LABELS.reduce((n, l) => n + counts[l], 0);
  return (
    <div class="root" ref={rootRef}>
      <div
        class={`overlay ${placement?.side ?? 'unplaced'}${open ? ' open' : ''}`}
        style={placement?.style}
        hidden={!placement}
      >
        <button
          ref={toggleRef}
          type="button"
          class="toggle"
          aria-expanded={open}
          aria-controls={LEGEND_ID}
          aria-label={toggleName(total)}
          onClick={toggleOpen}
        >
          {tab ? (
            OVERLAY_TEXT.tab()
          ) : (
            <>
              {OVERLAY_TEXT.title()} <span class="count">{total}</span>
            </>
          )}
        </button>
        {open && (
          <Legend
            id={LEGEND_ID}
            counts={counts}
            hidden={page.hidden}
            highlights={page.highlights}
            position={position}
            onToggleLabel={toggleLabel}
            voices={page.voices}
            statements={page.statementCount()}
            onToggleVoices={() => void toggleVoices()}
            onToggleHighlights={() => void toggleHighlights()}
            onStep={step}
            notSaved={notSaved}
            editsFrame={props.editsFrame?.() ?? null}
          />
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
      {cards.card && (
        <MentionCard
          content={cards.card.content}
          anchor={cards.card.anchor}
          viewport={{ width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight }}
          onPointerEnter={cards.cancelHide}
          onPointerLeave={cards.hideSoon}
          lookupFrame={cardLookup(props.lookups, cards.card.content)}
          onNextStatement={cardStatements(page, cards, stepStatement)}
        />
      )}
    </div>
  );
}

/** The card's way through its entity's statements: each one in turn, the card beside it. */
function cardStatements(
  page: OverlayPage,
  cards: ReturnType<typeof useMentionCard>,
  stepStatement: (direction: 1 | -1, entity?: string) => StatementLanding | null,
) {
  const card = cards.card;
  const found = card && page.describe(card.mark);
  const entity = found?.entity?.id;
  if (!card?.content.statements || !entity || !page.voices || !page.highlights) return undefined;
  return () => {
    const at = stepStatement(1, entity);
    if (at) cards.follow(at.cue, { ...card.content.statements!, at: VOICE_TEXT.position(at.position, at.total) });
  };
}

/** The card's Wikidata look-up frame for a person or organization, when the extension offers one. */
export function cardLookup(lookups: CardLookups, content: CardContent) {
  const { label: type, name } = content;
  return (type === 'PERSON' || type === 'ORG') && lookups.identityFrame ? lookups.identityFrame({ type, name }) : null;
}

/** Stepping, which announces where it landed, and the switches that the legend offers. */
function useLegendActions(
  page: OverlayPage,
  cards: ReturnType<typeof useMentionCard>,
  save: OverlayProps['save'],
  saved: (result: Promise<boolean>) => void,
) {
  const [position, setPosition] = useState<{ index: number; total: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const step = (direction: 1 | -1) => {
    const at = page.step(direction);
    if (!at) return;
    setPosition({ index: at.position, total: at.total });
    cards.open(at.mark, true);
    const found = page.describe(at.mark);
    if (!found) return;
    const { mention, entity } = found;
    const count = entity ? entity.mentions.length : null;
    setAnnouncement(stepAnnouncement(at.position, at.total, mention.type, entity?.name ?? mention.text, count));
  };
  const toggleHighlights = async () => {
    cards.close();
    setPosition(null);
    await page.setHighlights(!page.highlights);
    saved(save.highlights(page.highlights));
  };
  const toggleLabel = (label: MentionType) => {
    const hidden = new Set(page.hidden);
    if (hidden.has(label)) hidden.delete(label);
    else hidden.add(label);
    if (cards.card && hidden.has(cards.card.content.label)) cards.close();
    page.setHidden(hidden);
    setPosition(null);
    saved(save.hidden(hidden));
  };
  const toggleVoices = async () => {
    await page.setVoices(!page.voices);
    if (save.voices) saved(save.voices(page.voices));
  };
  /** The next or previous statement (of one entity, from its card), announced: who speaks, and the cue. */
  const stepStatement = (direction: 1 | -1, entity?: string) => {
    const at = page.stepStatement(direction, entity);
    if (at) setAnnouncement(VOICE_TEXT.announcement(at.position, at.total, at.voice.name, at.attribution.cue));
    return at;
  };
  return { position, announcement, step, toggleHighlights, toggleLabel, toggleVoices, stepStatement };
}

/** The latest command handler, registered once. */
function useCommands(onCommand: OverlayProps['onCommand'], run: (command: PageCommand) => void) {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => onCommand((command) => latest.current(command)), [onCommand]);
}

/**
 * Esc dismisses, from the page or from inside the overlay (whose key events stay in its shadow
 * root); a click outside the overlay closes a legend opened over the text.
 */
function useDismissal(
  doc: Document,
  rootRef: { current: HTMLElement | null },
  fromReader: ReaderEvent,
  dismiss: () => void,
  closeOnOutside: (() => void) | null,
) {
  // The handlers of the latest render: a key pressed before the effects ran again sees fresh state.
  const latest = useRef({ dismiss, closeOnOutside });
  latest.current = { dismiss, closeOnOutside };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => fromReader(e) && e.key === 'Escape' && latest.current.dismiss();
    const onPointer = (e: Event) => {
      const close = latest.current.closeOnOutside;
      if (!fromReader(e)) return;
      if (close && rootRef.current && !e.composedPath().includes(rootRef.current)) close();
    };
    const root = rootRef.current;
    doc.addEventListener('keydown', onKey);
    root?.addEventListener('keydown', onKey);
    doc.addEventListener('pointerdown', onPointer, true);
    return () => {
      doc.removeEventListener('keydown', onKey);
      root?.removeEventListener('keydown', onKey);
      doc.removeEventListener('pointerdown', onPointer, true);
    };
  }, [doc, rootRef, fromReader]);
}
