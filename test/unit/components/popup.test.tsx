// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupView } from '@/components/Popup';
import { CURRENCIES } from '@/utils/rates/currencies';
import { bundledRates } from '@/utils/rates/table';
import { seedArticle } from '../../harness/mock-states';

afterEach(cleanup);

const NOW = new Date('2020-12-22T12:00:00Z');
const noop = async () => true;
// The bundled table stands in for the background: rates of any day, no network.
const getRates = async (date: string) => bundledRates(date);
const rest = { getRates, currency: 'USD', currencies: CURRENCIES, onCurrency: () => {} };
const show = (
  view: PopupView,
  onRetry = () => {},
  onShow: (m: number) => Promise<boolean> = noop,
  onCopy: (t: string) => Promise<boolean> = noop,
) =>
  render(
    <Popup
      view={view}
      onRetry={onRetry}
      onShow={onShow}
      onCopy={onCopy}
      {...rest}
      now={NOW}
      locale="en-US"
      timeZone="America/New_York"
    />,
  );

describe('Popup', () => {
  it('shows the article: title, section, byline, times in Beijing and locally, length', () => {
    show(seedArticle);
    expect(screen.getByRole('heading', { name: seedArticle.article.title, level: 1 })).toBeTruthy();
    expect(screen.getByText('BUSINESS / INDUSTRIES')).toBeTruthy();
    expect(screen.getByText('No byline')).toBeTruthy();
    expect(screen.getByTestId('published-beijing').textContent).toBe('Dec 19, 2020, 10:25 PM Beijing time');
    expect(screen.getByTestId('published-beijing').getAttribute('datetime')).toBe('2020-12-19T22:25:59+08:00');
    expect(screen.getByTestId('published-local').textContent).toBe(
      'Dec 19, 2020, 9:25 AM your time (America/New_York)',
    );
    expect(screen.getByTestId('published-ago').textContent).toBe('3 days ago');
    expect(screen.getByTestId('length').textContent).toBe('345 words · 2 min read');
    // The seed's entities per the annotation guide: Ma Weiguang; 8 organizations; 9 places ("Zhejiang" and
    // "Zhejiang Province" are one); 13 figures.
    expect(screen.getByTestId('found').textContent).toBe('1 person · 8 organizations · 9 places · 13 figures');
  });

  it('joins several authors and hides the local time when it equals Beijing time', () => {
    const view = { ...seedArticle, article: { ...seedArticle.article, authors: ['Zhang Han', 'Li Qiao', 'Chu Daye'] } };
    render(
      <Popup
        view={view}
        onRetry={() => {}}
        onShow={noop}
        onCopy={noop}
        {...rest}
        now={NOW}
        locale="en-US"
        timeZone="Asia/Shanghai"
      />,
    );
    expect(screen.getByText('By Zhang Han, Li Qiao and Chu Daye')).toBeTruthy();
    expect(screen.queryByTestId('published-local')).toBeNull();
  });

  it('says so when the page gives no time', () => {
    show({ ...seedArticle, article: { ...seedArticle.article, published: null } });
    expect(screen.getByText('Not stated on the page')).toBeTruthy();
  });

  it.each([
    [
      { state: 'not-article', reason: 'This Global Times page is a section front or list, not an article.' },
      'Not an article',
      'section front',
    ],
    [{ state: 'not-gt' }, 'Not a Global Times page', 'www.globaltimes.cn'],
    [{ state: 'loading' }, 'Reading the article…', null],
    [{ state: 'reading' }, 'Reading the article…', null],
    [{ state: 'unreachable' }, "Can't reach this tab", 'Reload the page'],
    [{ state: 'error', message: 'boom' }, 'Something went wrong', 'boom'],
  ] as [PopupView, string, string | null][])('%j shows a short message', (view, title, detail) => {
    show(view);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    if (detail) expect(screen.getByRole('status').textContent).toContain(detail);
  });

  it.each([[{ state: 'error', message: 'x' }], [{ state: 'unreachable' }]] as [PopupView][])(
    '%j offers a retry',
    (view) => {
      const retry = vi.fn();
      show(view, retry);
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
      expect(retry).toHaveBeenCalledOnce();
    },
  );

  it('renders page text as text, never as markup', () => {
    const title = '<img src=x onerror="alert(1)">Headline';
    const { container } = show({ ...seedArticle, article: { ...seedArticle.article, title } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
  });
});

describe('summary card on the seed article', () => {
  it('shows three key points, ranked entities with counts and the key figures', () => {
    show(seedArticle);
    const points = within(screen.getByRole('region', { name: 'Key points' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(
      /^Shaoxing, a city in East China's Zhejiang Province, has signed 12 co-operative projects/,
    );
    expect(points).toContain(
      "Shaoxing's GDP is expected to exceed 600 billion yuan ($92 billion) this year, Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee said.",
    );
    const people = within(screen.getByRole('region', { name: 'People' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(people).toEqual(['Ma Weiguang 2']);
    const places = within(screen.getByRole('region', { name: 'Places' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(places[0]).toBe('Shanghai 9');
    expect(places.slice(1, 3).sort()).toEqual(['China 6', 'Shaoxing 6']);
    const figures = within(screen.getByRole('region', { name: 'Key figures' })).getAllByRole('button');
    expect(figures[0]!.textContent).toBe("600 billion yuan ($92 billion)Shaoxing's GDP is expected to exceed");
    expect(figures[0]!.getAttribute('title')).toMatch(/^Shaoxing's GDP is expected to exceed 600 billion yuan/);
  });

  it('shows the first mention on a first click and the next on a second', async () => {
    const onShow = vi.fn(async () => true);
    show(seedArticle, () => {}, onShow);
    const shaoxing = screen.getByRole('button', { name: /^Shaoxing 6/ });
    fireEvent.click(shaoxing);
    fireEvent.click(shaoxing);
    const entity = seedArticle.analysis.entities.find((e) => e.name === 'Shaoxing')!;
    await waitFor(() => expect(onShow).toHaveBeenCalledTimes(2));
    expect(onShow.mock.calls.map((c: unknown[]) => c[0])).toEqual(entity.mentions.slice(0, 2));
  });

  it('says so when the page cannot show a mention', async () => {
    show(
      seedArticle,
      () => {},
      async () => false,
    );
    fireEvent.click(screen.getByRole('button', { name: /^Ma Weiguang/ }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toMatch(/Turn highlights on/));
  });

  it('copies the card as Markdown and confirms', async () => {
    const onCopy = vi.fn(async (_text: string) => true);
    show(seedArticle, () => {}, noop, onCopy);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toBe('Summary copied as Markdown.'));
    const markdown = onCopy.mock.calls[0]![0];
    expect(markdown).toMatch(
      /^# \[E\. China’s Shaoxing signs 12 co-operative projects with Shanghai\]\(https:\/\/www\.globaltimes\.cn\/content\/1210393\.shtml\)/,
    );
    expect(markdown).toContain('Dec 19, 2020');
    expect(markdown).toContain('## Key points');
    expect(markdown).toContain('**People:** Ma Weiguang (2)');
    expect(markdown).toContain("- 600 billion yuan ($92 billion) — Shaoxing's GDP is expected to exceed");
  });

  it('says so when copying fails', async () => {
    show(
      seedArticle,
      () => {},
      noop,
      async () => false,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toBe('Could not copy to the clipboard.'));
  });
});

describe('converter on the seed article', () => {
  it('converts each yuan amount at the rate of the article’s day and today, and checks the article’s own conversion', async () => {
    show(seedArticle);
    await waitFor(() => expect(screen.getAllByTestId('at-article-date')).toHaveLength(2));
    const rows = screen.getAllByTestId('amount');
    expect(rows.map((r) => r.querySelector('strong')!.textContent)).toEqual(['600 billion yuan', '578 billion yuan']);
    expect(screen.getAllByTestId('at-article-date')[0]!.textContent).toBe('≈ $91.8 billion then');
    expect(screen.getAllByTestId('at-latest')[0]!.textContent).toMatch(
      /^ · \$\d+(\.\d)? billion now \([+-]\d+\.\d%\)$/,
    );
    expect(screen.getByTestId('stated').textContent).toMatch(
      /^The article says \$92 billion: consistent with the ECB rate/,
    );
    expect(screen.getByText(/Article's day: ECB, bundled, rate of Dec 18, 2020 \(for Dec 19, 2020\)/)).toBeTruthy();
  });

  it('converts any amount as you type, and says what is wrong with bad input', async () => {
    show(seedArticle);
    const result = () => screen.getByTestId('free-result').textContent;
    await waitFor(() =>
      expect(result()).toMatch(/^CN¥1,000,000\.00 = \$152,9\d\d(\.\d\d)? \(1 CNY = 0\.1529\d USD\)$/),
    );
    fireEvent.input(screen.getByRole('textbox', { name: 'Amount' }), { target: { value: '2.5bn' } });
    await waitFor(() => expect(result()).toMatch(/= \$382 million/));
    fireEvent.input(screen.getByRole('textbox', { name: 'Amount' }), { target: { value: 'lots' } });
    expect(result()).toBe('Not a number: try 600 billion, 6e11 or 1,234.5.');
    expect(result()).not.toMatch(/NaN|Infinity/);
    fireEvent.click(screen.getByRole('button', { name: 'Swap currencies' }));
    expect((screen.getByRole('combobox', { name: 'From currency' }) as HTMLSelectElement).value).toBe('USD');
  });

  it('shows why it used the bundled rates when the live ones failed', async () => {
    const failing = async (date: string) => ({
      ...bundledRates(date)!,
      fallback: 'the rate service could not be reached; using the bundled ECB rates',
    });
    render(
      <Popup
        view={seedArticle}
        onRetry={() => {}}
        onShow={noop}
        onCopy={noop}
        {...rest}
        getRates={failing}
        now={NOW}
        locale="en-US"
        timeZone="UTC"
      />,
    );
    await waitFor(() =>
      expect(screen.getAllByText(/could not be reached; using the bundled ECB rates/).length).toBeGreaterThan(0),
    );
  });
});
