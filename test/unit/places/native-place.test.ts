import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { readArticle } from '@/utils/page/article-reader';
import { nativePlaces, parsePlaceName, placeIndex } from '@/utils/places/native-place';
import type { NativeLookup } from '@/utils/places/types';
import { parsePage } from '../../../scripts/parse-page';
import { FIXTURES_DIR } from '../../harness/fixtures';

/** The Chinese name found for `name` among `names`, or what was said instead. */
const found = (lookup: NativeLookup | undefined) => (lookup && 'found' in lookup ? lookup.found : null);
const nameOf = (name: string, names: string[] = [name]) => found(nativePlaces(names)[name])?.name ?? null;

describe('Chinese names of the seed article’s places', () => {
  const read = readArticle(parsePage(readFileSync(join(FIXTURES_DIR, 'seed-legacy/page.html'), 'utf8')));
  if (!read.isArticle) throw new Error(read.reason);
  const { entities } = analyze({ ...read.article, paragraphs: read.article.paragraphs.map((p) => p.text) });
  const places = entities.filter((e) => e.type === 'PLACE').map((e) => e.name);
  const native = nativePlaces(places);

  it('gives Shaoxing, Zhejiang Province and Pudong as 绍兴, 浙江 and 浦东, with pinyin, level and parent', () => {
    expect(found(native.Shaoxing)).toEqual({
      name: '绍兴市',
      pinyin: 'Shàoxīng',
      level: 'prefecture-level-city',
      parent: { name: '浙江省', pinyin: 'Zhèjiāng' },
    });
    expect(found(native['Zhejiang Province'])).toEqual({
      name: '浙江省',
      pinyin: 'Zhèjiāng',
      level: 'province',
      parent: null,
    });
    expect(found(native.Pudong)).toMatchObject({ name: '浦东新区', pinyin: 'Pǔdōng', parent: { name: '上海市' } });
  });

  it('leaves out what is no Chinese unit', () => {
    for (const name of ['China', 'East China', 'Yangtze River Delta']) expect(native[name]).toBeUndefined();
  });
});

describe('one romanization, several places', () => {
  it('decides Huangpu by the other places the article names', () => {
    expect(nameOf('Huangpu', ['Shanghai', 'Huangpu'])).toBe('黄浦区');
    expect(nameOf('Huangpu', ['Huangpu', 'Guangzhou', 'Guangdong Province'])).toBe('黄埔区');
    expect(nativePlaces(['Huangpu', 'Pudong']).Huangpu).toMatchObject({ found: { parent: { name: '上海市' } } });
  });

  it('gives a county no name in a local story of another province, and keeps it in a national one', () => {
    // A landfill named Yulong in Shenzhen's Luohu district is no 玉龙 county of Yunnan.
    expect(nativePlaces(['Yulong', 'Luohu', 'Shenzhen', 'Guangdong Province']).Yulong).toBeUndefined();
    expect(nameOf('Yulong', ['Yulong', 'Lijiang'])).toBe('玉龙纳西族自治县');
    expect(nameOf('Yulong')).toBe('玉龙纳西族自治县');
    // Named with its level word, or beside a city of another province only, it stays.
    expect(nameOf('Yulong County', ['Yulong County', 'Luohu', 'Shenzhen'])).not.toBeNull();
    expect(nameOf('Tengchong', ['Tengchong', 'Shenzhen'])).toBe('腾冲市');
    expect(nameOf('Tengchong', ['Tengchong', 'Beijing', 'Futian'])).toBe('腾冲市');
    expect(nameOf('Tengchong', ['Tengchong', 'Kunming', 'Futian'])).toBe('腾冲市');
  });

  it('says Huangpu alone is ambiguous and gives both candidates', () => {
    const lookup = nativePlaces(['Huangpu']).Huangpu;
    expect(lookup && 'ambiguous' in lookup && lookup.ambiguous.map((c) => `${c.name}<${c.parent?.name}`)).toEqual([
      '黄浦区<上海市',
      '黄埔区<广州市',
    ]);
  });

  it('puts Tongzhou in Beijing or in Nantong as the article does', () => {
    expect(found(nativePlaces(['Beijing', 'Tongzhou']).Tongzhou)?.parent?.name).toBe('北京市');
    expect(found(nativePlaces(['Tongzhou', 'Nantong']).Tongzhou)?.parent?.name).toBe('南通市');
    expect(found(nativePlaces(['Jiangsu Province', 'Tongzhou District']).Tongzhou)).toBeNull();
    expect(found(nativePlaces(['Jiangsu Province', 'Tongzhou District'])['Tongzhou District'])?.parent?.name).toBe(
      '南通市',
    );
  });

  it('takes the higher level when nothing else decides, and the lower one the level word names', () => {
    expect(nameOf('Jilin')).toBe('吉林省');
    expect(nameOf('Jilin City')).toBe('吉林市');
    expect(nameOf('Taizhou', ['Taizhou', 'Zhejiang'])).toBe('台州市');
    expect(found(nativePlaces(['Taizhou', 'Zhejiang']).Taizhou)?.pinyin).toBe('Tāizhōu');
    expect(nameOf('Taizhou', ['Taizhou', 'Jiangsu'])).toBe('泰州市');
  });
});

describe('names that are not pinyin, and level words', () => {
  it.each([
    ['Xigaze', '日喀则市'],
    ['Shigatse', '日喀则市'],
    ['Urumqi', '乌鲁木齐市'],
    ['Hohhot', '呼和浩特市'],
    ['Lhasa', '拉萨市'],
    ['Kashi', '喀什地区'],
    ['Kashgar', '喀什地区'],
    ['Kashi City', '喀什市'],
    ['Hotan', '和田地区'],
    ['Hotan Prefecture', '和田地区'],
    ['Hotan County', '和田县'],
    ['Korla', '库尔勒市'],
    ['Golmud', '格尔木市'],
    ['Xayar', '沙雅县'],
    ['Ruoqiang', '若羌县'],
    ['Ruoqiang County', '若羌县'],
    ['Dingri', '定日县'],
    ['Inner Mongolia Autonomous Region', '内蒙古自治区'],
    ['Xinjiang Uygur Autonomous Region', '新疆维吾尔自治区'],
    ['Qiandongnan Miao and Dong Autonomous Prefecture', '黔东南苗族侗族自治州'],
    ['Pudong New Area', '浦东新区'],
    ["Xi'an", '西安市'],
    ['Shaanxi Province', '陕西省'],
    ['Shanxi Province', '山西省'],
    ['Pei County', '沛县'],
    ["East China's Zhejiang Province", '浙江省'],
  ])('%s is %s', (name, han) => {
    expect(nameOf(name)).toBe(han);
  });

  it('gives Hong Kong, Macao and Taiwan as the article names them', () => {
    expect(nameOf('Hong Kong')).toBe('香港特别行政区');
    expect(nameOf('Hong Kong SAR')).toBe('香港特别行政区');
    expect(nameOf('Hong Kong Special Administrative Region')).toBe('香港特别行政区');
    expect(nameOf('Macau')).toBe('澳门特别行政区');
    expect(nameOf('Macao')).toBe('澳门特别行政区');
    expect(found(nativePlaces(['Taiwan']).Taiwan)).toMatchObject({ name: '台湾', level: 'region', parent: null });
    expect(nameOf('Kaohsiung')).toBe('高雄市');
  });

  it('takes no one-character name without its level word, and no level word that does not fit', () => {
    expect(nameOf('Pei')).toBeNull();
    expect(nameOf('Huangyan Island')).toBeNull();
    expect(nameOf('Paris')).toBeNull();
  });

  it('writes pinyin with the apostrophe and the place-name readings', () => {
    expect(found(nativePlaces(["Xi'an"])["Xi'an"])?.pinyin).toBe("Xī'ān");
    expect(found(nativePlaces(['Golmud']).Golmud)?.parent).toEqual({ name: '海西蒙古族藏族自治州', pinyin: 'Hǎixī' });
    expect(found(nativePlaces(['Hohhot']).Hohhot)?.parent?.pinyin).toBe('Nèiměnggǔ');
  });

  it('reads a name with or without its level word, spaces or apostrophe alike', () => {
    expect(parsePlaceName('Hotan Prefecture')).toEqual({
      key: 'hotan',
      levels: ['prefecture', 'autonomous-prefecture', 'prefecture-level-city'],
    });
    expect(parsePlaceName('Jing’an')).toEqual({ key: 'jingan', levels: null });
  });
});

describe('the index over any data', () => {
  // A made-up country of two provinces, each with a county of the same name.
  const index = placeIndex({
    levels: ['province', 'county'],
    units: [
      ['甲省', 'Jiǎ', 0, -1],
      ['乙省', 'Yǐ', 0, -1],
      ['丙县', 'Bǐng', 1, 0],
      ['柄县', 'Bǐng', 1, 1],
      ['丁县', 'Dīng', 1, 1],
    ],
    aliases: { Bingo: [2] },
  });

  it('decides by a sibling the article names, or reports both', () => {
    expect(found(nativePlaces(['Bing', 'Ding'], index).Bing)?.name).toBe('柄县');
    expect(nativePlaces(['Bing'], index).Bing).toMatchObject({ ambiguous: [{ name: '丙县' }, { name: '柄县' }] });
    expect(found(nativePlaces(['Bingo'], index).Bingo)?.name).toBe('丙县');
  });
});
