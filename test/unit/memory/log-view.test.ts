import { describe, expect, it } from 'vitest';
import type { EntityType } from '@/utils/analysis/types';
import { type ArticleRecord, entityKey, type RememberedVoice, voiceKey } from '@/utils/memory/article-record';
import { entityTimeline, logCsv, logJson, rankEntities, rankVoices, unnamedBySection } from '@/utils/memory/log-view';

const article = (
  url: string,
  published: string | null,
  entities: [EntityType, string, number][],
  title = `Title ${url}`,
): ArticleRecord => {
  const list = entities.map(([type, name, count]) => ({ key: entityKey(type, name), type, name, count }));
  return {
    url,
    title,
    published,
    section: 'China',
    readAt: '2026-11-22T10:00:00.000Z',
    entities: list,
    keys: list.map((e) => e.key),
  };
};

const LOG = [
  article('c', '2026-11-20T09:00:00+08:00', [
    ['PLACE', 'Shanghai', 1],
    ['ORG', 'Xinhua', 2],
  ]),
  article('b', null, [
    ['PLACE', 'Shanghai', 3],
    ['PERSON', 'Ma Weiguang', 2],
  ]),
  article('a', '2020-12-19T22:25:59+08:00', [
    ['PLACE', 'Shanghai', 9],
    ['PLACE', 'Shaoxing', 9],
    ['ORG', 'Xinhua', 1],
  ]),
];

describe('rankEntities', () => {
  it.each([
    [{}, ['Shanghai', 'Xinhua', 'Shaoxing', 'Ma Weiguang']],
    [{ type: 'PLACE' as const }, ['Shanghai', 'Shaoxing']],
    [{ query: 'sha' }, ['Shanghai', 'Shaoxing']],
    [{ query: '  XIN ' }, ['Xinhua', 'Shaoxing']],
    [{ type: 'PERSON' as const, query: 'xin' }, []],
  ])('%j ranks by articles, then mentions', (filter, names) => {
    expect(rankEntities(LOG, filter).map((e) => e.name)).toEqual(names);
  });

  it('counts articles and mentions across them', () => {
    expect(rankEntities(LOG)[0]).toEqual({
      key: 'PLACE:shanghai',
      type: 'PLACE',
      name: 'Shanghai',
      articles: 3,
      mentions: 13,
    });
  });
});

describe('entityTimeline', () => {
  it('orders one entity’s articles by publication, the read time standing in for a missing one', () => {
    expect(entityTimeline(LOG, 'PLACE:shanghai').map((a) => a.url)).toEqual(['a', 'c', 'b']);
    expect(entityTimeline(LOG, 'ORG:xinhua').map((a) => a.url)).toEqual(['a', 'c']);
  });
});

describe('exports', () => {
  it('writes one CSV row per article, quoting what needs it', () => {
    const csv = logCsv([article('x', null, [['PERSON', 'Li, "Jr"', 1]], 'Title, with "quotes"'), ...LOG]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('read_at,published,section,title,url,people,organizations,places,sources');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('2026-11-22T10:00:00.000Z,,China,"Title, with ""quotes""",x,"Li, ""Jr"" (1)",,,');
    expect(lines[4]).toContain(',Xinhua (1),Shanghai (9); Shaoxing (9),');
  });

  it('gives a person’s role beside the name', () => {
    const withRole = article('r', null, [['PERSON', 'Ma Weiguang', 2]]);
    withRole.entities[0]!.role = 'Party secretary';
    expect(logCsv([withRole]).split('\r\n')[1]).toContain(',"Ma Weiguang (Party secretary, 2)",');
    // An organization's role, its acronym's expansion, is its name: not said twice.
    const org = article('o', null, [['ORG', 'China Coast Guard', 3]]);
    org.entities[0]!.role = 'China Coast Guard';
    expect(logCsv([org]).split('\r\n')[1]).toContain(',China Coast Guard (3),');
  });

  it('writes JSON that reads back to the same articles', () => {
    expect(JSON.parse(logJson(LOG)).articles).toEqual(LOG);
  });
});

/** An article with its sources: [source, kind, statements, direct]. */
const spoken = (
  url: string,
  section: string | null,
  voices: [string, RememberedVoice['kind'], number, number][] | undefined,
): ArticleRecord => ({
  ...article(url, null, []),
  section,
  ...(voices
    ? {
        voices: voices.map(([source, kind, statements, direct]) => ({
          key: voiceKey(kind, source),
          source,
          kind,
          statements,
          direct,
        })),
      }
    : {}),
});

const SPOKEN = [
  spoken('1', 'China', [
    ['Mao Ning', 'person', 3, 2],
    ['experts', 'unnamed', 1, 0],
  ]),
  spoken('2', 'China', [
    ['Mao Ning', 'person', 1, 0],
    ['Ministry of Commerce', 'organization', 2, 0],
  ]),
  spoken('3', 'Opinion', [
    ['Ministry of Commerce', 'organization', 1, 1],
    ['Experts', 'unnamed', 2, 0],
    ['netizens', 'unnamed', 1, 1],
    ['China', 'state', 1, 0],
  ]),
  spoken('4', null, []),
  // Kept before sources were read: counted nowhere.
  spoken('5', 'China', undefined),
];

describe('who is quoted across the articles read', () => {
  it('ranks named sources by articles, then statements; unnamed ones are not ranked', () => {
    expect(rankVoices(SPOKEN).map((v) => [v.source, v.kind, v.articles, v.statements])).toEqual([
      ['Mao Ning', 'person', 2, 4],
      ['Ministry of Commerce', 'organization', 2, 3],
      ['China', 'state', 1, 1],
    ]);
  });

  it('ranks nothing in a log kept before sources were read', () => {
    expect(rankVoices([article('a', null, [['PERSON', 'Ma Weiguang', 2]])])).toEqual([]);
  });

  it.each([
    ['China', { articles: 2, sources: 4, unnamed: 1, articlesWithUnnamed: 1 }],
    ['Opinion', { articles: 1, sources: 4, unnamed: 2, articlesWithUnnamed: 1 }],
    [null, { articles: 1, sources: 0, unnamed: 0, articlesWithUnnamed: 0 }],
  ])('counts unnamed sources per section: %s', (section, expected) => {
    expect(unnamedBySection(SPOKEN).find((r) => r.section === section)).toEqual({ section, ...expected });
  });

  it('orders the sections by their sources, an article without sources read left out', () => {
    expect(unnamedBySection(SPOKEN).map((r) => r.section)).toEqual(['China', 'Opinion', null]);
    expect(unnamedBySection([spoken('5', 'China', undefined)])).toEqual([]);
  });

  it('writes each article’s sources in the CSV, and carries them in the JSON', () => {
    const lines = logCsv(SPOKEN).trimEnd().split('\r\n');
    expect(lines[1]).toMatch(
      /,"Mao Ning \(person, 3 statements, 2 direct\); experts \(unnamed, 1 statement, 0 direct\)"$/,
    );
    expect(lines[5]).toMatch(/,$/);
    expect(JSON.parse(logJson(SPOKEN)).articles[2].voices).toEqual(SPOKEN[2]!.voices);
  });
});
