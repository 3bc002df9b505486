/**
 * How the card and the popup word a Chinese place's own name (issue 24), through the extension's
 * i18n: "绍兴市 Shàoxīng", "Prefecture-level city in 浙江省 Zhèjiāng". Types only from
 * utils/places: the data itself stays in the background.
 */

import type { NativeLookup, NativeName, PlaceLevel } from '../places/types';
import { i18n } from './page-i18n';

/**
 * A level as the interface names it ("Prefecture-level city", "地级市"): its message is "level"
 * and the level in camel case, "levelPrefectureLevelCity" (a test checks each level has one in
 * every locale); one expression instead of a table of eighteen, for the content script's size.
 */
export const levelKey = (level: PlaceLevel) =>
  `level${level.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}` as 'levelProvince';

export const levelName = (level: PlaceLevel): string => i18n.t(levelKey(level));

/** One candidate as the card lists it: the Chinese name, its pinyin, and where it sits. */
export interface NativeLine {
  name: string;
  pinyin: string;
  /** "Prefecture-level city in 浙江省 Zhèjiāng"; a province-level unit's level alone. */
  where: string;
}

export function nativeLine(n: NativeName): NativeLine {
  const level = levelName(n.level);
  return {
    name: n.name,
    pinyin: n.pinyin,
    where: n.parent ? i18n.t('nativeIn', [level, `${n.parent.name} ${n.parent.pinyin}`]) : level,
  };
}

/** What the card shows of a place: one line, or each candidate after "Several places have this name". */
export interface CardNative {
  ambiguous: boolean;
  lines: NativeLine[];
}

const isNativeLine = (x: unknown) => {
  const l = x as Record<string, unknown> | null;
  return (
    typeof l === 'object' &&
    l !== null &&
    Object.keys(l).length === 3 &&
    [l.name, l.pinyin, l.where].every((s) => typeof s === 'string' && s.length > 0)
  );
};

/** The shape of the background's worded lines ('native-place-lines'): all the content script checks. */
export function isCardNative(x: unknown): x is CardNative {
  const n = x as Record<string, unknown> | null;
  return (
    typeof n === 'object' &&
    n !== null &&
    Object.keys(n).length === 2 &&
    typeof n.ambiguous === 'boolean' &&
    Array.isArray(n.lines) &&
    (n.ambiguous ? n.lines.length > 1 : n.lines.length === 1) &&
    n.lines.every(isNativeLine)
  );
}

export const cardNative = (lookup: NativeLookup): CardNative =>
  'found' in lookup
    ? { ambiguous: false, lines: [nativeLine(lookup.found)] }
    : { ambiguous: true, lines: lookup.ambiguous.map(nativeLine) };

/** The background's answer to the content script ('native-place-lines'): each place worded for the card. */
export const cardNatives = (lookups: Record<string, NativeLookup>): Record<string, CardNative> =>
  Object.fromEntries(Object.entries(lookups).map(([name, lookup]) => [name, cardNative(lookup)]));

export const NATIVE_TEXT = { which: () => i18n.t('nativeWhich') };

/** The card's native lines as one sentence, for the mark's accessible description. */
export const nativeSummary = (native: CardNative) =>
  [native.ambiguous ? NATIVE_TEXT.which() : null, ...native.lines.map((l) => `${l.name} ${l.pinyin}, ${l.where}`)]
    .filter(Boolean)
    .join(' ');

/** Beside a place's chip in the popup: "绍兴市 Shàoxīng", or "one of 黄浦区, 黄埔区". */
export const chipNative = (lookup: NativeLookup) =>
  'found' in lookup
    ? `${lookup.found.name} ${lookup.found.pinyin}`
    : i18n.t('nativeOneOf', [lookup.ambiguous.map((c) => `${c.name} (${c.parent?.name ?? c.pinyin})`).join(', ')]);
