/**
 * The content script: wires the page annotator to the reader's settings, the extension's
 * messages and the overlay. It never throws into the page.
 */

import { browser } from '@wxt-dev/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Analysis } from '@/utils/analysis/types';
import { routePageMessage } from '@/utils/messaging/messages';
import { askBackgroundFromThePage, ownExtension } from '@/utils/messaging/own-extension';
import { type Analyzer, analyzeInPage } from '@/utils/page/annotation-pipeline';
import { GT_HOST_PATTERNS } from '@/utils/page/gt-url';
import { PageAnnotator } from '@/utils/page/page-annotator';
import type { PageCommand } from '@/utils/page/page-commands';
import { remember } from '@/utils/page/remember-article';
import { readPageSettings, watchPageSettings } from '@/utils/settings';
import { awaitElsewhere } from '@/utils/slices';
import { TEST_HOOKS } from '@/utils/test-hooks';
import { mountOverlay } from './overlay';
import type { QuietContext } from './quiet-context';

const warn = (what: string, err: unknown) => console.warn(`[GT Lens] ${what}:`, err);

/** The engine in the background page: warm from one article to the next, and off the page's main thread. */
const analyzeInBackground: Analyzer = async ({ title = null, published, paragraphs }, { clock }) => {
  const request = { type: 'analyze-article', title, published, paragraphs } as const;
  const analysis = await awaitElsewhere(askBackgroundFromThePage(request), clock);
  if (!analysis) throw new Error('GT Lens could not analyze this article. Reload the page to try again.');
  return analysis;
};

/**
 * Where the engine runs, chosen by the measured time from script start to highlights on the seed
 * (README, "Where the analysis runs"). Firefox keeps its background page alive: asked there, the
 * warm engine answers sooner than a cold one in the page. Chrome stops an idle service worker
 * after 30 s, as it is while a reader reads: waking it costs more than the engine's cold start in
 * the page. Each build carries only its own path.
 */
const ANALYZER: Analyzer = import.meta.env.FIREFOX ? analyzeInBackground : analyzeInPage;

export default defineContentScript({
  matches: GT_HOST_PATTERNS,
  // Loaded and compiled while the page still parses, so that reading starts right at
  // DOMContentLoaded: the last mark lands ~30 ms sooner after it than from document_end (README).
  // A body that page scripts replace later is read again (utils/page/body-watch.ts).
  runAt: 'document_start',
  // The overlay's CSS goes into its shadow root as text: no stylesheet exposed to pages.
  cssInjectionMode: 'manual',
  async main(ctx: QuietContext) {
    try {
      // The settings are read while the page parses and the article is read: the annotator waits
      // for them only to mark.
      const settings = readPageSettings();
      if (document.readyState === 'loading')
        await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
      const started = performance.now();
      const annotator = new PageAnnotator(document, location.href, settings, ANALYZER, ctx.signal);
      const commands = new Set<(command: PageCommand) => void>();
      const onCommand = (run: (command: PageCommand) => void) => {
        commands.add(run);
        return () => commands.delete(run);
      };
      let overlayMounting = false;
      const remembered = new WeakSet<Analysis>();
      const visit = { at: '' };
      annotator.subscribe(() => {
        if (annotator.state.state !== 'article' || !annotator.timings || ctx.isInvalid) return;
        // For benchmarks and tests: when the marks were done, on the page's own clock.
        if (TEST_HOOKS)
          (annotator.container as HTMLElement).dataset.gtlTimings = JSON.stringify({
            scriptStart: started,
            ...annotator.timings,
          });
        void remember(annotator, remembered, {
          send: (r) => browser.runtime.sendMessage(r),
          askStatements: !import.meta.env.FIREFOX,
          url: location.href,
          now: () => new Date(),
          visit,
          warn,
        });
        if (overlayMounting) return;
        overlayMounting = true;
        settings
          .then(({ collapsed }) => mountOverlay(ctx, annotator, collapsed, onCommand, visit))
          .catch((err) => warn('could not show the legend', err));
      });
      // After an update or reload of the extension this script is orphaned: reading ctx.isInvalid
      // on the reader's next hover or focus removes the overlay; the marks stay as plain, inert text.
      for (const type of ['mouseover', 'focusin'])
        document.addEventListener(type, () => ctx.isInvalid, { passive: true, signal: ctx.signal });
      ctx.onInvalidated(
        watchPageSettings({
          highlights: (on) => on !== annotator.highlights && void annotator.setHighlights(on),
          hidden: (hidden) => {
            annotator.setHidden(hidden);
          },
          voices: (on) => void annotator.setVoices(on),
        }),
      );
      // The browser's own API here, not the polyfill (the content script's size budget): an answer
      // goes back through sendResponse, which Chrome and Firefox both keep open when told `true`.
      browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
        const reply = routePageMessage(
          {
            'get-page-state': () => annotator.state,
            'show-mention': ({ mention }) => ({ shown: annotator.reveal(mention) !== null }),
            'run-command': ({ command }) => {
              for (const run of commands) run(command);
              return { done: commands.size > 0 };
            },
          },
          msg,
          sender,
          ownExtension(),
        );
        if (!reply) return false;
        reply.then(sendResponse, () => sendResponse(undefined));
        return true;
      });
      await annotator.start();
    } catch (err) {
      warn('could not annotate this page', err);
    }
  },
});
