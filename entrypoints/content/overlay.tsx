/** Mounts the overlay component in its shadow root, wired to the extension: settings, conversions, memory, commands. */

import { browser } from '@wxt-dev/browser';
import { render } from 'preact';
import { Overlay } from '@/components/Overlay';
import { QuietOverlay } from '@/components/QuietOverlay';
import type { Entity, Mention } from '@/utils/analysis/types';
import { type LookupQuery, lookupFrameUrl } from '@/utils/lookup/lookup-frame';
import { entityKey } from '@/utils/memory/article-record';
import { editsFrameUrl } from '@/utils/memory/edits-frame';
import { recallFrameUrl } from '@/utils/memory/recall-frame';
import { NATIVE_PLACES_LIMITS } from '@/utils/messaging/messages';
import { askBackgroundFromThePage } from '@/utils/messaging/own-extension';
import { moneyOf } from '@/utils/page/card-content';
import { frameOfItsOwn } from '@/utils/page/frames';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import type { PageCommand } from '@/utils/page/page-commands';
import type { CardNative } from '@/utils/page/place-lines';
import { memoryOn, savePageSettings } from '@/utils/settings';
import { TEST_HOOKS } from '@/utils/test-hooks';
import type { QuietContext } from './quiet-context';

/** A money mention in the reader's currency at the article's-day rates, asked of the background. */
function articleConversions(annotator: PageAnnotator): (mention: Mention) => Promise<string | null> {
  return async (mention) => {
    const day = annotator.state.state === 'article' ? annotator.state.article.published?.slice(0, 10) : undefined;
    const money = moneyOf(mention);
    if (!day || !money) return null;
    return (await askBackgroundFromThePage({ type: 'convert-money', ...money, date: day })) ?? null;
  };
}

/** A figure's value and a traditional unit's measure, worded by the background. */
const figureLines = async ({ type, value }: Mention) =>
  (await askBackgroundFromThePage({ type: 'figure-lines', figure: { type, value } })) ?? null;

/**
 * The reading-memory frame of an entity's card, while the reading log is on: the frame asks the
 * background itself, so that the reader's history never enters the page.
 */
function articleMemory(annotator: PageAnnotator, memory: { on: boolean }): (entity: Entity) => string | null {
  return (entity) => {
    const { state } = annotator;
    if (state.state !== 'article' || !memory.on) return null;
    return recallFrameUrl(browser.runtime.getURL('/recall.html'), {
      key: entityKey(entity.type, entity.name),
      url: state.article.url ?? location.href,
      title: state.article.title,
    });
  };
}

/** The legend's edit-notice frame for this reading, while the log is on; it asks the background itself. */
function articleEditsFrame(annotator: PageAnnotator, memory: { on: boolean }, visit: { at: string }) {
  return () => {
    const { state } = annotator;
    if (state.state !== 'article' || !memory.on || !visit.at) return null;
    const url = state.article.url ?? location.href;
    return editsFrameUrl(browser.runtime.getURL('/edits.html'), { url, visit: visit.at });
  };
}

/** The Chinese names of this article's places, asked of the background once (its data never loads here). */
function articleNativeNames(annotator: PageAnnotator): (entity: Entity) => Promise<CardNative | null> {
  let asked: Promise<Record<string, CardNative>> | null = null;
  return async (entity) => {
    const { state } = annotator;
    if (state.state !== 'article' || entity.type !== 'PLACE') return null;
    asked ??= askBackgroundFromThePage({
      type: 'native-place-lines',
      names: state.analysis.entities
        .filter((e) => e.type === 'PLACE' && e.name.length <= NATIVE_PLACES_LIMITS.length)
        .map((e) => e.name)
        .slice(0, NATIVE_PLACES_LIMITS.names),
    }).then(
      (reply) => reply ?? {},
      () => ({}),
    );
    return (await asked)[entity.name] ?? null;
  };
}

/**
 * Who a person or organization is (issue 24): a frame of the extension's own that asks the
 * background on the reader's click and follows the reader's look-up setting itself.
 */
const lookUpIdentityFrame = (query: LookupQuery) => lookupFrameUrl(browser.runtime.getURL('/lookup.html'), query);

/** Marks the overlay's host, for the next copy of this script to find after an update. */
export const OVERLAY_HOST_ATTRIBUTE = 'data-gt-lens-overlay';

/**
 * The overlay's host and its closed shadow root. A shadow root of our own rather than WXT's UI
 * helper: the same isolation in 4 KB gzip less. Closed, so that no script of the page reaches the
 * legend or the card; under a tag name of its own on each page, so that no element the page
 * defines takes it over. Builds for tests open it when the test asks (the page's main world is
 * where the tests look); the shipped build never does.
 */
function overlayHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement(`gt-lens-${Math.random().toString(36).slice(2, 10)}`);
  host.setAttribute(OVERLAY_HOST_ATTRIBUTE, '');
  const open = TEST_HOOKS && document.documentElement.hasAttribute('data-gtl-test-open-shadow');
  return { host, shadow: host.attachShadow({ mode: open ? 'open' : 'closed' }) };
}

/**
 * An older copy's overlay, left by an update (Firefox runs the new version's script in the tabs
 * already open, and the old one can no longer remove what it drew), goes; so does one of a
 * version before this host had its attribute.
 */
function removeLeftoverOverlays(): void {
  for (const old of document.querySelectorAll(`[${OVERLAY_HOST_ATTRIBUTE}], gt-lens-overlay`)) old.remove();
}

/**
 * The overlay's stylesheet (entrypoints/overlay-style.css), read from the extension's own file:
 * the overlay mounts after the highlights, so the page waits for nothing, and this script does
 * not carry 1.4 KB gzip of CSS that no article needs before its marks.
 */
async function overlayCss(): Promise<string> {
  const reply = await fetch(browser.runtime.getURL('/assets/overlay-style.css' as '/recall.html'));
  if (!reply.ok) throw new Error(`overlay stylesheet: HTTP ${reply.status}`);
  return reply.text();
}

/** Reads the overlay's stylesheet, then mounts the overlay (unless the script ended meanwhile). */
export async function mountOverlay(
  ctx: QuietContext,
  annotator: PageAnnotator,
  startCollapsed: boolean,
  onCommand: (run: (command: PageCommand) => void) => () => void,
  visit: { at: string },
) {
  const css = await overlayCss();
  // Drawn in a frame of its own: on a page whose text stands deep, never in the frame that lays
  // out the marks or the statements' cues (utils/page/frames.ts).
  await frameOfItsOwn(window);
  if (ctx.isInvalid) return;
  // The reading log on or off, as the reader last chose, followed while the page is open.
  const memory = { on: true };
  memoryOn.getValue().then(
    (on) => (memory.on = on),
    () => {},
  );
  ctx.onInvalidated(memoryOn.watch((on) => (memory.on = on)));
  const lookups = {
    figure: figureLines,
    convert: articleConversions(annotator),
    memoryFrame: articleMemory(annotator, memory),
    native: articleNativeNames(annotator),
    identityFrame: lookUpIdentityFrame,
  };
  removeLeftoverOverlays();
  const { host, shadow } = overlayHost();
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  shadow.append(style, root);
  // Keys typed in the overlay stay in it: the page's own shortcuts never see them.
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);
  render(
    <QuietOverlay>
      <Overlay
        page={annotator}
        doc={document}
        startCollapsed={startCollapsed}
        save={savePageSettings}
        lookups={lookups}
        editsFrame={articleEditsFrame(annotator, memory, visit)}
        onCommand={onCommand}
      />
    </QuietOverlay>,
    root,
  );
  // The overlay leaves the page first: unmounting can reach an extension API that an orphaned
  // script no longer has, and throw (seen when the reload came while a card was opening).
  ctx.onInvalidated(() => {
    host.remove();
    render(null, root);
  });
}
