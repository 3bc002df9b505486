/**
 * Which Chinese place an English name means, in Chinese (issue 24): pure, over the generated data
 * (scripts/build-places.ts). Only the background and the command line load it, never the content
 * script. A name several units share ("Huangpu": 黄浦 in Shanghai, 黄埔 in Guangzhou) is decided
 * by the other places the article names, else by the higher level, else reported ambiguous.
 */
import generated from './china-places.generated.json';
import { placeKey } from './place-key';
import type { NativeLookup, NativeName, PlaceLevel } from './types';

/**
 * The generated file's shape: units as [name, pinyin, level index, parent index or -1, flags]
 * (1: one character without its level word; 2: its pinyin never names it, as 陕西's "Shanxi").
 */
export interface PlaceData {
  levels: readonly string[];
  units: (readonly (string | number)[])[];
  aliases: Record<string, number[]>;
}

interface Unit {
  name: string;
  pinyin: string;
  level: PlaceLevel;
  parent: number;
  /** One character without its level word: only taken when the article writes the level word. */
  short: boolean;
  /** Only its curated spelling names it (陕西 is "Shaanxi"; "Shanxi" is 山西). */
  spelledOtherwise: boolean;
}

export interface PlaceIndex {
  units: Unit[];
  byKey: Map<string, number[]>;
}

export function placeIndex(data: PlaceData): PlaceIndex {
  const units = data.units.map(([name, pinyin, level, parent, flags = 0]) => ({
    name: name as string,
    pinyin: pinyin as string,
    level: data.levels[level as number] as PlaceLevel,
    parent: parent as number,
    short: ((flags as number) & 1) === 1,
    spelledOtherwise: ((flags as number) & 2) === 2,
  }));
  const byKey = new Map<string, number[]>();
  const put = (key: string, i: number) => {
    const list = byKey.get(key) ?? [];
    if (!list.includes(i)) byKey.set(key, [...list, i]);
  };
  units.forEach((u, i) => {
    if (u.spelledOtherwise) return;
    put(placeKey(u.pinyin), i);
    if (u.pinyin.includes('ü')) put(placeKey(u.pinyin.replace(/ü/g, 'v')), i); // "Lvliang"
  });
  for (const [spelling, list] of Object.entries(data.aliases)) for (const i of list) put(placeKey(spelling), i);
  return { units, byKey };
}

let defaultIndex: PlaceIndex | null = null;
const shipped = () => {
  defaultIndex ??= placeIndex(generated as PlaceData);
  return defaultIndex;
};

const PROVINCE_LEVEL: PlaceLevel[] = ['municipality', 'province', 'autonomous-region', 'special-administrative-region'];
const PREFECTURE_LEVEL: PlaceLevel[] = ['prefecture-level-city', 'prefecture', 'autonomous-prefecture', 'league'];
const COUNTY_LEVEL: PlaceLevel[] = [
  'district',
  'county-level-city',
  'county',
  'autonomous-county',
  'banner',
  'autonomous-banner',
  'special-district',
];
/** 0 for a province-level unit, 1 prefecture, 2 county, 3 below. */
const rank = (level: PlaceLevel) =>
  PROVINCE_LEVEL.includes(level) || level === 'region'
    ? 0
    : PREFECTURE_LEVEL.includes(level)
      ? 1
      : COUNTY_LEVEL.includes(level)
        ? 2
        : 3;

// The peoples named in an autonomous unit's English name: "Xinjiang Uygur Autonomous Region".
const PEOPLES =
  '(?:(?:Uygur|Uyghur|Uighur|Zhuang|Hui|Tibetan|Mongolian|Mongol|Kazak|Kazakh|Korean|Yi|Miao|Tujia|Dong|Bai|Hani|Dai|Li|Qiang|Buyi|Bouyei|Yao|Manchu|She|Lisu|Naxi|Jingpo|Va|Lahu|Kirgiz|Kyrgyz|Tu|Salar|Dongxiang|Bonan|Tajik|Xibe|Daur|Oroqen|Evenki|Mulao|Maonan|Gelao|Shui)(?:\\s+and)?\\s+)*';
/** The level words GT writes after a name, and the levels each may mean. */
const LEVEL_WORDS: [RegExp, PlaceLevel[]][] = [
  [/\s+(?:Special Administrative Region|SAR)$/i, ['special-administrative-region']],
  [new RegExp(`\\s+${PEOPLES}Autonomous Region$`, 'i'), ['autonomous-region']],
  [new RegExp(`\\s+${PEOPLES}Autonomous Prefecture$`, 'i'), ['autonomous-prefecture']],
  [new RegExp(`\\s+${PEOPLES}Autonomous County$`, 'i'), ['autonomous-county']],
  [new RegExp(`\\s+${PEOPLES}Autonomous Banner$`, 'i'), ['autonomous-banner']],
  [/\s+Province$/i, ['province']],
  [/\s+Municipality$/i, ['municipality']],
  [/\s+Prefecture$/i, ['prefecture', 'autonomous-prefecture', 'prefecture-level-city']],
  [/\s+City$/i, ['municipality', 'prefecture-level-city', 'county-level-city']],
  [/\s+County$/i, ['county', 'autonomous-county']],
  [/\s+(?:New Area|New District|District)$/i, ['district', 'special-district', 'prefecture']],
  [/\s+League$/i, ['league']],
  [/\s+Banner$/i, ['banner', 'autonomous-banner']],
  [/\s+Region$/i, ['autonomous-region', 'region']],
  [/\s+Subdistrict$/i, ['subdistrict']],
  [/\s+Town$/i, ['town']],
];

/** "Hotan Prefecture" → the key of "Hotan" and the levels "Prefecture" may mean. */
export function parsePlaceName(name: string): { key: string; levels: PlaceLevel[] | null } {
  // "East China's Zhejiang Province" read as one name still names the province.
  const trimmed = name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/^(?:(?:North|South|East|West|Central)(?:east|west)?\s+China(?:'s|’s)?\s+)(?=\S)/i, '');
  for (const [pattern, levels] of LEVEL_WORDS) {
    const stem = trimmed.replace(pattern, '');
    if (stem !== trimmed && stem.length > 0) return { key: placeKey(stem), levels };
  }
  return { key: placeKey(trimmed), levels: null };
}

function candidates({ key, levels }: ReturnType<typeof parsePlaceName>, index: PlaceIndex): number[] {
  const all = index.byKey.get(key) ?? [];
  // A level word must fit: "Huangyan Island" is no 黄岩区, and "Pei" alone is no 沛县.
  return levels ? all.filter((i) => levels.includes(index.units[i]!.level)) : all.filter((i) => !index.units[i]!.short);
}

const ancestors = (i: number, index: PlaceIndex) => {
  const out: number[] = [];
  for (let p = index.units[i]!.parent; p >= 0; p = index.units[p]!.parent) out.push(p);
  return out;
};

/** How strongly another place the article names points at this unit: its ancestor, descendant, sibling. */
function relation(unit: number, other: number, index: PlaceIndex): number {
  if (ancestors(unit, index).includes(other)) return 2;
  if (ancestors(other, index).includes(unit)) return 1.5;
  return index.units[unit]!.parent === index.units[other]!.parent && index.units[unit]!.parent >= 0 ? 1 : 0;
}

function nativeName(i: number, index: PlaceIndex): NativeName {
  const u = index.units[i]!;
  const parent = u.parent >= 0 ? index.units[u.parent]! : null;
  return {
    name: u.name,
    pinyin: u.pinyin,
    level: u.level,
    parent: parent && { name: parent.name, pinyin: parent.pinyin },
  };
}

/** The one unit the context or the level points at, or null when several remain. */
function decide(own: number[], others: number[][], index: PlaceIndex): number | null {
  // Each other name counts once, shared among the units it may mean.
  const score = (i: number) =>
    others.reduce((sum, list) => sum + Math.max(0, ...list.map((o) => relation(i, o, index))) / list.length, 0);
  const scored = own.map((i) => ({ i, score: score(i), rank: rank(index.units[i]!.level) }));
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (top.length === 1 && best > 0) return top[0]!.i;
  const highest = Math.min(...top.map((s) => s.rank));
  const first = top.filter((s) => s.rank === highest);
  return first.length === 1 ? first[0]!.i : null;
}

/** The province-level unit a unit lies in (itself for one). */
const provinceOf = (i: number, index: PlaceIndex) => [i, ...ancestors(i, index)].pop()!;

/**
 * A county or smaller unit in a local story of another province (named without its level word:
 * the caller checks): the article's other Chinese places all lie in one province that is not its
 * own, one of them a county or a district. There the name more likely means a place of the same name in that province ("the
 * Yulong landfill" in Shenzhen's Luohu district is no 玉龙 county of Yunnan): no name rather than a
 * wrong one. A national story (Tengchong beside Shenzhen, or beside Beijing) keeps it.
 */
function elsewhere(unit: number, others: number[][], index: PlaceIndex): boolean {
  if (rank(index.units[unit]!.level) < 2 || others.length === 0) return false;
  const provinces = new Set(others.flat().map((o) => provinceOf(o, index)));
  const local = others.some((list) => list.every((o) => rank(index.units[o]!.level) >= 2));
  return provinces.size === 1 && !provinces.has(provinceOf(unit, index)) && local;
}

/**
 * The Chinese names of the places an article names, each decided with the others as context.
 * Names that are no Chinese unit (Paris, East China) are left out.
 */
export function nativePlaces(names: readonly string[], index: PlaceIndex = shipped()): Record<string, NativeLookup> {
  const parsed = names.map(parsePlaceName);
  const lists = parsed.map((p) => candidates(p, index));
  const out: Record<string, NativeLookup> = {};
  names.forEach((name, n) => {
    const own = lists[n]!;
    if (own.length === 0) return;
    const { key, levels } = parsed[n]!;
    const others = lists.filter((list, m) => m !== n && list.length > 0 && parsed[m]!.key !== key);
    if (own.length === 1 && !levels && elsewhere(own[0]!, others, index)) return;
    const chosen = own.length === 1 ? own[0]! : decide(own, others, index);
    out[name] =
      chosen === null
        ? {
            ambiguous: own
              .sort((a, b) => rank(index.units[a]!.level) - rank(index.units[b]!.level))
              .map((i) => nativeName(i, index)),
          }
        : { found: nativeName(chosen, index) };
  });
  return out;
}
