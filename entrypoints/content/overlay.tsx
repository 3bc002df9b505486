/** Mounts the overlay component in its shadow root, wired to the extension: settings, rates, commands. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '@/assets/overlay.css?inline';
import { Overlay } from '@/components/Overlay';
import type { Mention } from '@/utils/analysis/types';
import { ask } from '@/utils/messaging/messages';
import { cardConversion } from '@/utils/page/card-content';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import type { PageCommand } from '@/utils/page/page-commands';
import type { RateSet } from '@/utils/rates/types';
import { effectiveCurrency, savePageSettings } from '@/utils/settings';

/** The article's-day rates, asked of the background once, for money cards. */
function articleRates(annotator: PageAnnotator): () => Promise<RateSet | null> {
  let rates: Promise<RateSet | null> | null = null;
  return () => {
    const day = annotator.state.state === 'article' ? annotator.state.article.published?.slice(0, 10) : undefined;
    if (!day) return Promise.resolve(null);
    rates ??= ask((request) => browser.runtime.sendMessage(request) as Promise<unknown>, {
      type: 'get-rates',
      date: day,
    }).then(
      (reply) => reply ?? null,
      () => null,
    );
    return rates;
  };
}

export async function mountOverlay(
  ctx: ContentScriptContext,
  annotator: PageAnnotator,
  startCollapsed: boolean,
  onCommand: (run: (command: PageCommand) => void) => () => void,
) {
  const rates = articleRates(annotator);
  const convert = async (mention: Mention) => {
    const [set, reader] = await Promise.all([rates(), effectiveCurrency()]);
    return cardConversion(mention, reader, set);
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'gt-lens-overlay',
    css: overlayCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(root) {
      render(
        <Overlay
          page={annotator}
          doc={document}
          startCollapsed={startCollapsed}
          save={savePageSettings}
          convert={convert}
          onCommand={onCommand}
        />,
        root,
      );
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  return ui;
}
