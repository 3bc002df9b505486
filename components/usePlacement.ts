/** Keeps the overlay's placement in step with the window's and the article column's size. */
import { useEffect, useState } from 'preact/hooks';
import { type Placement, placeOverlay } from '@/utils/page/overlay-placement';

function measure(doc: Document, column: Element | null): Placement {
  const rect = column?.getBoundingClientRect();
  return placeOverlay(doc.documentElement.clientWidth, rect ? { left: rect.left, right: rect.right } : null);
}

/**
 * The placement, or null until first measured: that happens in an effect, after the page has
 * painted its marks, so that measuring never forces a layout of a freshly marked page.
 */
export function usePlacement(doc: Document, column: Element | null): Placement | null {
  const [placement, setPlacement] = useState<Placement | null>(null);
  useEffect(() => {
    const view = doc.defaultView;
    const update = () =>
      setPlacement((old) => {
        const fresh = measure(doc, column);
        return fresh.side === old?.side ? old : fresh;
      });
    update();
    view?.addEventListener('resize', update, { passive: true });
    const observer = view?.ResizeObserver && column ? new view.ResizeObserver(update) : null;
    if (column) observer?.observe(column);
    return () => {
      view?.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [doc, column]);
  return placement;
}
