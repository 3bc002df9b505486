// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MentionCard } from '@/components/MentionCard';
import type { Entity, Mention } from '@/utils/analysis/types';
import { cardContent, cardSummary } from '@/utils/page/card-content';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import { cardNative, chipNative, levelName } from '@/utils/page/place-lines';
import { nativePlaces } from '@/utils/places/native-place';
import { type NativeName, PLACE_LEVELS } from '@/utils/places/types';
import { overlayOnSeed } from '../../harness/seed-overlay';
import { LANGUAGES, useLocale } from '../locales/use-locale';

afterEach(cleanup);

const shaoxing: NativeName = {
  name: '绍兴市',
  pinyin: 'Shàoxīng',
  level: 'prefecture-level-city',
  parent: { name: '浙江省', pinyin: 'Zhèjiāng' },
};
const mention: Mention = { type: 'PLACE', text: 'Shaoxing', paragraph: 0, start: 0, end: 8, value: null, entity: 'x' };
const entity: Entity = { id: 'x', type: 'PLACE', name: 'Shaoxing', mentions: [0], salience: 1 };
const base = { anchor: { top: 100, bottom: 120, left: 40 }, viewport: { width: 1200, height: 900 } };

describe('the names of the levels', () => {
  it.each(LANGUAGES)('every level has its name in %s', async (lang) => {
    await useLocale(lang);
    expect(PLACE_LEVELS.filter((level) => !levelName(level))).toEqual([]);
    await useLocale('en');
    expect(levelName('prefecture-level-city')).toBe('Prefecture-level city');
  });
});

describe('the card of a Chinese place', () => {
  it('shows the Chinese name (marked as Chinese), its pinyin and where it sits', () => {
    const content = { ...cardContent(0, mention, entity), native: cardNative({ found: shaoxing }) };
    render(<MentionCard {...base} content={content} />);
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toBe('PlaceShaoxing绍兴市 ShàoxīngPrefecture-level city in 浙江省 ZhèjiāngMentioned once');
    expect(within(card).getByText('绍兴市').getAttribute('lang')).toBe('zh-Hans');
    expect(cardSummary(content)).toBe(
      'Place. Shaoxing. 绍兴市 Shàoxīng, Prefecture-level city in 浙江省 Zhèjiāng. Mentioned once',
    );
  });

  it('lists each candidate when the article does not say which', () => {
    const guangzhou = {
      name: '黄埔区',
      pinyin: 'Huángpǔ',
      level: 'district' as const,
      parent: { name: '广州市', pinyin: 'Guǎngzhōu' },
    };
    const shanghai = { ...guangzhou, name: '黄浦区', parent: { name: '上海市', pinyin: 'Shànghǎi' } };
    const content = { ...cardContent(0, mention, entity), native: cardNative({ ambiguous: [shanghai, guangzhou] }) };
    render(<MentionCard {...base} content={content} />);
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toContain('Several places have this name; the article does not say which:');
    expect(card.textContent).toContain('黄浦区 HuángpǔDistrict in 上海市 Shànghǎi');
    expect(card.textContent).toContain('黄埔区 HuángpǔDistrict in 广州市 Guǎngzhōu');
    expect(chipNative({ ambiguous: [shanghai, guangzhou] })).toBe('one of 黄浦区 (上海市), 黄埔区 (广州市)');
  });

  it('speaks Chinese in a Chinese browser', async () => {
    await useLocale('zh_CN');
    expect(cardNative({ found: shaoxing }).lines[0]!.where).toBe('地级市，隶属浙江省 Zhèjiāng');
    expect(cardNative({ found: { ...shaoxing, level: 'province', parent: null } }).lines[0]!.where).toBe('省');
  });
});

describe('the overlay asks for a place’s Chinese name on hover', () => {
  let annotator: PageAnnotator | null = null;
  afterEach(() => annotator?.destroy());

  it('shows 绍兴, 浙江 and 浦东 on the seed’s cards, from what the background answers', async () => {
    const asked: string[] = [];
    // What the background answers (entrypoints/background.ts), without the messaging.
    const native = async (e: Entity) => {
      asked.push(e.name);
      const found = nativePlaces(['Shaoxing', 'Zhejiang Province', 'Pudong', 'Shanghai'])[e.name];
      return found ? cardNative(found) : null;
    };
    ({ annotator } = await overlayOnSeed({ lookups: { native } }));
    const card = async (text: string) => {
      const mark = annotator!.anchors().find((m) => m.textContent === text)!;
      await act(async () => void annotator!.reveal(Number(mark.dataset.gtlMention)));
      return within(document.body).getByRole('tooltip').textContent;
    };
    expect(await card('Shaoxing')).toContain('绍兴市 Shàoxīng');
    expect(await card('Zhejiang Province')).toContain('浙江省 ZhèjiāngProvince');
    expect(await card('Pudong')).toContain('浦东新区 PǔdōngDistrict in 上海市 Shànghǎi');
    expect(await card('Ma')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(asked).toEqual(['Shaoxing', 'Zhejiang Province', 'Pudong']);
  });
});
