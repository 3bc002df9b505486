// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage, type OptionsStore } from '@/components/OptionsPage';
import { CURRENCIES } from '@/utils/rates/currencies';
import { cacheSummary } from '@/utils/rates/service';
import { bundledRates } from '@/utils/rates/table';
import {
  highlightsOn,
  memoryOn,
  RETENTION_CHOICES,
  readerCurrency,
  retentionDays,
  visibleLabels,
} from '@/utils/settings';
import { useLocale } from '../locales/use-locale';

const NOW = Date.parse('2026-11-21T12:00:00Z');

function store(shortcuts: OptionsStore['shortcuts'] = async () => []): OptionsStore {
  return {
    labels: visibleLabels,
    highlightsOn,
    currency: readerCurrency,
    shortcuts,
    rateCache: async () => cacheSummary(await fakeBrowser.storage.local.get(null)),
    clearRateCache: async () =>
      fakeBrowser.storage.local.remove(cacheSummary(await fakeBrowser.storage.local.get(null)).keys),
    memoryOn,
    retentionDays,
    retentionChoices: RETENTION_CHOICES,
    forgetEverything: vi.fn(async () => {}),
    logUrl: 'chrome-extension://id/log.html',
  };
}

const show = (s = store(), browserName: 'chrome' | 'firefox' = 'chrome') =>
  render(
    <OptionsPage
      store={s}
      currencies={CURRENCIES}
      localeCurrency="USD"
      browserName={browserName}
      locale="en-US"
      now={() => NOW}
    />,
  );

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocale('en', 'en-US');
});
afterEach(cleanup);

describe('options page', () => {
  it('turns a label off in storage, and follows a change made elsewhere', async () => {
    show();
    const places = screen.getByRole('checkbox', { name: /^Places/ }) as HTMLInputElement;
    await waitFor(() => expect(places.checked).toBe(true));
    fireEvent.click(places);
    await waitFor(async () => expect((await visibleLabels.getValue()).PLACE).toBe(false));
    expect((await visibleLabels.getValue()).PERSON).toBe(true);
    await highlightsOn.setValue(false);
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /^Highlight names/ }) as HTMLInputElement).checked).toBe(false),
    );
  });

  it('previews every label with its own look', () => {
    show();
    const previews = [...document.querySelectorAll<HTMLElement>('.preview')];
    expect(previews).toHaveLength(8);
    expect(new Set(previews.map((p) => p.style.textDecoration)).size).toBe(8);
  });

  it('keeps the reader’s currency, the browser’s language by default', async () => {
    show();
    const select = screen.getByRole('combobox', { name: 'Your currency' }) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toBe("From the browser's language (USD)");
    fireEvent.change(select, { target: { value: 'EUR' } });
    await waitFor(async () => expect(await readerCurrency.getValue()).toBe('EUR'));
  });

  it.each([
    ['chrome', 'chrome://extensions/shortcuts'],
    ['firefox', 'Manage Extension Shortcuts'],
  ] as const)('lists the shortcuts and says where %s changes them', async (browserName, where) => {
    show(
      store(async () => [{ name: '_execute_action', description: '', shortcut: 'Alt+Shift+L' }]),
      browserName,
    );
    await waitFor(() => expect(screen.getByText('Alt+Shift+L')).toBeTruthy());
    expect(screen.getByText('Open the GT Lens popup')).toBeTruthy();
    expect(screen.getByText(new RegExp(where))).toBeTruthy();
  });

  it('says how old the cached rates are and clears them, leaving the settings', async () => {
    const rates = bundledRates('2020-12-18');
    await fakeBrowser.storage.local.set({
      'rates:latest': { fetchedAt: NOW - 3 * 3600_000, rates },
      'rates:2020-12-18': { fetchedAt: NOW - 30 * 3600_000, rates },
      highlightsOn: true,
    });
    show();
    await waitFor(() =>
      expect(screen.getByTestId('cache-state').textContent).toBe(
        '2 sets of rates cached, the newest fetched 3 hours ago.',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear cached rates' }));
    await waitFor(() => expect(screen.getByTestId('cache-state').textContent).toBe('No rates are cached.'));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Cached rates cleared.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ highlightsOn: true });
  });

  it('states plainly what GT Lens does with data', () => {
    show();
    expect(screen.getByRole('heading', { name: 'Privacy', level: 2 })).toBeTruthy();
    expect(screen.getByText(/collects nothing/)).toBeTruthy();
    expect(screen.getByText(/names only the day and the base currency/)).toBeTruthy();
  });

  it('is in Chinese under a Chinese browser', async () => {
    await useLocale('zh_CN');
    const spy = vi.fn(async () => []);
    show(store(spy));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('设置');
    expect(screen.getByRole('checkbox', { name: /^地点/ })).toBeTruthy();
  });
});

describe('reading log settings', () => {
  it('says beside each control when the browser could not store a choice, and "off" still holds', async () => {
    show();
    const keep = screen.getByRole('checkbox', { name: /^Keep a reading log/ }) as HTMLInputElement;
    await waitFor(() => expect(keep.checked).toBe(true));
    // The extension's storage is full: every write to it fails, as Chrome's does over its quota.
    const full = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    fireEvent.click(keep);
    await waitFor(() => expect(document.getElementById('memory-not-saved')!.textContent).toMatch(/^Not saved/));
    expect(document.getElementById('memory-not-saved')!.textContent).toContain('keeps nothing while this stays off');
    expect(keep.getAttribute('aria-describedby')).toBe('memory-not-saved');
    expect(keep.checked).toBe(false);
    // The choice holds where the background reads it, though local storage still says on.
    expect((await fakeBrowser.storage.local.get('memoryOn')).memoryOn).toBeUndefined();
    expect(await memoryOn.getValue()).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /^Highlight names and figures/ }));
    await waitFor(() => expect(document.getElementById('highlights-not-saved')!.textContent).toMatch(/^Not saved/));
    // Saved again once the storage has room: the note goes.
    full.mockRestore();
    fireEvent.click(keep);
    await waitFor(() => expect(document.getElementById('memory-not-saved')!.textContent).toBe(''));
    expect(await memoryOn.getValue()).toBe(true);
  });

  it('turns the log off, sets how long it keeps articles, and forgets everything in one click', async () => {
    const s = store();
    show(s);
    const keep = screen.getByRole('checkbox', { name: 'Keep a reading log' }) as HTMLInputElement;
    await waitFor(() => expect(keep.checked).toBe(true));
    fireEvent.click(keep);
    await waitFor(async () => expect(await memoryOn.getValue()).toBe(false));
    fireEvent.change(screen.getByRole('combobox', { name: 'Keep articles for' }), { target: { value: '30' } });
    await waitFor(async () => expect(await retentionDays.getValue()).toBe(30));
    fireEvent.click(screen.getByRole('button', { name: 'Forget everything' }));
    await waitFor(() => expect(screen.getByText('The reading log is empty now.')).toBeTruthy());
    expect(s.forgetEverything).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Open the reading log' }).getAttribute('href')).toBe(
      'chrome-extension://id/log.html',
    );
  });
});
