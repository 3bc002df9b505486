// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Legend, type LegendProps } from '@/components/Legend';
import { MentionCard } from '@/components/MentionCard';
import type { MentionType } from '@/utils/analysis/types';

afterEach(cleanup);

const counts = { PERSON: 2, ORG: 12, PLACE: 28, MONEY: 3, PERCENT: 0, QUANTITY: 1, CARDINAL: 3, DATE: 6 } as Record<
  MentionType,
  number
>;

function legend(overrides: Partial<LegendProps> = {}) {
  const props: LegendProps = {
    counts,
    hidden: new Set(),
    highlights: true,
    collapsed: false,
    position: null,
    onToggleLabel: vi.fn(),
    onToggleHighlights: vi.fn(),
    onToggleCollapsed: vi.fn(),
    onStep: vi.fn(),
    ...overrides,
  };
  render(<Legend {...props} />);
  return props;
}

describe('Legend', () => {
  it('lists every label with its count and a checked toggle', () => {
    legend();
    expect(screen.getByRole('checkbox', { name: /People\s*2/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: /Places\s*28/ })).toHaveProperty('checked', true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(8);
  });

  it('toggles a label, all highlights, the legend itself, and steps', () => {
    const props = legend({ hidden: new Set(['PLACE']), position: { index: 3, total: 58 } });
    expect(screen.getByRole('checkbox', { name: /Places/ })).toHaveProperty('checked', false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Places/ }));
    expect(props.onToggleLabel).toHaveBeenCalledWith('PLACE');
    fireEvent.click(screen.getByRole('switch', { name: /Highlights on/ }));
    expect(props.onToggleHighlights).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(props.onStep).toHaveBeenNthCalledWith(1, 1);
    expect(props.onStep).toHaveBeenNthCalledWith(2, -1);
    expect(screen.getByText('3 of 58')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide legend' }));
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();
  });

  it('folds to one button that says how many highlights there are', () => {
    const props = legend({ collapsed: true });
    const open = screen.getByRole('button', { name: 'Show GT Lens legend, 55 highlights' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(open);
    expect(props.onToggleCollapsed).toHaveBeenCalledOnce();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('disables the label toggles and stepping while highlights are off', () => {
    legend({ highlights: false });
    expect(screen.getByRole('switch', { name: /Highlights off/ }).getAttribute('aria-checked')).toBe('false');
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).disabled)).toBe(true);
    expect((screen.getByRole('button', { name: /Next/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('MentionCard', () => {
  const base = { anchor: { top: 100, bottom: 120, left: 40 }, viewport: { width: 1200, height: 900 } };

  it('shows an entity: label, full name, the text it stands as, and its count', () => {
    render(<MentionCard {...base} label="PERSON" text="Ma" name="Ma Weiguang" count={2} value={null} />);
    expect(screen.getByRole('tooltip').textContent).toBe('PersonMa Weiguangas “Ma”Mentioned 2 times');
  });

  it('shows a figure with its resolved value, below the mark or above it near the bottom', () => {
    render(
      <MentionCard
        {...base}
        label="DATE"
        text="Saturday"
        name={null}
        count={null}
        value="Saturday, December 19, 2020"
      />,
    );
    const card = screen.getByRole('tooltip');
    expect(card.textContent).toBe('DateSaturdaySaturday, December 19, 2020');
    expect(card.style.top).toBe('126px');
    cleanup();
    render(
      <MentionCard
        {...base}
        anchor={{ top: 850, bottom: 870, left: 1100 }}
        label="MONEY"
        text="$92 billion"
        name={null}
        count={null}
        value="$92 billion"
      />,
    );
    const low = screen.getByRole('tooltip');
    expect(low.style.bottom).toBe('56px');
    expect(low.style.left).toBe('912px');
  });

  it('renders page text as text, never as markup', () => {
    const { container } = render(
      <MentionCard
        {...base}
        label="ORG"
        text="<img src=x onerror=alert(1)>"
        name="<b>Evil</b>"
        count={1}
        value={null}
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByRole('tooltip').textContent).toContain('<b>Evil</b>');
  });
});
