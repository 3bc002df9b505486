/**
 * The annotation of one live page: read the article, analyze it and mark it, each in short
 * tasks; hide labels, turn marks off and on, step through mentions; redo the work once if the
 * page replaces the article body. DOM only (no extension APIs), so it is tested in a DOM.
 */
import { analysisSteps } from '../analysis/analyze';
import type { Analysis, Entity, Mention, MentionType } from '../analysis/types';
import { nextTask, runSliced, type SliceClock } from '../slices';
import { type ReadResult, readArticleSteps } from './article-reader';
import { marksIn, piecesByNodeSteps, removeMarks, wrapNodeSteps } from './highlighter';
import { isDarkColor, LABELS, markCss } from './mark-style';
import { articleStats, type PageState } from './page-state';

export interface Timings {
  /** performance.now() when the annotator started; the rest are milliseconds from then. */
  start: number;
  read: number;
  analyzed: number;
  marked: number | null;
  /** The longest task the annotation ran on the main thread, in milliseconds. */
  longestTask: number;
}

export interface AnnotatorOptions {
  highlights: boolean;
  hidden: ReadonlySet<MentionType>;
}

const STYLE_ID = 'gt-lens-mark-style';
const FLASH_CLASS = 'gt-lens-flash';
const FLASH_MS = 1300;
const QUIET_MS = 300;
const MAX_REDOS = 3;

export class PageAnnotator {
  state: PageState = { state: 'reading' };
  analysis: Analysis | null = null;
  timings: Timings | null = null;
  private read: Extract<ReadResult, { isArticle: true }> | null = null;
  /** Whether `read.sources` still point at the live text nodes (no mark made or removed since). */
  private sourcesFresh = false;
  private observer: MutationObserver | null = null;
  private redone = 0;
  private cursor = -1;
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private options: AnnotatorOptions,
    private readonly onChange: (annotator: PageAnnotator) => void = () => {},
  ) {}

  get container(): Element | null {
    return this.read?.container ?? null;
  }

  /** Reads, analyzes and (if on) marks the page. Never throws: failures become the error state. */
  async start(): Promise<void> {
    const generation = ++this.generation;
    const t0 = performance.now();
    const clock: SliceClock = { taskStart: t0, longest: 0 };
    try {
      // A clean slate: marks copied along when the page cloned its body are not read as text.
      if (this.doc.body) removeMarks(this.doc.body);
      const read = await runSliced(readArticleSteps(this.doc, this.url), clock);
      if (generation !== this.generation) return;
      const readAt = performance.now() - t0;
      if (!read.isArticle) {
        this.setState({ state: 'not-article', reason: read.reason });
        return;
      }
      const { article } = read;
      await nextTask(clock);
      const analysis = await runSliced(
        analysisSteps({
          title: article.title,
          published: article.published,
          paragraphs: article.paragraphs.map((p) => p.text),
        }),
        clock,
      );
      if (generation !== this.generation) return;
      this.read = read;
      // The page replaced the body while we read it: read the new one once the page is quiet.
      if (!read.container.isConnected) {
        this.watch();
        this.redoIfDetached();
        return;
      }
      this.sourcesFresh = true;
      this.analysis = analysis;
      this.timings = { start: t0, read: readAt, analyzed: performance.now() - t0, marked: null, longestTask: 0 };
      this.state = { state: 'article', article, stats: articleStats(article), analysis };
      await nextTask(clock);
      this.applyScheme(); // reads computed style: its own task, the page may have a big DOM to style
      this.applyHidden();
      await nextTask(clock);
      if (this.options.highlights) await this.mark(generation, clock);
      if (generation !== this.generation) return;
      this.timings.marked = this.options.highlights ? performance.now() - t0 : null;
      this.timings.longestTask = Math.max(clock.longest, performance.now() - clock.taskStart);
      this.watch();
      this.redoIfDetached();
      this.onChange(this);
    } catch (err) {
      this.setState({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Turns all marks off (the body's DOM exactly as before) or on again. */
  async setHighlights(on: boolean): Promise<void> {
    this.options = { ...this.options, highlights: on };
    if (!this.read) return;
    if (on) await this.mark(this.generation);
    else this.unmark();
    this.onChange(this);
  }

  setHidden(hidden: ReadonlySet<MentionType>): void {
    this.options = { ...this.options, hidden };
    this.applyHidden();
    this.onChange(this);
  }

  get highlights(): boolean {
    return this.options.highlights;
  }

  get hidden(): ReadonlySet<MentionType> {
    return this.options.hidden;
  }

  /** Mentions per label. */
  counts(): Record<MentionType, number> {
    const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<MentionType, number>;
    for (const m of this.analysis?.mentions ?? []) counts[m.type]++;
    return counts;
  }

  /** The mention and entity a mark stands for. */
  describe(mark: Element): { mention: Mention; entity: Entity | null } | null {
    const index = Number((mark as HTMLElement).dataset?.gtlMention);
    const mention = this.analysis?.mentions[index];
    if (!mention) return null;
    const entity = mention.entity ? (this.analysis!.entities.find((e) => e.id === mention.entity) ?? null) : null;
    return { mention, entity };
  }

  /** The first mark of each shown mention, in reading order. */
  anchors(): HTMLElement[] {
    if (!this.read || !this.options.highlights) return [];
    const seen = new Set<string>();
    return marksIn(this.read.container).filter((m) => {
      const key = m.dataset.gtlMention!;
      if (seen.has(key) || this.options.hidden.has(m.dataset.gtlLabel as MentionType)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Steps to the next (+1) or previous (-1) shown mention and reveals it. */
  step(direction: 1 | -1): { mark: HTMLElement; position: number; total: number } | null {
    const anchors = this.anchors();
    if (!anchors.length) return null;
    this.cursor = (this.cursor + direction + anchors.length) % anchors.length;
    if (this.cursor < 0) this.cursor = direction === 1 ? 0 : anchors.length - 1;
    const mark = anchors[this.cursor]!;
    this.show(this.marksOf({ mention: Number(mark.dataset.gtlMention) }));
    return { mark, position: this.cursor + 1, total: anchors.length };
  }

  /** The marks of one mention or of every mention of one entity. */
  marksOf(key: { mention?: number; entity?: string }): HTMLElement[] {
    if (!this.read) return [];
    return marksIn(this.read.container).filter((m) =>
      key.entity !== undefined ? m.dataset.gtlEntity === key.entity : m.dataset.gtlMention === String(key.mention),
    );
  }

  /** Scrolls a mention's first mark into view, flashes its marks and focuses it (its card shows). */
  reveal(mention: number): HTMLElement | null {
    const marks = this.marksOf({ mention });
    const first = marks[0];
    if (!first || this.options.hidden.has(first.dataset.gtlLabel as MentionType)) return null;
    this.show(marks);
    this.cursor = this.anchors().indexOf(first); // previous/next go on from here
    return first;
  }

  private show(marks: HTMLElement[]): void {
    const first = marks[0]!;
    const view = this.doc.defaultView;
    const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
    for (const m of marks) m.classList.add(FLASH_CLASS);
    (view ?? globalThis).setTimeout(() => marks.forEach((m) => m.classList.remove(FLASH_CLASS)), FLASH_MS);
  }

  /** Leaves the page as it was: no marks, no attributes, no observer. */
  destroy(): void {
    this.generation++;
    clearTimeout(this.quietTimer);
    this.observer?.disconnect();
    if (this.read) {
      this.unmark();
      for (const a of ['gtlScheme', 'gtlHide', 'gtlTimings']) delete (this.read.container as HTMLElement).dataset[a];
    }
    this.doc.getElementById(STYLE_ID)?.remove();
  }

  private setState(state: PageState): void {
    this.state = state;
    this.onChange(this);
  }

  private unmark(): void {
    if (!this.read) return;
    removeMarks(this.read.container);
    this.sourcesFresh = false;
  }

  private async mark(generation: number, clock?: SliceClock): Promise<void> {
    const read = this.read!;
    if (!this.sourcesFresh) {
      // Marks made or removed since the reading split and merged text nodes: read them afresh.
      this.unmark(); // never mark twice
      const fresh = await runSliced(readArticleSteps(this.doc, this.url), clock);
      if (!fresh.isArticle || fresh.container !== read.container) return;
      read.sources = fresh.sources;
    }
    this.sourcesFresh = false;
    this.ensureStyle();
    const mentions = this.analysis!.mentions;
    const doc = this.doc;
    const sources = read.sources;
    function* steps() {
      const groups = yield* piecesByNodeSteps(sources, mentions);
      for (const g of groups) yield* wrapNodeSteps(doc, g, mentions);
    }
    await runSliced(steps(), clock);
    if (generation !== this.generation) this.unmark();
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = markCss();
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }

  private applyHidden(): void {
    const el = this.read?.container as HTMLElement | undefined;
    if (!el) return;
    const hidden = LABELS.filter((l) => this.options.hidden.has(l)).join(' ');
    if (hidden) el.dataset.gtlHide = hidden;
    else delete el.dataset.gtlHide;
  }

  /** Dark swatches on a dark page: the first opaque background from the body outwards. */
  private applyScheme(): void {
    const el = this.read!.container as HTMLElement;
    const view = this.doc.defaultView;
    let node: Element | null = el;
    let dark = false;
    while (node && view) {
      const bg = view.getComputedStyle(node).backgroundColor;
      if (bg && !/^(?:transparent|rgba\([^)]*,\s*0\))$/.test(bg)) {
        dark = isDarkColor(bg);
        break;
      }
      node = node.parentElement;
    }
    el.dataset.gtlScheme = dark ? 'dark' : 'light';
  }

  /**
   * Late ads and images are left alone. A replaced article body is read and marked again once the
   * page has stopped replacing it (a quiet 300 ms), and at most a few times, so a page that
   * replaces it forever cannot keep us busy.
   */
  private watch(): void {
    const view = this.doc.defaultView;
    if (!view?.MutationObserver || this.observer) return;
    this.observer = new view.MutationObserver(() => this.redoIfDetached());
    this.observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true });
  }

  private quietTimer: ReturnType<typeof setTimeout> | undefined;

  private redoIfDetached(): void {
    if (!this.read || this.read.container.isConnected || this.redone >= MAX_REDOS) return;
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      if (!this.read || this.read.container.isConnected) return;
      this.redone++;
      this.observer?.disconnect();
      this.observer = null;
      this.read = null;
      void this.start();
    }, QUIET_MS);
  }
}
