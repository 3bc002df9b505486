/** The background script: exchange rates for the popup and the page, live or bundled. */

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { routeMessage } from '@/utils/messaging/messages';
import { ownExtension } from '@/utils/messaging/own-extension';
import { type RateCache, ratesFor } from '@/utils/rates/service';

const cache: RateCache = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((msg, sender) =>
    routeMessage({ 'get-rates': ({ date }) => ratesFor(date, { cache }) }, msg, sender, ownExtension()),
  );
});
