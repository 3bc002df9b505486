import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { OptionsPage, type OptionsStore } from '@/components/OptionsPage';
import { WIKIDATA_ORIGIN } from '@/utils/lookup/wikidata';
import { ReadingLog } from '@/utils/memory/reading-log';
import { CURRENCIES, currencyOfLocale } from '@/utils/rates/currencies';
import { cacheSummary } from '@/utils/rates/service';
import {
  highlightsOn,
  identityLookupOn,
  memoryOn,
  memoryProblem,
  RETENTION_CHOICES,
  readerCurrency,
  retentionDays,
  visibleLabels,
} from '@/utils/settings';
import '@/assets/popup.css';
import '@/assets/options.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = `${i18n.t('optionsTitle')} · ${i18n.t('extName')}`;

// The page's one way to the browser: settings, shortcuts and the rate cache.
const store: OptionsStore = {
  labels: visibleLabels,
  highlightsOn,
  currency: readerCurrency,
  async shortcuts() {
    const commands = await browser.commands?.getAll?.().catch(() => []);
    return (commands ?? []).map((c) => ({
      name: c.name ?? '',
      description: c.description ?? '',
      shortcut: c.shortcut ?? '',
    }));
  },
  async rateCache() {
    return cacheSummary(await browser.storage.local.get(null));
  },
  async clearRateCache() {
    const { keys } = cacheSummary(await browser.storage.local.get(null));
    await browser.storage.local.remove(keys);
  },
  memoryOn,
  retentionDays,
  retentionChoices: RETENTION_CHOICES,
  async forgetEverything() {
    const log = await ReadingLog.open();
    try {
      await log.forgetAll();
    } finally {
      log.close();
    }
    await memoryProblem.setValue(null).catch(() => {});
  },
  logUrl: browser.runtime.getURL('/log.html'),
  lookup: {
    on: identityLookupOn,
    permitted: () => browser.permissions.contains({ origins: [WIKIDATA_ORIGIN] }),
    request: () => browser.permissions.request({ origins: [WIKIDATA_ORIGIN] }),
    revoke: () => browser.permissions.remove({ origins: [WIKIDATA_ORIGIN] }),
  },
};

render(
  <OptionsPage
    store={store}
    currencies={CURRENCIES}
    localeCurrency={currencyOfLocale(navigator.language)}
    browserName={import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome'}
    locale={locale}
  />,
  document.getElementById('app')!,
);
