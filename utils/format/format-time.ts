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
