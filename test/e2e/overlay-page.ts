/** Page-side measurements of the overlay for the e2e: what it covers, where focus is, what it says. */

export const SHADOW = `document.querySelector('[data-gt-lens-overlay]')?.shadowRoot`;

/**
 * The legend's toggle once the overlay is placed. Until its first measure (a frame after it
 * mounts) the overlay is hidden and unplaced: its toggle says open, then folds to a tab where the
 * page has no free margin, and a click then would act on the wrong state.
 */
export const TOGGLE = `${SHADOW}?.querySelector('.overlay:not([hidden]) .toggle')`;

/**
 * The area (px²) of article text lines, inside the window, that the overlay's visible boxes cover:
 * each text node's line boxes (Range.getClientRects) against the toggle, the legend and the card.
 */
export const COVERED_TEXT = `(() => {
  const root = ${SHADOW};
  const boxes = [...root.querySelectorAll('.toggle, .legend, .card')].map((e) => e.getBoundingClientRect());
  const body = document.querySelector('.row-content, .article_right');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const clip = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const view = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  let area = 0;
  let lines = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      if (!clip(line, view)) continue;
      lines++;
      for (const box of boxes) area += clip(line, box);
    }
  }
  return { area: Math.round(area), lines, boxes: boxes.map((b) => [Math.round(b.width), Math.round(b.height)]) };
})()`;

/** Scrolls to the top, middle or bottom of the page and waits for the frame after. */
export const scrollTo = (where: 'top' | 'middle' | 'bottom') =>
  `new Promise((resolve) => {
    const max = document.documentElement.scrollHeight - innerHeight;
    window.scrollTo({ top: ${where === 'top' ? 0 : where === 'middle' ? 'max / 2' : 'max'}, behavior: 'instant' });
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY)));
  })`;

export const frames = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))`;

/** The overlay's part that has focus, described: "toggle", "Next ›", …; null when focus is elsewhere. */
export const FOCUSED = `(() => {
  if (document.activeElement !== document.querySelector('[data-gt-lens-overlay]')) return null;
  const el = ${SHADOW}.activeElement;
  return el?.classList.contains('toggle') ? 'toggle' : (el?.textContent ?? null);
})()`;

/** Sends a message to the newest page tab's content script, as the background or the popup does (from an extension page). */
export const SEND_TO_PAGE = (message: object) => `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  const me = await api.tabs.getCurrent();
  const tabs = (await api.tabs.query({})).filter((t) => t.id !== me.id);
  const last = tabs.reduce((a, b) => (b.id > a.id ? b : a));
  return api.tabs.sendMessage(last.id, ${JSON.stringify(message)});
})()`;

/** Sends a keyboard command to the newest page tab, as the background does. */
export const SEND_COMMAND = (command: string) => SEND_TO_PAGE({ type: 'run-command', command });

/** A column like Global Times' own (about 760 px of text): the page then has a free margin on wide screens. */
export const GT_COLUMN = `document.querySelector('#contents').style.maxWidth = '760px'`;
