/** The `annotate` output contract of docs/annotation-guide.md. */
import { readArticle, type ParagraphKind, type Template } from './article-reader';
import { articleStats, type ArticleStats } from './page-state';

export type MentionType = 'PERSON' | 'ORG' | 'PLACE' | 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'DATE';

export interface Mention {
  type: MentionType;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  value: Record<string, unknown> | null;
}

export interface AnnotatedArticle {
  url: string | null;
  title: string;
  published: string | null;
  authors: string[];
  section: string | null;
  paragraphs: string[];
  /** Aligned with `paragraphs`: photo captions and the closing credit line are marked. */
  paragraphKinds: ParagraphKind[];
  template: Template;
  stats: ArticleStats;
}

export type Annotation =
  | { isArticle: true; article: AnnotatedArticle; mentions: Mention[] }
  | { isArticle: false; reason: string; mentions: Mention[] };

export function annotateDocument(doc: Document, url?: string): Annotation {
  const result = readArticle(doc, url);
  if (!result.isArticle) return { isArticle: false, reason: result.reason, mentions: [] };
  const { paragraphs, ...fields } = result.article;
  return {
    isArticle: true,
    article: {
      ...fields,
      paragraphs: paragraphs.map((p) => p.text),
      paragraphKinds: paragraphs.map((p) => p.kind),
      stats: articleStats(result.article),
    },
    // The analysis engine fills this in; until then no mention is claimed.
    mentions: [],
  };
}
