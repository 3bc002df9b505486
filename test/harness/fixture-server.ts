/**
 * Serves the fixture pages at their real Global Times paths on 127.0.0.1, for the demo and
 * the end-to-end tests (the browsers map *.globaltimes.cn to 127.0.0.1).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePage } from '../../scripts/parse-page';
import { loadBadFixtures, loadFixtures } from './fixtures';

/** The page with its article body repeated n times (?repeat=n), for benchmarks of long articles. */
function repeated(html: string, n: number): string {
  const doc = parsePage(html);
  const body = doc.querySelector('.row-content, .article_right');
  if (!body) return html;
  body.innerHTML = body.innerHTML.repeat(n);
  return String(doc);
}

/**
 * The page with its article body's content moved inside n nested elements (?nest=n), by a script
 * before DOMContentLoaded: HTML parsers stop nesting at a few hundred levels, a script does not.
 */
function nested(html: string, n: number): string {
  const script = `<script>(() => {
  const body = document.querySelector('.row-content, .article_right');
  let inner = body;
  for (let i = 0; i < ${n}; i++) inner = inner.appendChild(document.createElement('div'));
  while (body.firstChild !== body.lastChild) inner.appendChild(body.firstChild);
})();</script>`;
  return html.replace(/<\/body>/i, `${script}</body>`);
}

export interface FixtureServer {
  port: number;
  /** The fixture's address as a browser on this machine opens it, e.g. http://www.globaltimes.cn:PORT/content/1.shtml */
  urlOf(name: string): string;
  /** A page on a host that is not Global Times. */
  otherSiteUrl: string;
  /**
   * From the next request on, serves the fixture at the same address through `edit` (the paper
   * revised the article: issue 25's edit notice); null serves it as it is again.
   */
  revise(name: string, edit: ((html: string) => string) | null): void;
  close(): Promise<void>;
}

export async function startFixtureServer(preferredPort = 0): Promise<FixtureServer> {
  const routes = new Map<string, { name: string; html: string }>();
  for (const f of loadFixtures()) routes.set(new URL(f.expected.url).pathname, { name: f.name, html: f.html });
  for (const f of loadBadFixtures())
    routes.set(new URL(f.expected.url).pathname, { name: `bad/${f.name}`, html: f.html });

  const revisions = new Map<string, (html: string) => string>();
  const server = createServer((req, res) => {
    const address = new URL(req.url ?? '/', 'http://x');
    const path = address.pathname;
    const repeat = Math.min(500, Number(address.searchParams.get('repeat')) || 1);
    const nest = Math.min(5000, Number(address.searchParams.get('nest')) || 0);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = routes.get(path);
    if (host === 'localhost') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Another site</title><h1>Not Global Times</h1><p>Some other news site.</p>');
    } else if (page) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const html = revisions.get(page.name)?.(page.html) ?? page.html;
      const whole = repeat > 1 ? repeated(html, repeat) : html;
      res.end(nest > 0 ? nested(whole, nest) : whole);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  const port = await listen(server, preferredPort);
  const byName = new Map([...routes].map(([path, { name }]) => [name, path]));
  const at = (host: string) => (port === 80 ? `http://${host}` : `http://${host}:${port}`);
  return {
    port,
    urlOf(name) {
      const path = byName.get(name);
      if (!path) throw new Error(`no fixture named ${name}`);
      return `${at('www.globaltimes.cn')}${path}`;
    },
    otherSiteUrl: `${at('localhost')}/`,
    revise(name, edit) {
      if (!byName.has(name)) throw new Error(`no fixture named ${name}`);
      if (edit) revisions.set(name, edit);
      else revisions.delete(name);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Listens on the preferred port, or on any free port when that one cannot be had. */
function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      if (port !== 0 && (err.code === 'EACCES' || err.code === 'EADDRINUSE')) {
        server.listen(0, '127.0.0.1');
      } else reject(err);
    };
    server.on('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
    server.listen(port, '127.0.0.1');
  });
}
