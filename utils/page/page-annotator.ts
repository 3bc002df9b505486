/**
 * The annotation of one live page, put together from its parts: the pipeline (read, analyze),
 * the marks, a stepping cursor and the watch for a replaced body. Everything stops when the
 * signal it was given aborts (the content script's end). DOM only (no extension APIs), so it
 * is tested in a DOM.
 */
import type { Analysis, Entity, Mention, MentionType } from '../analysis/types';
import { newClock, runSliced } from '../slices';
import { type Analyzer, type ArticleRead, readAndAnalyze } from './annotation-pipeline';
import { readArticleSteps } from './article-reader';
import { watchReplacedBody } from './body-watch';
import { afterPaint } from './frames';
import { removeMarks } from './highlighter';
import { LABELS } from './mark-style';
import { MentionCursor } from './mention-cursor';
import { PageMarks, unpaint } from './page-marks';
import { articleStats, type PageState } from './page-state';
import { PageVoices, type StatementLanding } from './page-voices';
import { addReading, type BackgroundReading } from './remember-article';
import { removeCues, statementOpening } from './voice-cues';

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
  /** Who speaks, at each statement's cue (issue 22); shown unless the reader turned it off. */
  voices?: boolean;
}

/** A step's or a reveal's landing: the mention's first mark and where it stands. */
export interface Landing {
  mark: HTMLElement;
  position: number;
  total: number;
}

const FLASH_CLASS = 'gt-lens-flash';
const FLASH_MS = 1300;
/** Readings again after the page replaced or edited the body: a page may churn forever. */
const MAX_REDOS = 5;

/** A controller that also aborts when `parent` does. */
function childOf(parent: AbortSignal): AbortController {
  const child = new AbortController();
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener('abort', () => child.abort(parent.reason), { once: true });
  return child;
}

export class PageAnnotator {
  state: PageState = { state: 'reading' };
  analysis: Analysis | null = null;
  timings: Timings | null = null;
  /** The mark being focused by GT Lens itself, during that focus() call only: its card may open. */
  focusing: Element | null = null;
  private marks: PageMarks | null = null;
  private readonly cursor = new MentionCursor();
  private readonly listeners = new Set<() => void>();
  private options: AnnotatorOptions = { highlights: true, hidden: new Set() };
  private readonly settled: Promise<AnnotatorOptions>;
  /** The current read-and-analyze run, and the current marking or unmarking: each aborts the one before. */
  private run: AbortController | null = null;
  private markJob: AbortController | null = null;
  private redone = 0;
  /** The statements' cues (issue 22): placed once the highlights are in and the statements read. */
  private readonly voiceCues: PageVoices;

  /** `options` may still be on their way (the settings read runs beside the article read). */
  constructor(
    private readonly doc: Document,
    private readonly url: string,
    options: AnnotatorOptions | Promise<AnnotatorOptions>,
    private readonly analyze: Analyzer,
    private readonly signal: AbortSignal = new AbortController().signal,
  ) {
    this.voiceCues = new PageVoices(doc, url);
    this.settled = Promise.resolve(options).then((o) => {
      this.options = o;
      return o;
    });
  }

  get container(): Element | null {
    return this.marks?.container ?? null;
  }

  get highlights(): boolean {
    return this.options.highlights;
  }

  get hidden(): ReadonlySet<MentionType> {
    return this.options.hidden;
  }

  /** Calls back after every change (annotation done, highlights or hidden types changed). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads, analyzes and (if on) marks the page. Never throws: failures become the error state. */
  async start(): Promise<void> {
    this.run?.abort();
    const run = childOf(this.signal);
    this.run = run;
    const clock = newClock();
    const t0 = clock.taskStart;
    try {
      // A clean slate: marks copied along when the page cloned its body are not read as text.
      if (this.doc.body) removeMarks(this.doc.body);
      if (this.doc.body) removeCues(this.doc.body);
      unpaint(this.doc);
      const outcome = await readAndAnalyze(this.doc, this.url, clock, run.signal, this.analyze);
      if (outcome.kind === 'not-article')
        return this.setState({ state: 'not-article', reason: outcome.reason, code: outcome.code });
      const { read, analysis } = outcome;
      // The page replaced the body while we read it: read the new one once the page is quiet.
      if (!read.container.isConnected) return this.watch(read.container, run.signal);
      const options = await this.settled;
      run.signal.throwIfAborted();
      this.analysis = analysis;
      this.marks = new PageMarks(this.doc, this.url, read, analysis.mentions);
      const { article } = read;
      this.state = { state: 'article', article, stats: articleStats(article), analysis };
      const timings: Timings = {
        start: t0,
        read: outcome.readAt,
        analyzed: outcome.analyzedAt,
        marked: null,
        longestTask: 0,
      };
      this.timings = timings;
      this.marks.applyHidden(options.hidden);
      const tally = options.highlights
        ? await this.marks.mark(options.hidden, { clock, signal: this.newMarkJob() })
        : { missed: 0 };
      timings.marked = options.highlights ? performance.now() - t0 : null;
      timings.longestTask = Math.max(clock.longest, performance.now() - clock.taskStart);
      this.watch(read.container, run.signal);
      // The page edited the text while it was read, analyzed or marked, or edits it later: read it again.
      this.marks.watchEdits(() => void this.recheck(read, run.signal), run.signal);
      if (tally.missed) this.redo();
      this.afterRest();
      this.notify();
      // The page's scheme reads computed style: once the page has painted the marks, so that it
      // never forces a style pass of its own.
      await afterPaint(this.doc.defaultView);
      run.signal.throwIfAborted();
      this.marks.applyScheme();
      // Who speaks, when the statements are read already (Firefox's analysis has them); an extra:
      // a failure here never takes the highlights away.
      await this.placeVoices().catch(() => {});
    } catch (err) {
      if (run.signal.aborted) return; // a newer run took over, or the content script ended
      this.setState({ state: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  }

  /** Turns all marks off (the body's DOM exactly as before) or on again. */
  async setHighlights(on: boolean): Promise<void> {
    this.options = { ...this.options, highlights: on };
    this.cursor.reset();
    const marks = this.marks;
    if (!marks) return;
    const signal = this.newMarkJob();
    if (!on) {
      this.voiceCues.remove(this.quietly);
      marks.unmark();
    } else {
      try {
        await marks.mark(this.options.hidden, { signal });
      } catch (err) {
        if (!signal.aborted) throw err;
        return;
      }
      this.afterRest();
    }
    this.notify();
    if (on) await this.placeVoices();
  }

  /**
   * Who is speaking and who each one is (roles), once the background read the same text (Chrome's
   * in-page engine leaves both out): its entities are the page's own, by id.
   */
  addReading(reading: BackgroundReading): void {
    if (this.state.state !== 'article' || this.state.analysis.attributions) return;
    addReading(this.state.analysis, reading);
    this.notify();
    void this.placeVoices().catch(() => {});
  }

  get voices(): boolean {
    return this.options.voices !== false;
  }

  /** The one way the reader's "Voices" choice reaches the page (the legend and the settings' echo alike). */
  async setVoices(on: boolean): Promise<void> {
    if (on === this.voices) return;
    this.options = { ...this.options, voices: on };
    if (on) await this.placeVoices();
    else this.voiceCues.remove(this.quietly);
    this.notify();
  }

  /** How many statements the article has (0 while they are not read yet). */
  statementCount(): number {
    return this.analysis?.attributions?.length ?? 0;
  }

  /** An entity's statements: how many, and the opening words of the first (null: none). */
  statementsOf(entity: string): { count: number; opening: string } | null {
    const own = (this.analysis?.attributions ?? []).filter((a) => a.entity === entity);
    const first = own[0];
    if (!first || this.state.state !== 'article') return null;
    const text = this.state.article.paragraphs[first.paragraph]?.text ?? '';
    return { count: own.length, opening: statementOpening(text, first.cueSpan.start) };
  }

  /** Steps to the next (+1) or previous (-1) statement (of one entity when given) and shows who speaks. */
  stepStatement(direction: 1 | -1, entity?: string): StatementLanding | null {
    const analysis = this.analysis;
    if (!analysis || !this.highlights || !this.voices) return null;
    return this.voiceCues.step(analysis, direction, entity ? this.voiceCues.cuesOf(analysis, entity) : undefined);
  }

  /**
   * The one way hidden types reach the page (the legend's toggles and the settings' echo from any
   * tab alike): the same set again changes nothing.
   */
  setHidden(hidden: ReadonlySet<MentionType>): void {
    const now = this.options.hidden;
    if (hidden.size === now.size && [...hidden].every((l) => now.has(l))) return;
    this.options = { ...this.options, hidden };
    this.marks?.applyHidden(hidden);
    this.notify();
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
    return this.marks && this.options.highlights ? this.marks.anchors(this.options.hidden) : [];
  }

  /**
   * Steps to the next (+1) or previous (-1) shown mention and brings it into view. Focus stays
   * where it is (on the control that stepped).
   */
  step(direction: 1 | -1): Landing | null {
    this.marks?.reach();
    const anchors = this.anchors();
    const at = this.cursor.step(direction, anchors.length);
    const mark = anchors[at];
    if (!mark) return null;
    this.show(this.marksOf({ mention: Number(mark.dataset.gtlMention) }), false);
    return { mark, position: at + 1, total: anchors.length };
  }

  /** The marks of one mention or of every mention of one entity. */
  marksOf(key: { mention?: number; entity?: string }): HTMLElement[] {
    return this.marks?.of(key) ?? [];
  }

  /** Scrolls a mention's first mark into view, flashes its marks and focuses it (its card shows). */
  reveal(mention: number): HTMLElement | null {
    // Asked for a painted mention, or one of a long article the reader has not come near: its
    // marks are written now (painted: all; a long article's: up to it).
    this.marks?.reach();
    if (this.marks?.writing && !this.marksOf({ mention }).length) this.marks.writeAll(mention);
    const marks = this.marksOf({ mention });
    const first = marks[0];
    if (!first || this.options.hidden.has(first.dataset.gtlLabel as MentionType)) return null;
    this.show(marks, true);
    this.cursor.moveTo(this.anchors().indexOf(first)); // previous/next go on from here
    return first;
  }

  /** Leaves the page as it was: no marks, no attributes, no observer. */
  destroy(): void {
    this.run?.abort();
    this.markJob?.abort();
    this.voiceCues.remove();
    this.marks?.destroy();
  }

  private show(marks: HTMLElement[], focus: boolean): void {
    const first = marks[0]!;
    const view = this.doc.defaultView;
    const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    if (focus) {
      this.focusing = first;
      try {
        first.focus({ preventScroll: true });
      } finally {
        this.focusing = null;
      }
    }
    for (const m of marks) m.classList.add(FLASH_CLASS);
    (view ?? globalThis).setTimeout(() => {
      for (const m of marks) m.classList.remove(FLASH_CLASS);
    }, FLASH_MS);
  }

  /** GT Lens's own change to the body: not an edit of the page's. */
  private readonly quietly = (change: () => void) => (this.marks ? this.marks.quietly(change) : change());

  /**
   * Once a long article's last marks are written (as the reader came near): the mentions the page
   * changed meanwhile are read again, and the statements' cues, which waited for them, are placed.
   */
  private afterRest(): void {
    void this.marks?.rest?.then((tally) => {
      if (tally?.missed) this.redo();
      else if (tally) void this.placeVoices().catch(() => {});
    });
  }

  /**
   * The statements' cues, when the highlights and the voices are on and the statements are read,
   * and every mark is written: a cue splits the text nodes that marks still to be written stand in.
   */
  private async placeVoices(): Promise<void> {
    const analysis = this.state.state === 'article' ? this.state.analysis : null;
    if (!analysis?.attributions || !this.highlights || !this.voices || !this.run || this.marks?.writing) return;
    await this.voiceCues.place(analysis, this.quietly, this.run.signal);
    this.notify();
  }

  private newMarkJob(): AbortSignal {
    this.markJob?.abort();
    this.markJob = childOf(this.run?.signal ?? this.signal);
    return this.markJob.signal;
  }

  private setState(state: PageState): void {
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** After the page's edits: read again, and annotate again if the article's text changed (not for an ad). */
  private async recheck(read: ArticleRead, signal: AbortSignal): Promise<void> {
    const now = await runSliced(readArticleSteps(this.doc, this.url), { signal }).catch(() => null);
    if (!now || signal.aborted) return;
    const texts = (r: ArticleRead) => r.article.paragraphs.map((p) => p.text).join('\n');
    if (!now.isArticle || now.container !== read.container || texts(now) !== texts(read)) this.redo();
  }

  /** The article read, analyzed and marked again, at most a few times. */
  private redo(): void {
    if (this.redone >= MAX_REDOS) return;
    this.redone++;
    void this.start();
  }

  /** A replaced (or detached and put back) article body is read and marked again. */
  private watch(container: Element, signal: AbortSignal): void {
    watchReplacedBody(this.doc, container, () => this.redo(), signal);
  }
}
