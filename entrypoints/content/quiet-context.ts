/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts points `wxt/utils/content-script-context`
 * here): the same life as an AbortSignal, without a word to the page. WXT's own context announces
 * every start with a `window.postMessage` and a document CustomEvent named after the extension's
 * id, and stops when a CustomEvent of that name reaches the document: any script on the page could
 * learn that GT Lens is installed, learn its id, and switch it off (issue 20; the case for WXT is
 * in docs/upstream/wxt-content-script-context.md). An older copy of this script left on the page
 * by an update is cleared by the new one instead (removeLeftoverOverlays in entrypoints/content/overlay.tsx).
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

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => this.isValid && handler(), timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => this.isValid && callback(t));
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  notifyInvalidated(): void {
    if (!this.signal.aborted) this.abort('Content script context invalidated');
  }
}
