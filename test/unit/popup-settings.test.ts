import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { popupTab } from '@/utils/popup-settings';

beforeEach(() => fakeBrowser.reset());

describe('the popup remembers the reader’s last tab', () => {
  it.each([
    [undefined, 'summary'],
    ['money', 'money'],
    ['cite', 'cite'],
    ['voices', 'voices'],
    ['summary', 'summary'],
    ['settings', 'summary'],
    [3, 'summary'],
  ])('stored %j reads as %j', async (stored, tab) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ popupTab: stored });
    expect(await popupTab.getValue()).toBe(tab);
  });

  it('keeps a choice', async () => {
    await popupTab.setValue('money');
    expect(await popupTab.getValue()).toBe('money');
  });
});
