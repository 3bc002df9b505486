import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  highlightsOn,
  legendCollapsed,
  normalizeVisibility,
  readPageSettings,
  savePageSettings,
  visibleLabels,
  watchPageSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('read their defaults when nothing is stored', async () => {
    expect(await highlightsOn.getValue()).toBe(true);
    expect(await legendCollapsed.getValue()).toBe(false);
    expect(Object.values(await visibleLabels.getValue()).every(Boolean)).toBe(true);
  });

  it('keep what is set', async () => {
    await highlightsOn.setValue(false);
    await visibleLabels.setValue({ ...normalizeVisibility(undefined), PLACE: false });
    expect(await highlightsOn.getValue()).toBe(false);
    expect((await visibleLabels.getValue()).PLACE).toBe(false);
  });

  it('repair corrupt stored values to defaults without touching the rest', async () => {
    await fakeBrowser.storage.local.set({
      highlightsOn: 'yes',
      visibleLabels: { PLACE: false, ORG: 'no', BOGUS: true },
      legendCollapsed: true,
    });
    expect(await highlightsOn.getValue()).toBe(true);
    expect(await legendCollapsed.getValue()).toBe(true);
    const labels = await visibleLabels.getValue();
    expect(labels.PLACE).toBe(false);
    expect(labels.ORG).toBe(true);
    expect(Object.keys(labels)).not.toContain('BOGUS');
    await fakeBrowser.storage.local.set({ visibleLabels: 'garbage' });
    expect(Object.values(await visibleLabels.getValue()).every(Boolean)).toBe(true);
  });

  it('tell watchers of changes made anywhere', async () => {
    const seen = vi.fn();
    const unwatch = highlightsOn.watch(seen);
    await highlightsOn.setValue(false);
    expect(seen).toHaveBeenCalledWith(false);
    unwatch();
    await highlightsOn.setValue(true);
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('read, save and watch what the page needs in one place', async () => {
    expect(await readPageSettings()).toEqual({ highlights: true, hidden: new Set(), collapsed: false, voices: true });
    const highlights = vi.fn();
    const hidden = vi.fn();
    const voices = vi.fn();
    const unwatch = watchPageSettings({ highlights, hidden, voices });
    await savePageSettings.hidden(new Set(['PLACE', 'DATE']));
    await savePageSettings.highlights(false);
    await savePageSettings.collapsed(true);
    await savePageSettings.voices(false);
    expect(hidden).toHaveBeenCalledWith(new Set(['PLACE', 'DATE']));
    expect(highlights).toHaveBeenCalledWith(false);
    expect(voices).toHaveBeenCalledWith(false);
    expect(await readPageSettings()).toEqual({
      highlights: false,
      hidden: new Set(['PLACE', 'DATE']),
      collapsed: true,
      voices: false,
    });
    unwatch();
    await savePageSettings.highlights(true);
    expect(highlights).toHaveBeenCalledTimes(1);
  });

  it('read as the defaults, and save without throwing (answering false), when storage fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage gone'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    expect(await readPageSettings()).toEqual({ highlights: true, hidden: new Set(), collapsed: false, voices: true });
    await expect(savePageSettings.collapsed(true)).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    for (const spy of [warn, get, set]) spy.mockRestore();
  });
});
