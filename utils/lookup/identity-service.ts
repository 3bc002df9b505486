/**
 * The look-up as the background runs it: search Wikidata for the name, take the candidate the
 * reader is on ("not this one" moves on), fetch that item and its positions' labels, and keep both
 * answers in a cache on this device. Pure: fetch and the cache come in as arguments.
 */
import {
  type Candidate,
  entitiesUrl,
  type Identity,
  LOOKUP_TIMEOUT_MS,
  LookupFailure,
  type LookupResult,
  parseEntity,
  parseSearch,
  searchUrl,
  withPositionLabels,
} from './wikidata';

export interface LookupCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export interface LookupDeps {
  fetch: typeof fetch;
  cache: LookupCache;
  /** The api.php address; Wikidata's own unless a test serves it. */
  endpoint?: string;
  timeoutMs?: number;
}

async function getJson(url: string, deps: LookupDeps): Promise<unknown> {
  const controller = new AbortController();
  const timeoutMs = deps.timeoutMs ?? LOOKUP_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await deps.fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch {
      throw new LookupFailure(controller.signal.aborted ? 'timeout' : 'network');
    }
    if (!response.ok) throw new LookupFailure('http');
    try {
      return await response.json();
    } catch {
      throw new LookupFailure(controller.signal.aborted ? 'timeout' : 'malformed');
    }
  } finally {
    clearTimeout(timer);
  }
}

/** A cached value when it still has its shape; a broken cache only costs a request. */
async function cached<T>(key: string, deps: LookupDeps, valid: (x: unknown) => x is T, fetchIt: () => Promise<T>) {
  const stored = await deps.cache.get(key).catch(() => undefined);
  if (valid(stored)) return stored;
  const fresh = await fetchIt();
  await deps.cache.set(key, fresh).catch(() => {}); // a full storage costs only the cache
  return fresh;
}

const isCandidates = (x: unknown): x is Candidate[] =>
  Array.isArray(x) && x.every((c) => typeof c?.id === 'string' && typeof c.label === 'string');
const isIdentity = (x: unknown): x is Identity =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as Identity).id === 'string' &&
  typeof (x as Identity).label === 'string' &&
  Array.isArray((x as Identity).positions);

/** Who `name` is: the candidate at `index` of Wikidata's search, with its positions. */
export async function lookUpIdentity(name: string, index: number, deps: LookupDeps): Promise<LookupResult> {
  try {
    const candidates = await cached(`wikidata:search:${name}`, deps, isCandidates, async () =>
      parseSearch(await getJson(searchUrl(name, deps.endpoint), deps)),
    );
    if (candidates.length === 0) return { ok: false, code: 'no-match' };
    const candidate = candidates[index];
    if (!candidate) return { ok: false, code: 'no-more' };
    const identity = await cached(`wikidata:item:${candidate.id}`, deps, isIdentity, async () => {
      const item = parseEntity(await getJson(entitiesUrl([candidate.id], 'full', deps.endpoint), deps), candidate.id);
      const ids = [...new Set(item.positions.map((p) => p.id))].slice(0, 50); // the API's limit per request
      if (ids.length === 0) return item;
      return withPositionLabels(item, await getJson(entitiesUrl(ids, 'labels', deps.endpoint), deps));
    });
    return { ok: true, identity, candidate: index, candidates: candidates.length };
  } catch (err) {
    if (err instanceof LookupFailure) return { ok: false, code: err.code };
    throw err;
  }
}

/** What the background knows beyond the network: the reader's setting, the permission, the choices kept. */
export interface RequestDeps extends LookupDeps {
  enabled(): Promise<boolean>;
  /** Whether the reader granted the optional Wikidata host permission. */
  permitted(): Promise<boolean>;
  /** The candidate each entity is on, kept so that "not this one" stays chosen (and the log can know). */
  choices: LookupCache;
}

/**
 * One "Look up" from a card: nothing is sent while the look-up is off or not permitted; `next`
 * ("not this one") moves this entity to the next candidate, for good.
 */
export async function answerLookup(
  request: { key: string; name: string; next: boolean },
  deps: RequestDeps,
): Promise<LookupResult> {
  if (!(await deps.enabled())) return { ok: false, code: 'off' };
  if (!(await deps.permitted())) return { ok: false, code: 'no-permission' };
  const choiceKey = `wikidata:choice:${request.key}`;
  const stored = await deps.choices.get(choiceKey).catch(() => undefined);
  let index = Number.isInteger(stored) && (stored as number) >= 0 ? (stored as number) : 0;
  if (request.next) {
    index++;
    await deps.choices.set(choiceKey, index).catch(() => {});
  }
  const result = await lookUpIdentity(request.name, index, deps);
  // Which entry this entity is, for whoever reads the choices later (the reading log).
  if (result.ok) await deps.choices.set(`wikidata:entity:${request.key}`, result.identity.id).catch(() => {});
  return result;
}
