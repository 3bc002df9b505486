/** Parses a saved page in Node for the command line and tests (linkedom, as WXT uses). */
import { parseHTML } from 'linkedom';

export function parsePage(html: string): Document {
  // linkedom leaves a fragment without <html> with no documentElement (and a throwing
  // `document.body`); browsers wrap such text in html/body, so do the same.
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}
