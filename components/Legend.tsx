import type { MentionType } from '@/utils/analysis/types';
import { LABELS, PALETTE, UNDERLINES } from '@/utils/page/mark-style';
import { LABEL_NAMES, OVERLAY_TEXT, VOICE_TEXT } from '@/utils/page/overlay-messages';
import { CUE_LINE } from '@/utils/page/voice-cues';

export interface LegendProps {
  id: string;
  counts: Record<MentionType, number>;
  hidden: ReadonlySet<MentionType>;
  highlights: boolean;
  /** Where previous/next stands: "3 of 58". */
  position: { index: number; total: number } | null;
  onToggleLabel: (label: MentionType) => void;
  /** Who is speaking at each statement's cue (issue 22): on or off, and how many statements. */
  voices?: boolean;
  statements?: number;
  /** Absent: no Voices row. */
  onToggleVoices?: () => void;
  onToggleHighlights: () => void;
  onStep: (direction: 1 | -1) => void;
  /** The reader's last change here could not be stored: said at the legend's foot. */
  notSaved?: boolean;
  /**
   * The address of the edit-notice frame (entrypoints/edits): shown for every article while the
   * reading log is on, one fixed size whatever it says, so that the page learns nothing from it.
   */
  editsFrame?: string | null;
}

/** The legend's panel: all on/off, a toggle and count per label, previous/next. */
export function Legend(props: LegendProps) {
  const { counts, hidden, highlights, position } = props;
  return (
    <section class="legend" id={props.id} aria-label={OVERLAY_TEXT.regionName()}>
      <button type="button" role="switch" aria-checked={highlights} class="switch" onClick={props.onToggleHighlights}>
        {highlights ? OVERLAY_TEXT.highlightsOn() : OVERLAY_TEXT.highlightsOff()}
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
              <span class="name">{LABEL_NAMES[label]()}</span>
              <span class="count">{counts[label]}</span>
            </label>
          </li>
        ))}
        {props.onToggleVoices && (
          <li>
            <label class={props.statements ? '' : 'empty'}>
              <input
                type="checkbox"
                checked={props.voices}
                disabled={!highlights}
                onChange={props.onToggleVoices}
                data-voices=""
              />
              <span
                class="swatch"
                aria-hidden="true"
                style={{
                  background: '#ffffff',
                  textDecorationLine: 'underline overline',
                  textDecorationColor: CUE_LINE.light,
                }}
              >
                Ab
              </span>
              <span class="name">{VOICE_TEXT.legend()}</span>
              <span class="count">{props.statements ?? 0}</span>
            </label>
          </li>
        )}
      </ul>
      <nav aria-label={OVERLAY_TEXT.stepName()}>
        <button type="button" onClick={() => props.onStep(-1)} disabled={!highlights}>
          ‹ {OVERLAY_TEXT.previous()}
        </button>
        <span class="position">{position ? OVERLAY_TEXT.position(position.index, position.total) : ''}</span>
        <button type="button" onClick={() => props.onStep(1)} disabled={!highlights}>
          {OVERLAY_TEXT.next()} ›
        </button>
      </nav>
      {props.editsFrame && <iframe class="legend-edits" src={props.editsFrame} title={OVERLAY_TEXT.editsFrame()} />}
      <p class="not-saved" role="alert">
        {props.notSaved ? OVERLAY_TEXT.notSaved() : ''}
      </p>
    </section>
  );
}
