/** The popup's one way to the page: which tab, and what its content script read. */
import { browser } from 'wxt/browser';
import type { PopupView } from '@/components/Popup';
import { classifyUrl } from '@/utils/gt-url';
import { isResponse, type Request } from '@/utils/messages';

const READ_POLL_MS = 150;
const READ_POLL_LIMIT = 40;

/** `?tabId=N` when opened as a tab (tests, debugging); the active tab as the toolbar popup. */
async function targetTab(): Promise<{ id: number; url?: string } | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) {
    const id = Number(param);
    return Number.isInteger(id) ? await browser.tabs.get(id) as { id: number; url?: string } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

async function askPage(tabId: number): Promise<PopupView> {
  const request: Request<'get-page-state'> = { type: 'get-page-state' };
  const reply: unknown = await browser.tabs.sendMessage(tabId, request);
  if (!isResponse('get-page-state', reply)) {
    return { state: 'error', message: 'the page answered in a form GT Lens does not understand.' };
  }
  return reply;
}

let currentTab: number | null = null;

/** Asks the page to scroll to a mention and flash it; false when it could not. */
export async function showInPage(mention: number): Promise<boolean> {
  if (currentTab === null) return false;
  try {
    const request: Request<'show-mention'> = { type: 'show-mention', mention };
    const reply: unknown = await browser.tabs.sendMessage(currentTab, request);
    return isResponse('show-mention', reply) && reply.shown;
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
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
  // Without the "tabs" permission a tab's address is only visible on our hosts: no address, not ours.
  if (!tab || !tab.url || classifyUrl(tab.url).kind === 'not-gt') return onUpdate({ state: 'not-gt' });
  for (let attempt = 0; attempt < READ_POLL_LIMIT; attempt++) {
    let view: PopupView;
    try {
      view = await askPage(tab.id);
    } catch {
      return onUpdate({ state: 'unreachable' });
    }
    onUpdate(view);
    if (view.state !== 'reading') return;
    await new Promise((resolve) => setTimeout(resolve, READ_POLL_MS));
  }
  onUpdate({ state: 'error', message: 'reading the page took too long.' });
}
