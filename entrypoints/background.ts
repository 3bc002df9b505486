/**
 * The background script: in Firefox, the analysis of each article the content script read (the
 * engine stays warm here from one page to the next; entrypoints/content says why Chrome analyzes in
 * the page); the reading log (utils/memory: kept on this device, never from a private window);
 * exchange rates for the popup, and the page's money converted for the reader, live or bundled; the
 * Chinese names of the article's places (utils/places); who a person or organization is, from
 * Wikidata on the reader's request (utils/lookup); the page's keyboard commands passed on to
 * the article's tab.
 */

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '@/utils/analysis/analyze';
import { figureLines, interfaceValueWords, moneyLine } from '@/utils/format/figure-lines';
import { answerLookup, type RequestDeps } from '@/utils/lookup/identity-service';
import { WIKIDATA_ORIGIN } from '@/utils/lookup/wikidata';
import {
  articleEdits,
  fromExtensionPage,
  type MemoryDeps,
  recallEntities,
  rememberArticle,
} from '@/utils/memory/memory-service';
import { LogConnection } from '@/utils/memory/reading-log';
import { type Request, routeMessage } from '@/utils/messaging/messages';
import { ownExtension } from '@/utils/messaging/own-extension';
import { isPageCommand } from '@/utils/page/page-commands';
import { cardNatives } from '@/utils/page/place-lines';
import type { NativeLookup } from '@/utils/places/types';
import { cardConversion } from '@/utils/rates/convert';
import { type RateCache, ratesFor } from '@/utils/rates/service';
import { effectiveCurrency, identityLookupOn, memoryOn, memoryProblem, retentionDays } from '@/utils/settings';

const cache: RateCache = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

const connection = new LogConnection();
const memory: MemoryDeps = {
  log: () => connection.get(),
  dropLog: () => connection.drop(),
  memoryOn: () => memoryOn.getValue(),
  retentionDays: () => retentionDays.getValue(),
  // A problem noted once; cleared once an article is kept again (read first: no write per article).
  problem: async (message) => {
    try {
      if (message) await memoryProblem.setValue({ at: new Date().toISOString(), message });
      else if (await memoryProblem.getValue()) await memoryProblem.setValue(null);
    } catch {}
  },
  writes: new Map(),
};

/** Wikidata look-ups (issue 24): only on the reader's click, only with the optional host permission. */
const lookups: RequestDeps = {
  fetch: (input, init) => fetch(input, init),
  cache,
  choices: cache,
  enabled: () => identityLookupOn.getValue(),
  permitted: () => browser.permissions.contains({ origins: [WIKIDATA_ORIGIN] }),
};

/** The Chinese names of an article's places: the data (120 KB) is read on the first request only. */
async function nativePlaces(names: string[]): Promise<Record<string, NativeLookup>> {
  return (await import('@/utils/places/native-place')).nativePlaces(names);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) =>
    routeMessage(
      {
        // Firefox's content script has its whole analysis made here; Chrome's, who is speaking.
        'analyze-article': ({ title, published, paragraphs }: Request<'analyze-article'>) =>
          analyze({ title, published, paragraphs }),
        'get-rates': ({ date }) => ratesFor(date, { cache }),
        'convert-money': async ({ amount, currency, date }) => {
          const [set, reader] = await Promise.all([ratesFor(date, { cache }), effectiveCurrency()]);
          const conversion = set && cardConversion({ amount, currency }, reader, set);
          return conversion && moneyLine(conversion, browser.i18n.getUILanguage());
        },
        // The card's figure lines in the interface language, as the popup words them.
        'figure-lines': async ({ figure }) => figureLines(figure, browser.i18n.getUILanguage(), interfaceValueWords()),
        'remember-article': ({ record, text }, sender) => rememberArticle(record, sender, memory, text),
        // Asked by the popup and the legend's frame only: never by the content script, in the page.
        'article-edits': ({ url }, sender) =>
          fromExtensionPage(sender, ownExtension().origin) ? articleEdits(url, memory) : { code: 'unavailable' },
        'recall-entities': ({ url, title, keys }) => recallEntities({ url, title }, keys, memory),
        'native-places': ({ names }) => nativePlaces(names),
        'native-place-lines': async ({ names }) => cardNatives(await nativePlaces(names)),
        'look-up-identity': ({ key, name, next }) => answerLookup({ key, name, next }, lookups),
        'open-lookup-settings': async () => {
          await browser.runtime.openOptionsPage();
          return { opened: true };
        },
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
