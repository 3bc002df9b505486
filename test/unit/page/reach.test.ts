/**
 * What lets the waiting marks of a long or deep article be written (utils/page/frames.ts): only
 * the reader's own scrolls, hovers and focus, or the end of the job; and the painted look.
 */
import { describe, expect, it } from 'vitest';
import { farAhead, readerActs } from '@/utils/page/frames';
import { LABELS, paintCss, paintName } from '@/utils/page/mark-style';

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 10));
  return done;
};

describe('readerActs', () => {
  it('ignores events a page script makes up', async () => {
    const target = new EventTarget();
    const acts = readerActs(target, ['scroll', 'mouseover']);
    target.dispatchEvent(new Event('scroll'));
    target.dispatchEvent(new Event('mouseover'));
    expect(await settled(acts)).toBe(false);
  });

  it('ends when the job is aborted, at once when it already was', async () => {
    const target = new EventTarget();
    const job = new AbortController();
    const acts = readerActs(target, ['scroll'], new AbortController().signal, job.signal);
    expect(await settled(acts)).toBe(false);
    job.abort();
    expect(await settled(acts)).toBe(true);
    expect(await settled(readerActs(target, ['scroll'], job.signal))).toBe(true);
  });
});

describe('farAhead', () => {
  const view = { innerHeight: 800 } as Window;
  const at = (top: number) => ({ isConnected: true, getBoundingClientRect: () => ({ top }) }) as unknown as Element;
  it.each([
    [100, false],
    [2400, false],
    [2401, true],
    [-5000, false],
  ])('a last mark %d px from the top of an 800 px window: far ahead %s', (top, far) => {
    expect(farAhead(at(top), view)).toBe(far);
  });
  it('no mark yet, or one the page took away: not far', () => {
    expect(farAhead(undefined, view)).toBe(false);
    expect(farAhead({ isConnected: false } as Element, view)).toBe(false);
  });
});

describe('paintCss', () => {
  it("paints every type with its marks' light and dark look", () => {
    const css = paintCss();
    for (const label of LABELS) {
      expect(css).toContain(`::highlight(${paintName(label)}){text-decoration-line:underline;`);
      expect(css).toContain(`[data-gtl-scheme="dark"] ::highlight(${paintName(label)})`);
    }
    expect(css).toContain('@media (forced-colors:active)');
  });
});
