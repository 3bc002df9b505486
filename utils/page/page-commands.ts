/**
 * The browser keyboard commands of the article page. The suggested keys clash with no Chrome or
 * Firefox shortcut (Alt+Shift with H, comma and period are free in both); readers can change them
 * in the browser's own shortcut settings.
 */
const SUGGESTED_KEYS = {
  'toggle-highlights': 'Alt+Shift+H',
  'next-mention': 'Alt+Shift+Period',
  'previous-mention': 'Alt+Shift+Comma',
  // Chrome suggests at most four keys per extension: the previous statement has none to start
  // with (the next one wraps around; readers can set one in the shortcut settings).
  'next-statement': 'Alt+Shift+V',
  'previous-statement': null,
} as const;

export type PageCommand = keyof typeof SUGGESTED_KEYS;

/** What the browser's shortcut settings list for each command, in the reader's language. */
const DESCRIPTIONS: Record<PageCommand, string> = {
  'toggle-highlights': '__MSG_commandToggleHighlights__',
  'next-mention': '__MSG_commandNextMention__',
  'previous-mention': '__MSG_commandPreviousMention__',
  'next-statement': '__MSG_commandNextStatement__',
  'previous-statement': '__MSG_commandPreviousStatement__',
};

export const isPageCommand = (x: unknown): x is PageCommand =>
  typeof x === 'string' && Object.hasOwn(SUGGESTED_KEYS, x);

/** The manifest's `commands` entry (a pure call: only wxt.config.ts reads it, so no bundle keeps it). */
const manifestCommands = () =>
  Object.fromEntries(
    (Object.keys(SUGGESTED_KEYS) as PageCommand[]).map((c) => {
      const key = SUGGESTED_KEYS[c];
      return [c, { ...(key ? { suggested_key: { default: key } } : {}), description: DESCRIPTIONS[c] }];
    }),
  );
export const MANIFEST_COMMANDS = /* @__PURE__ */ manifestCommands();
