/**
 * How marks look: one swatch per label for light and for dark pages, each with its own
 * underline so that labels never differ by color alone. The CSS is generated from these
 * values, and the tests check the WCAG contrast of the same values.
 */
import type { MentionType } from '../analysis/types';
import { MARK_CLASS } from './highlighter';
import { cueCss } from './voice-cues';

export const LABELS: readonly MentionType[] = [
  'PERSON',
  'ORG',
  'PLACE',
  'MONEY',
  'PERCENT',
  'QUANTITY',
  'CARDINAL',
  'DATE',
];

export interface Swatch {
  background: string;
  text: string;
  line: string;
}

type Underline = { style: 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy'; thickness: string };

export const UNDERLINES: Record<MentionType, Underline> = {
  PERSON: { style: 'solid', thickness: '2px' },
  ORG: { style: 'double', thickness: '2px' },
  PLACE: { style: 'dashed', thickness: '2px' },
  MONEY: { style: 'wavy', thickness: '1.5px' },
  PERCENT: { style: 'dotted', thickness: '3px' },
  QUANTITY: { style: 'dashed', thickness: '1px' },
  CARDINAL: { style: 'solid', thickness: '1px' },
  DATE: { style: 'dotted', thickness: '1.5px' },
};

export const PALETTE: Record<'light' | 'dark', Record<MentionType, Swatch>> = {
  light: {
    PERSON: { background: '#ffe2b8', text: '#1a1a1a', line: '#a04f00' },
    ORG: { background: '#d9e6ff', text: '#1a1a1a', line: '#1f4fc4' },
    PLACE: { background: '#d3f1d8', text: '#1a1a1a', line: '#19702f' },
    MONEY: { background: '#fff1a1', text: '#1a1a1a', line: '#7a5f00' },
    PERCENT: { background: '#f1dcff', text: '#1a1a1a', line: '#7424a0' },
    QUANTITY: { background: '#d5f3f6', text: '#1a1a1a', line: '#0a6470' },
    CARDINAL: { background: '#e9e9ec', text: '#1a1a1a', line: '#4a4a52' },
    DATE: { background: '#ffdcdc', text: '#1a1a1a', line: '#a2283a' },
  },
  dark: {
    PERSON: { background: '#5a3408', text: '#fff4e6', line: '#ffb869' },
    ORG: { background: '#1d3466', text: '#edf3ff', line: '#8db2ff' },
    PLACE: { background: '#174a24', text: '#eafbee', line: '#7fdc97' },
    MONEY: { background: '#4f4300', text: '#fffbe0', line: '#f0d34f' },
    PERCENT: { background: '#472060', text: '#f8edff', line: '#d39bff' },
    QUANTITY: { background: '#0f4950', text: '#e8fbfd', line: '#6fd5e2' },
    CARDINAL: { background: '#3a3a42', text: '#f3f3f5', line: '#b9b9c4' },
    DATE: { background: '#5c1c26', text: '#fff0f1', line: '#ff9aa8' },
  },
};

/** WCAG 2 contrast ratio of two #rrggbb colors. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Is a computed CSS color ("rgb(18, 18, 18)") dark enough to call for the dark swatches? */
export function isDarkColor(css: string): boolean {
  const m = /rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)(?:[\s,/]+([\d.]+))?/.exec(css);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map(Number);
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 110;
}

/** A type's swatch and underline, as declarations. */
function look(scheme: 'light' | 'dark', label: MentionType): string {
  const s = PALETTE[scheme][label];
  const u = UNDERLINES[label];
  return `background-color:${s.background};color:${s.text};text-decoration-color:${s.line};text-decoration-style:${u.style};text-decoration-thickness:${u.thickness}`;
}

const FORCED = 'background-color:Mark!important;color:MarkText!important;text-decoration-color:MarkText!important';

/** A type's painted highlight in the page's registry (page-marks.ts). */
export const paintName = (label: MentionType) => `gt-lens-${label.toLowerCase()}`;

/**
 * The painted highlights' look, the marks' own; a stylesheet of its own, in the page only while
 * something is painted: highlight rules make every frame of a long page dearer (5,000 paragraphs:
 * frames of 93-137 ms instead of under 50, with nothing painted at all).
 */
export function paintCss(): string {
  const rules: string[] = [];
  for (const label of LABELS) {
    const paint = `::highlight(${paintName(label)})`;
    // The body's own text has the body as its originating element, the rest an element inside it.
    rules.push(`${paint}{text-decoration-line:underline;${look('light', label)}}`);
    rules.push(`[data-gtl-scheme="dark"]${paint},[data-gtl-scheme="dark"] ${paint}{${look('dark', label)}}`);
  }
  rules.push(
    `@media (forced-colors:active){${LABELS.map((l) => `::highlight(${paintName(l)})`).join(',')}{${FORCED}}}`,
  );
  return rules.join('\n');
}

/** The page stylesheet for marks: set on the article body, `data-gtl-scheme` and `data-gtl-hide`. */
export function markCss(): string {
  const sel = `mark.${MARK_CLASS}`;
  const rules = [
    // No padding, border or line-height change: marking never moves a line.
    `${sel}{padding:0;margin:0;border:0;border-radius:2px;font:inherit;line-height:inherit;vertical-align:baseline;text-decoration-line:underline;text-underline-offset:0.18em;text-decoration-skip-ink:none;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}`,
    `${sel}:focus{outline:2px solid currentColor;outline-offset:1px}`,
    `${sel}.gt-lens-flash{outline:3px solid #e8a400;outline-offset:2px}`,
    `@media (prefers-reduced-motion:no-preference){${sel}.gt-lens-flash{animation:gt-lens-flash .4s ease-in-out 3 alternate}}`,
    `@keyframes gt-lens-flash{to{outline-color:transparent}}`,
  ];
  for (const scheme of ['light', 'dark'] as const) {
    const scope = scheme === 'dark' ? '[data-gtl-scheme="dark"] ' : '';
    for (const label of LABELS) {
      rules.push(`${scope}${sel}[data-gtl-label="${label}"]{${look(scheme, label)}}`);
    }
  }
  for (const label of LABELS) {
    rules.push(
      `[data-gtl-hide~="${label}"] ${sel}[data-gtl-label="${label}"]{background:none;color:inherit;text-decoration:none;cursor:inherit}`,
    );
  }
  // Who speaks, at the statements' cues (issue 22).
  rules.push(cueCss());
  // Forced colors drop the swatches: the system's mark colors, and the underlines still tell types apart.
  rules.push(`@media (forced-colors:active){${sel}:not([role="none"]){${FORCED}}}`);
  return rules.join('\n');
}
