import { describe, expect, it } from 'vitest';
import { annotateDocument } from '@/utils/annotation';
import {
  NO_ARTICLE_TEXT,
  NOT_ARTICLE_PAGE,
  NOT_GT,
  parseAuthors,
  readArticle,
  readingMinutes,
  wordCount,
} from '@/utils/page/article-reader';
import { loadFixtures } from '../../harness/fixtures';
import { pointAt } from '../../harness/page-helpers';
import { PARSERS } from '../../harness/parsers';

const fixtures = loadFixtures();

describe.each(PARSERS)('fixtures parsed with $name', ({ parse }) => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s reads as expected.json says', (_name, fixture) => {
    const result = annotateDocument(parse(fixture.html), fixture.expected.url);
    const { url: _url, ...expected } = fixture.expected;
    if (!expected.isArticle) {
      expect(result).toEqual({ ...expected, mentions: [] });
      return;
    }
    expect(result.isArticle).toBe(true);
    if (!result.isArticle) return;
    const { stats, ...article } = result.article;
    expect(article).toEqual(expected.article);
    expect(stats.words).toBeGreaterThan(100);
    expect(result.mentions.length).toBeGreaterThan(0);
    for (const m of result.mentions) expect(article.paragraphs[m.paragraph]!.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(fixtures.filter((f) => f.expected.isArticle).map((f) => [f.name, f] as const))(
    '%s: every paragraph character maps back to its text node',
    (_name, fixture) => {
      const result = readArticle(parse(fixture.html), fixture.expected.url);
      if (!result.isArticle) throw new Error(result.reason);
      result.article.paragraphs.forEach((p, i) => {
        const segments = result.sources[i]!;
        for (let c = 0; c < p.text.length; c++) {
          const point = pointAt(segments, c)!;
          const source = point.node.data[point.offset]!;
          // Collapsed whitespace maps to the first whitespace character of its run.
          expect(p.text[c] === ' ' ? /\s/.test(source) : source === p.text[c]).toBe(true);
        }
        expect(pointAt(segments, p.text.length)).toBeNull();
      });
    },
  );

  it('judges by the page alone when no address is given', () => {
    const byName = Object.fromEntries(fixtures.map((f) => [f.name, f]));
    const seed = readArticle(parse(byName['seed-legacy']!.html));
    expect(seed.isArticle && seed.article.title).toBe(
      'E. China’s Shaoxing signs 12 co-operative projects with Shanghai',
    );
    expect(seed.isArticle && seed.article.url).toBeNull();
    expect(readArticle(parse(byName['section-front']!.html))).toEqual({
      isArticle: false,
      reason: NO_ARTICLE_TEXT,
      code: 'no-article-text',
    });
  });
});

describe('readArticle', () => {
  const parse = PARSERS[0]!.parse;
  const seedHtml = fixtures.find((f) => f.name === 'seed-current')!.html;

  it.each([
    ['https://example.com/content/1210393.shtml', NOT_GT],
    ['https://www.globaltimes.cn/', NOT_ARTICLE_PAGE],
    ['https://www.globaltimes.cn/index.html', NOT_ARTICLE_PAGE],
    ['https://www.globaltimes.cn/search?keyword=Shaoxing', NOT_ARTICLE_PAGE],
  ])('an article body at %s is not an article', (url, reason) => {
    expect(readArticle(parse(seedHtml), url)).toMatchObject({ isArticle: false, reason });
  });

  it('takes the address from the canonical link when none is given', () => {
    const html = seedHtml.replace(
      '<head>',
      '<head><link rel="canonical" href="https://www.globaltimes.cn/china/index.html">',
    );
    expect(readArticle(parse(html))).toEqual({ isArticle: false, reason: NOT_ARTICLE_PAGE, code: 'not-article-page' });
  });

  it.each([
    ['empty body', '<html><head><title>Nothing - Global Times</title></head><body></body></html>'],
    [
      'template with an empty body',
      '<html><body><div class="article_title">T</div><div class="article_content"><div class="article_right"><center><img src="a.jpg"></center></div></div></body></html>',
    ],
    ['short text only', '<html><head><title>Hi</title></head><body><div><p>Just a line.</p></div></body></html>'],
    ['not even html', 'just some text'],
  ])('%s is not an article, with a reason', (_name, html) => {
    expect(readArticle(parse(html), 'https://www.globaltimes.cn/content/1.shtml')).toEqual({
      isArticle: false,
      reason: NO_ARTICLE_TEXT,
      code: 'no-article-text',
    });
  });

  it('never takes ads, share widgets, scripts or related stories as paragraphs', () => {
    const fixture = fixtures.find((f) => f.name === 'ad-in-body')!;
    const result = readArticle(parse(fixture.html), fixture.expected.url);
    if (!result.isArticle) throw new Error(result.reason);
    const all = result.article.paragraphs.map((p) => p.text).join('\n');
    for (const noise of ['Sponsored', 'Share this story', 'adsbygoogle', 'RELATED ARTICLES', 'Facebook']) {
      expect(all).not.toContain(noise);
    }
  });

  it('marks captions and the closing credit line', () => {
    const result = readArticle(parse(seedHtml), 'https://www.globaltimes.cn/page/202012/1210393.shtml');
    if (!result.isArticle) throw new Error(result.reason);
    const kinds = result.article.paragraphs.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'caption')).toHaveLength(2);
    expect(kinds[kinds.length - 1]).toBe('credit');
    expect(result.article.paragraphs[0]!.text).toMatch(/^Aerial photo/);
  });
});

describe('parseAuthors', () => {
  it.each([
    ['By Zhang Han', ['Zhang Han']],
    ['By Zhang Han and Li Qiao', ['Zhang Han', 'Li Qiao']],
    ['By Zhang Han, Li Qiao and Chu Daye', ['Zhang Han', 'Li Qiao', 'Chu Daye']],
    ['By Zhang Han, Li Qiao, and Chu Daye', ['Zhang Han', 'Li Qiao', 'Chu Daye']],
    ['by  Wang Wenwen &  Xu Keyue ', ['Wang Wenwen', 'Xu Keyue']],
    ['', []],
    ['By ', []],
  ])('%j → %j', (byline, authors) => {
    expect(parseAuthors(byline)).toEqual(authors);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [100, 1],
    [345, 2],
    [1000, 4],
  ])('%i words → %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

/** Today's template (2023–2026) around a body of our own text; each case changes one part. */
function todaysPage(parts: { head?: string; top?: string; body?: string } = {}): string {
  const {
    head = '<title>Ferry line across the bay doubles its sailings - Global Times</title>',
    top = `<div class="article_column"><a>CHINA</a> / <a>SOCIETY</a></div>
      <div class="article_title">Ferry line across the bay doubles its sailings</div>
      <div class="author_share"><div class="author_share_left">
        <span class="byline">By <a class="author_name" href="/a/1.html">Tang Yiming</a></span>
        <span class="pub_time">Published: Jun 19, 2024 04:13 PM</span>
      </div></div>`,
    body = `<br>A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.<br>
      <br>The company said the new boats carry 300 people each and cut the crossing to 20 minutes.<br>
      <br>Global Times<br>`,
  } = parts;
  return `<html><head>${head}</head><body><div class="article_page"><div class="article">
    <div class="article_top">${top}</div>
    <div class="article_content"><div class="article_right">${body}</div></div>
  </div></div></body></html>`;
}
const TODAY_URL = 'https://www.globaltimes.cn/page/202406/1314521.shtml';

describe.each(PARSERS)("today's pages, parsed with $name", ({ parse }) => {
  const read = (html: string) => {
    const result = readArticle(parse(html), TODAY_URL);
    if (!result.isArticle) throw new Error(result.reason);
    return result.article;
  };

  it('finds title, column and byline inside div.article_top', () => {
    const article = read(todaysPage());
    expect(article).toMatchObject({
      title: 'Ferry line across the bay doubles its sailings',
      section: 'CHINA / SOCIETY',
      authors: ['Tang Yiming'],
      published: '2024-06-19T16:13:00+08:00',
      updated: null,
      template: 'current',
    });
  });

  it('keeps the update time beside the publication time', () => {
    const top = `<div class="article_title">Ferry line across the bay doubles its sailings</div>
      <span class="pub_time">Published: Jun 19, 2024 04:13 PM Updated: Jun 19, 2024 11:46 PM</span>`;
    expect(read(todaysPage({ top }))).toMatchObject({
      published: '2024-06-19T16:13:00+08:00',
      updated: '2024-06-19T23:46:00+08:00',
    });
  });

  it.each([
    ['<a class="author_name">Liu Xuanzun and Fan Wei</a>', ['Liu Xuanzun', 'Fan Wei']],
    ['<a class="author_name">Tang Yiming, Hu Qing and Bai Lu</a>', ['Tang Yiming', 'Hu Qing', 'Bai Lu']],
    ['<a class="author_name">Tang Yiming</a> and <a class="author_name">Hu Qing</a>', ['Tang Yiming', 'Hu Qing']],
    [
      '<a class="author_name">Tang Yiming and Hu Qing</a> and <a class="author_name">Bai Lu</a>',
      ['Tang Yiming', 'Hu Qing', 'Bai Lu'],
    ],
    ['Tang Yiming and Hu Qing', ['Tang Yiming', 'Hu Qing']],
  ])('reads the byline By %s as %j', (byline, authors) => {
    const top = `<div class="article_title">T</div><span class="byline">By ${byline}</span>`;
    expect(read(todaysPage({ top })).authors).toEqual(authors);
  });

  it.each([
    ['<title>Ferry line across the bay doubles its sailings - Global Times</title>'],
    ['<title>  Ferry line across the bay doubles its sailings | Global Times </title>'],
  ])('takes the title of a video page (no .article_title) from %s', (head) => {
    const top = `<div class="article_column"><a>VIDEO</a></div>
      <span class="pub_time">Published: Jun 19, 2024 04:13 PM</span>`;
    const body = `<center><video src="/v/1.mp4" controls>No video here.</video></center>
      <br>A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.<br>`;
    const article = read(todaysPage({ head, top, body }));
    expect(article.title).toBe('Ferry line across the bay doubles its sailings');
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.',
    ]);
  });

  // The first paragraph has 20 words; closing lines count none.
  it.each([
    [
      'a newspaper headline after the credit line',
      ['Global Times', 'Newspaper headline: Boats twice as often'],
      ['credit', 'credit'],
      20,
    ],
    ['a newspaper headline alone', ['Newspaper headline: Boats twice as often'], ['credit'], 20],
    [
      'a newspaper headline before the credit line',
      ['Newspaper headline: Boats twice as often', 'Global Times'],
      ['credit', 'credit'],
      20,
    ],
    ['"Global Times" followed by article text', ['Global Times', 'The boats start in July.'], ['body', 'body'], 27],
    ['a photo credit as plain text', ['Passengers board a ferry in Xiamen. Photo: VCG'], ['caption'], 20],
    // A photographer and the paper, joined by a slash.
    [
      'a photographer/agency credit',
      ['Passengers board a ferry in Xiamen. Photo: Lin Bo/Global Times'],
      ['caption'],
      20,
    ],
  ])('tells article text from closing lines: %s', (_case, closing, kinds, words) => {
    const body = `<br>A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.<br>
      ${closing.map((line) => `<br>${line}<br>`).join('')}`;
    const article = read(todaysPage({ body }));
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['body', ...kinds]);
    expect(wordCount(article.paragraphs)).toBe(words);
  });
});

describe.each(PARSERS)('update times on each template, parsed with $name', ({ parse }) => {
  const body = 'A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.';
  it.each([
    [
      'current',
      '',
      `<div class="article_title">Ferries</div><span class="pub_time">Published: Jun 19, 2024 04:13 PM Updated: Jun 20, 2024 09:30 AM</span>
       <div class="article_content"><div class="article_right"><br>${body}<br></div></div>`,
    ],
    [
      'legacy',
      '',
      `<div class="article-title"><h3>Ferries</h3></div><div class="article-source">Source:Global Times Published: 2024/6/19 16:13:00 Updated: 2024/6/20 09:30:00</div>
       <div class="row-content"><br>${body}<br></div>`,
    ],
    [
      'fallback',
      `<meta property="article:published_time" content="2024-06-19T08:13:00Z"><meta property="article:modified_time" content="2024-06-20T01:30:00Z"><title>Ferries - Global Times</title>`,
      `<div><p>${`${body} `.repeat(4)}</p></div>`,
    ],
  ])('%s: published first, updated after', (template, head, html) => {
    const result = readArticle(parse(`<html><head>${head}</head><body>${html}</body></html>`), TODAY_URL);
    if (!result.isArticle) throw new Error(result.reason);
    expect(result.article).toMatchObject({
      template,
      published: '2024-06-19T16:13:00+08:00',
      updated: '2024-06-20T09:30:00+08:00',
    });
  });
});

/** The older template (2009–2020) around a body of our own text; each case changes one part. */
function olderPage(parts: { before?: string; crumbs?: string; body?: string; after?: string } = {}): string {
  const {
    before = '',
    crumbs = '<a href="/china/">CHINA</a> &gt; <a href="/society/">SOCIETY</a>',
    body = `<br>A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.<br>
      <br>The company said the new boats carry 300 people each and cut the crossing to 20 minutes.<br>`,
    after = '',
  } = parts;
  return `<html><head><title>Ferry line across the bay doubles its sailings - Global Times</title></head><body>
    ${before}<div id="contents"><div id="left">
    <div class="row-fluid crumbs">${crumbs}</div>
    <div class="row-fluid article-title"><h3>Ferry line across the bay doubles its sailings</h3></div>
    <div class="row-fluid article-source"><div class="span8 text-left">By Tang Yiming Source:Global Times Published: 2019/6/19 16:13:00</div></div>
    <div class="row-fluid"><div class="span12 row-content">${body}</div></div>
    ${after}</div></div></body></html>`;
}
const OLDER_URL = 'https://www.globaltimes.cn/content/1154321.shtml';
const FIRST = 'A ferry company in Xiamen said on Tuesday it would run twice as many boats across the bay this summer.';

const readWith = (parse: (html: string) => Document) => (html: string) => {
  const result = readArticle(parse(html), OLDER_URL);
  if (!result.isArticle) throw new Error(result.reason);
  return result.article;
};
const byName = Object.fromEntries(fixtures.map((f) => [f.name, f]));

describe.each(PARSERS)("older pages: the article's own body, or none, parsed with $name", ({ parse }) => {
  const read = readWith(parse);

  const notArticles = fixtures.filter((f) => !f.expected.isArticle).map((f) => f.name);
  it.each(
    notArticles.flatMap((name) =>
      [
        [undefined, NO_ARTICLE_TEXT],
        ['https://www.globaltimes.cn/content/1210400.shtml', NO_ARTICLE_TEXT],
        ['http://globaltimes.cn/page/202012/1210400.shtml', NO_ARTICLE_TEXT],
        ['https://www.globaltimes.cn/', NOT_ARTICLE_PAGE],
        ['https://www.globaltimes.cn/index.html', NOT_ARTICLE_PAGE],
        ['https://example.com/content/1210400.shtml', NOT_GT],
      ].map(([url, reason]) => [name, url, reason] as const),
    ),
  )('%s at %s is not an article', (name, url, reason) => {
    expect(readArticle(parse(byName[name]!.html), url)).toMatchObject({ isArticle: false, reason });
  });

  it('reads the body beside the title and source line, not a list item before them', () => {
    const before = `<ul class="latest"><li class="row-content"><a href="/content/1154300.shtml">Night buses return to the old town</a></li>
      <li class="row-content"><a href="/content/1154301.shtml">Museum opens a hall of river maps</a></li></ul>`;
    const article = read(olderPage({ before }));
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      FIRST,
      'The company said the new boats carry 300 people each and cut the crossing to 20 minutes.',
    ]);
  });

  it('reads no body from a list of row-content items when the page has no title or source line', () => {
    const html = `<html><head><title>Global Times</title></head><body><div id="contents">
      <div class="row-fluid"><div class="span12 row-content"><a href="/content/1154300.shtml">Night buses return to the old town after a quiet year</a></div></div>
      <div class="row-fluid"><div class="span12 row-content"><a href="/content/1154301.shtml">Museum opens a hall of river maps drawn by boatmen</a></div></div>
      </div></body></html>`;
    expect(readArticle(parse(html), OLDER_URL)).toEqual({
      isArticle: false,
      reason: NO_ARTICLE_TEXT,
      code: 'no-article-text',
    });
  });

  it('reads a page without a template whose body holds a related-stories box', () => {
    const story = `${FIRST} The company said the new boats carry 300 people each and cut the crossing to 20 minutes. `;
    const related = ['Night buses return', 'Museum opens a hall', 'Bridge reopens'].map(
      (t, i) => `<li><a href="/content/115430${i}.shtml">${t}</a></li>`,
    );
    const html = `<html><head><title>Ferries - Global Times</title></head><body><div class="story">
      <p>${story}</p><p>${story}</p><div class="related-box"><ul>${related.join('')}</ul></div><p>${story}</p></div></body></html>`;
    expect(read(html)).toMatchObject({ template: 'fallback', title: 'Ferries' });
    const list = html.replace('related-box', 'more-box');
    expect(readArticle(parse(list), OLDER_URL)).toEqual({
      isArticle: false,
      reason: NO_ARTICLE_TEXT,
      code: 'no-article-text',
    });
  });

  it('finds the body after the title when the source line comes below it', () => {
    const html = olderPage().replace(
      /(<div class="row-fluid article-source">.*?<\/div><\/div>)([\s\S]*?<div class="row-fluid"><div class="span12 row-content">[\s\S]*?<\/div><\/div>)/,
      '$2$1',
    );
    expect(html.indexOf('row-content')).toBeLessThan(html.indexOf('article-source'));
    expect(read(html)).toMatchObject({ authors: ['Tang Yiming'], published: '2019-06-19T16:13:00+08:00' });
    expect(read(html).paragraphs.map((p) => p.text)[0]).toBe(FIRST);
  });

  it('never reads a list item after the source line as the body', () => {
    const html = olderPage({ body: '' }).replace(
      '<div class="row-fluid"><div class="span12 row-content"></div></div>',
      `<div class="row-fluid"><ul><li class="row-content"><a href="/content/1154300.shtml">Night buses return to the old town after a quiet year</a></li>
        <li class="row-content"><a href="/content/1154301.shtml">Museum opens a hall of river maps drawn by boatmen</a></li></ul></div>`,
    );
    expect(readArticle(parse(html), OLDER_URL)).toEqual({
      isArticle: false,
      reason: NO_ARTICLE_TEXT,
      code: 'no-article-text',
    });
  });
});

describe.each(PARSERS)('older pages: crumbs, staff credits and table headings, parsed with $name', ({ parse }) => {
  const read = readWith(parse);

  it.each([
    [' Home &gt;&gt; SPECIAL COVERAGE ', 'SPECIAL COVERAGE'],
    ['HOME &gt; CHINA &gt; SOCIETY', 'CHINA / SOCIETY'],
    ['<a href="/">Home</a> &gt; <a href="/life/">LIFE</a>', 'LIFE'],
    ['Hometown tales &gt;&gt; LIFE', 'HOMETOWN TALES / LIFE'],
    [' Home ', null],
    ['<a href="/china/">CHINA</a> &gt; <a href="/society/">SOCIETY</a>', 'CHINA / SOCIETY'],
  ])('reads the crumb %j as the section %j', (crumbs, section) => {
    expect(read(olderPage({ crumbs })).section).toBe(section);
  });

  it.each([
    [
      'web editors in italics, as e-mail links',
      '<em><br />Web Editors: <a href="mailto:an.ke@globaltimes.com.cn">an.ke@globaltimes.com.cn</a></em>',
      ['body', 'credit'],
    ],
    ['one editor by name', '<br>Editor: Lin Qiao<br>', ['body', 'credit']],
    [
      'the paper, then the web editor',
      '<br>Global Times<br><em><br />Web Editor: Lin Qiao</em>',
      ['body', 'credit', 'credit'],
    ],
    [
      'the web editor, then the paper',
      '<br>Web editor: Lin Qiao<br><br>Global Times<br>',
      ['body', 'credit', 'credit'],
    ],
    [
      'an editor line followed by article text',
      '<br>Editor: Lin Qiao<br><br>The boats start in July.<br>',
      ['body', 'body', 'body'],
    ],
  ])('tells staff credits from article text: %s', (_case, closing, kinds) => {
    const article = read(olderPage({ body: `<br>${FIRST}<br>${closing}` }));
    expect(article.paragraphs.map((p) => p.kind)).toEqual(kinds);
  });

  it.each(['legacy-staff-credit', 'legacy-plain-crumb'])('%s: the staff credit names no one', (name) => {
    const { html, expected } = byName[name]!;
    const result = annotateDocument(parse(html), expected.url);
    if (!result.isArticle) throw new Error(result.reason);
    const staff = result.article.paragraphs.findIndex((p) => /^(Web )?Editors?:/.test(p));
    expect(result.article.paragraphKinds[staff]).toBe('credit');
    expect(result.mentions.filter((m) => m.paragraph === staff)).toEqual([]);
    expect(result.entities.map((e) => e.name)).not.toContain('globaltimes.com.cn');
  });

  it.each([
    [
      'a heading in a one-cell table',
      '<table><tr><td><span><strong>By barge on the canal</strong></span></td></tr></table>',
      [],
    ],
    ['a heading in bold type', '<table><tbody><tr><td><b>By sea</b></td></tr></tbody></table>', []],
    ['a heading in a table heading cell', '<table><tr><th>By train</th></tr></table>', []],
    [
      'a table of figures',
      '<table><tr><td><strong>Port</strong></td><td><strong>Tons</strong></td></tr><tr><td>Zhoushan</td><td>4.5 million</td></tr></table>',
      ['Port', 'Tons', 'Zhoushan', '4.5 million'],
    ],
    [
      'a table with a plain line',
      '<table><tr><td>The crossing takes 20 minutes.</td></tr></table>',
      ['The crossing takes 20 minutes.'],
    ],
  ])('leaves out %s, keeps other tables', (_case, table, kept) => {
    const article = read(olderPage({ body: `<br>${FIRST}<br>${table}<br>The boats start in July.<br>` }));
    expect(article.paragraphs.map((p) => p.text)).toEqual([FIRST, ...kept, 'The boats start in July.']);
  });
});
