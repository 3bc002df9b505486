/**
 * The legend's edit-notice frame: "Edited since you read it on Dec 1: headline changed" or a
 * neutral line, asked of the background here, in the extension's own origin, so that the article
 * page never holds the reader's history. Always the same size (assets/edits.css), whatever it says.
 */
import { browser } from 'wxt/browser';
import { editNotice } from '@/utils/memory/article-versions';
import { editsQueryOf } from '@/utils/memory/edits-frame';
import { askBackground } from '@/utils/messaging/own-extension';
import { noticeLine } from '@/utils/page/edit-messages';
import '@/assets/overlay-frame.css';
import '@/assets/edits.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
const line = document.getElementById('app')!.appendChild(document.createElement('p'));

const request = (url: string) => askBackground({ type: 'article-edits', url }).catch(() => undefined);

async function show(): Promise<void> {
  const query = editsQueryOf(location.hash);
  if (!query) {
    line.textContent = noticeLine({ code: 'unavailable' }, locale);
    return;
  }
  let notice = editNotice((await request(query.url)) ?? { code: 'unavailable' }, query.visit);
  // The reading may reach the background after this question (a slow start): asked once more.
  if (notice.code === 'not-kept') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    notice = editNotice((await request(query.url)) ?? { code: 'unavailable' }, query.visit);
  }
  line.textContent = noticeLine(notice, locale);
  line.dataset.notice = notice.code;
  fitNotice();
}

/**
 * The frame keeps one size whatever it says (its size must tell the page nothing): a notice longer
 * than its four lines (a narrow legend, a long summary) is set smaller, down to 10 px, until it
 * fits; past that the frame scrolls.
 */
function fitNotice(): void {
  const root = document.documentElement;
  const overflows = () => root.scrollHeight > root.clientHeight;
  root.style.removeProperty('--frame-font-size');
  root.classList.remove('scrolls');
  for (let px = 11.5; overflows() && px >= 10; px -= 0.5) root.style.setProperty('--frame-font-size', `${px}px`);
  root.classList.toggle('scrolls', overflows());
}

void show();
addEventListener('hashchange', () => void show());
// The legend's width follows the window's: the notice may wrap anew.
addEventListener('resize', fitNotice);
