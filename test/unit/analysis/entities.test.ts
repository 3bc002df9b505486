import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import type { Mention } from '@/utils/analysis/types';
import { readArticle } from '@/utils/page/article-reader';
import { parsePage } from '../../../scripts/parse-page';
import { FIXTURES_DIR } from '../../harness/fixtures';

const PUBLISHED = '2020-12-19T22:25:59+08:00';
const names = (paragraphs: string[]) =>
  analyze({ published: PUBLISHED, paragraphs })
    .mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE')
    .map((m) => `${m.type} ${m.text}`);

describe('entity boundaries (annotation guide)', () => {
  it.each([
    ["Shanghai's economy grew.", ['PLACE Shanghai']],
    [
      "Shaoxing, a city in East China's Zhejiang Province, grew.",
      ['PLACE Shaoxing', 'PLACE East China', 'PLACE Zhejiang Province'],
    ],
    ['A factory in east China opened.', ['PLACE China']],
    ['Shaoxing and the Shanghai Stock Exchange signed a deal.', ['PLACE Shaoxing', 'ORG Shanghai Stock Exchange']],
    [
      'Shaoxing City Investment Group and Guotai Junan Securities signed a deal.',
      ['ORG Shaoxing City Investment Group', 'ORG Guotai Junan Securities'],
    ],
    [
      'A Shanghai company and a Shenzhen-based fund joined China-Myanmar talks.',
      ['PLACE Shanghai', 'PLACE Shenzhen', 'PLACE China', 'PLACE Myanmar'],
    ],
    ['Senators urged the Trump administration to act.', ['PERSON Trump']],
    ['The bonds are in US dollars, sold in the US and UK.', ['PLACE US', 'PLACE UK']],
    ['Chinese and American firms met.', []],
    [
      'Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee said.',
      ['PERSON Ma Weiguang', 'ORG CPC Shaoxing Municipal Committee'],
    ],
    [
      'Chinese Foreign Ministry spokesperson Zhao Lijian said so.',
      ['ORG Chinese Foreign Ministry', 'PERSON Zhao Lijian'],
    ],
    [
      'US Senator Dana Whitfield and Representative Owen Larkin wrote.',
      ['PLACE US', 'PERSON Dana Whitfield', 'PERSON Owen Larkin'],
    ],
    ['Tesla CEO Elon Musk visited Shanghai.', ['ORG Tesla', 'PERSON Elon Musk', 'PLACE Shanghai']],
    ['A man surnamed Li was detained.', ['PERSON Li']],
    ['Yunnan Walvax Biotechnology CO said the vaccine works.', ['ORG Yunnan Walvax Biotechnology CO']],
    [
      'The Beijing Entry-Exit Inspection and Quarantine Bureau checked it.',
      ['ORG Beijing Entry-Exit Inspection and Quarantine Bureau'],
    ],
    [
      'The probe lifted off from the Jiuquan Satellite Launch Center near the Gobi desert.',
      ['PLACE Jiuquan Satellite Launch Center', 'PLACE Gobi'],
    ],
    [
      'The Ministry of Commerce and the State Administration for Market Regulation met.',
      ['ORG Ministry of Commerce', 'ORG State Administration for Market Regulation'],
    ],
    [
      'Boston hedge fund Marlowe and Japan-based Tsuruga Group invested.',
      ['PLACE Boston', 'ORG Marlowe', 'PLACE Japan', 'ORG Tsuruga Group'],
    ],
    ['It sold the Lujiazui area in Pudong of Shanghai.', ['PLACE Lujiazui', 'PLACE Pudong', 'PLACE Shanghai']],
    ['Shanghai-based news website thepaper.cn reported it.', ['PLACE Shanghai', 'ORG thepaper.cn']],
    ['Utility Shenzhen Gas Corp soared.', ['ORG Shenzhen Gas Corp']],
    ['COVID-19, the Belt and Road, RCEP and the Mid-Autumn Festival were discussed.', []],
    ['Customers select products at a duty-free shop.', []],
    [
      'The Yangtze River Delta and the Lingang Special Area grew.',
      ['PLACE Yangtze River Delta', 'PLACE Lingang Special Area'],
    ],
    ["The People's Bank of China (PBOC) cut rates.", ["ORG People's Bank of China", 'ORG PBOC']],
    ["Huawei's consumer business chief Richard Yu spoke.", ['ORG Huawei', 'PERSON Richard Yu']],
    ['The EU concluded the Comprehensive Agreement on Investment (CAI).', ['ORG EU']],
    [
      'Russian President Vladimir Putin and Chinese President Xi Jinping held talks.',
      ['PERSON Vladimir Putin', 'PERSON Xi Jinping'],
    ],
    ['The Mayor of Shanghai spoke to Jordan and Syria.', ['PLACE Shanghai', 'PLACE Jordan', 'PLACE Syria']],
    [
      'Tibet Autonomous Region and Xinjiang Uygur Autonomous Region got funds.',
      ['PLACE Tibet Autonomous Region', 'PLACE Xinjiang Uygur Autonomous Region'],
    ],
  ])('%s', (sentence, expected) => {
    expect(names([sentence])).toEqual(expected);
  });

  it.each([
    ['Aerial photo of the Bund.Photo:Xinhua', 'ORG Xinhua'],
    ['A shop in Ruili. Photo: VCG', 'ORG VCG'],
    ['Photo: IC', 'ORG IC'],
    ['Photo:unsplash', 'ORG unsplash'],
  ])('photo credit %j gives %s', (caption, credit) => {
    expect(names([caption])).toContain(credit);
  });
});

describe('names of people', () => {
  it.each([
    // A middle name is part of the name; a known place after a name is not.
    ['Peter Lund Hansen wrote. Hansen left.', ['PERSON Peter Lund Hansen', 'PERSON Hansen']],
    ['Tourists met Peter Lund Beijing residents.', ['PERSON Peter Lund', 'PLACE Beijing']],
    // A player's position before a name.
    ['The striker Kevin Marsh and goalkeeper Tim Cole played.', ['PERSON Kevin Marsh', 'PERSON Tim Cole']],
  ])('%s', (text, expected) => {
    expect(names([text])).toEqual(expected);
  });
});

describe('one decision per name for the article (issue 23)', () => {
  it.each([
    // The strong evidence comes last; the mentions before it follow it.
    [
      ['Talks on TRELK went on.', 'Japan may not join TRELK soon.'],
      ['ORG TRELK', 'PLACE Japan', 'ORG TRELK'],
    ],
    [
      ['Rain fell on Lanshui overnight.', 'Farmers in Lanshui County sowed wheat.', 'Lanshui thrived.'],
      ['PLACE Lanshui', 'PLACE Lanshui County', 'PLACE Lanshui'],
    ],
    // A credit naming a place's own body gives the place, and later mentions follow it.
    [
      ['A new road. Photo: Courtesy of Talvora district government', 'Talvora grew fast.'],
      ['PLACE Talvora', 'PLACE Talvora'],
    ],
    [['A fox guards its den. Illustration: Marek Dovlin'], ['PERSON Marek Dovlin']],
    [['A fox guards its den. Illustration: Qinghe Daily'], ['ORG Qinghe Daily']],
    [['An essay in the magazine Foreign Currents drew replies.'], ['ORG Foreign Currents']],
    [
      ['A vlogger, Orlen, posted. The influencer Orlen filmed.', 'Orlen smiled.'],
      ['PERSON Orlen', 'PERSON Orlen', 'PERSON Orlen'],
    ],
    // A post held in a place, then the name of who holds it; an accented capital opens a word of a name.
    [['The Kestrel Ambassador to Kenya Orlan Vesk Önen arrived.'], ['PLACE Kenya', 'PERSON Orlan Vesk Önen']],
    [['Étienne Marbury said the plan was sound.'], ['PERSON Étienne Marbury']],
    // Without evidence the name is left unmarked rather than guessed.
    [['Talks on TRELK went on.', 'Japan may wait.'], ['PLACE Japan']],
  ])('%j gives %j', (paragraphs, expected) => {
    expect(names(paragraphs)).toEqual(expected);
  });
});

describe('entity index', () => {
  it('joins a bare surname to the full name', () => {
    const { mentions, entities } = analyze({
      published: PUBLISHED,
      paragraphs: [
        'Ma Weiguang, Party secretary, said so.',
        'Ma also disclosed plans. He smiled.',
        '"We agree," said He Xiangdong, before said He.',
      ],
    });
    const ma = entities.find((e) => e.name === 'Ma Weiguang')!;
    expect(ma.mentions.map((i) => mentions[i]!.text)).toEqual(['Ma Weiguang', 'Ma']);
    const he = entities.find((e) => e.name === 'He Xiangdong')!;
    expect(he.mentions.map((i) => mentions[i]!.text)).toEqual(['He Xiangdong', 'He']);
    // "He smiled": a pronoun opening a sentence is nobody's surname.
    expect(mentions.filter((m) => m.text === 'He')).toHaveLength(1);
  });

  it('joins a bracketed abbreviation and its later uses to the full name', () => {
    const { mentions, entities } = analyze({
      published: PUBLISHED,
      paragraphs: [
        'China Aerospace Science and Industry Corporation (CASIC) will launch satellites.',
        'CASIC said the launch is set.',
      ],
    });
    const casic = entities.find((e) => e.name === 'China Aerospace Science and Industry Corporation')!;
    expect(casic.type).toBe('ORG');
    expect(casic.mentions.map((i) => mentions[i]!.text)).toEqual([
      'China Aerospace Science and Industry Corporation',
      'CASIC',
      'CASIC',
    ]);
  });

  it('joins a short form of a company to its full name, even before it in a caption', () => {
    const { mentions, entities } = analyze({
      published: PUBLISHED,
      paragraphs: [
        'A Nongfu Spring plant in Hangzhou',
        'Shares of bottled water giant Nongfu Spring soared.',
        "Nongfu's shares were overbought.",
      ],
    });
    const nongfu = entities.find((e) => e.name === 'Nongfu Spring')!;
    expect(nongfu.mentions.map((i) => mentions[i]!.text)).toEqual(['Nongfu Spring', 'Nongfu Spring', 'Nongfu']);
  });

  it('ranks by salience: the most mentioned, earliest and headline entities first', () => {
    const { entities } = analyze({
      title: 'Shaoxing signs projects with Shanghai',
      published: PUBLISHED,
      paragraphs: [
        'Shaoxing signed deals with Shanghai and Tesla.',
        'Shaoxing and Shanghai will cooperate.',
        'Shaoxing grew.',
      ],
    });
    expect(entities.map((e) => e.name)).toEqual(['Shaoxing', 'Shanghai', 'Tesla']);
    expect(entities[0]!.salience).toBe(1);
    expect(entities[2]!.salience).toBeLessThan(entities[1]!.salience);
  });
});

describe('the seed article', () => {
  const page = readFileSync(join(FIXTURES_DIR, 'seed-legacy/page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, 'seed-legacy/mentions.json'), 'utf8')) as Mention[];

  it('gives exactly the mentions the annotation guide lists', () => {
    const read = readArticle(parsePage(page));
    if (!read.isArticle) throw new Error(read.reason);
    const paragraphs = read.article.paragraphs.map((p) => p.text);
    const { mentions } = analyze({ ...read.article, paragraphs });
    expect(mentions.map(({ type, text, paragraph }) => ({ type, text, paragraph }))).toEqual(
      expected.map(({ type, text, paragraph }) => ({ type, text, paragraph })),
    );
    mentions.forEach((m, i) => {
      expect(paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
      if (expected[i]!.value) expect(m.value).toMatchObject(expected[i]!.value!);
      else expect(m.value).toBeNull();
    });
  });
});
