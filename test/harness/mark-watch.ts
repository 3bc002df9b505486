/**
 * Watches the page from outside the extension: an init script (run before the page's own
 * scripts) logs each batch of marks as it lands, and when DOMContentLoaded fired. Marks added
 * in different tasks always reach different MutationObserver callbacks (each task delivers its
 * records at its own microtask checkpoint), so the batches count the tasks that marked the page.
 */
export const MARK_WATCH = `(() => {
  const log = (window.__gtlMarkLog = { domContentLoaded: null, batches: [] });
  document.addEventListener('DOMContentLoaded', () => { log.domContentLoaded = performance.now(); }, { once: true });
  const marksIn = (n) =>
    n.nodeType !== 1 ? 0 : n.matches('mark.gt-lens-mark') ? 1 : n.querySelectorAll('mark.gt-lens-mark').length;
  new MutationObserver((records) => {
    let added = 0;
    for (const r of records) for (const n of r.addedNodes) added += marksIn(n);
    if (added) log.batches.push({ at: performance.now(), added });
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface MarkLog {
  domContentLoaded: number | null;
  batches: { at: number; added: number }[];
}

/** The expression that reads the log back. */
export const READ_MARK_LOG = 'window.__gtlMarkLog';
