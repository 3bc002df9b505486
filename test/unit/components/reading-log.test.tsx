// @vitest-environment happy-dom
import { Cite } from '@citation-js/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LogContents, type LogStore, ReadingLog } from '@/components/ReadingLog';
import type { CslItem } from '@/utils/format/citation';
import type { ArticleRecord } from '@/utils/memory/article-record';

afterEach(cleanup);

// Made-up records: one kept with its byline and update time, one kept before they were.
const NEW: ArticleRecord = {
  url: 'https://www.globaltimes.cn/page/202601/1300001.shtml',
  title: 'Farmers plant more rice in Hunan',
  published: '2026-01-05T21:12:00+08:00',
  updated: '2026-01-06T10:30:00+08:00',
  authors: ['Zhang Wei', 'Li Na'],
  section: 'CHINA / SOCIETY',
  readAt: '2026-01-07T02:00:00.000Z',
  entities: [],
  keys: [],
};
const OLD: ArticleRecord = {
  url: 'http://www.globaltimes.cn/content/1210393.shtml',
  title: 'A port opens a new berth',
  published: '2020-12-19T22:25:59+08:00',
  section: null,
  readAt: '2026-01-02T12:00:00.000Z',
  entities: [],
  keys: [],
};

function store(download = vi.fn<LogStore['download']>()): LogStore {
  const contents: LogContents = { articles: [NEW, OLD], total: 2, unreadable: 0, problem: null };
  return {
    loadNewest: async () => contents,
    load: async () => contents,
    forget: async () => {},
    forgetAll: async () => {},
    download,
  };
}

const show = (s: LogStore) => render(<ReadingLog store={s} locale="en-US" optionsUrl="options.html" />);
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('reading log: citations and archive links', () => {
  it('exports every article as BibTeX, and the file parses back to the same titles, authors and dates', async () => {
    const download = vi.fn<LogStore['download']>();
    show(store(download));
    await waitFor(() => expect(button('Export all').disabled).toBe(false));
    expect(button('Export selected (0)').disabled).toBe(true);
    fireEvent.click(button('Export all'));
    await waitFor(() => expect(download).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const [name, type, text] = download.mock.calls[0]!;
    expect([name, type]).toEqual(['gt-lens-reading-log.bib', 'application/x-bibtex']);
    const back = new Cite(text).data as CslItem[];
    expect(back.map((b) => [b.title, b.author?.map((a) => a.family), b.issued?.['date-parts'][0], b.URL])).toEqual([
      [NEW.title, ['Zhang', 'Li'], [2026, 1, 5], NEW.url],
      // Kept before bylines were: no author is made up.
      [OLD.title, undefined, [2020, 12, 19], OLD.url],
    ]);
  });

  it('exports only the selected articles, in the format chosen', async () => {
    const download = vi.fn<LogStore['download']>();
    show(store(download));
    const box = await screen.findByRole('checkbox', { name: `Select “${OLD.title}”` });
    fireEvent.click(box);
    fireEvent.change(screen.getByRole('combobox', { name: 'Export as' }), { target: { value: 'csl-json' } });
    fireEvent.click(button('Export selected (1)'));
    await waitFor(() => expect(download).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const [name, , text] = download.mock.calls[0]!;
    expect(name).toBe('gt-lens-reading-log.json');
    const items = JSON.parse(text) as CslItem[];
    expect(items.map((i) => [i.title, i.accessed['date-parts'][0]])).toEqual([[OLD.title, [2026, 1, 2]]]);
  });

  it('links each article’s copies in the Wayback Machine and its Save Page Now', async () => {
    show(store());
    const copies = await screen.findByRole('link', { name: `Copies in the Wayback Machine of “${NEW.title}”` });
    expect(copies.getAttribute('href')).toBe(`https://web.archive.org/web/*/${NEW.url}`);
    expect(screen.getByRole('link', { name: `Save a copy now of “${OLD.title}”` }).getAttribute('href')).toBe(
      `https://web.archive.org/save/${OLD.url}`,
    );
  });
});

describe('reading log: articles without a title', () => {
  it('shows an untitled article, and one kept as "Global Times" before, by its address', async () => {
    const untitled = { ...NEW, url: 'https://www.globaltimes.cn/page/202601/1300002.shtml', title: '' };
    const older = { ...OLD, title: 'Global Times' };
    const contents: LogContents = { articles: [untitled, older], total: 2, unreadable: 0, problem: null };
    show({ ...store(), loadNewest: async () => contents, load: async () => contents });
    for (const { url } of [untitled, older]) {
      expect((await screen.findByRole('link', { name: url })).getAttribute('href')).toBe(url);
      expect(screen.getByRole('checkbox', { name: `Select “${url}”` })).toBeTruthy();
    }
    expect(screen.queryByText('Global Times')).toBeNull();
  });
});

describe('reading log: who is quoted', () => {
  const voice = (source: string, kind: 'person' | 'organization' | 'state' | 'unnamed', statements: number) => ({
    key: `${kind}:${source.toLowerCase()}`,
    source,
    kind,
    statements,
    direct: 0,
  });
  const withVoices = (voices: ReturnType<typeof voice>[], article: ArticleRecord) => ({ ...article, voices });
  const quoted: LogContents = {
    articles: [
      withVoices([voice('Mao Ning', 'person', 2), voice('experts', 'unnamed', 1)], NEW),
      withVoices([voice('Mao Ning', 'person', 1), voice('analysts', 'unnamed', 2), voice('netizens', 'unnamed', 1)], {
        ...NEW,
        url: 'https://www.globaltimes.cn/page/202601/1300002.shtml',
      }),
      OLD,
    ],
    total: 3,
    unreadable: 0,
    problem: null,
  };
  const storeOf = (contents: LogContents): LogStore => ({
    ...store(),
    loadNewest: async () => contents,
    load: async () => contents,
  });

  it('ranks who is quoted across the articles and counts unnamed sources per section', async () => {
    show(storeOf(quoted));
    const list = await screen.findByTestId('log-voices');
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Mao Ning: 3 statements in 2 articles',
    ]);
    const table = screen.getByRole('table', { name: 'Unnamed sources by section' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    // The article kept before sources were read (OLD) is left out.
    expect(rows).toEqual([['CHINA / SOCIETY', '2', '5', '3 (60%)']]);
  });

  it('says sources come with the next articles when the log has none yet', async () => {
    show(store());
    expect(await screen.findByText(/^No sources yet/)).toBeTruthy();
    expect(screen.queryByTestId('log-unnamed')).toBeNull();
  });
});
