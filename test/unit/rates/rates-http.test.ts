/**
 * The rate service against a real HTTP server on 127.0.0.1 (Node's own fetch, no fakes between):
 * each kind of answer gives the right code, and a failure is remembered.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKOFF_KEY, SERVICE_BACKOFF_MS } from '@/utils/rates/backoff';
import { RATES_HOST } from '@/utils/rates/live';
import { type RateCache, ratesFor } from '@/utils/rates/service';

const GOOD = { amount: 1, base: 'CNY', date: '2020-12-18', rates: { USD: 0.15296, EUR: 0.12477, JPY: 15.807 } };

/** What the server does for each path's first segment after /v1/ ("ok-2020-12-19" → "ok"). */
const ROUTES: Record<string, (res: ServerResponse) => void> = {
  ok: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(GOOD)),
  error: (res) => res.writeHead(500).end('Internal Server Error'),
  busy: (res) => res.writeHead(429, { 'retry-after': '1800' }).end('{"message":"Too Many Requests"}'),
  garbage: (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>not rates</html>'),
  // Headers at once, the body never: the answer is cut off by the timeout.
  'slow-body': (res) => res.writeHead(200, { 'content-type': 'application/json' }).write('{"base":'),
  // Nothing at all until the connection is closed.
  slow: () => {},
};

let server: Server;
let base: string;
let hits: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = /^\/v1\/([a-z-]+?)-(?:latest|\d{4}-\d\d-\d\d)/.exec(req.url ?? '')?.[1] ?? '';
    hits.push(route);
    (ROUTES[route] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const memory = (): RateCache & { store: Map<string, unknown> } => {
  const store = new Map<string, unknown>();
  return { store, get: async (k) => store.get(k), set: async (k, v) => void store.set(k, v) };
};

/** Node's fetch, sent to the local server under `route` instead of Frankfurter. */
const via = (route: string, to = () => base) =>
  ((url: string, init?: RequestInit) =>
    fetch(url.replace(`${RATES_HOST}/v1/`, `${to()}/v1/${route}-`), init)) as typeof fetch;

describe('the rate service against a local HTTP server', () => {
  it('takes a good answer as live rates', async () => {
    const set = await ratesFor('2020-12-19', { cache: memory(), fetch: via('ok') });
    expect(set).toMatchObject({ source: 'ECB via Frankfurter', date: '2020-12-18', rates: { USD: 0.15296 } });
    expect(set!.failure).toBeUndefined();
  });

  it.each([
    ['HTTP 500', 'error', 'service-error'],
    ['HTTP 429', 'busy', 'service-error'],
    ['garbage', 'garbage', 'bad-answer'],
    ['a body that never ends', 'slow-body', 'no-answer'],
    ['no answer at all', 'slow', 'no-answer'],
  ])('%s: the bundled rates, with its code', async (_, route, failure) => {
    const cache = memory();
    const set = await ratesFor('2020-12-19', { cache, fetch: via(route), timeoutMs: 300 });
    expect(set).toMatchObject({ source: 'ECB, bundled', date: '2020-12-18', failure });
    expect(cache.store.get(BACKOFF_KEY)).toMatchObject({ failure });
  });

  it('a refused connection is offline, not a failing service', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const set = await ratesFor('2020-12-19', { cache: memory(), fetch: via('ok', () => `http://127.0.0.1:${port}`) });
    expect(set).toMatchObject({ source: 'ECB, bundled', failure: 'offline' });
  });

  it('after a 429 with Retry-After, asks nothing more until it has passed; then a success clears the failure', async () => {
    const cache = memory();
    const t0 = Date.now();
    hits = [];
    await ratesFor('latest', { cache, fetch: via('busy'), now: () => t0 });
    expect(hits).toEqual(['busy']);
    // Ten minutes on (the default back-off would have ended): the service asked for thirty.
    const later = await ratesFor('latest', { cache, fetch: via('ok'), now: () => t0 + SERVICE_BACKOFF_MS + 1 });
    expect(later).toMatchObject({ source: 'ECB, bundled', failure: 'service-error' });
    expect(hits).toEqual(['busy']);
    const after = await ratesFor('latest', { cache, fetch: via('ok'), now: () => t0 + 1800_000 });
    expect(after).toMatchObject({ source: 'ECB via Frankfurter' });
    expect(hits).toEqual(['busy', 'ok']);
    expect(cache.store.get(BACKOFF_KEY)).toBeNull();
  });

  it('after a slow service, the next popup gets the bundled rates without waiting for it', async () => {
    const cache = memory();
    const t0 = Date.now();
    hits = [];
    await ratesFor('latest', { cache, fetch: via('slow'), timeoutMs: 300, now: () => t0 });
    const next = await ratesFor('2020-12-19', { cache, fetch: via('slow'), timeoutMs: 300, now: () => t0 + 1000 });
    expect(next).toMatchObject({ source: 'ECB, bundled', failure: 'no-answer' });
    expect(hits).toEqual(['slow']);
  });
});
