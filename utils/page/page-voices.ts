/**
 * The statements of one live page (issue 22): their cue marks placed and taken away again, shown
 * or not as the reader chose (the legend's "Voices"), stepped through one after the other, and
 * found by the entity that speaks. DOM only; the annotator says when.
 */
import type { Analysis, Attribution } from '../analysis/types';
import { runSliced } from '../slices';
import { readArticleSteps } from './article-reader';
import { frameOfItsOwn, standsDeep } from './frames';
import {
  CUE_SHOWN_CLASS,
  cuePiecesSteps,
  cuesIn,
  removeCues,
  type StatementVoice,
  statementAnchors,
  statementVoice,
  writeCuesSteps,
} from './voice-cues';

/** Where stepping through the statements landed. */
export interface StatementLanding {
  cue: HTMLElement;
  /** Index into the analysis' attributions. */
  statement: number;
  position: number;
  total: number;
  voice: StatementVoice;
  attribution: Attribution;
}

export class PageVoices {
  private shown: HTMLElement | null = null;
  /** The placing under way: a newer one, or a removal, aborts it. */
  private job: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {}

  /**
   * Places the cues of the analysis' statements, against the text as it is now (read afresh:
   * the highlights split its nodes). Resolves once placed, or at once when aborted.
   */
  async place(analysis: Analysis, quietly: (change: () => void) => void, signal: AbortSignal): Promise<void> {
    this.remove(quietly);
    if (!analysis.attributions?.length) return;
    const job = new AbortController();
    this.job = job;
    const stop = () => job.abort();
    signal.addEventListener('abort', stop, { once: true });
    try {
      const read = await runSliced(readArticleSteps(this.doc, this.url), { signal: job.signal });
      if (!read.isArticle) return;
      const paragraphs = read.article.paragraphs.map((p) => p.text);
      const groups = await runSliced(cuePiecesSteps(read.sources, paragraphs, analysis), { signal: job.signal });
      // As the marks (page-marks.ts): text that stands deep has its cues laid out in a frame of their own.
      if (standsDeep(groups.map((g) => g[0]!.node))) await frameOfItsOwn(this.doc.defaultView);
      await runSliced(writeCuesSteps(this.doc, groups, analysis, quietly), { signal: job.signal });
    } catch (err) {
      if (!job.signal.aborted) throw err;
    } finally {
      signal.removeEventListener('abort', stop);
    }
  }

  /** Takes every cue away: the text exactly as it was. */
  remove(quietly: (change: () => void) => void = (c) => c()): void {
    this.job?.abort();
    this.job = null;
    this.shown = null;
    if (this.doc.body && cuesIn(this.doc.body).length) quietly(() => removeCues(this.doc.body));
  }

  /** The first cue of each placed statement, in reading order. */
  anchors(): HTMLElement[] {
    return this.doc.body ? statementAnchors(this.doc.body) : [];
  }

  /** The placed cues of one entity's statements, in reading order. */
  cuesOf(analysis: Analysis, entity: string): HTMLElement[] {
    return this.anchors().filter((c) => analysis.attributions?.[Number(c.dataset.gtlStatement)]?.entity === entity);
  }

  /** Steps to the next (+1) or previous (-1) statement, among `among` (default: all), and shows its speaker. */
  step(analysis: Analysis, direction: 1 | -1, among?: HTMLElement[]): StatementLanding | null {
    const anchors = among ?? this.anchors();
    const count = anchors.length;
    if (!count) return null;
    // On from the cue shown last (also when the card stepped to it); from none, the first or the last.
    const current = this.shown ? anchors.indexOf(this.shown) : -1;
    const at = current < 0 ? (direction === 1 ? 0 : count - 1) : (current + direction + count) % count;
    const cue = anchors[at]!;
    this.show(cue);
    const statement = Number(cue.dataset.gtlStatement);
    const attribution = analysis.attributions![statement]!;
    return {
      cue,
      statement,
      position: at + 1,
      total: count,
      voice: statementVoice(analysis, attribution),
      attribution,
    };
  }

  /** Brings a cue into view with its speaker's name shown, until another is shown. */
  private show(cue: HTMLElement): void {
    this.shown?.classList.remove(CUE_SHOWN_CLASS);
    this.shown = cue;
    const reduced = this.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    cue.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    cue.classList.add(CUE_SHOWN_CLASS);
  }
}
