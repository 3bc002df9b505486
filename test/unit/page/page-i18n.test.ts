import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TYPE_NAMES, toggleName } from '@/utils/page/overlay-messages';
import { i18n } from '@/utils/page/page-i18n';
import { importGraph, ROOT } from '../import-graph';

describe('the page’s words', () => {
  it('are the extension’s own while it is there', () => {
    expect(i18n.t('typePerson')).toBe('Person');
    expect(toggleName(3)).toBe('GT Lens, 3 highlights');
  });

  it('are empty, and throw nothing, once an update has orphaned the script', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(i18n.t('typePerson')).toBe('');
    expect(TYPE_NAMES.DATE()).toBe('');
    expect(toggleName(3)).toBe('');
  });

  it('are the only words the content script asks of the extension', () => {
    const asking = [...importGraph('entrypoints/content/index.tsx')].filter(
      (f) => /\.tsx?$/.test(f) && /from\s+['"]#i18n['"]/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(asking).toEqual(['utils/page/page-i18n.ts']);
  });
});
