// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentProps } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupView } from '@/components/Popup';
import { analyze } from '@/utils/analysis/analyze';
import type { AlsoIn } from '@/utils/memory/article-record';
import type { PopupTab } from '@/utils/popup-settings';
import { CURRENCIES } from '@/utils/rates/currencies';
import { bundledRates } from '@/utils/rates/table';
import { seedArticle } from '../../harness/mock-states';
import { useLocale } from '../locales/use-locale';

afterEach(cleanup);

const NOW = new Date('2020-12-22T12:00:00Z');
const noop = async () => true;
// The bundled table stands in for the background: rates of any day, no network.
const getRates = async (date: string) => bundledRates(date);
let tab: PopupTab = 'summary';
const rest = {
  getRates,
  currency: 'USD',
  currencies: CURRENCIES,
  onCurrency: () => {},
  get tab() {
    return tab;
  },
  onTab: (next: PopupTab) => {
    tab = next;
  },
};
beforeEach(() => {
  tab = 'summary';
});
/** The popup on a view, as a reader in New York sees it, with any prop replaced. */
const show = (view: PopupView, overrides: Partial<ComponentProps<typeof Popup>> = {}) =>
  render(
    <Popup
      view={view}
      onRetry={() => {}}
      onShow={noop}
      onCopy={noop}
      {...rest}
      now={NOW}
      locale="en-US"
      timeZone="America/New_York"
      {...overrides}
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
    show(view, { now: NOW, locale: 'en-US', timeZone: 'Asia/Shanghai' });
    expect(screen.getByText('By Zhang Han, Li Qiao, and Chu Daye')).toBeTruthy();
    expect(screen.queryByTestId('published-local')).toBeNull();
  });

  it('says so when the page gives no time', () => {
    show({ ...seedArticle, article: { ...seedArticle.article, published: null } });
    expect(screen.getByText('Not stated on the page')).toBeTruthy();
  });

  it.each([
    // The popup words the code: the reason's English sentence plays no part.
    [{ state: 'not-article', reason: 'x', code: 'not-article-page' }, 'Not an article', 'section front'],
    [{ state: 'not-article', reason: 'x', code: 'no-article-text' }, 'Not an article', 'No article text'],
    [{ state: 'not-gt' }, 'Not a Global Times page', 'www.globaltimes.cn'],
    [{ state: 'loading' }, 'Reading the article…', null],
    [{ state: 'reading' }, 'Reading the article…', null],
    [{ state: 'unreachable' }, "Can't reach this tab", 'Reload the page'],
    [{ state: 'error', message: 'TypeError: boom' }, 'Something went wrong', 'could not read this page'],
  ] as [PopupView, string, string | null][])('%j shows a short message', (view, title, detail) => {
    show(view);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    if (detail) expect(screen.getByRole('status').textContent).toContain(detail);
    // The page's own wording of a failure is for logs, never for the reader.
    expect(document.body.textContent).not.toMatch(/TypeError|boom/);
  });

  it.each([[{ state: 'error', message: 'x' }], [{ state: 'unreachable' }]] as [PopupView][])(
    '%j offers a retry',
    (view) => {
      const retry = vi.fn();
      show(view, { onRetry: retry });
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
  it('puts the summary and the money one click apart, in tabs that report the choice', () => {
    const onTab = vi.fn();
    show(seedArticle, { onTab, timeZone: undefined, now: undefined });
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected')])).toEqual([
      ['Summary', 'true'],
      ['Voices', 'false'],
      ['Money', 'false'],
      ['Cite', 'false'],
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Summary' })).toBeTruthy();
    fireEvent.click(tabs[2]!);
    expect(onTab).toHaveBeenLastCalledWith('money');
    fireEvent.keyDown(tabs[0]!, { key: 'End' });
    expect(onTab).toHaveBeenLastCalledWith('cite');
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowLeft' });
    expect(onTab).toHaveBeenLastCalledWith('cite');
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(onTab).toHaveBeenLastCalledWith('voices');
  });

  it('keeps headings in order: the headline, then sections, then entity kinds', () => {
    show(seedArticle);
    const levels = [...document.querySelectorAll('h1, h2, h3')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('shows three key points, ranked entities named with their counts, and the key figures resolved', async () => {
    show(seedArticle);
    const points = within(screen.getByRole('region', { name: 'Key points' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(points).toHaveLength(3);
    expect(points[0]).toMatch(
      /^Shaoxing, a city in East China's Zhejiang Province, has signed 12 co-operative projects/,
    );
    const people = within(screen.getByRole('region', { name: /^People/ })).getAllByRole('button');
    expect(people.map((b) => b.getAttribute('aria-label'))).toEqual(['Ma Weiguang, 2 mentions']);
    expect(people[0]!.textContent).toBe('Ma Weiguang 2');
    const places = within(screen.getByRole('region', { name: /^Places/ }))
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(places[0]).toBe('Shanghai, 9 mentions');
    expect(places.slice(1, 3).sort()).toEqual(['China, 6 mentions', 'Shaoxing, 6 mentions']);
    const figures = within(screen.getByRole('region', { name: 'Key figures' })).getAllByRole('button');
    expect(figures[0]!.querySelector('.figure-text')!.textContent).toBe('600 billion yuan ($92 billion)');
    expect(figures[0]!.getAttribute('title')).toMatch(/^Shaoxing's GDP is expected to exceed 600 billion yuan/);
    // An amount shows its conversion at the article's day, a day its date.
    await waitFor(() => expect(figures[0]!.querySelector('.figure-value')?.textContent).toBe('≈ $91.8 billion'));
    const values = screen.getAllByTestId('figure-value').map((v) => v.textContent);
    expect(values).toContain('Saturday, December 19, 2020');
  });

  it('says how many more entities there are, and shows them on request', () => {
    show(seedArticle);
    const orgs = () => within(screen.getByRole('region', { name: /^Organizations/ }));
    const total = seedArticle.analysis.entities.filter((e) => e.type === 'ORG').length;
    expect(screen.getByRole('heading', { name: `Organizations ${total}` })).toBeTruthy();
    const more = orgs().getByRole('button', { name: `${total - 5} more` });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(orgs().getAllByRole('button', { name: /mentions?$/ })).toHaveLength(5);
    fireEvent.click(more);
    expect(orgs().getAllByRole('button', { name: /mentions?$/ })).toHaveLength(total);
    expect(orgs().getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
  });
});

describe('summary card: showing and copying', () => {
  it('shows the first mention on a first click and the next on a second', async () => {
    const onShow = vi.fn(async () => true);
    show(seedArticle, { onShow });
    const shaoxing = screen.getByRole('button', { name: 'Shaoxing, 6 mentions' });
    fireEvent.click(shaoxing);
    fireEvent.click(shaoxing);
    const entity = seedArticle.analysis.entities.find((e) => e.name === 'Shaoxing')!;
    await waitFor(() => expect(onShow).toHaveBeenCalledTimes(2));
    expect(onShow.mock.calls.map((c: unknown[]) => c[0])).toEqual(entity.mentions.slice(0, 2));
  });

  it('says so when the page cannot show a mention', async () => {
    show(seedArticle, { onShow: async () => false });
    fireEvent.click(screen.getByRole('button', { name: /^Ma Weiguang/ }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toMatch(/Turn highlights on/));
  });

  it('copies the card as Markdown and confirms', async () => {
    const onCopy = vi.fn(async (_text: string) => true);
    show(seedArticle, { onCopy });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toBe('Summary copied as Markdown.'));
    const markdown = onCopy.mock.calls[0]![0];
    expect(markdown).toMatch(
      /^# \[E\. China’s Shaoxing signs 12 co-operative projects with Shanghai\]\(https:\/\/www\.globaltimes\.cn\/content\/1210393\.shtml\)/,
    );
    expect(markdown).toContain('Dec 19, 2020');
    expect(markdown).toContain('## Key points');
    // Who's who: a person's role travels with the name.
    expect(markdown).toContain('**People:** Ma Weiguang (Party secretary of CPC Shaoxing Municipal Committee, 2)');
    expect(markdown).toContain("- 600 billion yuan ($92 billion) — Shaoxing's GDP is expected to exceed");
    // Who is speaking: the seed's two statements by Ma Weiguang.
    expect(markdown).toContain('## Voices\n\n1 source: 1 named person\n\n- **Ma Weiguang, Party secretary');
    expect(markdown).toMatch(/\(2 statements\): “[^”]+”\n$/);
  });

  it('leaves the voices out of the copy while they are still being read', async () => {
    const onCopy = vi.fn(async (_text: string) => true);
    const { attributions: _, ...rest } = seedArticle.analysis;
    show({ ...seedArticle, analysis: rest }, { onCopy });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(onCopy).toHaveBeenCalled());
    expect(onCopy.mock.calls[0]![0]).not.toContain('## Voices');
  });

  it('says so when copying fails', async () => {
    show(seedArticle, { onCopy: async () => false });
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await waitFor(() => expect(document.querySelector('.note')!.textContent).toBe('Could not copy to the clipboard.'));
  });
});

describe('voices on the seed article', () => {
  beforeEach(() => {
    tab = 'voices';
  });

  it('tallies the sources and lists each with its role, its statements and its opening words', () => {
    show(seedArticle);
    const panel = screen.getByRole('tabpanel', { name: 'Voices' });
    expect(within(panel).getByRole('heading', { name: 'Who is speaking', level: 2 })).toBeTruthy();
    expect(screen.getByTestId('voices-tally').textContent).toBe('1 source: 1 named person');
    expect(within(panel).getByRole('heading', { name: 'Named people 1', level: 3 })).toBeTruthy();
    const voice = within(panel).getByRole('button', { name: /^Ma Weiguang, Party secretary/ });
    expect(voice.querySelector('.voice-count')!.textContent).toBe('2 statements');
    expect(voice.textContent).toMatch(
      /^Ma Weiguang, Party secretary of CPC Shaoxing Municipal Committee 2 statements“.+”$/,
    );
    const opening = seedArticle.article.paragraphs[9]!.text.split(/\s+/).slice(0, 3).join(' ');
    expect(voice.querySelector('.voice-opening')!.textContent).toMatch(new RegExp(`^“${opening}.*”$`));
  });

  it('goes to each statement in the article in turn: its source’s mention in that paragraph, or the nearest', async () => {
    const onShow = vi.fn(async (_mention: number) => true);
    show(seedArticle, { onShow });
    const voice = screen.getByRole('button', { name: /^Ma Weiguang/ });
    for (let i = 0; i < 3; i++) fireEvent.click(voice);
    await waitFor(() => expect(onShow).toHaveBeenCalledTimes(3));
    const { mentions } = seedArticle.analysis;
    const shown = onShow.mock.calls.map(([m]) => [mentions[m]!.text, mentions[m]!.paragraph]);
    // The second statement says "He disclosed": its paragraph names him again as "Ma"; then round again.
    expect(shown).toEqual([
      ['Ma Weiguang', 9],
      ['Ma', 10],
      ['Ma Weiguang', 9],
    ]);
  });

  it('says so when the page cannot show a statement', async () => {
    show(seedArticle, { onShow: async () => false });
    fireEvent.click(screen.getByRole('button', { name: /^Ma Weiguang/ }));
    const panel = screen.getByRole('tabpanel', { name: 'Voices' });
    await waitFor(() => expect(panel.querySelector('.note')!.textContent).toMatch(/Turn highlights on/));
  });

  it('says it is still reading rather than "no sources" while the attributions have not arrived', () => {
    const { attributions: _, ...rest } = seedArticle.analysis;
    show({ ...seedArticle, analysis: rest });
    const panel = screen.getByRole('tabpanel', { name: 'Voices' });
    expect(within(panel).getByRole('status').textContent).toBe('Reading who is speaking…');
    expect(panel.textContent).not.toMatch(/source/);
  });

  it('says when no one speaks in the article', () => {
    show({ ...seedArticle, analysis: { ...seedArticle.analysis, attributions: [] } });
    expect(screen.getByRole('tabpanel', { name: 'Voices' }).textContent).toBe(
      'No one is quoted or cited in this article.',
    );
  });

  it('words the tally in Chinese', async () => {
    await useLocale('zh_CN');
    show(seedArticle, { locale: 'zh-CN' });
    expect(screen.getByTestId('voices-tally').textContent).toBe('1 个消息来源: 1 位具名人士');
    expect(screen.getByRole('button', { name: /^Ma Weiguang/ }).querySelector('.voice-count')!.textContent).toBe(
      '2 条发言',
    );
  });
});

describe('money on the seed article', () => {
  beforeEach(() => {
    tab = 'money';
  });

  it('converts each yuan amount at the article’s day and the latest rate, with both dates and the change', async () => {
    show(seedArticle);
    await waitFor(() => expect(screen.getAllByTestId('at-article-date')).toHaveLength(2));
    const rows = screen.getAllByTestId('amount');
    expect(rows.map((r) => r.querySelector('strong')!.textContent)).toEqual(['600 billion yuan', '578 billion yuan']);
    expect(screen.getAllByTestId('at-article-date')[0]!.textContent).toBe(
      "≈ $91.8 billion at the rate of Dec 18, 2020, the article's day",
    );
    const latest = bundledRates('latest')!;
    const latestDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${latest.date}T00:00:00Z`),
    );
    expect(screen.getAllByTestId('at-latest')[0]!.textContent).toMatch(
      new RegExp(`^\\$\\d+(\\.\\d)? billion at the latest rate \\(${latestDay}\\)$`),
    );
    expect(screen.getAllByTestId('since-article')[0]!.textContent).toMatch(
      new RegExp(`^[+-]\\d+(\\.\\d)?% since the article \\(Dec 18, 2020 → ${latestDay}\\)$`),
    );
    expect(screen.getByTestId('stated').textContent).toMatch(
      /^The article says \$92 billion: consistent with the ECB rate/,
    );
  });

  it('says in one calm line where the rates come from and how old they are', async () => {
    const offline = async (date: string) => ({
      ...bundledRates(date)!,
      fallback: 'the rate service could not be reached (TypeError: Failed to fetch); using the bundled ECB rates',
      failure: 'offline' as const,
    });
    const latest = bundledRates('latest')!;
    const later = new Date(Date.parse(`${latest.date}T00:00:00Z`) + 220 * 86_400_000);
    show(seedArticle, { getRates: offline, now: later, locale: 'en-US', timeZone: undefined });
    await waitFor(() =>
      expect(screen.getByTestId('rate-source').textContent).toMatch(
        /^ECB reference rates, bundled, up to .* \(offline\) · 7 months ago$/,
      ),
    );
    expect(document.body.textContent).not.toMatch(/Failed to fetch|TypeError|could not be reached/);
  });

  it.each([
    ['service-error', '(the rate service is unavailable)'],
    ['no-answer', '(the rate service did not answer)'],
    ['bad-answer', "(the rate service's answer was unusable)"],
  ] as const)('does not call a failing rate service (%s) offline', async (failure, why) => {
    const failing = async (date: string) => ({ ...bundledRates(date)!, fallback: 'HTTP 500', failure });
    show(seedArticle, { getRates: failing, locale: 'en-US', timeZone: undefined });
    await waitFor(() =>
      expect(screen.getByTestId('rate-source').textContent).toMatch(/^ECB reference rates, bundled, up to /),
    );
    expect(screen.getByTestId('rate-source').textContent).toContain(why);
    expect(document.body.textContent).not.toMatch(/offline|HTTP 500/);
  });

  it('names live rates by their day, without an age when they are fresh', async () => {
    const live = async (date: string) => ({ ...bundledRates(date)!, source: 'ECB via Frankfurter' as const });
    const latest = bundledRates('latest')!;
    show(seedArticle, {
      getRates: live,
      now: new Date(`${latest.date}T12:00:00Z`),
      locale: 'en-GB',
      timeZone: undefined,
    });
    await waitFor(() =>
      expect(screen.getByTestId('rate-source').textContent).toMatch(/^ECB via Frankfurter, \d+ \w+ 20\d\d$/),
    );
  });
});

describe('the free converter', () => {
  beforeEach(() => {
    tab = 'money';
  });
  const amount = () => screen.getByRole('textbox', { name: 'Amount' });
  const result = () => screen.getByTestId('free-result').textContent;
  const type = (value: string) => fireEvent.input(amount(), { target: { value } });

  it('is built when the Money tab is first shown, not with the popup, and keeps what the reader typed', async () => {
    tab = 'summary';
    const popup = (on: PopupTab) => (
      <Popup
        view={seedArticle}
        onRetry={() => {}}
        onShow={noop}
        onCopy={noop}
        {...rest}
        tab={on}
        now={NOW}
        locale="en-US"
      />
    );
    const { rerender } = render(popup('summary'));
    expect(screen.queryByRole('textbox', { name: 'Amount', hidden: true })).toBeNull();
    rerender(popup('money'));
    type('600 billion yuan');
    await waitFor(() => expect(result()).toMatch(/= \$91\.8 billion$/));
    rerender(popup('summary'));
    expect(screen.queryByRole('textbox', { name: 'Amount' })).toBeNull(); // hidden with its tab
    rerender(popup('money'));
    expect((amount() as HTMLInputElement).value).toBe('600 billion yuan');
  });

  it('converts amounts as readers copy them, at the article’s day, and takes the currency from the text', async () => {
    show(seedArticle);
    type('600 billion yuan');
    await waitFor(() => expect(result()).toMatch(/^CN¥600,000,000,000\.00 = \$91\.8 billion$/));
    expect(screen.getByTestId('free-rate').textContent).toMatch(/^1 CNY = 0\.15\d+ USD, rate of Dec 18, 2020$/);
    type('HK$2 billion');
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement).value).toBe('HKD'),
    );
    await waitFor(() => expect(result()).toMatch(/^HK\$2,000,000,000\.00 = \$25\d million$/));
    type('$92 billion');
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement).value).toBe('USD'),
    );
    // "To" moves off the currency it met.
    expect((screen.getByRole('combobox', { name: 'To' }) as HTMLSelectElement).value).toBe('CNY');
  });

  it('ties an error to the field once the reader pauses, and styles it as an error', async () => {
    show(seedArticle);
    type('lots');
    expect(amount().getAttribute('aria-invalid')).toBeNull();
    await waitFor(() => expect(amount().getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(amount().getAttribute('aria-describedby')!)!;
    expect(error.className).toBe('field-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toBe(
      '“lots” is not an amount GT Lens can read: try 600 billion yuan, ¥600bn or 1,234.5.',
    );
    expect(result()).not.toMatch(/NaN|Infinity/);
    type('5');
    await waitFor(() => expect(amount().getAttribute('aria-describedby')).toBe('free-hint'));
  });

  it('says when a currency’s quotes ended instead of failing', async () => {
    const withEnded = async (date: string) => ({ ...bundledRates(date)!, ended: { HRK: '2022-12-30' } });
    show(seedArticle, { getRates: withEnded, locale: 'en-US', timeZone: undefined, now: undefined });
    fireEvent.change(screen.getByRole('combobox', { name: 'To' }), { target: { value: 'HRK' } });
    fireEvent.input(screen.getByLabelText('Day'), { target: { value: '2024-03-01' } });
    await waitFor(() => expect(result()).toBe('The ECB stopped quoting HRK after Dec 30, 2022.'));
  });

  it('swaps the currencies', () => {
    show(seedArticle);
    fireEvent.click(screen.getByRole('button', { name: 'Swap currencies' }));
    expect((screen.getByRole('combobox', { name: 'From' }) as HTMLSelectElement).value).toBe('USD');
  });
});

describe('in Chinese', () => {
  it('words the popup in Chinese and writes numbers and dates the Chinese way', async () => {
    await useLocale('zh_CN');
    tab = 'money';
    show(seedArticle, { now: NOW, locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['摘要', '发言者', '金额', '引用']);
    expect(screen.getByTestId('found').textContent).toBe('1 个人物 · 8 个机构 · 9 个地点 · 13 个数字');
    expect(screen.getByTestId('published-beijing').textContent).toMatch(/^北京时间 2020年12月19日/);
    await waitFor(() =>
      expect(screen.getAllByTestId('at-article-date')[0]!.textContent).toMatch(
        /^≈ US\$918亿，按文章当天 2020年12月18日 的汇率$/,
      ),
    );
  });
});

describe('Cite in Chinese', () => {
  it('words the Cite tab in Chinese, its buttons named by their visible text, the citations in English', async () => {
    await useLocale('zh_CN');
    tab = 'cite';
    show(seedArticle, { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
    expect(screen.getByRole('heading', { name: '引用本文' })).toBeTruthy();
    await screen.findByTestId('citation-apa', {}, { timeout: 15_000 });
    expect(screen.getByTestId('citation-apa').textContent).toMatch(/^Global Times\. \(2020, December 19\)\./);
    const copy = screen.getByRole('button', { name: '复制 APA 第 7 版 引用' });
    expect(copy.textContent).toBe('复制');
    expect(screen.getByRole('button', { name: '下载 BibTeX' }).textContent).toBe('下载');
    expect(screen.getByRole('link', { name: '立即存档一份' })).toBeTruthy();
  });
});

describe('Popup and the reading log', () => {
  const memory = (showNotice: boolean) => ({
    recall: vi.fn(
      async (_article: { url: string | null; title: string }, keys: string[]): Promise<Record<string, AlsoIn>> =>
        keys.includes('PLACE:shanghai') ? { 'PLACE:shanghai': { count: 2, newest: [{ url: 'u', title: 'T' }] } } : {},
    ),
    showNotice,
    onNoticeSeen: vi.fn(),
    logUrl: 'chrome-extension://id/log.html',
    optionsUrl: 'chrome-extension://id/options.html',
  });

  it('shows who is who beside a person, and which entities the reader met before', async () => {
    const m = memory(false);
    show(seedArticle, { memory: m });
    expect(screen.getByText('Party secretary of CPC Shaoxing Municipal Committee')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Also in 2 articles you read')).toBeTruthy());
    expect(m.recall).toHaveBeenCalledWith(seedArticle.article, expect.arrayContaining(['PLACE:shanghai']));
    expect(screen.queryByTestId('memory-notice')).toBeNull();
    expect(screen.getByRole('link', { name: 'Reading log' }).getAttribute('href')).toBe(
      'chrome-extension://id/log.html',
    );
  });

  it('says once that a reading log is kept, until the reader dismisses it', () => {
    const m = memory(true);
    show(seedArticle, { memory: m });
    expect(screen.getByTestId('memory-notice').textContent).toContain('on this device only');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('memory-notice')).toBeNull();
    expect(m.onNoticeSeen).toHaveBeenCalledTimes(1);
  });
});

describe('Cite on the seed article', () => {
  const SEED = 'https://www.globaltimes.cn/content/1210393.shtml';

  it('loads nothing for citations until the Cite tab is shown', () => {
    show(seedArticle);
    expect(document.getElementById('panel-cite')!.childElementCount).toBe(0);
  });

  it('formats the article in APA 7, MLA 9 and Chicago, naming the paper and the day, and copies each', async () => {
    tab = 'cite';
    const onCopy = vi.fn(async (_text: string) => true);
    show(seedArticle, { onCopy });
    expect(screen.getByRole('tabpanel', { name: 'Cite' })).toBeTruthy();
    const apa = await screen.findByTestId('citation-apa', {}, { timeout: 15_000 });
    // No byline: the paper is the author; the day as printed in Beijing.
    expect(apa.textContent).toBe(
      `Global Times. (2020, December 19). E. China’s Shaoxing signs 12 co-operative projects with Shanghai. Global Times. ${SEED}`,
    );
    expect(apa.querySelector('i')!.textContent).toBe('Global Times');
    expect(screen.getByTestId('citation-mla').textContent).toBe(
      '“E. China’s Shaoxing Signs 12 Co-Operative Projects with Shanghai.” Global Times, 19 Dec. 2020, www.globaltimes.cn/content/1210393.shtml.',
    );
    expect(screen.getByTestId('citation-chicago').textContent).toBe(
      `Global Times. 2020. “E. China’s Shaoxing Signs 12 Co-Operative Projects with Shanghai.” Global Times, December 19, 2020, sec. Business / Industries. ${SEED}.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy the MLA 9 citation' }));
    await waitFor(() => expect(screen.getByText('MLA 9 copied.')).toBeTruthy());
    expect(onCopy).toHaveBeenLastCalledWith(screen.getByTestId('citation-mla').textContent);
  });

  it('offers BibTeX, RIS and CSL-JSON to copy or download, and says when a download fails', async () => {
    tab = 'cite';
    const onCopy = vi.fn(async (_text: string) => true);
    const onDownload = vi.fn((_name: string, _type: string, _text: string) => true);
    show(seedArticle, { onCopy, onDownload });
    await screen.findByTestId('citation-apa', {}, { timeout: 15_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Download BibTeX' }));
    expect(onDownload).toHaveBeenLastCalledWith('gt-1210393.bib', 'application/x-bibtex', expect.any(String));
    expect(onDownload.mock.lastCall![2]).toMatch(/^@article\{GlobalTimes1210393,[\s\S]*author = \{\{Global Times\}\}/);
    expect(screen.getByText('Downloading gt-1210393.bib.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy RIS' }));
    await waitFor(() => expect(screen.getByText('RIS copied.')).toBeTruthy());
    expect(onCopy.mock.lastCall![0]).toMatch(
      /^TY {2}- MGZN\n[\s\S]*DA {2}- 2020\/12\/19\/[\s\S]*UR {2}- https:\/\/www\.globaltimes\.cn/,
    );
    onDownload.mockReturnValueOnce(false);
    fireEvent.click(screen.getByRole('button', { name: 'Download CSL-JSON' }));
    expect(onDownload.mock.lastCall![0]).toBe('gt-1210393.json');
    expect(screen.getByText('The file could not be downloaded.')).toBeTruthy();
  });

  it('links the article’s copies in the Wayback Machine and its Save Page Now, as plain links', () => {
    tab = 'cite';
    show(seedArticle);
    const copies = screen.getByRole('link', { name: 'Copies in the Wayback Machine' });
    expect(copies.getAttribute('href')).toBe(`https://web.archive.org/web/*/${SEED}`);
    expect(copies.getAttribute('target')).toBe('_blank');
    expect(screen.getByRole('link', { name: 'Save a copy now' }).getAttribute('href')).toBe(
      `https://web.archive.org/save/${SEED}`,
    );
  });

  it('says so when the citations cannot be prepared, and still links the archive', async () => {
    const { CitePanel } = await import('@/components/CitePanel');
    render(
      <CitePanel
        article={seedArticle.article}
        now={NOW}
        onCopy={noop}
        onDownload={() => true}
        load={() => Promise.reject(new Error('chunk failed'))}
      />,
    );
    expect(await screen.findByText('The citations could not be prepared.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Save a copy now' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('chunk failed');
  });
});

describe('traditional units in the key figures', () => {
  it('shows "30,000 mu" with its hectares', () => {
    const paragraphs = [
      'The village restored 30,000 mu of farmland this year, the county said on Monday.',
      'Each household harvested 500 jin of rice, twice the yield of 2020.',
    ];
    const view = {
      ...seedArticle,
      article: { ...seedArticle.article, paragraphs: paragraphs.map((text) => ({ text, kind: 'body' as const })) },
      analysis: analyze({ published: seedArticle.article.published, paragraphs }),
    };
    show(view, { locale: 'en-GB' });
    const values = screen.getAllByTestId('figure-value').map((v) => v.textContent);
    expect(values).toEqual(expect.arrayContaining(['≈ 2,000 ha', '≈ 250 kg']));
  });
});
