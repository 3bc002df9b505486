import { describe, expect, it, vi } from 'vitest';
import {
  askTheBackground,
  type Handlers,
  isRequest,
  isResponse,
  routeMessage,
  routePageMessage,
} from '@/utils/messaging/messages';
import type { PageState } from '@/utils/page/page-state';

const OWN = 'own-extension-id';
const ORIGIN = 'chrome-extension://own-extension-id/';
const own = { id: OWN, origin: ORIGIN };
const popup = { id: OWN, url: `${ORIGIN}popup.html` };
const article: Extract<PageState, { state: 'article' }> = {
  state: 'article',
  article: {
    url: 'https://www.globaltimes.cn/content/1.shtml',
    title: 'T',
    published: null,
    updated: null,
    authors: [],
    section: null,
    template: 'current',
    paragraphs: [{ text: 'P', kind: 'body' }],
  },
  stats: { words: 1, readingMinutes: 1 },
  analysis: {
    mentions: [{ type: 'PLACE', text: 'P', paragraph: 0, start: 0, end: 1, value: null, entity: 'PLACE:P' }],
    entities: [],
  },
};

describe('message contract', () => {
  it.each([
    [{ type: 'get-page-state' }, true],
    [{ type: 'get-page-state', extra: 1 }, false],
    [{ type: 'show-mention', mention: 3 }, true],
    [{ type: 'show-mention', mention: -1 }, false],
    [{ type: 'show-mention', mention: 1.5 }, false],
    [{ type: 'show-mention', mention: '3' }, false],
    [{ type: 'show-mention' }, false],
    [{ type: 'toString' }, false],
    [{ type: 'nope' }, false],
    [{}, false],
    ['get-page-state', false],
    [null, false],
    [undefined, false],
  ])('isRequest(%j) is %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [article, true],
    [{ state: 'reading' }, true],
    [{ state: 'not-article', reason: 'r', code: 'no-article-text' }, true],
    [{ state: 'not-article', reason: 'r' }, false],
    [{ state: 'error', message: 'm' }, true],
    [{ state: 'error' }, false],
    [{ state: 'article', article: { title: 1 }, stats: {} }, false],
    [{ ...article, article: { ...article.article, paragraphs: [{ text: 'x', kind: 'ad' }] } }, false],
    [{ ...article, analysis: undefined }, false],
    [
      {
        ...article,
        analysis: { mentions: [{ type: 'PLACE', text: 'P', paragraph: 0, start: Number.NaN, end: 1 }], entities: [] },
      },
      false,
    ],
    [{ state: 'hacked' }, false],
    [null, false],
  ])('isResponse(get-page-state, %j) is %s', (reply, ok) => {
    expect(isResponse('get-page-state', reply)).toBe(ok);
  });

  it('answers our own extension and ignores foreign senders and malformed messages', async () => {
    const handlers: Handlers = {
      'get-page-state': vi.fn(() => article),
      'show-mention': vi.fn(() => ({ shown: true })),
    };
    await expect(routeMessage(handlers, { type: 'get-page-state' }, popup, own)).resolves.toEqual(article);
    expect(
      routeMessage(handlers, { type: 'get-page-state' }, { id: 'someone-else', url: 'https://evil.example/' }, own),
    ).toBeUndefined();
    expect(routeMessage(handlers, { type: 'get-page-state' }, { ...popup, id: 'someone-else' }, own)).toBeUndefined();
    expect(routeMessage(handlers, { type: 'get-page-state' }, undefined, own)).toBeUndefined();
    expect(routeMessage(handlers, { type: 'get-page-state', x: 1 }, popup, own)).toBeUndefined();
    expect(routeMessage(handlers, '<script>', popup, own)).toBeUndefined();
    expect(handlers['get-page-state']).toHaveBeenCalledTimes(1);
    await expect(routeMessage(handlers, { type: 'show-mention', mention: 4 }, popup, own)).resolves.toEqual({
      shown: true,
    });
    expect(handlers['show-mention']).toHaveBeenCalledWith({ type: 'show-mention', mention: 4 }, popup);
  });

  it.each([
    [
      'our content script on a GT article',
      { id: OWN, url: 'https://www.globaltimes.cn/content/1.shtml', tab: {} },
      true,
    ],
    ['our popup opened as a tab', { id: OWN, url: `${ORIGIN}popup.html?tabId=3`, tab: {} }, true],
    ['our background', { id: OWN }, true],
    [
      'our id but another site (a compromised or foreign frame)',
      { id: OWN, url: 'https://evil.example/', tab: {} },
      false,
    ],
    ['our id in a tab with no address', { id: OWN, tab: {} }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, false],
    ['a web page', { url: 'https://www.globaltimes.cn/content/1.shtml', tab: {} }, false],
  ])('%s: answered %s', async (_name, sender, answered) => {
    const handlers: Handlers = { 'get-rates': vi.fn(() => null) };
    const reply = routeMessage(handlers, { type: 'get-rates', date: 'latest' }, sender, own);
    expect(reply !== undefined).toBe(answered);
  });

  it.each([
    [{ type: 'get-rates', date: 'latest' }, true],
    [{ type: 'get-rates', date: '2020-12-19' }, true],
    [{ type: 'get-rates', date: '../../etc' }, false],
    [{ type: 'get-rates', date: '2020-12-19', base: 'EUR' }, false],
    [{ type: 'get-rates' }, false],
  ])('rate request %j is well-formed: %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });
});

describe('the analysis request and answer', () => {
  it.each([
    [{ type: 'analyze-article', title: 'T', published: null, paragraphs: ['P'] }, true],
    [{ type: 'analyze-article', title: null, published: '2020-12-19T22:25:59+08:00', paragraphs: [] }, true],
    [{ type: 'analyze-article', title: 'T', published: null, paragraphs: [1] }, false],
    [{ type: 'analyze-article', title: 'T', published: null, paragraphs: 'P' }, false],
    [{ type: 'analyze-article', title: 'T', paragraphs: ['P'] }, false],
    [{ type: 'analyze-article', title: 'T', published: null, paragraphs: ['P'], explain: true }, false],
  ])('analysis request %j is well-formed: %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [article.analysis, true],
    [{ mentions: [], entities: [] }, true],
    [{ mentions: [{ type: 'PLACE', text: 'P', paragraph: 0, start: 0 }], entities: [] }, false],
    [{ mentions: [] }, false],
    [null, false],
  ])('analysis answer %j has the contract shape: %s', (reply, ok) => {
    expect(isResponse('analyze-article', reply)).toBe(ok);
  });
});

describe('rates in the message contract: a failure is a code, never a sentence', () => {
  const rateSet = { base: 'CNY', date: '2020-12-18', requested: 'latest', rates: { CNY: 1 }, source: 'ECB, bundled' };
  it.each([
    [rateSet, true],
    [{ ...rateSet, fallback: 'HTTP 500', failure: 'service-error' }, true],
    [{ ...rateSet, failure: 'offline' }, true],
    [{ ...rateSet, failure: 'The rate service is down' }, false], // a sentence is not a code
    [{ ...rateSet, failure: 500 }, false],
  ])('isResponse(get-rates, %j) is %s', (reply, ok) => {
    expect(isResponse('get-rates', reply)).toBe(ok);
  });

  it.each([
    ['≈ $1.00 at the ECB rate of Dec 18, 2020 (bundled)', true],
    [null, true],
    ['', false],
    [{ value: 1, currency: 'USD', date: '2020-12-18', bundled: true }, false], // the card takes it worded
  ])('isResponse(convert-money, %j) is %s', (reply, ok) => {
    expect(isResponse('convert-money', reply)).toBe(ok);
  });
});

describe("a figure's card lines, worded by the background", () => {
  const mu = { type: 'QUANTITY', value: { amount: 30_000, unit: 'mu' } };
  it.each([
    [{ type: 'figure-lines', figure: mu }, true],
    [{ type: 'figure-lines', figure: { type: 'DATE', value: { date: '2020-12-19' } } }, true],
    [{ type: 'figure-lines', figure: { ...mu, text: '30,000 mu' } }, false],
    [{ type: 'figure-lines', figure: { type: 'PERSON', value: { amount: 1 } } }, false],
    [{ type: 'figure-lines', figure: { type: 'MONEY', value: null } }, false],
    [{ type: 'figure-lines', figure: { type: 'MONEY', value: { note: 'x'.repeat(2000) } } }, false],
    [{ type: 'figure-lines', figure: mu, extra: 1 }, false],
  ])('isRequest(%j) is %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [{ value: '30,000 mu', conversion: '≈ 2,000 ha' }, true],
    [{ value: 'Saturday, December 19, 2020', conversion: null }, true],
    [{ value: null, conversion: null }, true],
    [{ value: '', conversion: null }, false],
    [{ value: 'x' }, false],
    [{ value: 'x', conversion: null, more: 1 }, false],
    ['Saturday', false],
  ])('isResponse(figure-lines, %j) is %s', (reply, ok) => {
    expect(isResponse('figure-lines', reply)).toBe(ok);
  });
});

describe("the reading memory's answer", () => {
  const alsoIn = { count: 1, newest: [{ title: 'A', url: 'https://www.globaltimes.cn/content/2.shtml', readAt: 'x' }] };
  it.each([
    [{ 'PERSON:ma weiguang': alsoIn }, true],
    [{}, true],
    [[], false], // an array is no record of keys, even an empty one
    [[alsoIn], false],
    [{ k: { count: 1.5, newest: [] } }, false],
    [{ k: { count: 1, newest: [{}] } }, false],
    [null, false],
  ])('isResponse(recall-entities, %j) is %s', (reply, ok) => {
    expect(isResponse('recall-entities', reply)).toBe(ok);
  });
});

describe('the edits messages (issue 25)', () => {
  const record = {
    url: 'https://www.globaltimes.cn/content/1.shtml',
    title: 'T',
    published: null,
    section: null,
    readAt: '2026-12-01T09:00:00.000Z',
    entities: [],
    keys: [],
  };
  const text = { title: 'T', paragraphs: ['The boats carry 120 people.'] };

  it.each([
    [{ type: 'remember-article', record }, true],
    [{ type: 'remember-article', record, text }, true],
    [{ type: 'remember-article', record, text: { title: 'T' } }, false],
    [{ type: 'remember-article', record, text: { title: 'T', paragraphs: [1] } }, false],
    [{ type: 'remember-article', record, text, extra: 1 }, false],
    [{ type: 'article-edits', url: record.url }, true],
    [{ type: 'article-edits', url: 1 }, false],
    [{ type: 'article-edits', url: 'x'.repeat(2001) }, false],
    [{ type: 'article-edits', url: 'u', visit: 'now' }, false],
  ])('request %j: %s', (msg, ok) => {
    expect(isRequest(msg)).toBe(ok);
  });

  it.each([
    [{ code: 'none' }, true],
    [{ code: 'unavailable' }, true],
    [{ code: 'kept', versions: [{ seenAt: record.readAt, lastSeen: record.readAt }], edits: null }, true],
    [{ code: 'kept', versions: [{ seenAt: record.readAt, lastSeen: record.readAt }] }, false],
    [{ code: 'edited' }, false],
    [null, false],
  ])('answer %j: %s', (reply, ok) => {
    expect(isResponse('article-edits', reply)).toBe(ok);
  });
});

describe('each receiver checks only its own messages', () => {
  it("routes the page's three messages in the content script, and nothing meant for the background", async () => {
    const handlers = { 'get-page-state': vi.fn(() => article), 'run-command': vi.fn(() => ({ done: true })) };
    await expect(routePageMessage(handlers, { type: 'get-page-state' }, popup, own)).resolves.toEqual(article);
    await expect(
      routePageMessage(handlers, { type: 'run-command', command: 'next-mention' }, popup, own),
    ).resolves.toEqual({
      done: true,
    });
    // A background message, well formed and from our own popup: not the page's to check or answer.
    const background = { ...handlers, 'get-rates': vi.fn(() => null) } as Handlers;
    expect(routePageMessage(background, { type: 'get-rates', date: 'latest' }, popup, own)).toBeUndefined();
    expect(background['get-rates']).not.toHaveBeenCalled();
  });

  it('takes only an answer of the right shape from the background', async () => {
    const send = (reply: unknown) => async () => reply;
    const request = { type: 'remember-article', record: {} } as never;
    expect(await askTheBackground(send({ stored: true }), request)).toEqual({ stored: true });
    expect(await askTheBackground(send({ stored: 'yes' }), request)).toBeUndefined();
    expect(await askTheBackground(send(undefined), request)).toBeUndefined();
  });
});
