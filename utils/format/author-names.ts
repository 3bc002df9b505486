/**
 * A byline's names as a citation wants them, family and given apart. GT's bylines are mostly
 * Chinese names written family name first ("Zhang Han", "Chu Daye", "Chan Kwok-wai"), which a
 * general name parser turns round; other names are given names first. Pure.
 */

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  /** Written family name first, never inverted with a comma: MLA and Chicago print "Zhang Han". */
  'static-ordering'?: boolean;
}

// Common Chinese family names in pinyin, and the Cantonese and Wade-Giles forms Hong Kong and
// Taiwan reporters sign with. A name is read family-first only when its given name fits too.
const SURNAMES = new Set(
  (
    'ai an bai ban bao bei bi bian bu cai cao cen chai chang chao chen cheng chi chu cui dai deng di ding dong dou ' +
    'du duan fan fang fei feng fu gan gao ge geng gong gu guan guo han hang hao he hong hou hu hua huang huo ji jia ' +
    'jian jiang jiao jin jing kang ke kong kuang lai lan lang lei leng li lian liang liao lin ling liu long lou lu ' +
    'luo lv lyu ma mai mao mei meng mi miao min mo mu ni nie ning niu ou pan pang pei peng pu qi qian qiao qin qiu ' +
    'qu quan rao ren rong ruan sang shan shang shao shen sheng shi shu si song su sui sun tan tang tao teng tian ' +
    'tong wan wang wei wen weng wu xi xia xian xiang xiao xie xin xing xiong xu xuan xue yan yang yao ye yi yin ' +
    'ying yong you yu yuan yue yun zang zeng zhai zhan zhang zhao zhen zheng zhong zhou zhu zhuang zhuo zong zou ' +
    'zuo ouyang sima zhuge situ shangguan dongfang huangfu xiahou ' +
    'chan cheung wong leung lee ng lau chow tsang kwok yip lam tsai hsu chiang chou kuo tse yeung mak fung choi ' +
    'tsui siu chung kwan poon yuen hui fok'
  ).split(' '),
);

// One pinyin syllable, tones left off; loose (it allows a few that Mandarin lacks), which is enough to
// tell "Daye" or "Shijia" from "Andrew".
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v|ü)';
const PINYIN_GIVEN = new RegExp(`^${SYLLABLE}(?:['’-]?${SYLLABLE})?$`, 'i');
// "Kwok-wai", "Ying-jeou": the hyphenated given names of Hong Kong and Taiwan.
const HYPHENATED_GIVEN = /^[A-Z][a-z]+-[a-z]+$/;

/** Whether a name of two words is a Chinese name in Chinese order ("Zhang Han", "Chan Kwok-wai"). */
export function isChineseOrder(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2) return false;
  const [family, given] = words as [string, string];
  return SURNAMES.has(family.toLowerCase()) && (PINYIN_GIVEN.test(given) || HYPHENATED_GIVEN.test(given));
}

/** A byline that names the paper or its staff rather than a person. */
const INSTITUTIONAL = /\b(?:global times|gt|staff|reporters?|correspondents?|editorial|xinhua|agencies)\b/i;

/** One name of a byline, as CSL-JSON has it. */
export function cslName(name: string): CslName {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean.includes(' ') || INSTITUTIONAL.test(clean)) return { literal: clean };
  if (isChineseOrder(clean)) {
    const [family, given] = clean.split(' ') as [string, string];
    return { family, given };
  }
  return westernName(clean.split(' '));
}

// "Jr." and "III" after a name; "van", "de", "al-" before the family name stay with it.
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
const PARTICLE = /^(?:van|von|der|den|de|del|della|da|di|du|dos|le|la|bin|ibn|al|el)$/;

function westernName(words: string[]): CslName {
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1)!) ? words.pop()!.replace(/^,/, '') : undefined;
  words[words.length - 2] = words.at(-2)!.replace(/,$/, '');
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(words[first - 1]!)) first--;
  const particle = words.slice(first, -1).join(' ');
  return {
    family: words.at(-1)!,
    given: words.slice(0, first).join(' '),
    ...(particle ? { 'non-dropping-particle': particle } : {}),
    ...(suffix ? { suffix } : {}),
  };
}
