import { render } from 'preact';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { type LogStore, ReadingLog as ReadingLogPage } from '@/components/ReadingLog';
import { ReadingLog } from '@/utils/memory/reading-log';
import { memoryProblem } from '@/utils/settings';
import { TEST_HOOKS } from '@/utils/test-hooks';
import '@/assets/popup.css';
import '@/assets/options.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.title = `${i18n.t('logTitle')} · ${i18n.t('extName')}`;

// The page reads the extension's own IndexedDB directly: the same database the background writes.
const log = ReadingLog.open();
/** Articles in the first view: a screenful and more, read in a few milliseconds even from a long log. */
const FIRST_VIEW = 50;
const store: LogStore = {
  async loadNewest() {
    const [{ articles, total }, problem] = await Promise.all([
      (await log).newest(FIRST_VIEW),
      memoryProblem.getValue().catch(() => null),
    ]);
    // When the first view was on screen, from the page's own start (the bench reads it).
    if (TEST_HOOKS) requestAnimationFrame(() => (document.body.dataset.renderedMs = performance.now().toFixed(1)));
    return { articles, total, unreadable: 0, problem };
  },
  async load() {
    const [{ articles, unreadable }, problem] = await Promise.all([
      (await log).readAll(),
      memoryProblem.getValue().catch(() => null),
    ]);
    return { articles, total: articles.length, unreadable, problem };
  },
  forget: async (url) => (await log).forget(url),
  texts: async (url) => (await log).texts(url),
  async forgetAll() {
    await (await log).forgetAll();
    await memoryProblem.setValue(null).catch(() => {});
  },
  download(name, type, text) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  },
};

render(
  <ReadingLogPage store={store} locale={locale} optionsUrl={browser.runtime.getURL('/options.html')} />,
  document.getElementById('app')!,
);
