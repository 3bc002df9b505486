/**
 * The card's reading-memory frame: "Also in 3 articles you read" with the newest titles, asked of
 * the background here, in the extension's own origin, so that the article page never holds it.
 * Always the same size (assets/recall.css), whatever it says: the card's shape tells the page
 * nothing either.
 */
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { shownTitle } from '@/utils/memory/article-record';
import { recallQueryOf } from '@/utils/memory/recall-frame';
import { askBackground } from '@/utils/messaging/own-extension';
import '@/assets/overlay-frame.css';
import '@/assets/recall.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const app = document.getElementById('app')!;

function line(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

async function show(): Promise<void> {
  const query = recallQueryOf(location.hash);
  if (!query) return void app.replaceChildren(line(i18n.t('recallUnavailable')));
  const reply = await askBackground({
    type: 'recall-entities',
    url: query.url,
    title: query.title,
    keys: [query.key],
  }).catch(() => undefined);
  if (!reply) return void app.replaceChildren(line(i18n.t('recallUnavailable')));
  const found = reply[query.key];
  if (!found) return void app.replaceChildren(line(i18n.t('recallNone')));
  const list = document.createElement('ul');
  for (const article of found.newest) {
    const [url, title] = [article.url, shownTitle(article)];
    const a = document.createElement('a');
    a.href = url;
    a.target = '_top'; // the reader goes to that article, not this small frame
    a.textContent = title;
    a.title = title;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  app.replaceChildren(line(i18n.t('alsoInArticles', found.count, [String(found.count)])), list);
}

void show();
addEventListener('hashchange', () => void show());
