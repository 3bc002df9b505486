/**
 * The marks of one analyzed article: made, removed, hidden by type, styled for the page's
 * scheme, and found again by mention or entity. DOM only.
 */
import type { Mention, MentionType } from '../analysis/types';
import { newClock, runSliced, type SliceClock, type SliceOptions } from '../slices';
import type { ArticleRead } from './annotation-pipeline';
import { readArticleSteps } from './article-reader';
import { farAhead, frameOfItsOwn, nextFrame, readerActs, standsDeep } from './frames';
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
import { isDarkColor, LABELS, markCss, paintCss, paintName } from './mark-style';
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
 * share written right before its frame renders, so that no frame lays out two; the first at once
 * (an ordinary article's marks all come in it), unless the writes are more than one share (a long
 * article: the first, too, waits for a frame's callbacks, out of the frame that read the article)
 * or the text stands so deep that any write's layout fills a frame: then every share waits for a
 * frame of its own, and is as large as MARKS_PER_FRAME allows. Before each later share,
 * `farEnough` may end the run: answers whether every write was made (false: the rest waits in
 * `steps`).
 */
async function writePerFrame(
  steps: Iterator<number>,
  view: Window | null,
  clock: SliceClock,
  { deep, long }: { deep: boolean; long: boolean },
  signal: AbortSignal | undefined,
  farEnough: () => boolean,
): Promise<boolean> {
  let written = 0;
  let share = performance.now();
  const wait = deep ? frameOfItsOwn : nextFrame;
  const nextShare = async () => {
    clock.longest = Math.max(clock.longest, performance.now() - clock.taskStart);
    await wait(view);
    clock.taskStart = share = performance.now();
    written = 0;
  };
  if (deep || long) await nextShare();
  for (;;) {
    signal?.throwIfAborted();
    if (written === 0 && farEnough()) return false;
    const step = steps.next();
    const now = performance.now();
    clock.longest = Math.max(clock.longest, now - clock.taskStart);
    if (step.done) return true;
    written += step.value;
    // Deep text: each share costs a frame's layout whatever its size, so only the count ends one.
    // A long article's shares are half: each frame also lays out all the text before them again
    // (on 5,000 paragraphs, a 400-mark share's frame ran to 54 ms).
    if (written >= (long ? MARKS_PER_FRAME / 2 : MARKS_PER_FRAME) || (!deep && now - share > (long ? 4 : 8)))
      await nextShare();
  }
}

/*
 * Painting, not writing: on text that stands so deep (frames.ts) that any write to the page costs
 * the browser a frame of 30-56 ms of layout (issue 20), the mentions are painted with the CSS
 * Custom Highlight API, which lays nothing out (57 on the 2,000-deep page: 15-23 ms), and the
 * marks (focusable, with their cards) are written once the reader reaches for them. Not for a
 * long article (over a share): each range painted costs every later frame (28,500 took 138 ms).
 */

/** The page's window as painting sees it: the two globals it uses. */
type PaintView = { Highlight: typeof Highlight; CSS: { highlights: HighlightRegistry } };
type Painting = { view: PaintView; ranges: Map<MentionType, Range[]> };

/** The page's highlight registry, where the browser has one. */
const registryOf = (view: Window | null) => {
  const paints = view as Partial<PaintView> | null;
  return paints?.Highlight && paints.CSS?.highlights ? (paints as PaintView) : null;
};

const PAINT_STYLE_ID = 'gt-lens-paint-style';

/** Takes every painted highlight of GT Lens's off the page, and their stylesheet. */
export function unpaint(doc: Document): void {
  const view = registryOf(doc.defaultView);
  for (const label of LABELS) view?.CSS.highlights.delete(paintName(label));
  doc.getElementById(PAINT_STYLE_ID)?.remove();
}

/** The ranges to paint, by type: null where the browser cannot paint. */
function paintingOf(doc: Document, groups: readonly Piece[][], mentions: readonly Mention[]): Painting | null {
  const view = registryOf(doc.defaultView);
  if (!view) return null;
  const ranges = new Map<MentionType, Range[]>();
  for (const g of groups)
    for (const p of g) {
      const range = doc.createRange();
      range.setStart(p.node, p.from);
      range.setEnd(p.node, p.to);
      const type = mentions[p.mention]!.type;
      const list = ranges.get(type);
      if (list) list.push(range);
      else ranges.set(type, [range]);
    }
  return { view, ranges };
}

export class PageMarks {
  /** Whether `read.sources` still point at the live text nodes (no mark made or removed since). */
  private sourcesFresh = true;
  /** While GT Lens itself changes the body (marking, unmarking): the edit watch ignores it. */
  private busy = 0;
  private observer: MutationObserver | null = null;
  /** The writes that wait for the reader to come near (a long article), while they wait. */
  private waiting: { steps: Iterator<number>; wake: AbortController; tally: MarkTally } | null = null;
  /**
   * The rest of a long article's marks, written as the reader comes near: resolves with its tally
   * once all are written, with null if another job took over. Null when nothing waits.
   */
  rest: Promise<MarkTally | null> | null = null;
  /** The mentions painted, while their marks wait for the reader to reach for them. */
  private painting: Painting | null = null;

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
      const quietly = <T>(write: () => T) => this.quietly(write);
      // Each write is GT Lens's own, also those made later, as the reader comes near.
      function* writes(groups: Piece[][]) {
        for (const g of groups) {
          const steps = wrapNodeSteps(doc, g, mentions, voice, tally);
          for (let r = quietly(() => steps.next()); !r.done; r = quietly(() => steps.next())) yield r.value;
        }
      }
      const view = doc.defaultView;
      try {
        const groups = await runSliced(piecesByNodeSteps(read.sources, mentions), { ...options, clock });
        const deep = standsDeep(groups.map((g) => g[0]!.node));
        let pieces = 0;
        for (const g of groups) pieces += g.length;
        const how = { deep, long: pieces > MARKS_PER_FRAME };
        const painting = deep && !how.long ? paintingOf(doc, groups, mentions) : null;
        // Painted in a frame of its own: the frame that read the article has its own work.
        if (painting) {
          await frameOfItsOwn(view);
          options.signal?.throwIfAborted();
        }
        if (painting && view && this.paint(painting, hidden)) {
          // The marks take the paint's place in the frame they are written in.
          const clearPaint = () => this.clearPaint();
          const steps = (function* () {
            clearPaint();
            yield* writes(groups);
          })();
          const reached = (...signals: AbortSignal[]) =>
            readerActs(this.container, ['mouseover', 'focusin'], ...signals);
          this.rest = this.writeRest(steps, view, how, () => false, reached, tally, options.signal);
        } else {
          const far = () => farAhead(tally.last, view);
          const steps = writes(groups);
          const scrolled = (...signals: AbortSignal[]) => readerActs(view!, ['scroll', 'resize'], ...signals);
          if (!(await writePerFrame(steps, view, clock, how, options.signal, far)) && view)
            this.rest = this.writeRest(steps, view, how, far, scrolled, tally, options.signal);
        }
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

  /** Paints the shown types' ranges; false (nothing painted) where the browser refuses. */
  private paint(painting: Painting, hidden: ReadonlySet<MentionType>): boolean {
    this.clearPaint(); // never two
    try {
      this.painting = painting;
      const style = this.doc.createElement('style');
      style.id = PAINT_STYLE_ID;
      style.textContent = paintCss();
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
      this.showPainted(hidden);
      return true;
    } catch {
      this.clearPaint();
      return false;
    }
  }

  /** Takes what is painted away, if anything is. */
  private clearPaint(): void {
    if (!this.painting) return;
    this.painting = null;
    unpaint(this.doc);
  }

  private showPainted(hidden: ReadonlySet<MentionType>): void {
    const painting = this.painting;
    if (!painting) return;
    const { view, ranges } = painting;
    for (const [type, list] of ranges) {
      if (hidden.has(type)) view.CSS.highlights.delete(paintName(type));
      else view.CSS.highlights.set(paintName(type), new view.Highlight(...list));
    }
  }

  /** The reader reached for the marks (stepped to one): painted ones are written now. */
  reach(): void {
    if (this.painting) this.writeAll();
  }

  /** Whether marks still wait for the reader to come near. */
  get writing(): boolean {
    return this.rest !== null;
  }

  /**
   * Writes at once the marks that wait for the reader (the reader asked for one down there): all,
   * or, in a long article, those up to mention `upTo` (they are written in reading order).
   */
  writeAll(upTo = Number.POSITIVE_INFINITY): void {
    const waiting = this.waiting;
    if (!waiting) return;
    const reached = () => Number(waiting.tally.last?.dataset.gtlMention ?? -1) >= upTo;
    for (let r = waiting.steps.next(); !r.done && !reached(); r = waiting.steps.next());
    if (!reached()) waiting.wake.abort();
  }

  /**
   * A share at a time as the reader comes near (`reached`: a scroll, or a hover or focus on painted
   * text), until all are written; null if aborted.
   */
  private async writeRest(
    steps: Iterator<number>,
    view: Window,
    how: { deep: boolean; long: boolean },
    far: () => boolean,
    reached: (...signals: AbortSignal[]) => Promise<void>,
    tally: MarkTally,
    signal?: AbortSignal,
  ): Promise<MarkTally | null> {
    const wake = new AbortController();
    const waiting = { steps, wake, tally };
    this.waiting = waiting;
    // Unmarking, or a newer job, ends this one: it no longer holds `waiting`.
    const ours = () => this.waiting === waiting;
    const clock = newClock();
    try {
      do {
        await reached(wake.signal, ...(signal ? [signal] : []));
        await nextFrame(view);
        signal?.throwIfAborted();
        if (!ours()) return null;
      } while (!(await writePerFrame(steps, view, clock, how, signal, far)));
    } catch {
      return null; // a newer job took over: it unmarks or marks afresh
    } finally {
      if (ours()) {
        this.waiting = null;
        this.rest = null;
      }
    }
    if (tally.missed) this.dropChanged(this.all());
    return tally;
  }

  unmark(): void {
    const waiting = this.waiting;
    this.waiting = null;
    this.rest = null;
    waiting?.wake.abort();
    this.clearPaint();
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

  /** Runs a change of GT Lens's own to the body (a mark's write, the statements' cues): the edit watch ignores it. */
  quietly<T>(change: () => T): T {
    this.busy++;
    try {
      return change();
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
    this.showPainted(hidden);
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
