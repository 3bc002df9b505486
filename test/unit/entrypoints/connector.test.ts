// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PopupView } from '@/components/Popup';
import { loadView } from '@/entrypoints/popup/connector';
import { seedArticle } from '../../harness/mock-states';

const ARTICLE_URL = 'https://www.globaltimes.cn/page/202012/1210393.shtml';

async function openTab(url: string) {
  const win = await fakeBrowser.windows.create({ focused: true });
  return fakeBrowser.tabs.create({ url, active: true, windowId: win!.id });
}

/** The content script's side of tabs.sendMessage, as seen by the popup. */
function pageAnswers(
  ...replies: (unknown | Error)[]
): MockInstance<(tabId: number, message: unknown) => Promise<unknown>> {
  const spy = vi.spyOn(browser.tabs, 'sendMessage') as unknown as MockInstance<
    (tabId: number, message: unknown) => Promise<unknown>
  >;
  let i = 0;
  return spy.mockImplementation(async () => {
    const reply = replies[Math.min(i++, replies.length - 1)];
    if (reply instanceof Error) throw reply;
    return reply;
  });
}

async function views(): Promise<PopupView[]> {
  const seen: PopupView[] = [];
  await loadView((v) => seen.push(v));
  return seen;
}

describe('popup connector', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    history.replaceState(null, '', '/popup.html');
  });

  it('asks the active GT tab for its page state', async () => {
    const tab = await openTab(ARTICLE_URL);
    const send = pageAnswers(seedArticle);
    expect(await views()).toEqual([seedArticle]);
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'get-page-state' });
  });

  it('uses ?tabId=N when opened as a tab', async () => {
    const tab = await openTab(ARTICLE_URL);
    await openTab('https://example.com/');
    history.replaceState(null, '', `/popup.html?tabId=${tab.id}`);
    const send = pageAnswers(seedArticle);
    expect(await views()).toEqual([seedArticle]);
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'get-page-state' });
  });

  it('does not message a tab that is not Global Times', async () => {
    await openTab('https://example.com/news');
    const send = pageAnswers(seedArticle);
    expect(await views()).toEqual([{ state: 'not-gt' }]);
    expect(send).not.toHaveBeenCalled();
  });

  it('reports an unreachable tab when no content script answers', async () => {
    await openTab(ARTICLE_URL);
    pageAnswers(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await views()).toEqual([{ state: 'unreachable' }]);
  });

  it('rejects a malformed answer', async () => {
    await openTab(ARTICLE_URL);
    pageAnswers({ state: 'article', article: '<b>' });
    const [view] = await views();
    expect(view).toMatchObject({ state: 'error' });
  });

  it('waits while the page is still being read, then shows the article', async () => {
    await openTab(ARTICLE_URL);
    pageAnswers({ state: 'reading' }, seedArticle);
    expect(await views()).toEqual([{ state: 'reading' }, seedArticle]);
  });

  it('asks again while who is speaking is still being read, and shows the article again once it is', async () => {
    await openTab(ARTICLE_URL);
    const { attributions: _, ...marksOnly } = seedArticle.analysis;
    const early = { ...seedArticle, analysis: marksOnly };
    const send = pageAnswers({ state: 'reading' }, early, early, early, seedArticle);
    expect(await views()).toEqual([{ state: 'reading' }, early, seedArticle]);
    expect(send).toHaveBeenCalledTimes(5);
  });

  it('keeps the article when the page stops answering while its statements are awaited', async () => {
    await openTab(ARTICLE_URL);
    const { attributions: _, ...marksOnly } = seedArticle.analysis;
    const early = { ...seedArticle, analysis: marksOnly };
    pageAnswers(early, new Error('gone'));
    expect(await views()).toEqual([early]);
  });
});
