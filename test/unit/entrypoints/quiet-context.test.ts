/**
 * The content script's own context (entrypoints/content/quiet-context.ts): it ends when the
 * extension is gone, and every clean-up runs even when one reaches an API that throws, as an
 * orphaned script's APIs do after an update or reload.
 */
import { browser } from '@wxt-dev/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from '@/entrypoints/content/quiet-context';

const runtime = browser.runtime as { id?: string };
const id = runtime.id;
afterEach(() => {
  runtime.id = id;
});

describe('ContentScriptContext', () => {
  it('stays valid while the extension is there', () => {
    const ctx = new ContentScriptContext('content');
    expect(id).toBeTruthy();
    expect(ctx.isInvalid).toBe(false);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('ends on the first read once the extension is gone, and runs every clean-up though one throws', () => {
    const ctx = new ContentScriptContext('content');
    const ran: string[] = [];
    ctx.onInvalidated(() => ran.push('first'));
    ctx.onInvalidated(() => {
      ran.push('throws');
      throw new Error('Extension context invalidated.');
    });
    ctx.onInvalidated(() => ran.push('last'));
    const dropped = ctx.onInvalidated(() => ran.push('dropped'));
    dropped();
    runtime.id = undefined;
    expect(() => ctx.isInvalid).not.toThrow();
    expect(ctx.signal.aborted).toBe(true);
    expect(ran).toEqual(['first', 'throws', 'last']);
    expect(ctx.isValid).toBe(false);
  });
});
