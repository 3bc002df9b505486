/**
 * The background script: in Firefox, the analysis of each article the content script read (the
 * engine stays warm here from one page to the next; entrypoints/content says why Chrome analyzes in
 * the page); exchange rates for the popup and the page, live or bundled; the page's keyboard
 * commands passed on to the article's tab.
 */

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '@/utils/analysis/analyze';
import { type Request, routeMessage } from '@/utils/messaging/messages';
import { ownExtension } from '@/utils/messaging/own-extension';
import { isPageCommand } from '@/utils/page/page-commands';
import { type RateCache, ratesFor } from '@/utils/rates/service';

const cache: RateCache = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) =>
    routeMessage(
      {
        ...(import.meta.env.FIREFOX && {
          'analyze-article': ({ title, published, paragraphs }: Request<'analyze-article'>) =>
            analyze({ title, published, paragraphs }),
        }),
        'get-rates': ({ date }) => ratesFor(date, { cache }),
      },
      msg,
      sender,
      ownExtension(),
    ),
  );
  browser.commands.onCommand.addListener(async (command, tab) => {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined || !isPageCommand(command)) return;
    // A tab without our content script (not an article page) has no receiver: nothing to do.
    await browser.tabs.sendMessage(id, { type: 'run-command', command }).catch(() => {});
  });
});
