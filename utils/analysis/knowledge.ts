/**
 * What the engine knows about names: the generated gazetteers (scripts/build-knowledge.ts)
 * as lookup sets, and the small curated word classes that decide a name's type.
 */
import raw from './knowledge.generated.json';

const list = (joined: string) => (joined ? joined.split('|') : []);
const data = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, list(v)])) as { [K in keyof typeof raw]: string[] };
const set = (xs: readonly string[]) => new Set(xs);

/** Multi-word and single-word names, by type; longest match wins in the tagger. */
export const PLACES = set([...data.countries, ...data.regions, ...data.chinaPlaces, ...data.worldPlaces]);
export const ORGS = set(data.organizations);
export const DEMONYMS = set(data.demonyms.flatMap((d) => d.split(/,\s*/)));
export const SURNAMES = set(data.surnames);
export const FIRST_NAMES = set(data.firstNames);
export const PINYIN = set(data.syllables);
/** Lowercase words in frequency order: the first ones are function words. */
export const COMMON_WORDS = set(data.commonWords);
export const FUNCTION_WORDS = set(data.commonWords.slice(0, 150));
/** Longest name looked up whole: registered names such as "Shenzhen Yan Tian Port Holdings Co". */
export const MAX_NAME_WORDS = 8;

// Last words of organization names: "Ministry", "Group", "Securities", "Co".
export const ORG_HEADS = set([
  'Ministry', 'Department', 'Bureau', 'Administration', 'Commission', 'Committee', 'Office', 'Agency', 'Council',
  'Authority', 'Board', 'Court', 'Procuratorate', 'Congress', 'Parliament', 'Assembly', 'Senate', 'Government',
  'Party', 'Embassy', 'Consulate', 'Customs', 'Police', 'Army', 'Navy', 'Force', 'Forces', 'Command', 'Corps',
  'Company', 'Co', 'CO', 'Corp', 'Corporation', 'Inc', 'Ltd', 'Limited', 'LLC', 'PLC', 'AG', 'SA', 'Group', 'Holdings',
  'Holding', 'Enterprises', 'Industries', 'Securities', 'Bank', 'Exchange', 'Fund', 'Capital', 'Insurance', 'Trust', 'Partners', 'Ventures', 'Airlines', 'Airways', 'Motors', 'Automobile',
  'Technologies', 'Technology', 'Tech', 'Telecom', 'Mobile', 'Electronics', 'Pharmaceutical', 'Pharmaceuticals',
  'Biotechnology', 'Biotech', 'Energy', 'Petroleum', 'Chemical', 'Chemicals', 'Steel', 'Mining', 'Logistics',
  'Shipping', 'Railway', 'Railways', 'Metro', 'Media', 'News', 'Press', 'Daily', 'Times', 'Post', 'Network',
  'Television', 'TV', 'Radio', 'Coffee', 'Foods', 'Dairy', 'Brewery', 'Studios', 'Entertainment', 'Games',
  'University', 'College', 'Academy', 'Institute', 'School', 'Hospital', 'Laboratory', 'Lab', 'Labs', 'Museum',
  'Library', 'Association', 'Federation', 'Union', 'Society', 'Foundation', 'League', 'Alliance', 'Chamber', 'Club',
  'Team', 'Organization', 'Organisation', 'Center', 'Centre',
]);
// First words kept at the start of an organization's name even when they open a sentence.
export const ORG_PREFIXES = set([
  'State', 'National', 'General', 'Central', 'Supreme', 'International', 'United', 'Federal', 'Royal', 'Communist',
  'People', 'Chinese', 'China', 'Global', 'World', 'Asian', 'European', 'American', 'Bank', 'Ministry', 'University',
]);
// Heads that take "of …" after them: "Ministry of Finance", "University of Hong Kong".
export const OF_HEADS = set([
  'Ministry', 'Department', 'Bureau', 'Administration', 'Commission', 'Committee', 'Office', 'Council', 'Board',
  'Court', 'Bank', 'University', 'College', 'Academy', 'Institute', 'School', 'Museum', 'Association', 'Federation',
  'Union', 'Society', 'Chamber', 'Organization', 'Agency', 'Embassy', 'Consulate', 'League', 'Corporation', 'Center',
  'Centre', 'Secretariat',
]);
// Last words of place names: "Zhejiang Province", "Yangtze River Delta", "Lingang Special Area".
export const PLACE_HEADS = set([
  'Province', 'City', 'County', 'District', 'Prefecture', 'Municipality', 'Region', 'Area', 'Zone', 'Port', 'Island',
  'Islands', 'Peninsula', 'River', 'Delta', 'Lake', 'Sea', 'Ocean', 'Bay', 'Gulf', 'Strait', 'Straits', 'Channel',
  'Canal', 'Mountain', 'Mountains', 'Mount', 'Range', 'Plateau', 'Basin', 'Valley', 'Desert', 'Plain', 'Coast',
  'Village', 'Town', 'Township', 'Street', 'Road', 'Avenue', 'Square', 'Bridge', 'Station', 'Airport', 'Park',
  'Reservoir', 'Gorge', 'Gorges', 'Dam', 'Subdistrict', 'Heights', 'Reef', 'Shoal',
]);
// "Gulf of Aden", "Sea of Japan".
export const PLACE_OF_HEADS = set(['Gulf', 'Sea', 'Bay', 'Strait', 'Isle', 'Cape', 'Republic', 'Kingdom', 'Province', 'City']);
// Launch and space centers are places; other centers are organizations.
export const PLACE_CENTER = /(?:Launch|Space|Satellite Launch) Center$/;
export const DIRECTIONS = set([
  'East', 'West', 'North', 'South', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Central', 'Eastern',
  'Western', 'Northern', 'Southern',
]);
// Titles before a person's name, never part of it: what follows them is a person.
export const TITLES = set([
  'President', 'Vice', 'Premier', 'Prime', 'Minister', 'Ambassador', 'Senator', 'Sen', 'Representative', 'Rep',
  'Secretary', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Chairman', 'Chairwoman', 'Chairperson', 'Director',
  'General', 'Lieutenant', 'Colonel', 'Admiral', 'Commander', 'Governor', 'Mayor', 'Chief', 'CEO', 'Professor',
  'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss', 'Sir', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Deputy',
  'Councilor', 'Chancellor', 'Judge', 'Justice', 'Attorney', 'Envoy', 'Consul', 'Counselor', 'Founder', 'Head',
  'Leader', 'Marshal', 'Major', 'Captain', 'Sergeant', 'Officer', 'Executive',
]);
// Words inside title phrases ("Foreign Minister", "Home Affairs Minister"): skipped, no cue.
export const TITLE_WORDS = set([
  ...TITLES, 'Foreign', 'Defense', 'Defence', 'Commerce', 'Finance', 'Trade', 'State', 'Party', 'Home', 'Affairs',
  'Former', 'Acting', 'Senior', 'Assistant', 'Associate', 'Special', 'Permanent', 'Under',
]);
// Lowercase roles after "Name, …": "Manasseh Lomole, chairperson of …".
export const ROLE_AFTER = /^,\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}?(?:chairperson|chairman|chairwoman|spokesperson|spokesman|spokeswoman|professor|president|director|minister|ambassador|chief|head|founder|secretary|analyst|expert|researcher|deputy|vice|manager|official|economist|scholar|editor|reporter|lawyer|governor|mayor|executive|ceo|general|commander|member|fellow|dean|partner|leader|chair|officer|engineer|scientist|doctor|teacher|student|resident|owner|worker)\b/;
// Lowercase roles right before a name: "spokesperson Zhao Lijian", "chief Richard Yu".
export const ROLE_BEFORE = /\b(?:spokesperson|spokesman|spokeswoman|chief|president|director|minister|ambassador|expert|professor|analyst|researcher|official|secretary|chairman|chairwoman|chairperson|founder|head|leader|envoy|premier|senator|governor|mayor|general|economist|scholar|lawyer|reporter|editor|executive|CEO|coach|player|actor|actress|singer|artist|writer|author|resident|villager|engineer|scientist|doctor|nurse|teacher|student|citizen|entrepreneur|investor|director-general|vice-president)\s+$/;
// Plural nouns whose possessive stays inside a name: "People's Bank of China", "Women's Federation".
export const POSSESSIVE_IN_NAME = set(['People', 'Women', 'Children', 'Workers', 'Men']);
// Lowercase nouns before an organization's name: "hedge fund Coatue", "chipmaker SMIC".
export const ORG_BEFORE = /\b(?:fund|firm|company|companies|giant|chipmaker|carmaker|automaker|maker|brand|start-?up|platform|website|newspaper|magazine|broadcaster|operator|specialist|investor|lender|bank|insurer|developer|retailer|supplier|conglomerate|manufacturer|airline|carrier|outlet|agency|group|producer|exporter|importer|provider|app|portal|outlet|tabloid|daily|university|institute)\s+$/;
// Lowercase geographic nouns after a place's name: "the Gobi desert", "the Lujiazui area".
export const PLACE_AFTER = /^\s+(?:area|district|port|desert|river|lake|mountains?|island|islands|region|province|county|village|town|township|plateau|basin|valley|coast|peninsula|prefecture|city|sea|bay|strait)\b/;

/** "Weiguang", "Lijian", "Hai": one or two pinyin syllables. */
export function isPinyinGiven(word: string): boolean {
  const w = word.toLowerCase().replace(/['’-]/g, '');
  if (w.length < 2 || w.length > 12 || !/^[a-z]+$/.test(w)) return false;
  if (PINYIN.has(w)) return true;
  for (let i = 1; i < w.length; i++) if (PINYIN.has(w.slice(0, i)) && PINYIN.has(w.slice(i))) return true;
  return false;
}
