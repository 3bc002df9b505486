import { render } from 'preact';
import { Popup, type PopupView } from '@/components/Popup';
import { loadView } from './connector';
import '@/assets/popup.css';

const root = document.getElementById('app')!;

function show(view: PopupView) {
  render(<Popup view={view} onRetry={start} />, root);
  document.body.dataset.state = view.state;
}

function start() {
  show({ state: 'loading' });
  void loadView(show);
}

start();
