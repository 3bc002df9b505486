// @vitest-environment happy-dom
import { waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addReading, editsReply } from '@/utils/memory/article-versions';
import { editsFrameUrl } from '@/utils/memory/edits-frame';
import { useLocale } from '../locales/use-locale';

const URL_READ = 'https://www.globaltimes.cn/content/1.shtml';
const DEC1 = '2026-12-01T09:00:00.000Z';
const DEC6 = '2026-12-06T09:00:00.000Z';
const READ = { title: 'Harbor town opens a ferry', paragraphs: ['The boats carry 120 people.'] };
const NOW = { title: 'Harbor town delays its ferry', paragraphs: ['The boats carry 120 people.'] };

// The hashchange listeners of the pages loaded before: gone before the next one loads.
const loaded: Parameters<typeof removeEventListener>[] = [];

/** Loads the frame's page at its address, with the background answering `replies` in turn. */
async function frame(visit: string, ...replies: unknown[]) {
  for (const args of loaded.splice(0)) removeEventListener(...args);
  document.body.innerHTML = '<div id="app"></div>';
  history.replaceState(null, '', new URL(editsFrameUrl('/edits.html', { url: URL_READ, visit }), location.href).href);
  let i = 0;
  const send = vi
    .spyOn(browser.runtime, 'sendMessage')
    .mockImplementation(async () => replies[Math.min(i++, replies.length - 1)]);
  const add = globalThis.addEventListener.bind(globalThis);
  const spy = vi.spyOn(globalThis, 'addEventListener').mockImplementation((...args: Parameters<typeof add>) => {
    loaded.push(args as Parameters<typeof removeEventListener>);
    add(...args);
  });
  vi.resetModules();
  await import('@/entrypoints/edits/main');
  spy.mockRestore();
  return send;
}
const line = () => document.querySelector('#app p') as HTMLElement | null;

describe('the edit-notice frame (entrypoints/edits)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    await useLocale('en', 'en-US');
  });

  it('asks the background for the article and says what changed on the visit that found it', async () => {
    const versions = addReading(addReading([], READ, DEC1).versions, NOW, DEC6).versions;
    const send = await frame(DEC6, editsReply({ url: URL_READ, versions }));
    await waitFor(() => expect(line()?.dataset.notice).toBe('edited'));
    expect(line()?.textContent).toBe('Edited since you read it on Dec 1, 2026: headline changed');
    expect(send).toHaveBeenCalledWith({ type: 'article-edits', url: URL_READ });
  });

  it('asks once more when its reading had not reached the log yet', async () => {
    const send = await frame(
      DEC1,
      { code: 'none' },
      editsReply({ url: URL_READ, versions: addReading([], READ, DEC1).versions }),
    );
    await waitFor(() => expect(line()?.dataset.notice).toBe('first'), { timeout: 5000 });
    expect(line()?.textContent).toBe('First reading: its text is kept to notice later edits');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says the log could not be read when the answer has no known shape', async () => {
    await frame(DEC6, { code: 'edited', text: 'a sentence' });
    await waitFor(() => expect(line()?.dataset.notice).toBe('unavailable'));
    expect(line()?.textContent).toBe('Your reading log could not be read');
  });
});
