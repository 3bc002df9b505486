/** The one month table and zero-pad, shared by the date rules, GT's time stamps and the day formats. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** "January", "Jan", "Jan.", "Sept" (any case) → 1–12; anything else → 0. */
export function monthNumber(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return 0;
  const index = word === 'sept' ? 8 : MONTHS.findIndex((m) => m === word || m.slice(0, 3) === word);
  return index + 1;
}

/** 7 → "07"; 2020 with width 4 → "2020". */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
