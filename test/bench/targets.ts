/** The bench's targets: each figure beside its limit, and whether `--check` passes. */
export interface Target {
  name: string;
  value: number;
  limit: number;
  /** 'max': the value must be at most the limit; 'min': at least. */
  kind: 'max' | 'min';
  unit: string;
}

export const met = (t: Target) => (t.kind === 'max' ? t.value <= t.limit : t.value >= t.limit);

const show = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 1 ? 4 : 1));

export function targetLine(t: Target): string {
  const sign = t.kind === 'max' ? '≤' : '≥';
  return `${met(t) ? 'ok  ' : 'MISS'} ${t.name}: ${show(t.value)}${t.unit} (target ${sign} ${show(t.limit)}${t.unit})`;
}
