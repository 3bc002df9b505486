/**
 * The address of a card's look-up frame (entrypoints/lookup) and what it asks about: who a person
 * or organization is, from Wikidata on the reader's click (issue 24). The look-up's interface lives
 * in that frame, a page of the extension's own, so that the content script every article loads
 * does not carry it; the frame asks the background itself. The card shows "Look up" and puts the
 * frame in its place once the reader clicks it (`go`: the frame asks at once).
 */

export interface LookupQuery {
  type: 'PERSON' | 'ORG';
  name: string;
  /** The reader asked already (in the card): the frame asks at once. */
  go?: boolean;
}

/** `lookup.html#t=…&n=…`: the query rides in the fragment, which never leaves the browser. */
export function lookupFrameUrl(base: string, query: LookupQuery): string {
  return `${base}#${new URLSearchParams({ t: query.type, n: query.name.slice(0, 200) })}`;
}

/** The query from the frame's own address; null when any part is missing or wrong. */
export function lookupQueryOf(hash: string): LookupQuery | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const [type, name] = [p.get('t'), p.get('n')];
  if ((type !== 'PERSON' && type !== 'ORG') || !name) return null;
  return { type, name: name.slice(0, 200), go: p.get('go') === '1' };
}
