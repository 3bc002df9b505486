import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLookup, type LookupCache, type RequestDeps } from '@/utils/lookup/identity-service';
import { entitiesUrl, searchUrl } from '@/utils/lookup/wikidata';

// Made-up people and offices, answered in Wikidata's own formats (wbsearchentities, wbgetentities).
const hit = (id: string, label: string, description?: string) => ({
  id,
  title: id,
  pageid: Number(id.slice(1)),
  concepturi: `http://www.wikidata.org/entity/${id}`,
  repository: 'wikidata',
  url: `//www.wikidata.org/wiki/${id}`,
  display: {
    label: { value: label, language: 'en' },
    ...(description && { description: { value: description, language: 'en' } }),
  },
  label,
  ...(description && { description }),
  match: { type: 'label', language: 'en', text: label },
});
const time = (t: string, precision: number) => ({
  snaktype: 'value',
  property: 'P580',
  datavalue: {
    value: {
      time: t,
      timezone: 0,
      before: 0,
      after: 0,
      precision,
      calendarmodel: 'http://www.wikidata.org/entity/Q1985727',
    },
    type: 'time',
  },
  datatype: 'time',
});
const position = (office: string, start?: [string, number], end?: [string, number], rank = 'normal') => ({
  mainsnak: {
    snaktype: 'value',
    property: 'P39',
    datavalue: {
      value: { 'entity-type': 'item', 'numeric-id': Number(office.slice(1)), id: office },
      type: 'wikibase-entityid',
    },
    datatype: 'wikibase-item',
  },
  type: 'statement',
  qualifiers: {
    ...(start && { P580: [time(...start)] }),
    ...(end && { P582: [{ ...time(...end), property: 'P582' }] }),
  },
  id: `Q9001$${office}`,
  rank,
});
const label = (en: string, zh?: string) => ({
  en: { language: 'en', value: en },
  ...(zh && { 'zh-hans': { language: 'zh-hans', value: zh } }),
});
const ENTITIES: Record<string, object> = {
  Q9001: {
    type: 'item',
    id: 'Q9001',
    labels: label('Lin Weiming', '林为民'),
    descriptions: { en: { language: 'en', value: 'Chinese politician, mayor of a made-up city' } },
    claims: {
      P39: [
        position('Q8001', ['+2016-05-00T00:00:00Z', 10], ['+2021-00-00T00:00:00Z', 9]),
        position('Q8002', ['+2021-06-17T00:00:00Z', 11]),
        position('Q8003', undefined, undefined, 'deprecated'),
      ],
    },
    sitelinks: {
      enwiki: { site: 'enwiki', title: 'Lin Weiming', badges: [] },
      zhwiki: { site: 'zhwiki', title: '林为民', badges: [] },
    },
  },
  Q9002: { type: 'item', id: 'Q9002', labels: label('Lin Weiming'), descriptions: {}, claims: {}, sitelinks: {} },
  Q8001: { type: 'item', id: 'Q8001', labels: label('mayor of Example City', '示例市市长') },
  Q8002: { type: 'item', id: 'Q8002', labels: label('Party secretary of Example City') },
};

let slowResponses: ServerResponse[] = [];
const asked: string[] = [];
function answer(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url!, 'http://localhost');
  asked.push(url.searchParams.get('action') ?? '');
  const json = (body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  if (url.searchParams.get('action') === 'wbsearchentities') {
    const search = url.searchParams.get('search');
    if (search === 'Slow Person') return void slowResponses.push(res); // never answers while the test waits
    if (search === 'Broken Person') return void res.end('{"searchinfo":{"search":"Broken');
    if (search === 'Down Person') return void res.writeHead(503).end('Service Unavailable');
    if (search === 'Refused Person')
      return json({ error: { code: 'badvalue', info: 'Unrecognized value for parameter "type".' }, servedby: 'mw' });
    const hits =
      search === 'Lin Weiming' ? [hit('Q9001', 'Lin Weiming', 'Chinese politician'), hit('Q9002', 'Lin Weiming')] : [];
    return json({ searchinfo: { search }, search: hits, success: 1 });
  }
  if (url.searchParams.get('action') === 'wbgetentities') {
    const ids = url.searchParams.get('ids')!.split('|');
    return json({
      entities: Object.fromEntries(ids.map((id) => [id, ENTITIES[id] ?? { id, missing: '' }])),
      success: 1,
    });
  }
  res.writeHead(400).end();
}

let server: Server;
let endpoint = '';
beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/w/api.php`;
});
afterAll(async () => {
  for (const res of slowResponses) res.destroy();
  slowResponses = [];
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const memoryCache = (): LookupCache & { map: Map<string, unknown> } => {
  const map = new Map<string, unknown>();
  return { map, get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v) };
};
function deps(overrides: Partial<RequestDeps> = {}): RequestDeps {
  return {
    fetch,
    cache: memoryCache(),
    choices: memoryCache(),
    endpoint,
    enabled: async () => true,
    permitted: async () => true,
    ...overrides,
  };
}
const ask = (name: string, d: RequestDeps, next = false) => answerLookup({ key: `PERSON|${name}`, name, next }, d);

describe('the request addresses', () => {
  it('asks Wikidata’s api.php with the name and the fields it needs', () => {
    const search = new URL(searchUrl('Lin Weiming'));
    expect(search.origin + search.pathname).toBe('https://www.wikidata.org/w/api.php');
    expect(Object.fromEntries(search.searchParams)).toMatchObject({
      action: 'wbsearchentities',
      search: 'Lin Weiming',
      language: 'en',
      type: 'item',
      format: 'json',
    });
    const get = new URL(entitiesUrl(['Q1', 'Q2'], 'full'));
    expect(Object.fromEntries(get.searchParams)).toMatchObject({
      action: 'wbgetentities',
      ids: 'Q1|Q2',
      props: 'labels|descriptions|claims|sitelinks',
      sitefilter: 'enwiki|zhwiki',
    });
  });
});

describe('a look-up against a server answering as Wikidata does', () => {
  it('granted: the description, the Chinese name, the positions with their dates, both Wikipedias', async () => {
    const result = await ask('Lin Weiming', deps());
    expect(result).toEqual({
      ok: true,
      candidate: 0,
      candidates: 2,
      identity: {
        id: 'Q9001',
        label: 'Lin Weiming',
        description: 'Chinese politician, mayor of a made-up city',
        zhName: '林为民',
        positions: [
          { id: 'Q8001', label: 'mayor of Example City', zhLabel: '示例市市长', start: '2016-05', end: '2021' },
          { id: 'Q8002', label: 'Party secretary of Example City', zhLabel: null, start: '2021-06-17', end: null },
        ],
        enwiki: 'https://en.wikipedia.org/wiki/Lin_Weiming',
        zhwiki: `https://zh.wikipedia.org/wiki/${encodeURIComponent('林为民')}`,
      },
    });
  });

  it('denied or turned off: sends nothing', async () => {
    const before = asked.length;
    expect(await ask('Lin Weiming', deps({ permitted: async () => false }))).toEqual({
      ok: false,
      code: 'no-permission',
    });
    expect(await ask('Lin Weiming', deps({ enabled: async () => false }))).toEqual({ ok: false, code: 'off' });
    expect(asked.length).toBe(before);
  });

  it('no match', async () => {
    expect(await ask('Nobody Anywhere', deps())).toEqual({ ok: false, code: 'no-match' });
  });

  it('several matches: "not this one" takes the next, keeps the choice, and says when none is left', async () => {
    const d = deps();
    expect(await ask('Lin Weiming', d, true)).toMatchObject({
      ok: true,
      candidate: 1,
      identity: { id: 'Q9002', zhName: null, positions: [] },
    });
    expect(await ask('Lin Weiming', d)).toMatchObject({ ok: true, candidate: 1, identity: { id: 'Q9002' } });
    expect(await ask('Lin Weiming', d, true)).toEqual({ ok: false, code: 'no-more' });
    expect((d.choices as ReturnType<typeof memoryCache>).map.get('wikidata:entity:PERSON|Lin Weiming')).toBe('Q9002');
  });

  it('caches both answers on the device: the second look-up sends nothing', async () => {
    const d = deps();
    await ask('Lin Weiming', d);
    const before = asked.length;
    expect(await ask('Lin Weiming', d)).toMatchObject({ ok: true, identity: { id: 'Q9001' } });
    expect(asked.length).toBe(before);
  });

  it('slow: gives up after its timeout with a code', async () => {
    expect(await ask('Slow Person', deps({ timeoutMs: 50 }))).toEqual({ ok: false, code: 'timeout' });
  });

  it('broken, refused or down: a clear code, and nothing cached', async () => {
    const d = deps();
    expect(await ask('Broken Person', d)).toEqual({ ok: false, code: 'malformed' });
    expect(await ask('Refused Person', d)).toEqual({ ok: false, code: 'malformed' });
    expect(await ask('Down Person', d)).toEqual({ ok: false, code: 'http' });
    expect((d.cache as ReturnType<typeof memoryCache>).map.size).toBe(0);
  });

  it('no server at all: network', async () => {
    expect(await ask('Lin Weiming', deps({ endpoint: 'http://127.0.0.1:9/w/api.php' }))).toEqual({
      ok: false,
      code: 'network',
    });
  });
});
