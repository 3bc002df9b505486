/** The `annotate` output contract of docs/annotation-guide.md. */
import { type AnalysisOptions, analyze } from './analysis/analyze';
import type { Attribution, Entity, Mention } from './analysis/types';
import { type ParagraphKind, readArticle, type Template } from './page/article-reader';
import { type ArticleStats, articleStats } from './page/page-state';

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
  | {
      isArticle: true;
      article: AnnotatedArticle;
      mentions: Mention[];
      entities: Entity[];
      /** Who is speaking (issue 22, docs attribution-guide.md). */
      attributions: Attribution[];
    }
  | { isArticle: false; reason: string; mentions: Mention[] };

export function annotateDocument(doc: Document, url?: string, options?: AnalysisOptions): Annotation {
  const result = readArticle(doc, url);
  if (!result.isArticle) return { isArticle: false, reason: result.reason, mentions: [] };
  const { paragraphs, ...fields } = result.article;
  const texts = paragraphs.map((p) => p.text);
  const {
    mentions,
    entities,
    attributions = [],
  } = analyze({ title: fields.title, published: fields.published, paragraphs: texts }, options);
  return {
    isArticle: true,
    article: {
      ...fields,
      paragraphs: texts,
      paragraphKinds: paragraphs.map((p) => p.kind),
      stats: articleStats(result.article),
    },
    mentions,
    entities,
    attributions,
  };
}
