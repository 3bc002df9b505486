import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '@/utils/analysis/types';
import { annotateDocument, withNativeNames } from '@/utils/annotation';
import { parsePage } from '../../../scripts/parse-page';
import { FIXTURES_DIR } from '../../harness/fixtures';

const place = (name: string): Entity => ({ id: `PLACE:${name}`, type: 'PLACE', name, mentions: [0], salience: 1 });

describe('annotate: entities[].native', () => {
  it('gives the seed’s Chinese places their Chinese name, pinyin, level and parent', () => {
    const page = readFileSync(join(FIXTURES_DIR, 'seed-legacy/page.html'), 'utf8');
    const result = annotateDocument(parsePage(page), 'https://www.globaltimes.cn/content/1210393.shtml');
    if (!result.isArticle) throw new Error(result.reason);
    const byName = Object.fromEntries(result.entities.map((e) => [e.name, e]));
    expect(byName.Shaoxing!.native).toEqual({
      name: '绍兴市',
      pinyin: 'Shàoxīng',
      level: 'prefecture-level-city',
      parent: { name: '浙江省', pinyin: 'Zhèjiāng' },
    });
    expect(byName['Zhejiang Province']!.native?.name).toBe('浙江省');
    expect(byName.Pudong!.native?.name).toBe('浦东新区');
    expect(byName.China!.native).toBeUndefined();
    // People and organizations never carry one, even where a name reads like a place.
    expect(result.entities.filter((e) => e.type !== 'PLACE' && ('native' in e || 'nativeCandidates' in e))).toEqual([]);
  });

  it('lists the candidates when the article does not decide, and decides Huangpu in a Shanghai article', () => {
    const [alone] = withNativeNames([place('Huangpu')]);
    expect(alone!.native).toBeUndefined();
    expect(alone!.nativeCandidates?.map((c) => c.name)).toEqual(['黄浦区', '黄埔区']);
    const [huangpu] = withNativeNames([place('Huangpu'), place('Shanghai')]);
    expect(huangpu!.native?.name).toBe('黄浦区');
    const org: Entity = { ...place('Huangpu'), type: 'ORG', id: 'ORG:Huangpu' };
    expect(withNativeNames([org])[0]).toEqual(org);
  });
});
