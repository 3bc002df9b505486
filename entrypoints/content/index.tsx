/**
 * The content script: wires the page annotator to the reader's settings, the popup's
 * messages and the legend/hover-card overlay. It never throws into the page.
 */

import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MentionType } from '@/utils/analysis/types';
import { routeMessage } from '@/utils/messaging/messages';
import { ownExtension } from '@/utils/messaging/own-extension';
import { GT_HOST_PATTERNS } from '@/utils/page/gt-url';

import { PageAnnotator } from '@/utils/page/page-annotator';
import { highlightsOn, legendCollapsed, visibleLabels } from '@/utils/settings';
import { TEST_HOOKS } from '@/utils/test-hooks';
import { mountOverlay } from './overlay';

const warn = (what: string, err: unknown) => console.warn(`[GT Lens] ${what}:`, err);

async function loadSettings() {
  try {
    const [on, visibility, collapsed] = await Promise.all([
      highlightsOn.getValue(),
      visibleLabels.getValue(),
      legendCollapsed.getValue(),
    ]);
    const hidden = new Set((Object.keys(visibility) as MentionType[]).filter((l) => !visibility[l]));
    return { on, hidden, collapsed };
  } catch (err) {
    warn('settings unavailable, using defaults', err);
    return { on: true, hidden: new Set<MentionType>(), collapsed: false };
  }
}

export default defineContentScript({
  matches: GT_HOST_PATTERNS,
  runAt: 'document_idle',
  // The overlay's CSS goes into its shadow root as text: no stylesheet exposed to pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    try {
      const settings = await loadSettings();
      let overlay: Awaited<ReturnType<typeof mountOverlay>> | null = null;
      let mounting = false;
      // Called whenever the annotation changes, also when the page replaced its body and the
      // article was read again later: the overlay comes up with the first finished annotation.
      const onChange = (a: PageAnnotator) => {
        if (a.state.state !== 'article' || !a.timings || ctx.isInvalid) return;
        // For benchmarks and tests: when the marks were done, on the page's own clock.
        if (TEST_HOOKS)
          (a.container as HTMLElement).dataset.gtlTimings = JSON.stringify({ scriptStart: started, ...a.timings });
        if (overlay) return overlay.update();
        if (mounting) return;
        mounting = true;
        mountOverlay(ctx, a, settings.collapsed).then(
          (mounted) => {
            overlay = mounted;
            ctx.onInvalidated(() => overlay?.remove());
          },
          (err) => warn('could not show the legend', err),
        );
      };
      const annotator = new PageAnnotator(
        document,
        location.href,
        { highlights: settings.on, hidden: settings.hidden },
        onChange,
      );
      browser.runtime.onMessage.addListener((msg, sender) =>
        routeMessage(
          {
            'get-page-state': () => annotator.state,
            'show-mention': ({ mention }) => ({ shown: annotator.reveal(mention) !== null }),
          },
          msg,
          sender,
          ownExtension(),
        ),
      );
      await annotator.start();
    } catch (err) {
      warn('could not annotate this page', err);
    }
  },
});
