/**
 * The watch for a replaced article body. Late ads and images are left alone; when the page
 * takes away the body we marked, `onReplaced` runs once the page has stopped changing it (a quiet
 * `quietMs`), so a page that rebuilds it in several steps is read once, after the last; a body
 * taken away and put back (the same element) is read again too, as it may have missed its marks.
 */
export function watchReplacedBody(
  doc: Document,
  container: Element,
  onReplaced: () => void,
  signal: AbortSignal,
  quietMs = 300,
): void {
  const view = doc.defaultView;
  if (!view?.MutationObserver || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const check = () => {
    if (container.isConnected) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (signal.aborted) return;
      stop();
      onReplaced();
    }, quietMs);
  };
  const observer = new view.MutationObserver(check);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', stop, { once: true });
  check(); // replaced while we were reading it
}
