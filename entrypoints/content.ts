import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readArticle } from '@/utils/article-reader';
import { GT_HOST_PATTERNS } from '@/utils/gt-url';
import { routeMessage } from '@/utils/messages';
import { pageStateOf } from '@/utils/page-reading';
import type { PageState } from '@/utils/page-state';

export default defineContentScript({
  matches: GT_HOST_PATTERNS,
  runAt: 'document_idle',
  main() {
    // Nothing here may throw into the page: every failure becomes an 'error' state for the popup.
    let state: PageState = { state: 'reading' };
    try {
      browser.runtime.onMessage.addListener((msg, sender) =>
        routeMessage({ 'get-page-state': () => state }, msg, sender, browser.runtime.id),
      );
    } catch (err) {
      console.warn('[GT Lens] cannot listen for the popup:', err);
    }
    try {
      state = pageStateOf(readArticle(document, location.href));
    } catch (err) {
      console.warn('[GT Lens] could not read this page:', err);
      state = { state: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  },
});
