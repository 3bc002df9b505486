/** Publication times shown to the reader: in Beijing and in the reader's own time zone. */

export const BEIJING_TZ = 'Asia/Shanghai';

export interface ShownTime {
  beijing: string;
  local: string;
  localZone: string;
  /** True when the reader's zone shows the same wall-clock time as Beijing. */
  sameAsBeijing: boolean;
}

export function formatPublished(iso: string, locale?: string, localZone?: string): ShownTime | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const zone = localZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const format = (timeZone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  const beijing = format(BEIJING_TZ);
  const local = format(zone);
  return { beijing, local, localZone: zone, sameAsBeijing: beijing === local };
}

/**
 * How old a rate of `date` (YYYY-MM-DD) is on `now`, in the interface language ("7 months ago"),
 * or null within a week, when the age says nothing the date does not.
 */
export function staleAge(date: string, now: Date, locale?: string): string | null {
  const days = Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  if (!(days > 7)) return null;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  if (days < 60) return format.format(-Math.floor(days / 7), 'week');
  if (days < 730) return format.format(-Math.floor(days / 30.44), 'month');
  return format.format(-Math.floor(days / 365.25), 'year');
}
