/**
 * The address of the card's reading-memory frame and what it asks for. The reader's history is
 * shown only inside this frame, a page of the extension's own origin that no script of the
 * article page can read (issue 20); the card in the page carries the frame, never the history.
 */

export interface RecallQuery {
  /** The entity's key (article-record.ts `entityKey`). */
  key: string;
  /** The article being read, which never counts as an other one. */
  url: string;
  title: string;
}

/** `recall.html#k=…&u=…&t=…`: the query rides in the fragment, which never leaves the browser. */
export function recallFrameUrl(base: string, query: RecallQuery): string {
  return `${base}#${new URLSearchParams({ k: query.key, u: query.url, t: query.title })}`;
}

/** The query from the frame's own address; null when any part is missing. */
export function recallQueryOf(hash: string): RecallQuery | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const [key, url, title] = [p.get('k'), p.get('u'), p.get('t')];
  return key && url && title !== null ? { key, url, title } : null;
}
