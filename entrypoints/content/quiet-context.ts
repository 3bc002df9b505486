/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts points `wxt/utils/content-script-context`
 * here): the same life as an AbortSignal, without a word to the page. WXT's own context announces
 * every start with a `window.postMessage` and a document CustomEvent named after the extension's
 * id, and stops when a CustomEvent of that name reaches the document: any script on the page could
 * learn that GT Lens is installed, learn its id, and switch it off (issue 20; the case for WXT is
 * in docs/upstream/wxt-content-script-context.md). An older copy of this script left on the page
 * by an update is cleared by the new one instead (removeLeftoverOverlays in entrypoints/content/overlay.tsx).
 * It carries only what GT Lens uses (the signal, isInvalid, onInvalidated; WXT's timers and
 * listeners are not here): the script's modules take it as `QuietContext`, so that reaching for
 * another of WXT's members is a type error rather than a call that fails in the page.
 */
import { browser } from '@wxt-dev/browser';

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** An updated, reloaded or removed extension leaves this script without a runtime: it ends. */
  get isInvalid(): boolean {
    let alive = false;
    try {
      alive = browser.runtime?.id != null;
    } catch {
      // Firefox: the old script's extension objects are dead after an update.
    }
    if (!alive) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /**
   * Runs `cb` when the script ends. In an orphaned script the extension's APIs throw ("Extension
   * context invalidated"); a callback that still reaches one ends quietly, and the others run.
   */
  onInvalidated(cb: () => void): () => void {
    const run = () => {
      try {
        cb();
      } catch {
        // Nothing to tell: the extension this script belonged to is gone.
      }
    };
    this.signal.addEventListener('abort', run);
    return () => this.signal.removeEventListener('abort', run);
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abort('Content script context invalidated');
  }
}

/** What the content script's modules may use of their context. */
export type QuietContext = Pick<ContentScriptContext, 'signal' | 'isInvalid' | 'onInvalidated'>;
