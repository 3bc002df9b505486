import { render } from 'preact';
import { Popup, type PopupView } from '@/components/Popup';
import { CURRENCIES } from '@/utils/rates/currencies';
import { effectiveCurrency } from '@/utils/settings';
import { TEST_HOOKS } from '@/utils/test-hooks';
import { copyText, getRates, loadView, saveCurrency, showInPage } from './connector';
import '@/assets/popup.css';

const root = document.getElementById('app')!;
let currency = 'USD';
let current: PopupView = { state: 'loading' };

function onCurrency(code: string) {
  currency = code;
  saveCurrency(code);
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
      getRates={getRates}
      currency={currency}
      currencies={CURRENCIES}
      onCurrency={onCurrency}
    />,
    root,
  );
  document.body.dataset.state = view.state;
  // When the card was on screen, from the popup's own start (the bench reads it).
  if (TEST_HOOKS && view.state === 'article') document.body.dataset.renderedMs = performance.now().toFixed(1);
}

function start() {
  show({ state: 'loading' });
  void effectiveCurrency().then((code) => {
    currency = code;
    return loadView(show);
  });
}

start();
