/**
 * Who a person or organization is, from Wikidata, on the reader's request (issue 24): the request
 * addresses, the checks on Wikidata's two answer formats (wbsearchentities, wbgetentities), and
 * the look-up itself with its cache. Pure: fetch and storage come in as arguments. A malformed
 * answer is an error code, never a guess.
 */

export const WIKIDATA_HOST = 'https://www.wikidata.org';
export const WIKIDATA_ORIGIN = `${WIKIDATA_HOST}/*`;
export const LOOKUP_TIMEOUT_MS = 8000;
/** How many candidates a search keeps: "not this one" steps through them. */
const CANDIDATES = 5;

/** Why a look-up gave no identity; the interface words each code. */
export const LOOKUP_ERRORS = [
  'off',
  'no-permission',
  'no-match',
  'no-more',
  'timeout',
  'network',
  'http',
  'malformed',
] as const;
export type LookupError = (typeof LOOKUP_ERRORS)[number];

export class LookupFailure extends Error {
  constructor(readonly code: LookupError) {
    super(`Wikidata look-up failed: ${code}`);
  }
}

export interface Candidate {
  id: string;
  label: string;
  description: string | null;
}

export interface Position {
  id: string;
  label: string | null;
  zhLabel: string | null;
  /** ISO day, month (YYYY-MM) or year, as precise as Wikidata knows it. */
  start: string | null;
  end: string | null;
}

export interface Identity {
  id: string;
  label: string;
  description: string | null;
  /** The Chinese label (simplified first). */
  zhName: string | null;
  positions: Position[];
  enwiki: string | null;
  zhwiki: string | null;
}

export type LookupResult =
  | { ok: true; identity: Identity; candidate: number; candidates: number }
  | { ok: false; code: LookupError };

const api = (params: Record<string, string>, endpoint = `${WIKIDATA_HOST}/w/api.php`) =>
  `${endpoint}?${new URLSearchParams({ ...params, format: 'json', origin: '*' })}`;

/** wbsearchentities: the items whose label or alias is this name, in English. */
export const searchUrl = (name: string, endpoint?: string) =>
  api(
    {
      action: 'wbsearchentities',
      search: name,
      language: 'en',
      uselang: 'en',
      type: 'item',
      limit: String(CANDIDATES),
    },
    endpoint,
  );

const ZH = ['zh-hans', 'zh-cn', 'zh'];
/** wbgetentities: labels, descriptions, claims and the two Wikipedia links of some items. */
export const entitiesUrl = (ids: string[], props: 'full' | 'labels', endpoint?: string) =>
  api(
    {
      action: 'wbgetentities',
      ids: ids.join('|'),
      props: props === 'full' ? 'labels|descriptions|claims|sitelinks' : 'labels',
      languages: ['en', ...ZH].join('|'),
      ...(props === 'full' ? { sitefilter: 'enwiki|zhwiki' } : {}),
    },
    endpoint,
  );

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const ITEM = /^Q\d+$/;
const text = (x: unknown) => (typeof x === 'string' && x.length > 0 ? x : null);

/** A wbsearchentities answer's candidates; throws 'malformed' on anything else. */
export function parseSearch(json: unknown): Candidate[] {
  if (!isObject(json) || 'error' in json || !Array.isArray(json.search)) throw new LookupFailure('malformed');
  return json.search.map((hit: unknown) => {
    if (!isObject(hit) || typeof hit.id !== 'string' || !ITEM.test(hit.id)) throw new LookupFailure('malformed');
    return { id: hit.id, label: text(hit.label) ?? hit.id, description: text(hit.description) };
  });
}

/** The entities of a wbgetentities answer, by id; throws 'malformed' on anything else. */
function entitiesOf(json: unknown): Record<string, Record<string, unknown>> {
  if (!isObject(json) || 'error' in json || !isObject(json.entities)) throw new LookupFailure('malformed');
  for (const e of Object.values(json.entities)) if (!isObject(e)) throw new LookupFailure('malformed');
  return json.entities as Record<string, Record<string, unknown>>;
}

const valueIn = (map: unknown, languages: string[]) => {
  if (!isObject(map)) return null;
  for (const lang of languages) {
    const v = map[lang];
    if (isObject(v) && text(v.value)) return v.value as string;
  }
  return null;
};

/** "+2018-03-00T00:00:00Z" at month precision (10) → "2018-03"; year (9) → "2018"; day (11) → the day. */
export function wikidataTime(snak: unknown): string | null {
  if (!isObject(snak) || !isObject(snak.datavalue) || !isObject(snak.datavalue.value)) return null;
  const { time, precision } = snak.datavalue.value;
  const m = typeof time === 'string' ? /^\+(\d{4,})-(\d\d)-(\d\d)T/.exec(time) : null;
  if (!m || typeof precision !== 'number') return null;
  if (precision >= 11) return `${m[1]}-${m[2]}-${m[3]}`;
  if (precision === 10) return `${m[1]}-${m[2]}`;
  return precision === 9 ? m[1]! : null;
}

const firstQualifier = (statement: Record<string, unknown>, property: string) => {
  const q = isObject(statement.qualifiers) ? statement.qualifiers[property] : undefined;
  return Array.isArray(q) ? wikidataTime(q[0]) : null;
};

/** Positions held (P39) with their start (P580) and end (P582); labels filled in later. */
function positionsOf(claims: unknown): Position[] {
  const list = isObject(claims) ? claims.P39 : undefined;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new LookupFailure('malformed');
  return list.flatMap((statement: unknown) => {
    if (!isObject(statement) || !isObject(statement.mainsnak)) throw new LookupFailure('malformed');
    if (statement.rank === 'deprecated') return [];
    const value = isObject(statement.mainsnak.datavalue) ? statement.mainsnak.datavalue.value : null;
    const id = isObject(value) && typeof value.id === 'string' && ITEM.test(value.id) ? value.id : null;
    if (!id) return []; // "unknown value" and "no value" snaks name no position
    return [
      {
        id,
        label: null,
        zhLabel: null,
        start: firstQualifier(statement, 'P580'),
        end: firstQualifier(statement, 'P582'),
      },
    ];
  });
}

const wikiLink = (sitelinks: unknown, site: 'enwiki' | 'zhwiki') => {
  const link = isObject(sitelinks) ? sitelinks[site] : undefined;
  const title = isObject(link) ? text(link.title) : null;
  const host = site === 'enwiki' ? 'en.wikipedia.org' : 'zh.wikipedia.org';
  return title ? `https://${host}/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}` : null;
};

/** One item of a wbgetentities answer as an identity (position labels not yet in). */
export function parseEntity(json: unknown, id: string): Identity {
  const entity = entitiesOf(json)[id];
  if (!entity || 'missing' in entity) throw new LookupFailure('no-match');
  return {
    id,
    label: valueIn(entity.labels, ['en']) ?? valueIn(entity.labels, ZH) ?? id,
    description: valueIn(entity.descriptions, ['en']),
    zhName: valueIn(entity.labels, ZH),
    positions: positionsOf(entity.claims),
    enwiki: wikiLink(entity.sitelinks, 'enwiki'),
    zhwiki: wikiLink(entity.sitelinks, 'zhwiki'),
  };
}

/** The positions' labels from a second wbgetentities answer (labels only). */
export function withPositionLabels(identity: Identity, json: unknown): Identity {
  const entities = entitiesOf(json);
  return {
    ...identity,
    positions: identity.positions.map((p) => ({
      ...p,
      label: valueIn(entities[p.id]?.labels, ['en']),
      zhLabel: valueIn(entities[p.id]?.labels, ZH),
    })),
  };
}

const isPosition = (x: unknown) => {
  if (!isObject(x)) return false;
  const p = x;
  return (
    typeof p.id === 'string' &&
    [p.label, p.zhLabel, p.start, p.end].every((v) => v === null || typeof v === 'string') &&
    Object.keys(p).length === 5
  );
};
const isStringOrNull = (x: unknown) => x === null || typeof x === 'string';

/** The shape of a look-up's answer, checked where the card receives it. */
export function isLookupResult(x: unknown): x is LookupResult {
  if (!isObject(x)) return false;
  if (x.ok === false) return Object.keys(x).length === 2 && (LOOKUP_ERRORS as readonly unknown[]).includes(x.code);
  if (x.ok !== true || !Number.isInteger(x.candidate) || !Number.isInteger(x.candidates)) return false;
  const i = x.identity;
  return (
    isObject(i) &&
    typeof i.id === 'string' &&
    typeof i.label === 'string' &&
    [i.description, i.zhName, i.enwiki, i.zhwiki].every(isStringOrNull) &&
    Array.isArray(i.positions) &&
    i.positions.every(isPosition)
  );
}

/** Plain searches that need no permission: the name on Wikipedia and on Baidu Baike. */
export const searchLinks = (name: string) => ({
  wikipedia: `https://en.wikipedia.org/w/index.php?${new URLSearchParams({ search: name })}`,
  baike: `https://baike.baidu.com/search?${new URLSearchParams({ word: name })}`,
});
