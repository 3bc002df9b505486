// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupView } from '@/components/Popup';
import { seedArticle } from '../mock-states';

afterEach(cleanup);

const show = (view: PopupView, onRetry = () => {}) =>
  render(<Popup view={view} onRetry={onRetry} locale="en-US" timeZone="America/New_York" />);

describe('Popup', () => {
  it('shows the article: title, section, byline, times in Beijing and locally, length', () => {
    show(seedArticle);
    expect(screen.getByRole('heading', { name: seedArticle.article.title })).toBeTruthy();
    expect(screen.getByText('BUSINESS / INDUSTRIES')).toBeTruthy();
    expect(screen.getByText('No byline')).toBeTruthy();
    expect(screen.getByTestId('published-beijing').textContent).toBe('Dec 19, 2020, 10:25 PM Beijing time');
    expect(screen.getByTestId('published-beijing').getAttribute('datetime')).toBe('2020-12-19T22:25:59+08:00');
    expect(screen.getByTestId('published-local').textContent).toBe('Dec 19, 2020, 9:25 AM your time (America/New_York)');
    expect(screen.getByTestId('length').textContent).toBe('345 words · 2 min read');
    // The seed's entities per the annotation guide: Ma Weiguang; 8 organizations; 10 places; 13 figures.
    expect(screen.getByTestId('found').textContent).toBe('1 person · 8 organizations · 10 places · 13 figures');
  });

  it('joins several authors and hides the local time when it equals Beijing time', () => {
    const view = { ...seedArticle, article: { ...seedArticle.article, authors: ['Zhang Han', 'Li Qiao', 'Chu Daye'] } };
    render(<Popup view={view} onRetry={() => {}} locale="en-US" timeZone="Asia/Shanghai" />);
    expect(screen.getByText('By Zhang Han, Li Qiao and Chu Daye')).toBeTruthy();
    expect(screen.queryByTestId('published-local')).toBeNull();
  });

  it('says so when the page gives no time', () => {
    show({ ...seedArticle, article: { ...seedArticle.article, published: null } });
    expect(screen.getByText('Not stated on the page')).toBeTruthy();
  });

  it.each([
    [{ state: 'not-article', reason: 'This Global Times page is a section front or list, not an article.' }, 'Not an article', 'section front'],
    [{ state: 'not-gt' }, 'Not a Global Times page', 'www.globaltimes.cn'],
    [{ state: 'loading' }, 'Reading the article…', null],
    [{ state: 'reading' }, 'Reading the article…', null],
    [{ state: 'unreachable' }, "Can't reach this tab", 'Reload the page'],
    [{ state: 'error', message: 'boom' }, 'Something went wrong', 'boom'],
  ] as [PopupView, string, string | null][])('%j shows a short message', (view, title, detail) => {
    show(view);
    expect(screen.getByRole('heading').textContent).toBe(title);
    if (detail) expect(screen.getByRole('status').textContent).toContain(detail);
  });

  it.each([[{ state: 'error', message: 'x' }], [{ state: 'unreachable' }]] as [PopupView][])('%j offers a retry', (view) => {
    const retry = vi.fn();
    show(view, retry);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('renders page text as text, never as markup', () => {
    const title = '<img src=x onerror="alert(1)">Headline';
    const { container } = show({ ...seedArticle, article: { ...seedArticle.article, title } });
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading').textContent).toBe(title);
  });
});
