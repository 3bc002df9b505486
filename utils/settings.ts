/**
 * The reader's settings, as typed extension-storage items with defaults. A stored value of the
 * wrong shape reads as the default. (A dozen lines instead of @wxt-dev/storage: it kept 5 KB
 * gzip out of the content script, which every article page loads.) `defineSetting` is marked
 * free of side effects, so that a bundle keeps only the items it reads.
 */
import { browser } from '@wxt-dev/browser';
import type { MentionType } from './analysis/types';
import type { MemoryProblemCode } from './memory/memory-service';
import { LABELS } from './page/mark-style';
import { currencyOfLocale } from './rates/currencies';
import { isCurrencyCode } from './rates/types';

export type LabelVisibility = Record<MentionType, boolean>;

export interface Setting<T> {
  key: string;
  fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value whenever any tab changes it; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

/** The browser's session storage where this context may use it (not Chrome's content scripts), else null. */
async function sessionGet(key: string): Promise<unknown> {
  try {
    return (await browser.storage.session?.get(key))?.[key];
  } catch {
    return undefined;
  }
}

/**
 * A typed item of the extension's storage. With `choiceHolds`, every choice is also kept in the
 * browser's session storage (its own quota, in memory) and read from there first: a choice that
 * local storage cannot keep (full, failing) still holds until the browser closes, and the save
 * still rejects so that the page can say so.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSetting<T>(
  key: string,
  fallback: T,
  normalize: (stored: unknown) => T,
  { choiceHolds = false } = {},
): Setting<T> {
  const read = (stored: unknown) => (stored === undefined ? fallback : normalize(stored));
  return {
    key,
    fallback,
    async getValue() {
      const held = choiceHolds ? await sessionGet(key) : undefined;
      if (held !== undefined) return read(held);
      const got = await browser.storage.local.get(key);
      return read(got[key]);
    },
    async setValue(value) {
      if (choiceHolds) await browser.storage.session?.set({ [key]: value }).catch(() => {});
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if ((area === 'local' || (choiceHolds && area === 'session')) && key in changes)
          callback(read(changes[key]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

const bool = (fallback: boolean) => (stored: unknown) => (typeof stored === 'boolean' ? stored : fallback);

/** Repairs a stored label map: unknown keys dropped, missing or non-boolean ones shown. */
export function normalizeVisibility(stored: unknown): LabelVisibility {
  const map = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(LABELS.map((l) => [l, typeof map[l] === 'boolean' ? map[l] : true])) as LabelVisibility;
}

/** Which labels are highlighted. */
export const visibleLabels = defineSetting<LabelVisibility>(
  'visibleLabels',
  normalizeVisibility(undefined),
  normalizeVisibility,
);
/** Whether a card's "Look up" may ask Wikidata (issue 24); the host permission is asked for separately. */
export const identityLookupOn = defineSetting('identityLookupOn', true, bool(true));
/** Highlights on or off for every article. */
export const highlightsOn = defineSetting('highlightsOn', true, bool(true));
/** Who speaks shown at each statement's cue on the page (issue 22), the legend's "Voices". */
export const voicesShown = defineSetting('voicesShown', true, bool(true));
/** The floating legend folded to its button. */
export const legendCollapsed = defineSetting('legendCollapsed', false, bool(false));

/** The reader's currency for conversions; empty means "from the browser's locale". */
export const readerCurrency = defineSetting('readerCurrency', '', (stored) => (isCurrencyCode(stored) ? stored : ''));

/**
 * Remember the articles read, on this device (the reading log). The reader's last choice holds
 * even when it could not be stored: "off" keeps the log empty while the browser runs.
 */
export const memoryOn = defineSetting('memoryOn', true, bool(true), { choiceHolds: true });
/** How long the reading log keeps an article, in days. */
export const RETENTION_CHOICES = [30, 90, 365] as const;
export const retentionDays = defineSetting<number>('retentionDays', 90, (stored) =>
  RETENTION_CHOICES.includes(stored as (typeof RETENTION_CHOICES)[number]) ? (stored as number) : 90,
);
/** What went wrong when the log last failed to write, for the log page to say; null when all is well. */
export interface MemoryProblem {
  at: string;
  message: MemoryProblemCode;
}
export const memoryProblem = defineSetting<MemoryProblem | null>('memoryProblem', null, (stored) => {
  const p = stored as Partial<MemoryProblem> | null;
  return p && typeof p.at === 'string' && (p.message === 'storage-full' || p.message === 'storage-failed')
    ? { at: p.at, message: p.message }
    : null;
});

/** The reader's currency: their choice, else their locale's, else USD (also when storage fails). */
export async function effectiveCurrency(): Promise<string> {
  const stored = await readerCurrency.getValue().catch(() => '');
  return stored || currencyOfLocale(navigator.language);
}

/** What the page needs at start: highlights on, the hidden types, the legend folded. */
export interface PageSettings {
  highlights: boolean;
  hidden: ReadonlySet<MentionType>;
  collapsed: boolean;
  voices: boolean;
}

const hiddenOf = (visibility: LabelVisibility) => new Set(LABELS.filter((l) => !visibility[l]));

const warn = (what: string, err: unknown) => console.warn(`[GT Lens] ${what}:`, err);

/** Reads the page's settings in one go; storage that fails reads as the defaults. */
export async function readPageSettings(): Promise<PageSettings> {
  try {
    const [highlights, visibility, collapsed, voices] = await Promise.all([
      highlightsOn.getValue(),
      visibleLabels.getValue(),
      legendCollapsed.getValue(),
      voicesShown.getValue(),
    ]);
    return { highlights, hidden: hiddenOf(visibility), collapsed, voices };
  } catch (err) {
    warn('settings unavailable, using defaults', err);
    return {
      highlights: highlightsOn.fallback,
      hidden: new Set(),
      collapsed: legendCollapsed.fallback,
      voices: voicesShown.fallback,
    };
  }
}

/** Saves without ever throwing; false when the browser could not store it (the legend says so). */
const save = <T>(setting: Setting<T>, value: T): Promise<boolean> =>
  setting.setValue(value).then(
    () => true,
    (err) => {
      warn(`could not save ${setting.key}`, err);
      return false;
    },
  );

export const savePageSettings = {
  highlights: (on: boolean) => save(highlightsOn, on),
  hidden: (hidden: ReadonlySet<MentionType>) =>
    save(visibleLabels, Object.fromEntries(LABELS.map((l) => [l, !hidden.has(l)])) as LabelVisibility),
  collapsed: (collapsed: boolean) => save(legendCollapsed, collapsed),
  voices: (on: boolean) => save(voicesShown, on),
};

/** Follows changes made in other tabs (or the options page); returns the unwatch. */
export function watchPageSettings(on: {
  highlights: (on: boolean) => void;
  hidden: (hidden: ReadonlySet<MentionType>) => void;
  voices?: (on: boolean) => void;
}): () => void {
  const unwatch = [highlightsOn.watch(on.highlights), visibleLabels.watch((v) => on.hidden(hiddenOf(v)))];
  if (on.voices) unwatch.push(voicesShown.watch(on.voices));
  return () => {
    for (const u of unwatch) u();
  };
}
