import type { MentionType } from '@/utils/analysis/types';
import { LABEL_NAMES, LABELS, PALETTE, UNDERLINES } from '@/utils/page/mark-style';

export interface LegendProps {
  counts: Record<MentionType, number>;
  hidden: ReadonlySet<MentionType>;
  highlights: boolean;
  collapsed: boolean;
  /** Where previous/next stands: "3 of 58". */
  position: { index: number; total: number } | null;
  onToggleLabel: (label: MentionType) => void;
  onToggleHighlights: () => void;
  onToggleCollapsed: () => void;
  onStep: (direction: 1 | -1) => void;
}

/** The floating legend: counts and a toggle per label, all on/off, previous/next. */
export function Legend(props: LegendProps) {
  const { counts, hidden, highlights, collapsed, position } = props;
  const total = LABELS.reduce((n, l) => n + counts[l], 0);
  if (collapsed) {
    return (
      <button
        type="button"
        class="legend-open"
        aria-expanded="false"
        aria-label={`Show GT Lens legend, ${total} highlights`}
        onClick={props.onToggleCollapsed}
      >
        GT Lens <span class="count">{total}</span>
      </button>
    );
  }
  return (
    <section class="legend" aria-label="GT Lens highlights">
      <header>
        <h2>GT Lens</h2>
        <button
          type="button"
          class="icon"
          aria-expanded="true"
          aria-label="Hide legend"
          onClick={props.onToggleCollapsed}
        >
          –
        </button>
      </header>
      <button type="button" role="switch" aria-checked={highlights} class="switch" onClick={props.onToggleHighlights}>
        Highlights {highlights ? 'on' : 'off'}
      </button>
      <ul>
        {LABELS.map((label) => (
          <li key={label}>
            <label class={counts[label] ? '' : 'empty'}>
              <input
                type="checkbox"
                checked={!hidden.has(label)}
                disabled={!highlights}
                onChange={() => props.onToggleLabel(label)}
                data-label={label}
              />
              <span
                class="swatch"
                aria-hidden="true"
                style={{
                  background: PALETTE.light[label].background,
                  textDecorationColor: PALETTE.light[label].line,
                  textDecorationStyle: UNDERLINES[label].style,
                }}
              >
                Ab
              </span>
              <span class="name">{LABEL_NAMES[label]}</span>
              <span class="count">{counts[label]}</span>
            </label>
          </li>
        ))}
      </ul>
      <nav aria-label="Step through highlights">
        <button type="button" onClick={() => props.onStep(-1)} disabled={!highlights}>
          ‹ Previous
        </button>
        <span class="position" aria-live="polite">
          {position ? `${position.index} of ${position.total}` : ''}
        </span>
        <button type="button" onClick={() => props.onStep(1)} disabled={!highlights}>
          Next ›
        </button>
      </nav>
    </section>
  );
}
