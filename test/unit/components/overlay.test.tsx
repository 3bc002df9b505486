// @vitest-environment happy-dom
import { act, screen as bodyScreen, cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Legend, type LegendProps } from '@/components/Legend';
import { MentionCard } from '@/components/MentionCard';
import { analyze } from '@/utils/analysis/analyze';
import type { Entity, Mention, MentionType } from '@/utils/analysis/types';
import { figureLines, moneyLine } from '@/utils/format/figure-lines';
import { analysisInput } from '@/utils/page/article-reader';
import { cardContent, cardSummary, moneyOf } from '@/utils/page/card-content';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import { cardConversion } from '@/utils/rates/convert';
import type { RateSet } from '@/utils/rates/types';
import { overlayOnSeed } from '../../harness/seed-overlay';

afterEach(cleanup);

const counts = { PERSON: 2, ORG: 12, PLACE: 28, MONEY: 3, PERCENT: 0, QUANTITY: 1, CARDINAL: 3, DATE: 6 } as Record<
  MentionType,
  number
>;

function legend(overrides: Partial<LegendProps> = {}) {
  const props: LegendProps = {
    id: 'legend',
    counts,
    hidden: new Set(),
    highlights: true,
    position: null,
    onToggleLabel: vi.fn(),
    onToggleHighlights: vi.fn(),
    onStep: vi.fn(),
    ...overrides,
  };
  render(<Legend {...props} />);
  return props;
}

describe('Legend', () => {
  it('lists every label with its count and a checked toggle', () => {
    legend();
    expect(bodyScreen.getByRole('checkbox', { name: /People\s*2/ })).toHaveProperty('checked', true);
    expect(bodyScreen.getByRole('checkbox', { name: /Places\s*28/ })).toHaveProperty('checked', true);
    expect(bodyScreen.getAllByRole('checkbox')).toHaveLength(8);
  });

  it('toggles a label, all highlights, and steps', () => {
    const props = legend({ hidden: new Set(['PLACE']), position: { index: 3, total: 58 } });
    expect(bodyScreen.getByRole('checkbox', { name: /Places/ })).toHaveProperty('checked', false);
    fireEvent.click(bodyScreen.getByRole('checkbox', { name: /Places/ }));
    expect(props.onToggleLabel).toHaveBeenCalledWith('PLACE');
    fireEvent.click(bodyScreen.getByRole('switch', { name: /Highlights on/ }));
    expect(props.onToggleHighlights).toHaveBeenCalledOnce();
    fireEvent.click(bodyScreen.getByRole('button', { name: /Next/ }));
    fireEvent.click(bodyScreen.getByRole('button', { name: /Previous/ }));
    expect(props.onStep).toHaveBeenNthCalledWith(1, 1);
    expect(props.onStep).toHaveBeenNthCalledWith(2, -1);
    expect(bodyScreen.getByText('3 of 58')).toBeTruthy();
  });

  it('disables the label toggles and stepping while highlights are off', () => {
    legend({ highlights: false });
    expect(bodyScreen.getByRole('switch', { name: /Highlights off/ }).getAttribute('aria-checked')).toBe('false');
    expect(bodyScreen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).disabled)).toBe(true);
    expect((bodyScreen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

const mention = (m: Partial<Mention> & Pick<Mention, 'type' | 'text'>): Mention =>
  ({ paragraph: 0, start: 0, end: m.text.length, value: null, ...m }) as Mention;

/** A figure's card as the overlay fills it: the page's part, then the background's worded lines. */
const figureCard = (index: number, m: Mention, locale?: string) => ({
  ...cardContent(index, m, null),
  ...figureLines(m, locale),
});

describe('MentionCard', () => {
  const base = { anchor: { top: 100, bottom: 120, left: 40 }, viewport: { width: 1200, height: 900 } };
  const person = mention({ type: 'PERSON', text: 'Ma', entity: 'PERSON:Ma Weiguang' });
  const entity = { id: 'PERSON:Ma Weiguang', name: 'Ma Weiguang', type: 'PERSON', mentions: [0, 3], salience: 1 };

  it('shows an entity: label, full name, the text it stands as, and its count', () => {
    render(<MentionCard {...base} content={cardContent(0, person, entity as never)} />);
    expect(bodyScreen.getByRole('tooltip').textContent).toBe('PersonMa Weiguangas “Ma”Mentioned 2 times');
  });

  it('shows a role, but not an acronym’s expansion that is the name itself', () => {
    const withRole = { ...entity, role: 'Party secretary' };
    expect(cardContent(0, person, withRole as never).role).toBe('Party secretary');
    const ccg = mention({ type: 'ORG', text: 'CCG' });
    const org = { id: 'ORG:China Coast Guard', name: 'China Coast Guard', type: 'ORG', mentions: [0, 1], salience: 1 };
    const content = cardContent(0, ccg, { ...org, role: 'China Coast Guard' } as never);
    expect([content.name, content.role, content.standsAs]).toEqual(['China Coast Guard', null, 'as “CCG”']);
  });

  it('shows a figure with its resolved value, below the mark or above it near the bottom', () => {
    const date = mention({ type: 'DATE', text: 'Saturday', value: { date: '2020-12-19' } as never });
    render(<MentionCard {...base} content={figureCard(1, date)} />);
    const card = bodyScreen.getByRole('tooltip');
    expect(card.textContent).toBe('DateSaturdaySaturday, December 19, 2020');
    expect(card.style.top).toBe('126px');
    cleanup();
    render(<MentionCard {...base} anchor={{ top: 850, bottom: 870, left: 1100 }} content={figureCard(1, date)} />);
    const low = bodyScreen.getByRole('tooltip');
    expect(low.style.bottom).toBe('56px');
    expect(low.style.left).toBe('932px');
    // Room to grow (a look-up's frame) only up to the window's edge on its side, then it scrolls.
    expect(low.style.maxHeight).toBe('836px');
    cleanup();
    render(<MentionCard {...base} content={figureCard(1, date)} />);
    expect(bodyScreen.getByRole('tooltip').style.maxHeight).toBe('766px');
  });

  it('shows a traditional Chinese unit with its metric measure, in acres too for a US reader', () => {
    const mu = mention({ type: 'QUANTITY', text: '30,000 mu', value: { amount: 30_000, unit: 'mu' } as never });
    render(<MentionCard {...base} content={figureCard(2, mu, 'en-GB')} />);
    expect(bodyScreen.getByRole('tooltip').textContent).toBe('Quantity30,000 mu30,000 mu≈ 2,000 ha');
    expect(cardSummary(figureCard(2, mu, 'en-US'))).toBe('Quantity. 30,000 mu. ≈ 2,000 ha (4,940 ac)');
  });

  it('stays inside a narrow window', () => {
    const date = mention({ type: 'DATE', text: 'Saturday', value: { date: '2020-12-19' } as never });
    render(<MentionCard {...base} viewport={{ width: 320, height: 600 }} content={figureCard(1, date)} />);
    const card = bodyScreen.getByRole('tooltip');
    expect(card.style.width).toBe('260px');
    expect(card.style.left).toBe('40px');
    cleanup();
    render(<MentionCard {...base} viewport={{ width: 200, height: 600 }} content={figureCard(1, date)} />);
    expect(bodyScreen.getByRole('tooltip').style.width).toBe('184px');
  });

  it('renders page text as text, never as markup', () => {
    const evil = mention({ type: 'ORG', text: '<img src=x onerror=alert(1)>' });
    const { container } = render(
      <MentionCard {...base} content={cardContent(0, evil, { ...entity, name: '<b>Evil</b>' } as never)} />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(bodyScreen.getByRole('tooltip').textContent).toContain('<b>Evil</b>');
  });
});

describe('the money card conversion', () => {
  const rates: RateSet = {
    base: 'CNY',
    date: '2020-12-18',
    requested: '2020-12-19',
    rates: { CNY: 1, USD: 0.153, EUR: 0.125 },
    source: 'ECB, bundled',
  };
  const usd = mention({ type: 'MONEY', text: '$92 billion', value: { amount: 92e9, currency: 'USD' } as never });
  const cny = mention({ type: 'MONEY', text: '600 billion yuan', value: { amount: 600e9, currency: 'CNY' } as never });

  it.each([
    ['a USD amount for a USD reader', usd, 'USD', /^≈ CN¥601 billion at the ECB rate of Dec 18, 2020$/],
    ['a yuan amount for a USD reader', cny, 'USD', /^≈ \$91\.8 billion at the ECB rate/],
    ['a yuan amount for a yuan reader', cny, 'CNY', /^≈ \$91\.8 billion at the ECB rate/],
    ['a USD amount for a euro reader', usd, 'EUR', /^≈ €75\.2 billion at the ECB rate/],
  ])('%s', (_, m, reader, expected) => {
    expect(moneyLine(cardConversion(moneyOf(m)!, reader, rates)!, 'en-US')).toMatch(expected);
  });

  it.each([
    ['offline', ' (bundled, offline)'],
    ['no-answer', ' (bundled, the rate service did not answer)'],
    ['service-error', ' (bundled, the rate service is unavailable)'],
    ['bad-answer', " (bundled, the rate service's answer was unusable)"],
    [undefined, ' (bundled)'],
  ] as const)('says when the rates are the bundled ones, and why: %s', (failure, why) => {
    const set = { ...rates, fallback: 'why, for the logs', ...(failure ? { failure } : {}) };
    const bundled = cardConversion(moneyOf(cny)!, 'USD', set)!;
    expect(moneyLine(bundled, 'en-US')).toBe(`≈ $91.8 billion at the ECB rate of Dec 18, 2020${why}`);
  });

  it('converts money only, and only with a rate for both currencies', () => {
    expect(moneyOf(mention({ type: 'PERCENT', text: '5%' }))).toBeNull();
    expect(cardConversion(moneyOf(usd)!, 'JPY', rates)).toBeNull();
  });
});

// The page replaces the document's content: query the body it has now.
const screen = {
  getByRole: (...a: Parameters<typeof bodyScreen.getByRole>) => within(document.body).getByRole(...a),
  getAllByRole: (...a: Parameters<typeof bodyScreen.getAllByRole>) => within(document.body).getAllByRole(...a),
  queryByRole: (...a: Parameters<typeof bodyScreen.queryByRole>) => within(document.body).queryByRole(...a),
  getByText: (...a: Parameters<typeof bodyScreen.getByText>) => within(document.body).getByText(...a),
  queryByText: (...a: Parameters<typeof bodyScreen.queryByText>) => within(document.body).queryByText(...a),
};
let annotator: PageAnnotator | null = null;
afterEach(() => annotator?.destroy());

/** The seed, annotated in this document, with the overlay on it; `column` is the article's place on screen. */
async function overlay(
  column: { left: number; right: number },
  startCollapsed = false,
  fromReader: (e: Event) => boolean = () => true,
  memoryFrame = (_: Entity): string | null => null,
  editsFrame?: () => string | null,
) {
  const mounted = await overlayOnSeed({ column, startCollapsed, fromReader, lookups: { memoryFrame }, editsFrame });
  annotator = mounted.annotator;
  return { ...mounted, toggle: screen.getByRole('button', { name: /^GT/ }) };
}

describe('Overlay placement and folding', () => {
  it('carries the edit-notice frame in the legend (issue 25)', async () => {
    const src = 'chrome-extension://id/edits.html#u=x&v=2026-12-06T09%3A00%3A00.000Z';
    const { toggle } = await overlay(
      { left: 200, right: 900 },
      false,
      () => true,
      undefined,
      () => src,
    );
    const legend = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(legend.querySelector('iframe.legend-edits')?.getAttribute('src')).toBe(src);
  });

  it('sits open in a free margin, and folding keeps focus on its toggle', async () => {
    const { toggle, save } = await overlay({ left: 200, right: 900 });
    expect(toggle.closest('.overlay')!.className).toContain('right');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-label')).toBe('GT Lens, 55 highlights');
    toggle.focus();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    expect(document.activeElement).toBe(toggle);
    expect(save.collapsed.mock.calls).toEqual([[true], [false]]);
  });

  it('starts folded in the margin when the reader left it folded', async () => {
    const { toggle } = await overlay({ left: 200, right: 900 }, true);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent).toBe('GT Lens 55');
  });

  it('starts folded to a tab where the column leaves no margin, opens on request and closes with Esc', async () => {
    const { toggle, save } = await overlay({ left: 8, right: 1358 });
    expect(toggle.closest('.overlay')!.className).toContain('tab');
    expect(toggle.textContent).toBe('GT');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getAllByRole('checkbox')).toHaveLength(9);
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    fireEvent.pointerDown(document.body);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(save.collapsed).not.toHaveBeenCalled(); // the reader's margin choice is not touched
  });
});

describe('Overlay stepping and the card', () => {
  it('steps to the last mention first on Previous, announces it politely, keeps focus and shows its card', async () => {
    await overlay({ left: 200, right: 900 });
    const previous = screen.getByRole('button', { name: /Previous/ });
    previous.focus();
    fireEvent.click(previous);
    expect(screen.getByText('55 of 55')).toBeTruthy();
    expect(document.activeElement).toBe(previous);
    expect(screen.getByRole('status').textContent).toMatch(/^55 of 55: \w+, .+/);
    expect(screen.getByRole('tooltip')).toBeTruthy();
    // Esc from inside the legend dismisses the card.
    fireEvent.keyDown(previous, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('announces a person with the times it is mentioned, and the card stays across the scroll', async () => {
    const { annotator } = await overlay({ left: 200, right: 900 });
    // Chrome's page engine leaves the roles and statements to the background's reading.
    const { state } = annotator;
    if (state.state !== 'article') throw new Error('not an article');
    act(() => annotator.addReading(analyze(analysisInput(state.article))));
    const next = screen.getByRole('button', { name: /Next/ });
    let announced = '';
    for (let i = 0; i < 55 && !announced.includes('Person'); i++) {
      fireEvent.click(next);
      announced = screen.getByRole('status').textContent ?? '';
    }
    expect(announced).toMatch(/^\d+ of 55: Person, Ma Weiguang, mentioned 2 times$/);
    const mark = annotator.anchors().find((m) => m.textContent === 'Ma Weiguang')!;
    expect(mark.getAttribute('aria-description')).toBe(
      'Person. Ma Weiguang. Party secretary of CPC Shaoxing Municipal Committee. Mentioned 2 times. 2 statements in this article',
    );
    await act(async () => {
      window.dispatchEvent(new Event('scroll'));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByRole('tooltip').textContent).toContain('Ma Weiguang');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(mark.getAttribute('aria-description')).toBe('Person');
  });
});

describe('the overlay asks the background for a figure’s lines', () => {
  it('shows a figure’s value and measure as answered, and money’s conversion beside them; entities ask nothing', async () => {
    const asked: string[] = [];
    // Stands for the background (entrypoints/background.ts words them with utils/format/figure-lines.ts).
    // It answers after the money's conversion has come: what it has no line for must not wipe that one.
    const figure = async (m: Mention) => {
      asked.push(m.text);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { value: `value of ${m.text}`, conversion: m.type === 'QUANTITY' ? '≈ measured' : null };
    };
    const convert = async () => '≈ $1.00 at the ECB rate of Dec 18, 2020';
    const { annotator } = await overlayOnSeed({ lookups: { figure, convert } });
    const card = async (text: string) => {
      const mark = annotator.anchors().find((m) => m.textContent === text)!;
      await act(async () => {
        annotator.reveal(Number(mark.dataset.gtlMention));
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
      return { text: screen.getByRole('tooltip').textContent, description: mark.getAttribute('aria-description') };
    };
    expect(await card('200 kilometers')).toEqual({
      text: 'Quantity200 kilometersvalue of 200 kilometers≈ measured',
      description: 'Quantity. 200 kilometers. value of 200 kilometers. ≈ measured',
    });
    expect((await card('578 billion yuan')).text).toBe(
      'Money578 billion yuanvalue of 578 billion yuan≈ $1.00 at the ECB rate of Dec 18, 2020',
    );
    expect((await card('Ma Weiguang')).text).not.toContain('value of');
    expect(asked).toEqual(['200 kilometers', '578 billion yuan']);
    annotator.destroy();
  });
});

describe('Overlay by keyboard and pointer', () => {
  it('opens the card where GT Lens moves focus to a mark, and keeps it while the pointer moves onto it', async () => {
    const { annotator } = await overlay({ left: 200, right: 900 });
    const mark = annotator.anchors()[0]!;
    act(() => void annotator.reveal(Number(mark.dataset.gtlMention)));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.mouseOut(mark, { relatedTarget: document.body });
    fireEvent.mouseEnter(screen.getByRole('tooltip'));
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.mouseLeave(screen.getByRole('tooltip'));
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens no card on events of the page: an untrusted hover, a focus the page moved, a fake Esc', async () => {
    // As in a browser: a focus() call, the page's or ours, gives a trusted focus event; a dispatched hover or key does not.
    const { annotator } = await overlay({ left: 200, right: 900 }, false, (e) => e.type === 'focusin');
    const [first, second] = annotator.anchors();
    fireEvent.mouseOver(first!);
    act(() => second!.focus()); // a focus the page's script moves is a trusted event, but not GT Lens's
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => void annotator.reveal(Number(first!.dataset.gtlMention)));
    expect(screen.getByRole('tooltip')).toBeTruthy();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.getByRole('tooltip')).toBeTruthy();
  });

  it("keeps the reader's history out of the page: the card carries the memory frame, the mark no history", async () => {
    const frameOf = (e: Entity) => `about:blank#k=${e.id}`;
    const { annotator } = await overlay({ left: 200, right: 900 }, false, () => true, frameOf);
    const shaoxing = annotator.anchors().find((m) => m.textContent === 'Shaoxing')!;
    act(() => void annotator.reveal(Number(shaoxing.dataset.gtlMention)));
    const frame = within(document.body).getByTitle('Your reading log') as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toBe(`about:blank#k=${shaoxing.dataset.gtlEntity}`);
    expect(shaoxing.getAttribute('aria-description')).not.toMatch(/article|read/i);
  });

  it('says in the legend when the browser could not store a change, and stops saying it once one is stored', async () => {
    const { save } = await overlay({ left: 200, right: 900 });
    save.hidden.mockResolvedValueOnce(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Places/ }));
    await waitFor(() => expect(screen.getByText(/^Not saved: the browser could not store this change/)).toBeTruthy());
    fireEvent.click(screen.getByRole('checkbox', { name: /Places/ }));
    await waitFor(() => expect(screen.queryByText(/^Not saved/)).toBeNull());
  });

  it('runs the keyboard commands: next, previous and highlights off and on', async () => {
    const { annotator, command, save } = await overlay({ left: 8, right: 1358 });
    command('next-mention');
    expect(screen.getByRole('status').textContent).toMatch(/^1 of 55: /);
    command('previous-mention');
    expect(screen.getByRole('status').textContent).toMatch(/^55 of 55: /);
    await command('toggle-highlights');
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(annotator.highlights).toBe(false);
    expect(document.querySelectorAll('mark.gt-lens-mark')).toHaveLength(0);
    expect(save.highlights).toHaveBeenCalledWith(false);
  });
});
