/**
 * The kinds of error issue 11 lists, each with sentences written for this test (none copied
 * from an article): name shapes, head words, lists, exclusions and one decision per name.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';

const PUBLISHED = '2025-06-18T10:00:00+08:00';
const run = (paragraphs: string[]) => analyze({ published: PUBLISHED, paragraphs });
const names = (...paragraphs: string[]) =>
  run(paragraphs)
    .mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE')
    .map((m) => `${m.type} ${m.text}`);
const figures = (...paragraphs: string[]) =>
  run(paragraphs)
    .mentions.filter((m) => !(m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE'))
    .map((m) => `${m.type} ${m.text}`);

describe('name shapes', () => {
  it.each([
    // Hyphenated given names, with or without a title before them.
    ['President Yoon Suk-yeol flew to Jakarta.', ['PERSON Yoon Suk-yeol', 'PLACE Jakarta']],
    ['Lee Jae-myung answered questions for an hour.', ['PERSON Lee Jae-myung']],
    ['Former leader Moon Jae-in wrote a memoir.', ['PERSON Moon Jae-in']],
    // Particles inside names.
    ['Mohammed bin Salman hosted the talks.', ['PERSON Mohammed bin Salman']],
    ['Ursula von der Leyen spoke first.', ['PERSON Ursula von der Leyen']],
    ['Bashar al-Assad left the capital.', ['PERSON Bashar al-Assad']],
    // Titles and verbs of speech before names no list holds.
    ['Defense Secretary Gilberto Teodoro visited the base.', ['PERSON Gilberto Teodoro']],
    ['"We are ready," said Aryna Sabalenka after the match.', ['PERSON Aryna Sabalenka']],
    ['Aryna Sabalenka won the final. Sabalenka thanked her team.', ['PERSON Aryna Sabalenka', 'PERSON Sabalenka']],
    // A generational suffix is no family name: the later "Marcos" is the same man.
    [
      'President Ferdinand Marcos Jr. spoke on Monday. Critics of Marcos stayed home.',
      ['PERSON Ferdinand Marcos Jr', 'PERSON Marcos'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('head words and place shapes', () => {
  it.each([
    ['The China Coast Guard (CCG) said the CCG would patrol.', ['ORG China Coast Guard', 'ORG CCG', 'ORG CCG']],
    ['The National Diet passed the budget.', ['ORG National Diet']],
    ['The US House voted on Friday.', ['ORG US House']],
    ['The National Guard was deployed.', ['ORG National Guard']],
    // An acronym that reports or is told things is an outlet.
    ['The minister told CNBC the talks went well.', ['ORG CNBC']],
    ['According to CNBC, the deal closed.', ['ORG CNBC']],
    ['Climbers reached the top of Mount Qomolangma.', ['PLACE Mount Qomolangma']],
    ["Supplies reached Ren'ai Jiao and Huangyan Dao.", ["PLACE Ren'ai Jiao", 'PLACE Huangyan Dao']],
    ['The ship passed Tiexian Reef at dawn.', ['PLACE Tiexian Reef']],
    [
      'Rice grows in Qiandongnan Miao and Dong Autonomous Prefecture.',
      ['PLACE Qiandongnan Miao and Dong Autonomous Prefecture'],
    ],
    // "and" between two whole autonomous regions still separates them.
    [
      'Tibet Autonomous Region and Xinjiang Uygur Autonomous Region got funds.',
      ['PLACE Tibet Autonomous Region', 'PLACE Xinjiang Uygur Autonomous Region'],
    ],
    ['Drills moved to the West Pacific.', ['PLACE West Pacific']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('complete lists: countries under both names, US states, subdivisions, capitals', () => {
  it.each([['Turkey', 'Türkiye', 'Nevada', 'Maine', 'New Hampshire', 'Virginia', 'Ontario', 'Okinawa', 'Punjab']])(
    'knows %s and the rest',
    (...places) => {
      for (const place of places) expect(names(`Officials from ${place} arrived.`)).toEqual([`PLACE ${place}`]);
    },
  );

  it.each([['Nuku’alofa'], ['Thimphu'], ['Funafuti']])('knows the capital %s', (capital) => {
    expect(names(`Delegates met in ${capital.replace('’', "'")}.`)).toEqual([`PLACE ${capital.replace('’', "'")}`]);
  });
});

describe('what is no entity', () => {
  it.each([
    ['A Thai delegation and Filipino workers met.', []],
    ['Philippine vessels left the area.', []],
    ['The Olympics drew crowds.', []],
    // A place inside an event's name still is one.
    ['Visitors filled the Beijing Winter Olympics venues.', ['PLACE Beijing']],
    ['Posts on Weibo and WeChat spread the news.', []],
    // A technology is no organization.
    ['Farmers learned the Juncao technology from visiting experts.', []],
    ['The GDP grew while AI and EV output rose.', []],
    // A ship named after a province is no place, here or later in the article.
    ['The aircraft carrier Shandong sailed east. Later the Shandong returned.', []],
    ['The Comprehensive Agreement on Investment (CAI) stalled.', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('photo credits', () => {
  it.each([
    ['A farmer at work. Illustration: Chen Li/GT', ['PERSON Chen Li', 'ORG GT']],
    ['A new bridge. (Photo by Wenjing/Xinhua)', ['PERSON Wenjing', 'ORG Xinhua']],
    ['A film poster. Photo: Courtesy of Maoyan', ['ORG Maoyan']],
    ['A speech on TV. Photo: Screenshot from CCTV', ['ORG CCTV']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('one decision per name per article', () => {
  it('a resolved name keeps its type and entity in later mentions', () => {
    const { mentions } = run([
      'Defense Secretary Gilberto Teodoro met the envoy.',
      'Teodoro later told reporters the plan was final.',
    ]);
    const teodoro = mentions.filter((m) => m.type === 'PERSON');
    expect(teodoro.map((m) => m.text)).toEqual(['Gilberto Teodoro', 'Teodoro']);
    expect(new Set(teodoro.map((m) => m.entity))).toEqual(new Set(['PERSON:Gilberto Teodoro']));
  });

  it('a name used before its defining mention (a caption above the story) joins it', () => {
    const { mentions } = run(['Teodoro at the pier. Photo: VCG', 'Defense Secretary Gilberto Teodoro met the envoy.']);
    expect(mentions.find((m) => m.text === 'Teodoro')?.entity).toBe('PERSON:Gilberto Teodoro');
  });

  it('a bracketed short form joins its entity and is recognised after it', () => {
    const { mentions, entities } = run(['The China Coast Guard (CCG) issued a notice.', 'The CCG patrolled again.']);
    expect(mentions.filter((m) => m.type === 'ORG').map((m) => m.entity)).toEqual([
      'ORG:China Coast Guard',
      'ORG:China Coast Guard',
      'ORG:China Coast Guard',
    ]);
    expect(entities).toHaveLength(1);
  });

  it('a place and its administrative long form are one entity; a strait is not its island', () => {
    const { entities } = run([
      'Zhejiang grew fast. Firms in Zhejiang Province hired more.',
      'Ships crossed the Taiwan Strait near Taiwan.',
    ]);
    expect(entities.map((e) => [e.name, e.mentions.length]).sort()).toEqual([
      ['Taiwan Strait', 1],
      ['Taiwan', 1],
      ['Zhejiang Province', 2],
    ]);
  });

  it('a new given name before a known family name is a new person', () => {
    expect(names('Vice President Sara Duterte spoke. Her father, former president Rodrigo Duterte, listened.')).toEqual(
      ['PERSON Sara Duterte', 'PERSON Rodrigo Duterte'],
    );
  });
});

describe('figures of today’s pages', () => {
  it.each([
    ['Sales peaked this summer and fell last winter.', ['DATE this summer', 'DATE last winter']],
    ['The 2024 summer season was long.', ['DATE 2024 summer season']],
    ['Exports have grown since the 1990s.', ['DATE 1990s']],
    ['Prices held from 2019 to 2021.', ['DATE 2019 to 2021']],
    // Hull numbers and ratings are no counts.
    ['The coast guard vessel 4410 and ship 3302 left.', []],
    ['The film is rated 8.1/10 by viewers.', []],
    ['Crowds gathered for the Spring Festival.', []],
    // A name's number is no count; a measure after it still is one.
    ["The Chang'e 6 probe, a Type 055 destroyer and Article 23 made news.", []],
    ['The CCG 12 nautical miles away turned back.', ['QUANTITY 12 nautical miles']],
    ['The Beijing 2022 Winter Olympics ended.', ['DATE 2022']],
    ['About 3,000 people came.', ['CARDINAL 3,000']],
    // Scores and votes.
    ['She won 6-4, 6-3 and the motion passed 10-3.', []],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('figures the guide names that today’s pages write', () => {
  // Published on a Wednesday, 18 June 2025.
  it.each([
    // An age is a span of time with its unit: a QUANTITY.
    ['The 19-year-old forward and his 64-year-old coach left.', ['QUANTITY 19-year-old', 'QUANTITY 64-year-old']],
    // A quarter is a period fixed to the year.
    ['Second-quarter output rose, after a weak first quarter.', ['DATE Second-quarter', 'DATE first quarter']],
    // A range of weekdays or of full dates is one DATE.
    ['Talks run Monday to Tuesday.', ['DATE Monday to Tuesday']],
    ['The waiver runs from Jan 5, 2025, to Feb 9, 2026, officials said.', ['DATE Jan 5, 2025, to Feb 9, 2026']],
    // "last"/"next" belongs to the month it anchors.
    ['Orders fell last April and will recover next August.', ['DATE last April', 'DATE next August']],
    // "from X to Y" is a change between two figures; a range in words is two figures too (only a
    // DATE range is one), the first with the unit of the second.
    ['The list grew from 12 to 19 countries.', ['CARDINAL 12', 'CARDINAL 19']],
    ['Between 12 and 19 ships sailed.', ['CARDINAL 12', 'CARDINAL 19']],
    ['Fans aged 18 to 22 years queued.', ['QUANTITY 18', 'QUANTITY 22 years']],
    ['Yields fell from 4 to 3 percent.', ['PERCENT 4', 'PERCENT 3 percent']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('resolves them against the publication day', () => {
    const values = (text: string) => run([text]).mentions.map((m) => m.value);
    expect(values('Orders fell last April and will recover next August.')).toEqual([
      { month: '2025-04' },
      { month: '2025-08' },
    ]);
    expect(values('Talks run Monday to Tuesday.')).toEqual([
      { from: { date: '2025-06-16' }, to: { date: '2025-06-17' } },
    ]);
    expect(values('The 19-year-old forward left.')).toEqual([{ amount: 19, unit: 'year' }]);
  });
});

describe('boundaries and types of names (issue 23)', () => {
  it.each([
    // Title words up to a title are one title, no body.
    ['Deputy Chief Cabinet Secretary Orlan Vesk spoke.', ['PERSON Orlan Vesk']],
    // A region name before a province's name, its "'s" left out, is a place of its own.
    [
      'Trains reach Jinhua, East China Zhejiang Province.',
      ['PLACE Jinhua', 'PLACE East China', 'PLACE Zhejiang Province'],
    ],
    ['Boats sailed in the East China Sea.', ['PLACE East China Sea']],
    // An acronym's expansion with a place's head word is a place, and so is the acronym.
    [
      'Drilling began at Talvora Field East (TFE). TFE output rose.',
      ['PLACE Talvora Field East', 'PLACE TFE', 'PLACE TFE'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
