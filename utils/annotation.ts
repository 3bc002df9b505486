/** The `annotate` output contract of docs/annotation-guide.md. */
import { type AnalysisOptions, analyze } from './analysis/analyze';
import type { Attribution, Entity, Mention } from './analysis/types';
import { analysisInput, type ParagraphKind, readArticle, type Template } from './page/article-reader';
import { type ArticleStats, articleStats } from './page/page-state';
import { nativePlaces } from './places/native-place';
import type { NativeName } from './places/types';

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

/** A Chinese place carries its Chinese name (issue 24), or the candidates when the article does not decide. */
export type AnnotatedEntity = Entity & { native?: NativeName; nativeCandidates?: NativeName[] };

export type Annotation =
  | {
      isArticle: true;
      article: AnnotatedArticle;
      mentions: Mention[];
      entities: AnnotatedEntity[];
      /** Who is speaking (issue 22, docs attribution-guide.md). */
      attributions: Attribution[];
    }
  | { isArticle: false; reason: string; mentions: Mention[] };

export function annotateDocument(doc: Document, url?: string, options?: AnalysisOptions): Annotation {
  const result = readArticle(doc, url);
  if (!result.isArticle) return { isArticle: false, reason: result.reason, mentions: [] };
  const { paragraphs, ...fields } = result.article;
  const texts = paragraphs.map((p) => p.text);
  const { mentions, entities, attributions = [] } = analyze(analysisInput(result.article), options);
  return {
    isArticle: true,
    article: {
      ...fields,
      paragraphs: texts,
      paragraphKinds: paragraphs.map((p) => p.kind),
      stats: articleStats(result.article),
    },
    mentions,
    entities: withNativeNames(entities),
    attributions,
  };
}

/** Each place's Chinese name, decided with the article's other places as context. */
export function withNativeNames(entities: Entity[]): AnnotatedEntity[] {
  const native = nativePlaces(entities.filter((e) => e.type === 'PLACE').map((e) => e.name));
  return entities.map((e) => {
    const lookup = e.type === 'PLACE' ? native[e.name] : undefined;
    if (!lookup) return e;
    return 'found' in lookup ? { ...e, native: lookup.found } : { ...e, nativeCandidates: lookup.ambiguous };
  });
}
