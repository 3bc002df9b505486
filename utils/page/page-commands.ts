/**
 * The browser keyboard commands of the article page. The suggested keys clash with no Chrome or
 * Firefox shortcut (Alt+Shift with H, comma and period are free in both); readers can change them
 * in the browser's own shortcut settings.
 */
import { COMMAND_DESCRIPTIONS } from './overlay-messages';

export type PageCommand = keyof typeof COMMAND_DESCRIPTIONS;

const SUGGESTED_KEYS: Record<PageCommand, string> = {
  'toggle-highlights': 'Alt+Shift+H',
  'next-mention': 'Alt+Shift+Period',
  'previous-mention': 'Alt+Shift+Comma',
};

export const isPageCommand = (x: unknown): x is PageCommand =>
  typeof x === 'string' && Object.hasOwn(SUGGESTED_KEYS, x);

/** The manifest's `commands` entry. */
export const MANIFEST_COMMANDS = Object.fromEntries(
  (Object.keys(SUGGESTED_KEYS) as PageCommand[]).map((c) => [
    c,
    { suggested_key: { default: SUGGESTED_KEYS[c] }, description: COMMAND_DESCRIPTIONS[c] },
  ]),
);
