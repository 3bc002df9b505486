/**
 * The address of the legend's edit-notice frame (entrypoints/edits). Whether the article changed
 * since the reader last read it comes from their history, so it is shown only inside this page of
 * the extension's own origin, which no script of the article page can read (issue 20). The legend
 * carries the frame for every article while the log is on, one size: it tells the page nothing.
 */

export interface EditsQuery {
  /** The article's address, as its record is kept under. */
  url: string;
  /** This reading's time: the record's `readAt` that the content script sent. */
  visit: string;
}

/** `edits.html#u=…&v=…`: the query rides in the fragment, which never leaves the browser. */
export function editsFrameUrl(base: string, query: EditsQuery): string {
  return `${base}#${new URLSearchParams({ u: query.url, v: query.visit })}`;
}

/** The query from the frame's own address; null when any part is missing or no time. */
export function editsQueryOf(hash: string): EditsQuery | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const [url, visit] = [p.get('u'), p.get('v')];
  return url && visit && !Number.isNaN(Date.parse(visit)) ? { url, visit } : null;
}
