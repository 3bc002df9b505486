/**
 * Reads a Global Times page (a `Document`, live or parsed) into an article model.
 * Pure DOM: no browser extension APIs, so it runs in the content script and in Node.
 */

import type { AnalysisInput } from '../analysis/analyze';
import { ENDS_WITH_PHOTO_CREDIT } from '../analysis/photo-credit';
import { runToEnd } from '../slices';
import { parseGtTime, parseGtTimes } from './gt-time';
import { classifyUrl } from './gt-url';
import { type MappedText, type Segment, TextMapBuilder } from './text-map';

export type ParagraphKind = 'body' | 'caption' | 'credit';
export type Template = 'current' | 'legacy' | 'fallback';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
}

export interface Article {
  url: string | null;
  title: string;
  /** ISO 8601 in Beijing time (+08:00), or null when the page does not say. */
  published: string | null;
  /** When the page says it was last updated, as `published`; null when it does not say. */
  updated: string | null;
  authors: string[];
  section: string | null;
  template: Template;
  paragraphs: Paragraph[];
}

export type ReadResult =
  | {
      isArticle: true;
      article: Article;
      /** Per paragraph, the way back to its text nodes in the document that was read. */
      sources: Segment[][];
      /** The element the paragraphs were read from: the only part of the page ever marked. */
      container: Element;
    }
  | { isArticle: false; reason: string; code: NotArticleCode };

/** Why a page is not read as an article, as a code the interface words (and never compares as a sentence). */
export type NotArticleCode = 'not-gt' | 'not-article-page' | 'no-article-text';

export const NOT_GT = 'This is not a Global Times page.';
export const NOT_ARTICLE_PAGE = 'This Global Times page is a section front or list, not an article.';
export const NO_ARTICLE_TEXT = 'No article text was found on this page.';
/** A template page whose headline is missing: still an article, under this name. */
export const UNTITLED = 'Untitled article';

// Elements that never hold article text.
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'ins',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'canvas',
  'video',
  'audio',
  'object',
  'embed',
  'nav',
  'aside',
  'footer',
  'header',
]);
// Elements that stay inside the paragraph around them.
const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'span',
  'font',
  'sup',
  'sub',
  'small',
  'big',
  'abbr',
  'cite',
  'q',
  'mark',
  's',
  'strike',
  'code',
  'time',
  'label',
  'bdi',
  'bdo',
  'wbr',
]);
// Class or id words of ads, share widgets, related-story lists and comments.
const NOISE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'adslot',
  'banner',
  'sponsor',
  'promo',
  'share',
  'social',
  'related',
  'recommend',
  'recommended',
  'comment',
  'comments',
  'disqus',
  'newsletter',
  'subscribe',
  'sidebar',
  'nav',
  'menu',
  'footer',
  'header',
]);
const CAPTION_CLASSES = /\b(picture|caption|pic_desc|photo_desc)\b/i;
const CLOSING_CREDIT = /^Global Times\.?$/;
// The older template's staff credit under the body: "Web Editors: <e-mail links>", "Editor: …".
const STAFF_CREDIT = /^(?:Web\s+)?Editors?\s*[:：]/i;
// The print edition's headline under some articles: a note about the article, not its text.
const NEWSPAPER_HEADLINE = /^Newspaper headline\s*:/i;

function isNoise(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const words = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  return words.some((w) => NOISE_WORDS.has(w));
}

const HEADING_TAGS = new Set(['strong', 'b', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_HEADING_WORDS = 20;

/**
 * A heading drawn as a table inside the body (`<table><tr><td><span><strong>…`): a short table
 * whose every piece of text is bold or a heading cell. Not a paragraph; a table of figures is kept.
 */
function isHeadingTable(table: Element): boolean {
  const words = clean(table.textContent).split(' ').length;
  if (words > MAX_HEADING_WORDS) return false;
  let seen = false;
  const stack: { node: Node; bold: boolean }[] = [{ node: table, bold: false }];
  while (stack.length) {
    const { node, bold } = stack.pop()!;
    if (node.nodeType === 3) {
      if (!clean(node.textContent)) continue;
      if (!bold) return false;
      seen = true;
      continue;
    }
    const inBold = bold || (node.nodeType === 1 && HEADING_TAGS.has((node as Element).tagName.toLowerCase()));
    for (let child = node.firstChild; child; child = child.nextSibling) stack.push({ node: child, bold: inBold });
  }
  return seen;
}

interface RawParagraph extends MappedText {
  captionHint: boolean;
}

/**
 * Splits a body container into paragraphs: `<br>` and block elements end a paragraph, inline
 * elements continue it, noise elements are left out. An explicit stack instead of recursion, so
 * that deep nesting cannot overflow, and a step every few hundred nodes, so that a long body can
 * be read in short tasks.
 */
function* collectParagraphs(container: Element): Generator<void, RawParagraph[]> {
  const out: RawParagraph[] = [];
  const builder = new TextMapBuilder();
  let captionHint = false;

  const flush = () => {
    const mapped = builder.take();
    if (mapped.text) out.push({ ...mapped, captionHint });
    captionHint = false;
  };

  const stack: { next: ChildNode | null; block: boolean }[] = [{ next: container.firstChild, block: false }];
  let visited = 0;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) flush();
      continue;
    }
    top.next = child.nextSibling;
    if (++visited % 150 === 0) yield;
    if (child.nodeType === 3) {
      yield* builder.appendSteps(child as Text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') {
      flush();
    } else if (SKIP_TAGS.has(tag) || isNoise(el) || (tag === 'table' && isHeadingTable(el))) {
      if (!INLINE_TAGS.has(tag)) flush();
    } else if (INLINE_TAGS.has(tag)) {
      stack.push({ next: el.firstChild, block: false });
    } else {
      flush();
      captionHint = tag === 'figcaption' || CAPTION_CLASSES.test(el.getAttribute('class') ?? '');
      stack.push({ next: el.firstChild, block: true });
    }
  }
  flush();
  return out;
}

/**
 * A caption ends with its photo credit; "Newspaper headline: …" is a closing note, and the
 * paragraph "Global Times" or a staff credit ("Web Editors: …") is a credit line when only
 * closing lines follow it.
 */
export function paragraphKind(text: string, closing: boolean, captionHint = false): ParagraphKind {
  if (captionHint || ENDS_WITH_PHOTO_CREDIT.test(text)) return 'caption';
  if (NEWSPAPER_HEADLINE.test(text)) return 'credit';
  return closing && (CLOSING_CREDIT.test(text) || STAFF_CREDIT.test(text)) ? 'credit' : 'body';
}

/** A staff credit line names the paper's editors (often as e-mail addresses), not the article's. */
export function isStaffCredit(p: Paragraph): boolean {
  return p.kind === 'credit' && STAFF_CREDIT.test(p.text);
}

/**
 * What the engine reads of an article: every paragraph in place (mentions keep their indices),
 * a staff credit as empty text, so that its names and e-mail domains are never mentions.
 */
export function analysisInput(article: Article): Required<AnalysisInput> {
  return {
    title: article.title,
    published: article.published,
    paragraphs: article.paragraphs.map((p) => (isStaffCredit(p) ? '' : p.text)),
  };
}

function classify(raw: RawParagraph[]): { paragraphs: Paragraph[]; sources: Segment[][] } {
  // From the end: a paragraph is in the closing run while everything after it is a closing line.
  const kinds: ParagraphKind[] = [];
  let closing = true;
  for (let i = raw.length - 1; i >= 0; i--) {
    kinds[i] = paragraphKind(raw[i]!.text, closing, raw[i]!.captionHint);
    closing &&= kinds[i] === 'credit';
  }
  const paragraphs = raw.map((p, i): Paragraph => ({ text: p.text, kind: kinds[i]! }));
  return { paragraphs, sources: raw.map((p) => p.segments) };
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

function text(root: ParentNode, selector: string): string {
  return clean(root.querySelector(selector)?.textContent);
}

function meta(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = clean(el?.getAttribute('content'));
    if (value) return value;
  }
  return '';
}

/** "By Zhang Han and Li Qiao" → ["Zhang Han", "Li Qiao"]; one link may hold several names too. */
export function parseAuthors(byline: string): string[] {
  const names = clean(byline).replace(/^By\b\s*/i, '');
  if (!names) return [];
  return names
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((n) => n.trim())
    .filter(Boolean);
}

/**
 * Crumbs "BUSINESS > INDUSTRIES" and columns "CHINA / SOCIETY" both read as "BUSINESS / INDUSTRIES";
 * a crumb's leading "Home" (linked or not: " Home >> SPECIAL COVERAGE ") is the site, not a section.
 */
function readSection(el: Element | null): string | null {
  if (!el) return null;
  const links = [...el.querySelectorAll('a')].map((a) => clean(a.textContent)).filter(Boolean);
  const parts = links.length
    ? links
    : clean(el.textContent)
        .split(/\s*[/>»]\s*/)
        .filter(Boolean);
  if (/^home$/i.test(parts[0] ?? '')) parts.shift();
  return parts.length ? parts.join(' / ').toUpperCase() : null;
}

function siteTitle(doc: Document): string {
  return clean(meta(doc, 'og:title') || doc.title).replace(/\s*[-|]\s*Global\s*Times\s*$/i, '');
}

interface TemplateMatch {
  template: Template;
  title: string;
  published: string | null;
  updated: string | null;
  authors: string[];
  section: string | null;
  body: Element;
}

function readCurrent(doc: Document): TemplateMatch | null {
  const body = doc.querySelector('.article_content .article_right') ?? doc.querySelector('.article_content');
  if (!body) return null;
  // Video pages have no .article_title: their <title> names the story.
  const title = text(doc, '.article_title') || siteTitle(doc) || UNTITLED;
  const bylineLinks = [...doc.querySelectorAll('.byline .author_name')].flatMap((a) =>
    parseAuthors(a.textContent ?? ''),
  );
  return {
    template: 'current',
    title,
    ...parseGtTimes(text(doc, '.pub_time')),
    authors: bylineLinks.length ? bylineLinks : parseAuthors(text(doc, '.byline')),
    section: readSection(doc.querySelector('.article_column')),
    body,
  };
}

/** "Posted in: INDUSTRIES,BIZ FOCUS" under older articles without crumbs gives "INDUSTRIES". */
function postedInSection(doc: Document): string | null {
  for (const el of doc.querySelectorAll('#left > div, .row-fluid')) {
    const first = /^Posted in:\s*([^,]+)/i.exec(clean(el.textContent))?.[1];
    if (first) return first.trim().toUpperCase();
  }
  return null;
}

// How far up from the source line the body may sit: the source line and the body are siblings
// in the column, or at most wrapped in a row or two.
const LEGACY_BODY_LEVELS = 3;

/**
 * The older template's body: the first `.row-content` after the article's own source line (or
 * title) in its column. The site uses the class for list items too (its 2020 home page), so a
 * page without a title or source line has no body here, and a list item is never one.
 */
function legacyBody(doc: Document): Element | null {
  for (const anchor of [doc.querySelector('.article-source'), doc.querySelector('.article-title')]) {
    let el: Element | null = anchor;
    for (let level = 0; el && level < LEGACY_BODY_LEVELS; level++, el = el.parentElement) {
      const body = rowContentAfter(el);
      if (body) return body.closest('li') ? null : body;
    }
  }
  return null;
}

/** The first `.row-content` among the siblings after `el`, or inside one of them. */
function rowContentAfter(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    const body = next.matches('.row-content') ? next : next.querySelector('.row-content');
    if (body) return body;
  }
  return null;
}

function readLegacy(doc: Document): TemplateMatch | null {
  const body = legacyBody(doc);
  if (!body) return null;
  const title = text(doc, '.article-title h3') || text(doc, '.article-title') || siteTitle(doc) || UNTITLED;
  const source = text(doc, '.article-source');
  const byline = /^\s*By\s+(.+?)\s*(?:Source\s*:|Published\s*:|$)/i.exec(source)?.[1] ?? '';
  return {
    template: 'legacy',
    title,
    ...parseGtTimes(source.replace(/^.*?Published\s*:/i, '')),
    authors: parseAuthors(byline),
    section: readSection(doc.querySelector('.crumbs')) ?? postedInSection(doc),
    body,
  };
}

const MIN_FALLBACK_WORDS = 60;

/** The element owning the most non-link paragraph text: the body when no template matched. */
function largestTextBlock(doc: Document): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.body?.querySelectorAll('div, article, section, main, td') ?? []) {
    if (isNoise(el) || el.closest('nav, aside, footer, header')) continue;
    let own = 0;
    let links = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += clean(child.textContent).length;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toLowerCase();
        const len = clean(child.textContent).length;
        if (tag === 'a') links += len;
        else if (tag === 'p' || INLINE_TAGS.has(tag)) {
          own += len;
          links += [...(child as Element).querySelectorAll('a')].reduce((n, a) => n + clean(a.textContent).length, 0);
        }
      }
    }
    // Link-heavy blocks are lists of headlines (section fronts), not articles.
    const score = own + links > 0 && links / (own + links) < 0.5 ? own - links : 0;
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

const MAX_HEADLINES = 2;

/** Inside something the paragraphs leave out (a related-stories box, a script) below `root`. */
function leftOut(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (SKIP_TAGS.has(e.tagName.toLowerCase()) || isNoise(e)) return true;
  }
  return false;
}

/**
 * A list of stories rather than a story: more than two lines that are a link alone (headlines
 * with their summaries, as on the home page). An article's own links sit inside its sentences.
 */
function isHeadlineList(block: Element): boolean {
  let headlines = 0;
  for (const a of block.querySelectorAll('a')) {
    const own = clean(a.textContent);
    if (!own || leftOut(a, block)) continue;
    let line = a.parentElement;
    while (line && line !== block && INLINE_TAGS.has(line.tagName.toLowerCase())) line = line.parentElement;
    if (line && line !== block && clean(line.textContent) === own && ++headlines > MAX_HEADLINES) return true;
  }
  return false;
}

function readFallback(doc: Document): TemplateMatch | null {
  const body = largestTextBlock(doc);
  const title = siteTitle(doc) || text(doc, 'h1');
  if (!body || !title || isHeadlineList(body)) return null;
  const publishedText =
    meta(doc, 'article:published_time', 'pubdate', 'publishdate') ||
    /Published\s*:\s*([^\n]{6,40})/i.exec(doc.body?.textContent ?? '')?.[1] ||
    '';
  const updatedText = meta(doc, 'article:modified_time');
  return {
    template: 'fallback',
    title,
    published: publishedText ? parseGtTime(publishedText) : null,
    updated: updatedText ? parseGtTime(updatedText) : null,
    authors: parseAuthors(meta(doc, 'author', 'article:author')),
    section: meta(doc, 'article:section').toUpperCase() || null,
    body,
  };
}

function pageUrl(doc: Document, url: string | undefined): string | null {
  if (url) return url;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta(doc, 'og:url');
  return canonical || null;
}

/**
 * Words of the body (captions and credit left out): space-separated runs that hold a letter or
 * digit. One linear pass over the characters: no regex to backtrack on a hostile page.
 */
export function wordCount(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  for (const p of paragraphs) {
    if (p.kind !== 'body') continue;
    let counted = false;
    for (let i = 0; i < p.text.length; i++) {
      const c = p.text.charCodeAt(i);
      if (c === 32)
        counted = false; // paragraph text has its whitespace collapsed to single spaces
      else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) {
        n++;
        counted = true;
      }
    }
  }
  return n;
}

/** Minutes at 230 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Reads the page at once (Node, tests, the popup's checks). */
export function readArticle(doc: Document, url?: string): ReadResult {
  return runToEnd(readArticleSteps(doc, url));
}

/** The same reading as steps, for the content script to spread over short tasks. */
export function* readArticleSteps(doc: Document, url?: string): Generator<void, ReadResult> {
  const address = pageUrl(doc, url);
  if (address) {
    const kind = classifyUrl(address).kind;
    if (kind === 'not-gt') return { isArticle: false, reason: NOT_GT, code: 'not-gt' };
    if (kind === 'gt-other') return { isArticle: false, reason: NOT_ARTICLE_PAGE, code: 'not-article-page' };
  }
  for (const read of [readCurrent, readLegacy, readFallback]) {
    const match = read(doc);
    if (!match) continue;
    const { paragraphs, sources } = classify(yield* collectParagraphs(match.body));
    const words = wordCount(paragraphs);
    if (words === 0 || (match.template === 'fallback' && words < MIN_FALLBACK_WORDS)) continue;
    const { body: container, ...fields } = match;
    return { isArticle: true, article: { url: address, ...fields, paragraphs }, sources, container };
  }
  return { isArticle: false, reason: NO_ARTICLE_TEXT, code: 'no-article-text' };
}
