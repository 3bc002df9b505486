/**
 * What an article said each time its text was different (issue 25, "Edits"): the versions the
 * reading log keeps, how a new reading adds to them, and what the background answers about them.
 * Pure: no storage, no browser APIs.
 */
import { type ArticleEdits, type ArticleText, compareArticles } from './article-edits';

/** One text of the article, with when the reader first and last saw it so (ISO 8601). */
export interface ArticleVersion extends ArticleText {
  seenAt: string;
  lastSeen: string;
  paragraphs: string[];
}

/** The versions of one article, oldest first, kept apart from its record so that the log's lists stay light. */
export interface ArticleTexts {
  url: string;
  versions: ArticleVersion[];
}

/** At most this many versions per article: the first one read and the newest ones. */
export const MAX_VERSIONS = 10;
/** A text sent to be kept is refused beyond these (a hostile page cannot fill the log). */
export const TEXT_LIMITS = { paragraphs: 2000, chars: 2_000_000 };

const isString = (x: unknown): x is string => typeof x === 'string';

/** A text as the content script sends it: a headline and paragraph texts, within the limits. */
export function isArticleText(x: unknown): x is ArticleText {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  if (!isString(t.title) || !Array.isArray(t.paragraphs) || t.paragraphs.length > TEXT_LIMITS.paragraphs) return false;
  let chars = t.title.length;
  for (const p of t.paragraphs) {
    if (!isString(p)) return false;
    chars += p.length;
  }
  return chars <= TEXT_LIMITS.chars;
}

const isTime = (x: unknown) => isString(x) && !Number.isNaN(Date.parse(x));

export function isArticleVersion(x: unknown): x is ArticleVersion {
  const v = x as Record<string, unknown>;
  return isArticleText(x) && isTime(v.seenAt) && isTime(v.lastSeen);
}

/** A stored entry read back is used only when it has the shape we wrote. */
export function isArticleTexts(x: unknown): x is ArticleTexts {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as Record<string, unknown>;
  return isString(t.url) && Array.isArray(t.versions) && t.versions.length > 0 && t.versions.every(isArticleVersion);
}

/**
 * The versions after a reading at `readAt`: the same text (beyond whitespace and punctuation)
 * only moves the last version's `lastSeen`; an edited one is added, `edited` says so.
 */
export function addReading(
  versions: readonly ArticleVersion[],
  text: ArticleText,
  readAt: string,
): { versions: ArticleVersion[]; edited: boolean } {
  const now: ArticleVersion = { title: text.title, paragraphs: [...text.paragraphs], seenAt: readAt, lastSeen: readAt };
  const last = versions.at(-1);
  if (!last) return { versions: [now], edited: false };
  if (!compareArticles(last, text).edited)
    return { versions: [...versions.slice(0, -1), { ...last, lastSeen: readAt }], edited: false };
  const all = [...versions, now];
  // The first text read stays: it is what the reader met first; the middle ones go first.
  return { versions: all.length > MAX_VERSIONS ? [all[0]!, ...all.slice(1 - MAX_VERSIONS)] : all, edited: true };
}

/** What the background answers about one article's versions. */
export type EditsReply =
  | { code: 'none' }
  | { code: 'unavailable' }
  | {
      code: 'kept';
      /** When each version was first and last seen, oldest first. */
      versions: { seenAt: string; lastSeen: string }[];
      /** The last two versions compared; null while there is only one. */
      edits: ArticleEdits | null;
    };

/** The reply for an article's stored versions (none stored: 'none'). */
export function editsReply(texts: ArticleTexts | undefined): EditsReply {
  if (!texts?.versions.length) return { code: 'none' };
  const { versions } = texts;
  const n = versions.length;
  return {
    code: 'kept',
    versions: versions.map(({ seenAt, lastSeen }) => ({ seenAt, lastSeen })),
    edits: n > 1 ? compareArticles(versions[n - 2]!, versions[n - 1]!) : null,
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isParts = (x: unknown) =>
  Array.isArray(x) &&
  x.every((p) => isObject(p) && isString(p.text) && ['same', 'added', 'removed'].includes(p.change as string));
const isIndex = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

function isParagraphEdit(x: unknown): boolean {
  if (!isObject(x)) return false;
  switch (x.change) {
    case 'changed':
      return isIndex(x.before) && isIndex(x.after) && isParts(x.parts);
    case 'added':
      return isIndex(x.after) && isString(x.text);
    case 'removed':
      return isIndex(x.before) && isString(x.text);
    default:
      return false;
  }
}

function isEdits(x: unknown): x is ArticleEdits {
  if (!isObject(x) || typeof x.edited !== 'boolean' || !isObject(x.summary)) return false;
  const s = x.summary;
  return (
    typeof s.headlineChanged === 'boolean' &&
    [s.changed, s.added, s.removed].every(isIndex) &&
    (x.headline === null || isParts(x.headline)) &&
    Array.isArray(x.paragraphs) &&
    x.paragraphs.every(isParagraphEdit)
  );
}

/** Shape check of the reply as it arrives over messaging. */
export function isEditsReply(x: unknown): x is EditsReply {
  if (!isObject(x)) return false;
  if (x.code === 'none' || x.code === 'unavailable') return true;
  return (
    x.code === 'kept' &&
    Array.isArray(x.versions) &&
    x.versions.every((v) => isObject(v) && isTime(v.seenAt) && isTime(v.lastSeen)) &&
    (x.edits === null || isEdits(x.edits))
  );
}

/** What the page's edit notice says, as a code for the frame to word. */
export type EditNotice =
  | { code: 'edited'; readOn: string; edits: ArticleEdits }
  | { code: 'first' | 'unchanged' | 'not-kept' | 'unavailable' };

/**
 * The notice for the visit that read the article at `visit` (the record's `readAt`): edited
 * when this reading added the newest version; the reading before it is the date said.
 */
export function editNotice(reply: EditsReply, visit: string): EditNotice {
  if (reply.code === 'unavailable') return { code: 'unavailable' };
  if (reply.code === 'none') return { code: 'not-kept' };
  const { versions, edits } = reply;
  const n = versions.length;
  const last = versions[n - 1]!;
  if (last.lastSeen !== visit) return { code: 'not-kept' };
  if (last.seenAt === visit && edits?.edited && n > 1)
    return { code: 'edited', readOn: versions[n - 2]!.lastSeen, edits };
  return { code: n === 1 && last.seenAt === visit ? 'first' : 'unchanged' };
}
