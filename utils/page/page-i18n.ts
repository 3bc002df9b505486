/**
 * The words the content script shows or announces, through the extension's i18n, never throwing.
 * A script the extension's reload or update has orphaned finds every call to the extension throw
 * "Extension context invalidated", and it still runs: the page's events, Preact's own tasks and the
 * clean-up of the overlay's effects all ask for words after that. Each such throw reached the page
 * (a card opening as the reload went through; then the description of its mark, put back as the
 * card unmounted). A word the extension cannot give is empty, and the script's end takes the
 * overlay away. Everything on the page asks here, not `#i18n`, and so do the words the page shares
 * with the popup, the options page and the background (labels, figures' and places' lines); what
 * only the extension's own pages say keeps `#i18n`, where a throw would be a defect to see.
 */
import { i18n as extensionI18n } from '#i18n';

const ask = extensionI18n.t as (...args: unknown[]) => string;

export const i18n = {
  t: ((...args: unknown[]) => {
    try {
      return ask(...args);
    } catch {
      return '';
    }
  }) as typeof extensionI18n.t,
};
