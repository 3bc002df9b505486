// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditsSection } from '@/components/EditsSection';
import { Legend } from '@/components/Legend';
import { Popup } from '@/components/Popup';
import { type LogContents, type LogStore, ReadingLog } from '@/components/ReadingLog';
import type { ArticleRecord } from '@/utils/memory/article-record';
import { addReading, type EditsReply, editNotice, editsReply } from '@/utils/memory/article-versions';
import { noticeLine } from '@/utils/page/edit-messages';
import { CURRENCIES } from '@/utils/rates/currencies';
import { seedArticle } from '../../harness/mock-states';
import { useLocale } from '../locales/use-locale';

afterEach(cleanup);

// Made-up texts: a headline and a sentence edited, a paragraph added.
const READ = {
  title: 'Harbor town opens a ferry to the outer islands',
  paragraphs: ['The boats carry 120 people, the office said.', 'Fishermen welcomed the ferry.'],
};
const NOW = {
  title: 'Harbor town delays its ferry to the outer islands',
  paragraphs: [
    'The boats carry 150 people, the office said.',
    'Fishermen welcomed the ferry.',
    'The first crossing is now set for July, a spokesperson said on Tuesday.',
  ],
};
const DEC1 = '2026-12-01T09:00:00.000Z';
const DEC6 = '2026-12-06T09:00:00.000Z';
const VERSIONS = addReading(addReading([], READ, DEC1).versions, NOW, DEC6).versions;
const EDITED = editsReply({ url: 'u', versions: VERSIONS });

describe('the edit notice, worded', () => {
  it('says when the reader read it and what changed, in English and in Chinese', async () => {
    const notice = editNotice(EDITED, DEC6);
    expect(noticeLine(notice, 'en-US')).toBe(
      'Edited since you read it on Dec 1, 2026: headline changed, 1 paragraph changed, 1 paragraph added',
    );
    await useLocale('zh_CN');
    try {
      expect(noticeLine(notice, 'zh-CN')).toBe('自你 2026年12月1日 阅读以来已修改：标题已改、1 段已改、新增 1 段');
      expect(noticeLine({ code: 'first' }, 'zh-CN')).toBe('首次阅读：已保存原文，以便发现日后的修改');
    } finally {
      await useLocale('en');
    }
    expect(noticeLine({ code: 'unchanged' }, 'en-US')).toBe('Not edited since you last read it');
  });
});

describe('the legend carries the edit-notice frame', () => {
  const props = {
    id: 'legend',
    counts: { PERSON: 1, ORG: 0, PLACE: 0, MONEY: 0, PERCENT: 0, QUANTITY: 0, CARDINAL: 0, DATE: 0 },
    hidden: new Set<never>(),
    highlights: true,
    position: null,
    onToggleLabel: () => {},
    onToggleHighlights: () => {},
    onStep: () => {},
  };

  it('as a frame of the extension, named, one fixed size, and holds none of the history', () => {
    const src = 'chrome-extension://id/edits.html#u=x&v=2026-12-06T09%3A00%3A00.000Z';
    const { container } = render(<Legend {...props} editsFrame={src} />);
    const frame = screen.getByTitle('Edits since your last reading') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.className).toBe('legend-edits');
    expect(container.textContent).not.toMatch(/Edited|changed/);
  });

  it('is left out when the log is off', () => {
    const { container } = render(<Legend {...props} editsFrame={null} />);
    expect(container.querySelector('iframe')).toBeNull();
  });
});

describe('the popup shows what changed, word by word', () => {
  it('marks insertions and deletions with <ins> and <del> and says which is which in words', () => {
    const { container } = render(<EditsSection reply={EDITED} locale="en-US" />);
    const section = screen.getByRole('region', { name: 'Edits' });
    expect(within(section).getByText(/^Edited since you read it on Dec 1, 2026/)).toBeTruthy();
    expect([...container.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Headline',
      'Paragraph 1',
      'Paragraph 3, added',
    ]);
    const ins = [...container.querySelectorAll('ins')].map((e) => e.textContent);
    const del = [...container.querySelectorAll('del')].map((e) => e.textContent);
    expect(del).toEqual(['removed: opens', 'removed: a', 'removed: 120']);
    expect(ins).toEqual(['added: delays', 'added: its', 'added: 150', `added: ${NOW.paragraphs[2]}`]);
    // The word is there for screen readers only.
    expect(container.querySelector('ins .visually-hidden')?.textContent).toBe('added: ');
  });

  it.each<[string, EditsReply]>([
    ['nothing kept', { code: 'none' }],
    ['the log unreadable', { code: 'unavailable' }],
    ['one version', editsReply({ url: 'u', versions: VERSIONS.slice(0, 1) })],
  ])('shows nothing with %s', (_, reply) => {
    const { container } = render(<EditsSection reply={reply} />);
    expect(container.innerHTML).toBe('');
  });

  it('asks the background through the popup memory for the article being read', async () => {
    const edits = vi.fn(async () => EDITED);
    render(
      <Popup
        view={seedArticle}
        onRetry={() => {}}
        onShow={async () => true}
        onCopy={async () => true}
        getRates={async () => null}
        currency="USD"
        currencies={CURRENCIES}
        onCurrency={() => {}}
        tab="summary"
        onTab={() => {}}
        locale="en-US"
        memory={{
          recall: async () => ({}),
          edits,
          showNotice: false,
          onNoticeSeen: () => {},
          logUrl: 'log.html',
          optionsUrl: 'options.html',
        }}
      />,
    );
    await waitFor(() => expect(screen.getByRole('region', { name: 'Edits' })).toBeTruthy());
    expect(edits).toHaveBeenCalledWith(seedArticle.article.url);
  });
});

describe('the log page keeps each version', () => {
  const EDITED_RECORD: ArticleRecord = {
    url: 'https://www.globaltimes.cn/page/202612/1.shtml',
    title: NOW.title,
    published: null,
    section: null,
    readAt: DEC6,
    entities: [],
    keys: [],
    versions: [DEC1, DEC6],
  };
  const PLAIN: ArticleRecord = { ...EDITED_RECORD, url: 'p', title: 'Kept before texts were', versions: undefined };

  function store(
    texts = vi.fn(async (url: string) => (url === EDITED_RECORD.url ? { url, versions: VERSIONS } : undefined)),
  ) {
    const contents: LogContents = { articles: [EDITED_RECORD, PLAIN], total: 2, unreadable: 0, problem: null };
    const s: LogStore = {
      loadNewest: async () => contents,
      load: async () => contents,
      forget: async () => {},
      forgetAll: async () => {},
      download: () => {},
      texts,
    };
    return { s, texts };
  }

  it('marks an edited article in words, and shows each version as it read once opened', async () => {
    const { s, texts } = store();
    render(<ReadingLog store={s} locale="en-US" optionsUrl="options.html" />);
    const list = await screen.findByTestId('log-articles');
    await waitFor(() => expect(list.querySelectorAll('li').length).toBe(2));
    const [edited, plain] = [...list.querySelectorAll('li')] as HTMLElement[] as [HTMLElement, HTMLElement];
    expect(edited.querySelector('.log-edited')?.textContent?.trim()).toBe('edited');
    expect(plain.querySelector('.log-edited')).toBeNull();
    expect(plain.querySelector('details')).toBeNull();
    expect(texts).not.toHaveBeenCalled();
    const details = edited.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('Text as read (2 versions)');
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(edited.querySelectorAll('.log-version').length).toBe(2));
    const [first, second] = [...edited.querySelectorAll('.log-version')] as [HTMLElement, HTMLElement];
    expect(first.querySelector('h3')?.textContent).toBe(READ.title);
    expect([...first.querySelectorAll('p')].slice(1).map((p) => p.textContent)).toEqual(READ.paragraphs);
    expect(first.querySelector('p')?.textContent).toBe('Seen from Dec 1, 2026 to Dec 1, 2026');
    expect(second.querySelector('h3')?.textContent).toBe(NOW.title);
    expect(texts).toHaveBeenCalledWith(EDITED_RECORD.url);
  });

  it('says so when the text kept cannot be read', async () => {
    const { s } = store(vi.fn(async () => undefined));
    render(<ReadingLog store={s} locale="en-US" optionsUrl="options.html" />);
    const list = await screen.findByTestId('log-articles');
    await waitFor(() => expect(list.querySelector('details')).toBeTruthy());
    const details = list.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(screen.getByText('The text kept could not be read')).toBeTruthy());
  });
});
