/** Global Times publication times, always Beijing time (UTC+8), to ISO 8601 with +08:00. */
import { monthNumber, pad } from '../format/calendar';

const BEIJING_OFFSET_MS = 8 * 3600_000;

function iso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): string | null {
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (
    probe.getUTCFullYear() !== y ||
    probe.getUTCMonth() !== mo - 1 ||
    probe.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return null;
  }
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

// "2020/12/19 22:25:59", "2020-12-19 22:25" (older template, dev set)
const NUMERIC =
  /(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?!\s*(?:Z|[+-]\d{2}:?\d{2}))/;
// "Dec 19, 2020 10:25 PM" (current template)
const WORDY = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/;
// "2020-12-19T14:25:59Z", "2020-12-19T22:25:59+08:00" (meta tags)
const ZONED = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})/;

const UPDATED = /\bUpdated\s*:/i;

/**
 * Reads a publication time as printed on a GT page ("Published: …", possibly followed by
 * "Updated: …", whose time is ignored here) or in a meta tag. Returns null when nothing parses.
 */
export function parseGtTime(raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').split(UPDATED)[0]!;

  const zoned = ZONED.exec(text);
  if (zoned) {
    const [, y, mo, d, h, mi, s, zone] = zoned;
    const offsetMin =
      zone === 'Z' ? 0 : (zone!.startsWith('-') ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(-2)));
    const utc = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +(s ?? 0)) - offsetMin * 60_000;
    const bj = new Date(utc + BEIJING_OFFSET_MS);
    return iso(
      bj.getUTCFullYear(),
      bj.getUTCMonth() + 1,
      bj.getUTCDate(),
      bj.getUTCHours(),
      bj.getUTCMinutes(),
      bj.getUTCSeconds(),
    );
  }

  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, y, mo, d, h, mi, s] = numeric;
    return iso(+y!, +mo!, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0));
  }

  const wordy = WORDY.exec(text);
  if (wordy) {
    const [, mon, d, y, h, mi, s, meridiem] = wordy;
    const month = monthNumber(mon!);
    if (month === 0) return null;
    return iso(+y!, month, +d!, to24h(+(h ?? 0), meridiem), +(mi ?? 0), +(s ?? 0));
  }
  return null;
}

/**
 * Both times of a line such as "Published: Jun 19, 2024 04:13 PM Updated: Jun 19, 2024 11:46 PM":
 * the first is the publication, the one after "Updated:" the last revision (null when absent).
 */
export function parseGtTimes(raw: string): { published: string | null; updated: string | null } {
  const at = raw.search(UPDATED);
  if (at < 0) return { published: parseGtTime(raw), updated: null };
  return { published: parseGtTime(raw.slice(0, at)), updated: parseGtTime(raw.slice(at).replace(UPDATED, '')) };
}
