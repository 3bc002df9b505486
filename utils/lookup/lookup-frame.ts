/**
 * The address of a card's look-up frame (entrypoints/lookup) and what it asks about: who a person
 * or organization is, from Wikidata on the reader's click (issue 24). The look-up's interface lives
 * in that frame, a page of the extension's own, so that the content script every article loads
 * does not carry it; the frame asks the background itself. Only the frame's height comes back to
 * the card, so that the card fits what the frame shows.
 */

export interface LookupQuery {
  type: 'PERSON' | 'ORG';
  name: string;
}

/** The message a frame sends its card with its height; no other message is read. */
export const LOOKUP_HEIGHT = 'gtLensLookupHeight';
/** The frame's height, whatever a message claims: one line up to a card's worth. */
export const clampLookupHeight = (h: unknown) => (typeof h === 'number' && h > 0 ? Math.min(Math.ceil(h), 320) : 30);

/** `lookup.html#t=…&n=…`: the query rides in the fragment, which never leaves the browser. */
export function lookupFrameUrl(base: string, query: LookupQuery): string {
  return `${base}#${new URLSearchParams({ t: query.type, n: query.name.slice(0, 200) })}`;
}

/** The query from the frame's own address; null when any part is missing or wrong. */
export function lookupQueryOf(hash: string): LookupQuery | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const [type, name] = [p.get('t'), p.get('n')];
  return (type === 'PERSON' || type === 'ORG') && name ? { type, name: name.slice(0, 200) } : null;
}
