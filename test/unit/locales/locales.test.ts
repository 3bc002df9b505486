import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelKey } from '@/utils/page/place-lines';
import { PLACE_LEVELS } from '@/utils/places/types';
import { getMessageFrom, LANGUAGES, messagesOf } from './use-locale';

const ROOT = join(import.meta.dirname, '../../..');
// Where interface strings are asked for: i18n.t('key') in every entry point, the overlay and their parts, the
// figures' wording; __MSG_key__ in the manifest and its commands.
const SOURCES = ['components', 'entrypoints', 'utils/page', 'utils/format', 'wxt.config.ts'];
// The brand and the folded tab's "GT" stay as they are in every language.
const BRAND_KEYS = ['extName', 'overlayTab'];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((f) => files(join(path, f)));
}

const used = new Set([
  ...SOURCES.flatMap(files)
    .map((f) => readFileSync(f, 'utf8'))
    .flatMap((text) => [...text.matchAll(/\bt\('([A-Za-z]\w*)'|__MSG_(\w+)__/g)].map((m) => m[1] ?? m[2]!)),
  // The places' levels, whose keys are made from the level's name.
  ...PLACE_LEVELS.map(levelKey),
]);

describe('interface languages', () => {
  it('has English and Simplified Chinese', () => {
    expect(LANGUAGES.sort()).toEqual(['en', 'zh_CN']);
  });

  it.each(LANGUAGES)('%s has every key the code uses, and no key the code does not use', async (lang) => {
    const keys = Object.keys(await messagesOf(lang));
    expect([...used].filter((k) => !keys.includes(k)).sort()).toEqual([]);
    expect(keys.filter((k) => !used.has(k)).sort()).toEqual([]);
  });

  it('gives each key the same substitutions and plural forms in every language', async () => {
    const [en, zh] = await Promise.all([messagesOf('en'), messagesOf('zh_CN')]);
    const shape = (text: string) => ({
      subs: [...new Set(text.match(/\$[1-9]/g) ?? [])].sort(),
      forms: text.split(' | ').length,
    });
    for (const key of Object.keys(en)) expect([key, shape(zh[key]!.message)]).toEqual([key, shape(en[key]!.message)]);
  });

  it('leaves no English sentence in the Chinese file', async () => {
    const zh = await messagesOf('zh_CN');
    const untranslated = Object.entries(zh)
      .filter(([key]) => !BRAND_KEYS.includes(key))
      .filter(([, m]) => !/[\u4e00-\u9fff]/.test(m.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('substitutes as the browser does', async () => {
    const t = getMessageFrom(await messagesOf('en'));
    expect(t('byline', ['Zhang Han'])).toBe('By Zhang Han');
    expect(t('amountHint')).toContain('HK$2 billion');
  });
});
