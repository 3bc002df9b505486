/**
 * When GT Lens writes to the page: in step with the browser's frames, so that its writes never
 * make a frame of the page's longer than it must be (issue 20).
 */

/** The next animation frame's callbacks, just before it renders (a timer where none come: a hidden tab). */
export const nextFrame = (view: Window | null) =>
  new Promise<void>((resolve) => {
    view?.requestAnimationFrame?.(() => resolve());
    setTimeout(resolve, view?.requestAnimationFrame ? 100 : 0);
  });

/** Resolves in a task after the next frame has rendered (at once-ish where there are no frames). */
export const afterPaint = (view: Window | null) =>
  new Promise<void>((resolve) => {
    if (view?.requestAnimationFrame) view.requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });

/** The claims of frames of their own, in turn: each starts once the one before has had its frame. */
let claims: Promise<void> = Promise.resolve();

/**
 * The callbacks of the frame after next, with no other work of GT Lens's in that frame before
 * them: what is written then is the only work of ours that frame lays out. The second request is
 * made inside the first frame's callbacks, so no task of ours runs between the two; claims made
 * at the same time (the marks, the statements' cues, the overlay) get a frame each, in turn.
 */
export function frameOfItsOwn(view: Window | null): Promise<void> {
  const turn = claims.then(
    () =>
      new Promise<void>((resolve) => {
        view?.requestAnimationFrame?.(() => view.requestAnimationFrame(() => resolve()));
        setTimeout(resolve, view?.requestAnimationFrame ? 1000 : 0);
      }),
  );
  claims = turn;
  return turn;
}

/**
 * Ancestors from which one insertion's layout fills most of a frame. An insertion lays out every
 * box above it again: on a page 2,000 elements deep that took Chromium 36 ms for two marks (issue
 * 20), on a Global Times page (about 20 deep) well under 1 ms. HTML parsers nest at most 512 deep,
 * so only pages built deeper by script reach this.
 */
const DEEP = 256;

/** Whether any of these nodes stands so deep that each write to it should have a frame of its own. */
export function standsDeep(nodes: Iterable<Node>): boolean {
  // Most nodes share a parent with the one before, or a near ancestor: each depth is counted up to
  // the nearest element counted already.
  const depths = new Map<Node, number>();
  for (const node of nodes) {
    const parent = node.parentNode;
    if (!parent || depths.has(parent)) continue;
    let steps = 0;
    let at: Node | null = parent;
    while (at && !depths.has(at)) {
      steps++;
      at = at.parentNode;
    }
    const depth = steps + (at ? depths.get(at)! : 0);
    if (depth > DEEP) return true;
    depths.set(parent, depth);
  }
  return false;
}

/**
 * How far below the window marks are written ahead of the reader, in window heights. A long
 * article is marked from the top down, this far ahead, and the rest as the reader comes near:
 * every mark a page holds makes each later frame's layout dearer (issue 20: on 5,000 paragraphs,
 * once all 28,500 marks stand, any write costs a frame of 50 ms). An ordinary article is marked
 * whole in its first frame, before this is asked.
 */
const SCREENS_AHEAD = 2;

/**
 * Whether the writing has gone far enough ahead of the reader for now: `last` (the last mark
 * made) stands more than SCREENS_AHEAD windows below the window. Asked in a frame's callbacks,
 * where layout is clean and reading a position costs nothing.
 */
export function farAhead(last: Element | undefined, view: Window | null): boolean {
  if (!last?.isConnected || !view) return false;
  return last.getBoundingClientRect().top > view.innerHeight * (1 + SCREENS_AHEAD);
}

/**
 * Resolves when the reader acts on `target` (one of `types`: a scroll, a hover, a focus), or when
 * any of the signals aborts. Events a page script makes up are not the reader's, and are ignored.
 * Scroll events do not bubble, but are seen on their way down: on the window, any scroller's count.
 */
export function readerActs(target: EventTarget, types: readonly string[], ...signals: AbortSignal[]): Promise<void> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = () => {
      stop.abort();
      resolve();
    };
    const onEvent = (e: Event) => e.isTrusted && done();
    for (const type of types)
      target.addEventListener(type, onEvent, { capture: true, passive: true, signal: stop.signal });
    for (const signal of signals) {
      if (signal.aborted) return done();
      signal.addEventListener('abort', done, { signal: stop.signal });
    }
  });
}
