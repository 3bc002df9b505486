import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { Popup, type PopupMemory, type PopupView } from '@/components/Popup';
import { memoryNoticeSeen, type PopupTab, popupTab } from '@/utils/popup-settings';
import { CURRENCIES } from '@/utils/rates/currencies';
import { effectiveCurrency } from '@/utils/settings';
import { TEST_HOOKS } from '@/utils/test-hooks';
import {
  articleEdits,
  copyText,
  downloadText,
  getRates,
  loadView,
  nativePlaces,
  recall,
  saveCurrency,
  showInPage,
} from './connector';
import '@/assets/popup.css';

const root = document.getElementById('app')!;
// Numbers, dates and currencies in the interface language, as the words are.
const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = i18n.t('extName');
let currency = 'USD';
let tab: PopupTab = 'summary';
let current: PopupView = { state: 'loading' };
let memory: PopupMemory | undefined;

function onCurrency(code: string) {
  currency = code;
  saveCurrency(code);
  show(current);
}

function onTab(next: PopupTab) {
  tab = next;
  popupTab.setValue(next).catch(() => {});
  show(current);
}

function show(view: PopupView) {
  current = view;
  render(
    <Popup
      view={view}
      onRetry={start}
      onShow={showInPage}
      onCopy={copyText}
      onDownload={downloadText}
      getRates={getRates}
      currency={currency}
      currencies={CURRENCIES}
      onCurrency={onCurrency}
      tab={tab}
      onTab={onTab}
      locale={locale}
      memory={memory}
      nativePlaces={nativePlaces}
    />,
    root,
  );
  document.body.dataset.state = view.state;
  // When the card was on screen, from the popup's own start (the bench reads it).
  if (TEST_HOOKS && view.state === 'article') document.body.dataset.renderedMs = performance.now().toFixed(1);
}

function start() {
  show({ state: 'loading' });
  // The reader's choices and the page's state are asked for at once; the view waits for both.
  const choices = Promise.all([
    effectiveCurrency(),
    popupTab.getValue().catch(() => tab),
    memoryNoticeSeen.getValue().catch(() => true),
  ]).then(([code, remembered, noticeSeen]) => {
    currency = code;
    tab = remembered;
    memory ??= {
      recall,
      edits: articleEdits,
      showNotice: !noticeSeen,
      onNoticeSeen: () => void memoryNoticeSeen.setValue(true).catch(() => {}),
      logUrl: browser.runtime.getURL('/log.html'),
      optionsUrl: browser.runtime.getURL('/options.html'),
    };
  });
  void loadView((view) => void choices.then(() => show(view)));
}

start();
