/** The popup's one way to the page: which tab, and what its content script read. */
import { browser } from 'wxt/browser';
import type { PopupView } from '@/components/Popup';
import type { AlsoIn } from '@/utils/memory/article-record';
import type { EditsReply } from '@/utils/memory/article-versions';
import { askThePage, NATIVE_PLACES_LIMITS, type Request } from '@/utils/messaging/messages';
import { askBackground } from '@/utils/messaging/own-extension';
import { classifyUrl } from '@/utils/page/gt-url';
import type { NativeLookup } from '@/utils/places/types';
import type { RateSet } from '@/utils/rates/types';
import { readerCurrency } from '@/utils/settings';

const READ_POLL_MS = 150;
const READ_POLL_LIMIT = 40;

/** `?tabId=N` when opened as a tab (tests, debugging); the active tab as the toolbar popup. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) ? ((await browser.tabs.get(id)) as { id: number; url?: string }) : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

const toTab = (tabId: number) => (request: Request) => browser.tabs.sendMessage(tabId, request) as Promise<unknown>;

async function askPage(tabId: number): Promise<PopupView> {
  const reply = await askThePage(toTab(tabId), { type: 'get-page-state' });
  return reply ?? { state: 'error', message: 'the page answered in a form GT Lens does not understand.' };
}

let currentTab: number | null = null;
let currentUrl = '';

/** Asks the page to scroll to a mention and flash it; false when it could not. */
export async function showInPage(mention: number): Promise<boolean> {
  if (currentTab === null) return false;
  try {
    return (await askThePage(toTab(currentTab), { type: 'show-mention', mention }))?.shown === true;
  } catch {
    return false;
  }
}

const rateCache = new Map<string, Promise<RateSet | null>>();

/** Rates of a day from the background (live, cached or bundled); null when none is known. */
export function getRates(date: string): Promise<RateSet | null> {
  let pending = rateCache.get(date);
  if (!pending) {
    pending = askBackground({ type: 'get-rates', date }).then(
      (reply) => reply ?? null,
      () => null,
    );
    rateCache.set(date, pending);
  }
  return pending;
}

/** This article's entities in the reading log; none when the log cannot answer. */
export async function recall(
  article: { url: string | null; title: string },
  keys: string[],
): Promise<Record<string, AlsoIn>> {
  try {
    const request = { type: 'recall-entities', url: article.url ?? currentUrl, title: article.title, keys } as const;
    return (await askBackground(request)) ?? {};
  } catch {
    return {};
  }
}

/** The versions kept of this article and its last edit (issue 25); 'unavailable' when the background cannot answer. */
export async function articleEdits(url: string | null): Promise<EditsReply> {
  try {
    return (await askBackground({ type: 'article-edits', url: url ?? currentUrl })) ?? { code: 'unavailable' };
  } catch {
    return { code: 'unavailable' };
  }
}

/** The Chinese names of the article's places (issue 24); none when the background cannot answer. */
export async function nativePlaces(names: string[]): Promise<Record<string, NativeLookup>> {
  try {
    const fitting = names.filter((n) => n.length <= NATIVE_PLACES_LIMITS.length).slice(0, NATIVE_PLACES_LIMITS.names);
    return (await askBackground({ type: 'native-places', names: fitting })) ?? {};
  } catch {
    return {};
  }
}

export function saveCurrency(code: string): void {
  readerCurrency.setValue(code).catch(() => {});
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Hands a file to the browser's downloads through a link: no permission needed. */
export function downloadText(name: string, type: string, text: string): boolean {
  try {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    return true;
  } catch {
    return false;
  }
}

export async function loadView(onUpdate: (view: PopupView) => void): Promise<void> {
  let tab: { id: number; url?: string } | null;
  try {
    tab = await targetTab();
  } catch {
    return onUpdate({ state: 'unreachable' });
  }
  currentTab = tab?.id ?? null;
  currentUrl = tab?.url ?? '';
  // Without the "tabs" permission a tab's address is only visible on our hosts: no address, not ours.
  if (!tab?.url || classifyUrl(tab.url).kind === 'not-gt') return onUpdate({ state: 'not-gt' });
  // An article shown before its statements came (Chrome reads who is speaking after the marks):
  // asked again until they come, shown again only then.
  let waitingForVoices = false;
  for (let attempt = 0; attempt < READ_POLL_LIMIT; attempt++) {
    let view: PopupView;
    try {
      view = await askPage(tab.id);
    } catch {
      return waitingForVoices ? undefined : onUpdate({ state: 'unreachable' });
    }
    const voicesPending = view.state === 'article' && !view.analysis.attributions;
    if (!(waitingForVoices && voicesPending)) onUpdate(view);
    waitingForVoices = voicesPending;
    if (view.state !== 'reading' && !voicesPending) return;
    await new Promise((resolve) => setTimeout(resolve, READ_POLL_MS));
  }
  if (!waitingForVoices) onUpdate({ state: 'error', message: 'reading the page took too long.' });
}
