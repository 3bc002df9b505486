import { render } from 'preact';
import { Popup, type PopupView } from '@/components/Popup';
import { copyText, loadView, showInPage } from './connector';
import '@/assets/popup.css';

const root = document.getElementById('app')!;

function show(view: PopupView) {
  render(<Popup view={view} onRetry={start} onShow={showInPage} onCopy={copyText} />, root);
  document.body.dataset.state = view.state;
  // When the card was on screen, from the popup's own start (the bench reads it).
  if (view.state === 'article') document.body.dataset.renderedMs = performance.now().toFixed(1);
}

function start() {
  show({ state: 'loading' });
  void loadView(show);
}

start();
