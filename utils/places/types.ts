/** A Chinese place's own name, as the background answers it and `annotate` prints it (issue 24). */

/** The administrative level of a unit, as the data names it (the interface words it through i18n). */
export const PLACE_LEVELS = [
  'municipality', // 直辖市
  'province', // 省
  'autonomous-region', // 自治区
  'special-administrative-region', // 特别行政区
  'region', // Taiwan, as GT names it
  'prefecture-level-city', // 地级市
  'prefecture', // 地区
  'autonomous-prefecture', // 自治州
  'league', // 盟
  'district', // 市辖区, 新区
  'county-level-city', // 县级市
  'county', // 县
  'autonomous-county', // 自治县
  'banner', // 旗
  'autonomous-banner', // 自治旗
  'special-district', // 特区, 林区
  'subdistrict', // 街道
  'town', // 镇
] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export const isPlaceLevel = (x: unknown): x is PlaceLevel =>
  typeof x === 'string' && (PLACE_LEVELS as readonly string[]).includes(x);

/** Shaoxing → { name: '绍兴市', pinyin: 'Shàoxīng', level: 'prefecture-level-city', parent: 浙江省 }. */
export interface NativeName {
  /** The unit's full Chinese name, level word included: 绍兴市. */
  name: string;
  /** Hanyu pinyin with tone marks, of the name without its level word: Shàoxīng. */
  pinyin: string;
  level: PlaceLevel;
  /** The unit it belongs to; null for a province-level unit. */
  parent: { name: string; pinyin: string } | null;
}

/** What the data says of one name the article uses. */
export type NativeLookup = { found: NativeName } | { ambiguous: NativeName[] };

const isParent = (x: unknown) => {
  if (x === null) return true;
  const p = x as Record<string, unknown> | undefined;
  return typeof p === 'object' && typeof p.name === 'string' && typeof p.pinyin === 'string';
};

export function isNativeName(x: unknown): x is NativeName {
  if (typeof x !== 'object' || x === null) return false;
  const n = x as Record<string, unknown>;
  return (
    Object.keys(n).length === 4 &&
    typeof n.name === 'string' &&
    n.name.length > 0 &&
    typeof n.pinyin === 'string' &&
    isPlaceLevel(n.level) &&
    isParent(n.parent)
  );
}

export function isNativeLookup(x: unknown): x is NativeLookup {
  if (typeof x !== 'object' || x === null) return false;
  const l = x as Record<string, unknown>;
  if (Object.keys(l).length !== 1) return false;
  if ('found' in l) return isNativeName(l.found);
  return Array.isArray(l.ambiguous) && l.ambiguous.length > 1 && l.ambiguous.every(isNativeName);
}
