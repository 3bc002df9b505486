/** The article's money amounts for the converter, with the conversion the article gives itself. */
import type { Analysis } from '../analysis/types';
import type { KeyFigure } from '../summary/summary';

export interface AmountRow {
  text: string;
  amount: number;
  currency: string;
  context: string;
  sentence: string;
  mention: number;
  /** "($92 billion)" right after the amount: what the article says it is worth. */
  stated: { text: string; amount: number; currency: string } | null;
}

type Money = { amount?: number; currency?: string } | null;

export function articleAmounts(figures: readonly KeyFigure[], analysis: Analysis): AmountRow[] {
  const rows: AmountRow[] = [];
  for (const f of figures) {
    if (f.type !== 'MONEY') continue;
    const index = f.mentions[0]!;
    const m = analysis.mentions[index]!;
    const v = m.value as Money;
    if (v?.amount === undefined || !v.currency) continue;
    const next = analysis.mentions[index + 1];
    const nv = next?.conversionOf === index ? (next.value as Money) : null;
    rows.push({
      text: m.text,
      amount: v.amount,
      currency: v.currency,
      context: f.context,
      sentence: f.sentence,
      mention: index,
      stated:
        nv?.amount !== undefined && nv.currency ? { text: next!.text, amount: nv.amount, currency: nv.currency } : null,
    });
  }
  // Yuan first: the converter is for them; other currencies after.
  return [...rows.filter((r) => r.currency === 'CNY'), ...rows.filter((r) => r.currency !== 'CNY')];
}
