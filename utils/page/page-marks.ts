/**
 * The marks of one analyzed article: made, removed, hidden by type, styled for the page's
 * scheme, and found again by mention or entity. DOM only.
 */
import type { Mention, MentionType } from '../analysis/types';
import { runSliced, type SliceOptions } from '../slices';
import type { ArticleRead } from './annotation-pipeline';
import { readArticleSteps } from './article-reader';
import { type MarkVoice, marksIn, piecesByNodeSteps, removeMarks, voiceMark, wrapNodeSteps } from './highlighter';
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

export class PageMarks {
  /** Whether `read.sources` still point at the live text nodes (no mark made or removed since). */
  private sourcesFresh = true;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly read: ArticleRead,
    private readonly mentions: readonly Mention[],
  ) {}

  get container(): HTMLElement {
    return this.read.container as HTMLElement;
  }

  /** Marks every mention; an aborted run takes its partial marks away again. */
  async mark(hidden: ReadonlySet<MentionType>, options: SliceOptions): Promise<void> {
    const read = this.read;
    if (!this.sourcesFresh) {
      // Marks made or removed since the reading split and merged text nodes: read them afresh.
      this.unmark(); // never mark twice
      const fresh = await runSliced(readArticleSteps(this.doc, this.url), options);
      if (!fresh.isArticle || fresh.container !== read.container) return;
      read.sources = fresh.sources;
    }
    this.sourcesFresh = false;
    this.ensureStyle();
    const { doc, mentions } = this;
    const voice = voiceFor(hidden);
    function* steps() {
      const groups = yield* piecesByNodeSteps(read.sources, mentions);
      for (const g of groups) yield* wrapNodeSteps(doc, g, mentions, voice);
    }
    try {
      await runSliced(steps(), options);
    } catch (err) {
      this.unmark();
      throw err;
    }
  }

  unmark(): void {
    removeMarks(this.read.container);
    this.sourcesFresh = false;
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
    this.container.dataset.gtlScheme = dark ? 'dark' : 'light';
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
