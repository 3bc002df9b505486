import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ratesFor } from '@/utils/rates/service';
import { highlightsOn, readerCurrency } from '@/utils/settings';

const ROOT = join(import.meta.dirname, '../..');
const SHIPPED = ['entrypoints', 'components', 'utils'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = SHIPPED.flatMap((d) => files(join(ROOT, d))).map((path) => ({
  path: relative(ROOT, path),
  code: readFileSync(path, 'utf8'),
}));

describe('what ships to the browser', () => {
  it.each([
    ['innerHTML', /\.(?:inner|outer)HTML\s*=|insertAdjacentHTML/],
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['eval', /\beval\s*\(|new Function\s*\(/],
    ['postMessage from the page', /addEventListener\(\s*['"]message['"]|\bonmessage\s*=|\.postMessage\(/],
    ['remote scripts', /import\(\s*['"]https?:|<script[^>]+src=["']https?:/],
  ])('never uses %s', (_name, pattern) => {
    const offenders = sources.filter((s) => pattern.test(s.code)).map((s) => s.path);
    expect(offenders).toEqual([]);
  });

  it('was actually read', () => {
    expect(sources.length).toBeGreaterThan(20);
  });
});

describe('the layers', () => {
  const code = (dir: string) =>
    files(join(ROOT, dir)).map((path) => ({ path: relative(ROOT, path), code: readFileSync(path, 'utf8') }));
  // An import or a dynamic import whose path reaches into a folder.
  const importsFrom = (folder: string) =>
    new RegExp(String.raw`(?:from|import)\s*\(?\s*['"](?:@/|(?:\.\./)+)${folder}/`);

  it.each([
    ['scripts', 'test'],
    ['utils', 'test'],
    ['utils', 'scripts'],
    ['components', 'test'],
    ['entrypoints', 'test'],
  ])('%s never imports %s/', (dir, folder) => {
    const sources = code(dir);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => importsFrom(folder).test(s.code)).map((s) => s.path)).toEqual([]);
  });

  it('the check sees an import when there is one', () => {
    expect(importsFrom('test').test(`import { x } from '../test/harness/browsers';`)).toBe(true);
    expect(importsFrom('test').test(`import { x } from '@/test/harness/browsers';`)).toBe(true);
    expect(importsFrom('test').test(`const dir = join(ROOT, 'test/fixtures/seed-legacy');`)).toBe(false);
  });
});

describe('a full storage quota breaks nothing', () => {
  const quota = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));

  it('rates are still given when they cannot be cached', async () => {
    const good = { amount: 1, base: 'CNY', date: '2020-12-18', rates: { USD: 0.15296, EUR: 0.12477 } };
    const set = await ratesFor('2020-12-19', {
      cache: { get: async () => undefined, set: quota },
      fetch: vi.fn(async () => new Response(JSON.stringify(good))) as unknown as typeof fetch,
    });
    expect(set).toMatchObject({ source: 'ECB via Frankfurter', rates: { USD: 0.15296 } });
  });

  it('a broken cache read falls through to fetching', async () => {
    const set = await ratesFor('2020-12-19', {
      cache: { get: quota, set: quota },
      fetch: vi.fn(quota) as unknown as typeof fetch,
    });
    expect(set).toMatchObject({ source: 'ECB, bundled', date: '2020-12-18' });
  });

  it('a setting that cannot be saved is reported, and the others still read', async () => {
    fakeBrowser.reset();
    await readerCurrency.setValue('EUR');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(quota);
    await expect(highlightsOn.setValue(false)).rejects.toThrow(/QUOTA/);
    expect(await readerCurrency.getValue()).toBe('EUR');
    expect(await highlightsOn.getValue()).toBe(true);
  });
});
