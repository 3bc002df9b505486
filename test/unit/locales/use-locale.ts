/**
 * The browser's i18n for component tests: `browser.i18n.getMessage` answers from locales/<lang>.yml
 * exactly as the built extension's _locales/<lang>/messages.json would ($1…$9, $$).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type ChromeMessage, generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const LOCALES_DIR = join(import.meta.dirname, '../../../locales');

export const LANGUAGES = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''));

const catalogues = new Map<string, Promise<Record<string, ChromeMessage>>>();

/** The messages of one language as the build writes them (read once per test file). */
export function messagesOf(lang: string): Promise<Record<string, ChromeMessage>> {
  let messages = catalogues.get(lang);
  if (!messages) {
    messages = parseMessagesFile(join(LOCALES_DIR, `${lang}.yml`)).then(generateChromeMessages);
    catalogues.set(lang, messages);
  }
  return messages;
}

/** Chrome's substitution: $1…$9 from the list, $$ a dollar sign, unknown keys empty. */
export function getMessageFrom(messages: Record<string, ChromeMessage>) {
  return (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const text = messages[key]?.message ?? '';
    return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (list[Number(d) - 1] ?? '')));
  };
}

/** Makes the fake browser speak `lang` (its messages and its UI language). */
export async function useLocale(lang: string, uiLanguage = lang.replace('_', '-')): Promise<void> {
  const getMessage = getMessageFrom(await messagesOf(lang));
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => uiLanguage });
}
