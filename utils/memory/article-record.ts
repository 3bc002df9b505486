/**
 * One article in the reader's memory: its address, title, published time, section, and its
 * people, organizations and places with their counts and roles. Types and checks only, so that
 * the message contract can check records without the database code.
 */
import type { Analysis, AttributionKind, EntityType } from '../analysis/types';
import { UNTITLED } from '../page/article-reader';

export interface RememberedEntity {
  /** The same entity in every article: its type and its name, lowercased. */
  key: string;
  type: EntityType;
  name: string;
  count: number;
  role?: string;
}

/** One source of an article (issue 22): who, what kind, how often it speaks there. */
export interface RememberedVoice {
  /** The same source in every article: its kind and its name, lowercased. */
  key: string;
  source: string;
  kind: AttributionKind;
  statements: number;
  /** Of them, in its own quoted words. */
  direct: number;
  role?: string;
}

export interface ArticleRecord {
  url: string;
  /** Empty when the page named no article (its title only the site's name, or none at all). */
  title: string;
  published: string | null;
  section: string | null;
  /** The byline and the "Updated:" time, for citations; absent in records kept before they were. */
  authors?: string[];
  updated?: string | null;
  /** When the reader read it, ISO 8601. */
  readAt: string;
  /**
   * When each kept version of its text was first seen, oldest first (the texts themselves are kept
   * apart: reading-log.ts); more than one means it was edited. Absent in records kept before texts were.
   */
  versions?: string[];
  entities: RememberedEntity[];
  keys: string[];
  /** Who is speaking; absent in records kept before it was read, or when it could not be. */
  voices?: RememberedVoice[];
}

export const entityKey = (type: EntityType, name: string) => `${type}:${name.toLowerCase()}`;

/**
 * An article's own title, or '' when the page gave none: the reader's stand-in ("Untitled
 * article") and a title that is only the paper's name ("Global Times", as a page without a
 * headline may carry) name no article, and must not make two articles one.
 */
export function articleTitle(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const bare = t.toLowerCase().replace(/[^a-z]/g, '');
  return t === UNTITLED || bare === 'globaltimes' || bare === 'globaltimescn' ? '' : t;
}

/** What a list shows for an article: its title, or its address when it has none (older records kept "Global Times"). */
export const shownTitle = (article: { url: string; title: string }) => articleTitle(article.title) || article.url;

export const voiceKey = (kind: AttributionKind, source: string) => `${kind}:${source.toLowerCase()}`;

/** The article's attributions, one entry per source, in order of first statement. */
function rememberedVoices(analysis: Analysis): RememberedVoice[] | undefined {
  if (!analysis.attributions) return undefined;
  const byKey = new Map<string, RememberedVoice>();
  for (const a of analysis.attributions) {
    const key = voiceKey(a.kind, a.source);
    const role = a.entityIndex === undefined ? undefined : analysis.entities[a.entityIndex]?.role;
    const voice = byKey.get(key) ?? { key, source: a.source, kind: a.kind, statements: 0, direct: 0 };
    if (role) voice.role = role;
    voice.statements++;
    if (a.direct) voice.direct++;
    byKey.set(key, voice);
  }
  return [...byKey.values()];
}

/** The record of an article just read, from what the page annotator found. */
export function articleRecord(
  article: {
    url: string | null;
    title: string;
    published: string | null;
    updated?: string | null;
    authors?: string[];
    section: string | null;
  },
  url: string,
  analysis: Analysis,
  readAt: Date,
): ArticleRecord {
  const entities = analysis.entities.map((e) => ({
    key: entityKey(e.type, e.name),
    type: e.type,
    name: e.name,
    count: e.mentions.length,
    ...(e.role ? { role: e.role } : {}),
  }));
  const voices = rememberedVoices(analysis);
  return {
    url: article.url ?? url,
    title: articleTitle(article.title),
    published: article.published,
    section: article.section,
    ...(article.authors ? { authors: [...article.authors] } : {}),
    ...(article.updated !== undefined ? { updated: article.updated } : {}),
    readAt: readAt.toISOString(),
    entities,
    keys: [...new Set(entities.map((e) => e.key))],
    ...(voices ? { voices } : {}),
  };
}

const VOICE_KINDS = new Set<unknown>(['person', 'organization', 'state', 'unnamed']);

const isVoice = (v: unknown): v is RememberedVoice => {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isString(r.key) &&
    isString(r.source) &&
    VOICE_KINDS.has(r.kind) &&
    Number.isInteger(r.statements) &&
    Number.isInteger(r.direct) &&
    (r.role === undefined || isString(r.role))
  );
};

const isString = (x: unknown): x is string => typeof x === 'string';

/** A record read back is used only when it has the shape we wrote (storage can be edited or damaged). */
export function isArticleRecord(x: unknown): x is ArticleRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    isString(r.url) &&
    isString(r.title) &&
    isString(r.readAt) &&
    !Number.isNaN(Date.parse(r.readAt)) &&
    (r.published === null || isString(r.published)) &&
    (r.section === null || isString(r.section)) &&
    (r.authors === undefined || (Array.isArray(r.authors) && r.authors.every(isString))) &&
    (r.updated === undefined || r.updated === null || isString(r.updated)) &&
    (r.versions === undefined || (Array.isArray(r.versions) && r.versions.every(isString))) &&
    (r.voices === undefined || (Array.isArray(r.voices) && r.voices.every(isVoice))) &&
    Array.isArray(r.keys) &&
    r.keys.every(isString) &&
    Array.isArray(r.entities) &&
    r.entities.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        isString((e as RememberedEntity).key) &&
        isString((e as RememberedEntity).name) &&
        Number.isInteger((e as RememberedEntity).count),
    )
  );
}

/** Articles in this reader's memory that name one entity: how many, and the newest. */
export interface AlsoIn {
  count: number;
  newest: { url: string; title: string }[];
}
