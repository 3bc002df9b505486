/**
 * The one message contract between the popup, the content script and the background. Every
 * receiver checks the sender and the shape of each message through these helpers and ignores
 * anything else.
 */

import type { AnalysisInput } from '../analysis/analyze';
import type { Analysis, FigureType, Mention } from '../analysis/types';
import { type FigureLines, isCardLine, isFigureLines } from '../format/figure-lines';
import { isLookupResult, type LookupResult } from '../lookup/wikidata';
import type { ArticleText } from '../memory/article-edits';
import { type AlsoIn, type ArticleRecord, isArticleRecord } from '../memory/article-record';
import { type EditsReply, isArticleText, isEditsReply } from '../memory/article-versions';
import { classifyUrl } from '../page/gt-url';
import { isPageCommand, type PageCommand } from '../page/page-commands';
import { isAnalysis, isPageState, type PageState } from '../page/page-state';
import { type CardNative, isCardNative } from '../page/place-lines';
import { isNativeLookup, type NativeLookup } from '../places/types';
import { isCurrencyCode, isDay, isRatesFailure, type RateSet } from '../rates/types';

export interface Contract {
  /** Popup → content script: what did you read on this page? */
  'get-page-state': { request: Record<never, never>; response: PageState };
  /** Popup → content script: scroll to this mention and flash it. */
  'show-mention': { request: { mention: number }; response: { shown: boolean } };
  /** Popup or content script → background: CNY rates of a day ("latest" or YYYY-MM-DD). */
  'get-rates': { request: { date: string }; response: RateSet | null };
  /**
   * Content script → background: an article's amount in the reader's currency, at its day's rates,
   * as the card words it ("≈ $91.8 billion at the ECB rate of Dec 18, 2020"); null without a rate.
   */
  'convert-money': { request: { amount: number; currency: string; date: string }; response: string | null };
  /** Content script → background: a figure's card lines, worded in the interface language. */
  'figure-lines': { request: { figure: Pick<Mention, 'type' | 'value'> }; response: FigureLines };
  /** Background → content script: the reader pressed one of the page's keyboard commands. */
  'run-command': { request: { command: PageCommand }; response: { done: boolean } };
  /** Content script → background: the entities and figures of the article just read. */
  'analyze-article': { request: Required<AnalysisInput>; response: Analysis };
  /**
   * Content script → background: keep this article in the reading log (never from a private
   * window), with what it says (`text`), kept as a new version when it changed since the last reading.
   */
  'remember-article': { request: { record: ArticleRecord; text?: ArticleText }; response: { stored: boolean } };
  /** Edit-notice frame or popup → background: the versions kept of this article and its last edit. */
  'article-edits': { request: { url: string }; response: EditsReply };
  /** Memory frame or popup → background: the other articles read that name these entities. */
  'recall-entities': { request: { url: string; title: string; keys: string[] }; response: Record<string, AlsoIn> };
  /** Popup → background: the Chinese names of the article's places, each read beside the others. */
  'native-places': { request: { names: string[] }; response: Record<string, NativeLookup> };
  /**
   * Content script → background: the same, worded as the card shows them, so that neither the
   * data nor its wording loads in the page.
   */
  'native-place-lines': { request: { names: string[] }; response: Record<string, CardNative> };
  /** Look-up frame → background: who this person or organization is, from Wikidata; `next`: not this one. */
  'look-up-identity': { request: { key: string; name: string; next: boolean }; response: LookupResult };
  /** Look-up frame → background: open the settings where the reader allows Wikidata look-ups. */
  'open-lookup-settings': { request: Record<never, never>; response: { opened: boolean } };
}

/** At most this many place names in one 'native-places' request, each at most this long. */
export const NATIVE_PLACES_LIMITS = { names: 500, length: 200 };

export type MessageType = keyof Contract;
/** The messages the content script answers; every other one goes to the background. */
export type PageMessage = 'get-page-state' | 'show-mention' | 'run-command';
export type BackgroundMessage = Exclude<MessageType, PageMessage>;
/** What the content script asks the background; the extension's own pages ask the rest. */
export type ContentScriptMessage =
  | 'convert-money'
  | 'figure-lines'
  | 'native-place-lines'
  | 'analyze-article'
  | 'remember-article';
type ResponseChecks<K extends MessageType> = { [T in K]: (x: unknown) => x is Response<T> };
type RequestChecks<K extends MessageType> = { [T in K]: (msg: Record<string, unknown>) => boolean };
export type Request<K extends MessageType = MessageType> = { type: K } & Contract[K]['request'];
export type Response<K extends MessageType> = Contract[K]['response'];

const isShown = (x: unknown): x is { shown: boolean } =>
  typeof x === 'object' && x !== null && typeof (x as { shown?: unknown }).shown === 'boolean';

function isRateSet(x: unknown): x is RateSet | null {
  if (x === null) return true;
  if (typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  return (
    r.base === 'CNY' &&
    typeof r.date === 'string' &&
    typeof r.requested === 'string' &&
    typeof r.source === 'string' &&
    !!r.rates &&
    typeof r.rates === 'object' &&
    Object.values(r.rates as object).every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0) &&
    (r.fallback === undefined || typeof r.fallback === 'string') &&
    (r.failure === undefined || isRatesFailure(r.failure))
  );
}

// Each receiver's checks apart, so that a sender's bundle holds only the checks of the messages it
// can send or answer (the content script's size budget): the page's three, the background's rest.
const PAGE_RESPONSES: ResponseChecks<PageMessage> = {
  'get-page-state': isPageState,
  'show-mention': isShown,
  'run-command': (x): x is { done: boolean } =>
    typeof x === 'object' && x !== null && typeof (x as { done?: unknown }).done === 'boolean',
};

const isRecordOf = (x: unknown, isValue: (v: unknown) => boolean) =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every(isValue);

// The content script's five apart from the rest, so that its bundle holds only theirs.
const CONTENT_SCRIPT_RESPONSES: ResponseChecks<ContentScriptMessage> = {
  'convert-money': isCardLine,
  'figure-lines': isFigureLines,
  'analyze-article': isAnalysis,
  'remember-article': (x): x is { stored: boolean } =>
    typeof x === 'object' && x !== null && typeof (x as { stored?: unknown }).stored === 'boolean',
  'native-place-lines': (x): x is Record<string, CardNative> => isRecordOf(x, isCardNative),
};

const BACKGROUND_RESPONSES: ResponseChecks<BackgroundMessage> = {
  ...CONTENT_SCRIPT_RESPONSES,
  'get-rates': isRateSet,
  'recall-entities': (x): x is Record<string, AlsoIn> =>
    isRecordOf(
      x,
      (a) =>
        Number.isInteger((a as AlsoIn | null)?.count) &&
        Array.isArray((a as AlsoIn).newest) &&
        (a as AlsoIn).newest.every((n: unknown) => typeof (n as AlsoIn['newest'][number])?.title === 'string'),
    ),
  'article-edits': isEditsReply,
  'look-up-identity': isLookupResult,
  'open-lookup-settings': (x): x is { opened: boolean } =>
    typeof x === 'object' && x !== null && typeof (x as { opened?: unknown }).opened === 'boolean',
  'native-places': (x): x is Record<string, NativeLookup> => isRecordOf(x, isNativeLookup),
};

const isStringOrNull = (x: unknown) => x === null || typeof x === 'string';

const FIGURE_TYPES: readonly unknown[] = ['MONEY', 'PERCENT', 'QUANTITY', 'CARDINAL', 'DATE'] satisfies FigureType[];

/** A figure as the card sends it: its type and resolved value (a small record; the engine's own shapes). */
const isFigure = (x: unknown) => {
  const f = x as Record<string, unknown> | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    Object.keys(f).length === 2 &&
    FIGURE_TYPES.includes(f.type) &&
    typeof f.value === 'object' &&
    f.value !== null &&
    JSON.stringify(f.value).length <= 1000
  );
};

const isPlaceNames = (m: Record<string, unknown>) =>
  Object.keys(m).length === 2 &&
  Array.isArray(m.names) &&
  m.names.length <= NATIVE_PLACES_LIMITS.names &&
  m.names.every((n) => typeof n === 'string' && n.length > 0 && n.length <= NATIVE_PLACES_LIMITS.length);

/** Each request's exact fields besides `type`, checked before a handler sees it. */
const PAGE_REQUESTS: RequestChecks<PageMessage> = {
  'get-page-state': (m) => Object.keys(m).length === 1,
  'show-mention': (m) => Object.keys(m).length === 2 && Number.isInteger(m.mention) && (m.mention as number) >= 0,
  'run-command': (m) => Object.keys(m).length === 2 && isPageCommand(m.command),
};

const BACKGROUND_REQUESTS: RequestChecks<BackgroundMessage> = {
  'get-rates': (m) =>
    Object.keys(m).length === 2 && typeof m.date === 'string' && /^(?:latest|\d{4}-\d\d-\d\d)$/.test(m.date),
  'convert-money': (m) =>
    Object.keys(m).length === 4 && Number.isFinite(m.amount) && isCurrencyCode(m.currency) && isDay(m.date),
  'figure-lines': (m) => Object.keys(m).length === 2 && isFigure(m.figure),
  'analyze-article': (m) =>
    Object.keys(m).length === 4 &&
    isStringOrNull(m.title) &&
    isStringOrNull(m.published) &&
    Array.isArray(m.paragraphs) &&
    m.paragraphs.every((p) => typeof p === 'string'),
  'remember-article': (m) =>
    Object.keys(m).length === (m.text === undefined ? 2 : 3) &&
    isArticleRecord(m.record) &&
    (m.text === undefined || isArticleText(m.text)),
  'article-edits': (m) => Object.keys(m).length === 2 && typeof m.url === 'string' && m.url.length <= 2000,
  'recall-entities': (m) =>
    Object.keys(m).length === 4 &&
    typeof m.url === 'string' &&
    typeof m.title === 'string' &&
    Array.isArray(m.keys) &&
    m.keys.length <= 1000 &&
    m.keys.every((k) => typeof k === 'string'),
  'look-up-identity': (m) =>
    Object.keys(m).length === 4 &&
    typeof m.key === 'string' &&
    m.key.length <= 300 &&
    typeof m.name === 'string' &&
    m.name.length > 0 &&
    m.name.length <= 200 &&
    typeof m.next === 'boolean',
  'open-lookup-settings': (m) => Object.keys(m).length === 1,
  'native-places': isPlaceNames,
  'native-place-lines': isPlaceNames,
};

const REQUEST_FIELDS: RequestChecks<MessageType> = { ...PAGE_REQUESTS, ...BACKGROUND_REQUESTS };

function isRequestOf<K extends MessageType>(checks: RequestChecks<K>, msg: unknown): msg is Request<K> {
  if (typeof msg !== 'object' || msg === null) return false;
  const type = (msg as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(checks, type) && checks[type as K](msg as Record<string, unknown>);
}

export const isRequest = (msg: unknown): msg is Request => isRequestOf(REQUEST_FIELDS, msg);

export function isResponse<K extends MessageType>(type: K, x: unknown): x is Response<K> {
  return ((PAGE_RESPONSES as ResponseChecks<MessageType>)[type] ?? BACKGROUND_RESPONSES[type as BackgroundMessage])(x);
}

/**
 * Sends a request through `send` (tabs.sendMessage to a page, runtime.sendMessage to the
 * background) and returns the answer only when it has the contract's shape (`checks`, the
 * receiver's table); undefined otherwise. Delivery failures (no receiver, context gone) reject,
 * for the caller to name.
 */
async function askChecked<K extends MessageType>(
  checks: ResponseChecks<K>,
  send: (request: Request<K>) => Promise<unknown>,
  request: Request<K>,
): Promise<Response<K> | undefined> {
  const reply = await send(request);
  return (checks[request.type] as (x: unknown) => x is Response<K>)(reply) ? reply : undefined;
}

/** Asks a page's content script (the popup, through tabs.sendMessage). */
export const askThePage = <K extends PageMessage>(
  send: (request: Request<K>) => Promise<unknown>,
  request: Request<K>,
) => askChecked(PAGE_RESPONSES, send, request);

/** Asks the background, from the extension's own pages. */
export const askTheBackground = <K extends BackgroundMessage>(
  send: (request: Request<K>) => Promise<unknown>,
  request: Request<K>,
) => askChecked(BACKGROUND_RESPONSES, send, request);

/** Asks the background from the content script: only its own messages, only their checks. */
export const askFromThePage = <K extends ContentScriptMessage>(
  send: (request: Request<K>) => Promise<unknown>,
  request: Request<K>,
) => askChecked(CONTENT_SCRIPT_RESPONSES, send, request);

/** Messages count only when they come from this extension itself. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { incognito?: boolean };
}

/**
 * Messages count only when they come from this extension: one of its own pages, or its content
 * script, which runs on Global Times pages only. Anything else is ignored.
 */
export function isOwnSender(sender: Sender | undefined, ownId: string, ownOrigin: string): boolean {
  if (!sender || sender.id !== ownId) return false;
  if (!sender.url) return !sender.tab; // the background or a page of ours without an address
  return sender.url.startsWith(ownOrigin) || classifyUrl(sender.url).kind !== 'not-gt';
}

/** This extension's id and the origin of its pages (utils/messaging/own-extension.ts). */
export interface OwnExtension {
  id: string;
  origin: string;
}

/** Each receiver answers the messages meant for it and stays silent on the rest. */
export type Handlers = {
  [K in MessageType]?: (request: Request<K>, sender: Sender) => Response<K> | Promise<Response<K>>;
};
type AnyHandler = (request: Request, sender: Sender) => Response<MessageType> | Promise<Response<MessageType>>;

function route<K extends MessageType>(
  checks: RequestChecks<K>,
  handlers: Handlers,
  msg: unknown,
  sender: Sender | undefined,
  own: OwnExtension,
): Promise<Response<MessageType>> | undefined {
  if (!isOwnSender(sender, own.id, own.origin) || !isRequestOf(checks, msg)) return undefined;
  const handler = handlers[msg.type] as AnyHandler | undefined;
  return handler ? Promise.resolve(handler(msg as Request, sender!)) : undefined;
}

/** One router per receiver: returns the reply to send, or undefined to stay silent. */
export const routeMessage = (handlers: Handlers, msg: unknown, sender: Sender | undefined, own: OwnExtension) =>
  route(REQUEST_FIELDS, handlers, msg, sender, own);

/** The content script's router: it knows only the page's messages (the rest is not its to check). */
export const routePageMessage = (
  handlers: Pick<Handlers, PageMessage>,
  msg: unknown,
  sender: Sender | undefined,
  own: OwnExtension,
) => route(PAGE_REQUESTS, handlers, msg, sender, own);
