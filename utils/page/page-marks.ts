/**
 * The marks of one analyzed article: made, removed, hidden by type, styled for the page's
 * scheme, and found again by mention or entity. DOM only.
 */
import type { Mention, MentionType } from '../analysis/types';
import { newClock, runSliced, type SliceClock, type SliceOptions } from '../slices';
import type { ArticleRead } from './annotation-pipeline';
import { readArticleSteps } from './article-reader';
import { frameOfItsOwn, nextFrame, standsDeep } from './frames';
import {
  MARK_CLASS,
  type MarkTally,
  type MarkVoice,
  marksIn,
  type Piece,
  piecesByNodeSteps,
  removeMarks,
  stillSays,
  unwrapMarks,
  voiceMark,
  wrapNodeSteps,
} from './highlighter';
import { isDarkColor, LABELS, markCss } from './mark-style';
import { TYPE_NAMES } from './overlay-messages';

const STYLE_ID = 'gt-lens-mark-style';

/** Shown types tell their type; hidden ones read as plain text. Each type's name is looked up once. */
function voiceFor(hidden: ReadonlySet<MentionType>): MarkVoice {
  const names = new Map<MentionType, string>();
  return (m) => {
    if (hidden.has(m.type)) return null;
    const name = names.get(m.type) ?? TYPE_NAMES[m.type]();
    names.set(m.type, name);
    return name;
  };
}

/** How long the page's edits must have stopped before the article is read again. */
const EDITS_QUIET_MS = 200;

/**
 * Marks written per animation frame, about (a step may write up to 300 more): each frame the
 * browser styles and lays out what changed, which on a page of one long paragraph costs more the
 * more changed (issue 20: frames of 250-550 ms when every task wrote all it could). The seed's
 * 55 fit in the first frame. (Fewer per frame when a frame cost more, tried: the 5,000-paragraph
 * page's frames have a cost of their own whatever is written, so it took 12-19 s, frames no shorter.)
 */
const MARKS_PER_FRAME = 400;

/**
 * Runs the marks' writes a frame's share at a time (MARKS_PER_FRAME, or 8 ms of writing), each
 * share written right before its frame renders, so that no frame lays out two; the first at once,
 * unless the text stands so deep that any write's layout fills a frame: then every share, the
 * first too, waits for a frame of its own, and is as large as MARKS_PER_FRAME allows.
 */
async function writePerFrame(
  steps: Iterator<number>,
  view: Window | null,
  clock: SliceClock,
  deep: boolean,
  signal?: AbortSignal,
) {
  let written = 0;
  let share = performance.now();
  const wait = deep ? frameOfItsOwn : nextFrame;
  const nextShare = async () => {
    clock.longest = Math.max(clock.longest, performance.now() - clock.taskStart);
    await wait(view);
    clock.taskStart = share = performance.now();
    written = 0;
  };
  if (deep) await nextShare();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    const now = performance.now();
    clock.longest = Math.max(clock.longest, now - clock.taskStart);
    if (step.done) return;
    written += step.value;
    // Deep text: each share costs a frame's layout whatever its size, so only the count ends one.
    if (written >= MARKS_PER_FRAME || (!deep && now - share > 8)) await nextShare();
  }
}

export class PageMarks {
  /** Whether `read.sources` still point at the live text nodes (no mark made or removed since). */
  private sourcesFresh = true;
  /** While GT Lens itself changes the body (marking, unmarking): the edit watch ignores it. */
  private busy = 0;
  private observer: MutationObserver | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly read: ArticleRead,
    private readonly mentions: readonly Mention[],
  ) {}

  get container(): HTMLElement {
    return this.read.container as HTMLElement;
  }

  /**
   * Marks every mention against the text as it is now; an aborted run takes its partial marks
   * away again. Answers how many pieces the page had changed under it (0 when all went in): a
   * mention with any such piece is left unmarked.
   */
  async mark(hidden: ReadonlySet<MentionType>, options: SliceOptions): Promise<MarkTally> {
    const read = this.read;
    const tally: MarkTally = { missed: 0 };
    this.busy++;
    try {
      if (!this.sourcesFresh) {
        // Marks made or removed since the reading split and merged text nodes: read them afresh.
        this.unmark(); // never mark twice
        const fresh = await runSliced(readArticleSteps(this.doc, this.url), options);
        if (!fresh.isArticle || fresh.container !== read.container) return { missed: 1 };
        read.sources = fresh.sources;
      }
      this.sourcesFresh = false;
      this.ensureStyle();
      const { doc, mentions } = this;
      const voice = voiceFor(hidden);
      const clock = options.clock ?? newClock();
      function* writes(groups: Piece[][]) {
        for (const g of groups) yield* wrapNodeSteps(doc, g, mentions, voice, tally);
      }
      try {
        const groups = await runSliced(piecesByNodeSteps(read.sources, mentions), { ...options, clock });
        const deep = standsDeep(groups.map((g) => g[0]!.node));
        await writePerFrame(writes(groups), doc.defaultView, clock, deep, options.signal);
      } catch (err) {
        this.unmark();
        throw err;
      }
      if (tally.missed) this.dropChanged(this.all());
      return tally;
    } finally {
      this.settle();
    }
  }

  unmark(): void {
    this.busy++;
    removeMarks(this.read.container);
    this.sourcesFresh = false;
    this.settle();
  }

  /** Unmarks every mention, among those of these marks, whose marks no longer read as its text. */
  private dropChanged(marks: Iterable<HTMLElement>): boolean {
    const touched = new Set<string>();
    for (const m of marks) touched.add(m.dataset.gtlMention!);
    const changed: HTMLElement[] = [];
    for (const index of touched) {
      const own = this.of({ mention: Number(index) });
      const mention = this.mentions[Number(index)];
      if (mention && !stillSays(own.map((m) => m.textContent).join(''), mention.text)) changed.push(...own);
    }
    if (!changed.length) return false;
    this.busy++;
    unwrapMarks(changed);
    this.settle();
    return true;
  }

  /**
   * Watches the body for the page's own edits once it is marked: a mark whose text the page
   * changed goes at once, and `onEdited` runs once the page has been quiet for a moment, for
   * the article to be read again. GT Lens's own changes are not the page's.
   */
  watchEdits(onEdited: () => void, signal: AbortSignal): void {
    const view = this.doc.defaultView;
    if (!view?.MutationObserver || signal.aborted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new view.MutationObserver((records) => {
      if (this.busy) return;
      const inMarks = new Set<HTMLElement>();
      for (const r of records) {
        const at = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
        const mark = at?.closest<HTMLElement>(`mark.${MARK_CLASS}`);
        if (mark) inMarks.add(mark);
        for (const n of r.removedNodes)
          if (n instanceof view.HTMLElement && n.matches(`mark.${MARK_CLASS}`)) inMarks.add(n);
      }
      this.dropChanged(inMarks);
      clearTimeout(timer);
      timer = setTimeout(() => signal.aborted || onEdited(), EDITS_QUIET_MS);
    });
    observer.observe(this.container, { characterData: true, childList: true, subtree: true });
    this.observer = observer;
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(timer);
      },
      { once: true },
    );
  }

  /** Runs a change of GT Lens's own to the body (the statements' cues): the edit watch ignores it. */
  quietly(change: () => void): void {
    this.busy++;
    try {
      change();
    } finally {
      this.settle();
    }
  }

  /** Ends one change of GT Lens's own: its mutation records are not the page's edits. */
  private settle(): void {
    this.observer?.takeRecords();
    this.busy--;
  }

  /** Hidden types lose their swatch (one attribute on the body) and their voice (each mark). */
  applyHidden(hidden: ReadonlySet<MentionType>): void {
    const names = LABELS.filter((l) => hidden.has(l)).join(' ');
    if (names) this.container.dataset.gtlHide = names;
    else delete this.container.dataset.gtlHide;
    const voice = voiceFor(hidden);
    for (const mark of this.all()) {
      const mention = this.mentions[Number(mark.dataset.gtlMention)];
      if (mention) voiceMark(mark, voice(mention));
    }
  }

  /** Dark swatches on a dark page: the first opaque background from the body outwards. */
  applyScheme(): void {
    const view = this.doc.defaultView;
    let node: Element | null = this.container;
    let dark = false;
    while (node && view) {
      const bg = view.getComputedStyle(node).backgroundColor;
      if (bg && !/^(?:transparent|rgba\([^)]*,\s*0\))$/.test(bg)) {
        dark = isDarkColor(bg);
        break;
      }
      node = node.parentElement;
    }
    // Light needs no attribute: setting one restyles every mark (66 ms on 28,500 marks, issue 20).
    if (dark) this.container.dataset.gtlScheme = 'dark';
    else delete this.container.dataset.gtlScheme;
  }

  all(): HTMLElement[] {
    return marksIn(this.read.container);
  }

  /** The first mark of each shown mention, in reading order. */
  anchors(hidden: ReadonlySet<MentionType>): HTMLElement[] {
    const seen = new Set<string>();
    return this.all().filter((m) => {
      const key = m.dataset.gtlMention!;
      if (seen.has(key) || hidden.has(m.dataset.gtlLabel as MentionType)) return false;
      seen.add(key);
      return true;
    });
  }

  /** The marks of one mention or of every mention of one entity. */
  of(key: { mention?: number; entity?: string }): HTMLElement[] {
    return this.all().filter((m) =>
      key.entity !== undefined ? m.dataset.gtlEntity === key.entity : m.dataset.gtlMention === String(key.mention),
    );
  }

  /** Leaves the body as it was: no marks, no attributes, no stylesheet. */
  destroy(): void {
    this.observer?.disconnect();
    this.unmark();
    for (const a of ['gtlScheme', 'gtlHide', 'gtlTimings']) delete this.container.dataset[a];
    this.doc.getElementById(STYLE_ID)?.remove();
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = markCss();
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }
}
