/**
 * The entity rules (entities.ts): each one's reason and the sentences written for it. The
 * matchers in entities.ts emit under these names (a name not here is a type error there), and
 * test/unit/analysis/rules.test.ts runs each rule on its examples. Made-up sentences only.
 */
import type { ListRule } from './list-rules';
import type { RuleDocs } from './rule';

export const ENTITY_RULES = {
  'photo-credit': {
    reason: 'A name after "Photo:" or "Photo by" is the photographer (by its shape) or the agency.',
    examples: [
      'Workers repair the old bridge near the river. Photo: [Zhou Lanfen]',
      'A fox guards its den. Illustration: [Marek Dovlin]',
      'Boats wait for the tide. (Photo by Lin Qiaomu/[Qinghe Daily])',
    ],
    counterexamples: ['The photo of the old bridge hangs in the hall.'],
  },
  domain: {
    reason: 'A domain name stands for its outlet.',
    examples: ['The report first appeared on [lanshuinews.cn] on Monday.'],
    counterexamples: ['Send the files by email. They are due soon.'],
  },
  'org-head': {
    reason: 'Capitalized words ending in an organization head word ("Group", "Bank") are an organization.',
    examples: [
      'Shares of the [Qingmu Brewing Group] rose sharply.',
      'A loan from [Qingmu Rural Bank] helped.',
      'The [Lantern Affairs Office of the State Council] issued a notice.',
    ],
    counterexamples: ['The group met in the hall on a rainy day.'],
  },
  'place-head': {
    reason: 'Capitalized words ending in a place head word ("County", "Province") are a place.',
    examples: [
      'Farmers in [Lanshui County] planted wheat.',
      'Trains reach Jinhua, East China [Zhejiang Province], daily.',
      'Farms on the [North China Plain] grew wheat.',
    ],
    counterexamples: ['The county fair opened in the rain.'],
  },
  'org-of-head': {
    reason: 'An organization head word followed by "of" and more names ("Bureau of ...") is an organization.',
    examples: ['The [Bureau of Lantern Affairs] issued a notice.'],
    counterexamples: ['The bureau issued a notice of closure.'],
  },
  venue: {
    reason:
      'A "Center" or "Museum" is a place when a word of its name says it is a venue ("Expo", "Sports") or the article names it as where things happen, unless a word says it is a body ("Research") or it acts ("said").',
    examples: [
      'Buyers met at the [Lanshui International Expo Center] on Friday.',
      'Families spent the holiday at the [Qelvin Lantern Museum].',
    ],
    counterexamples: [
      'A survey by the Lanshui Film Research Center came out on Friday.',
      'The Qelvin Lantern Museum said it would open a new wing.',
    ],
  },

  'head-before-title': {
    reason:
      'A title ("President", "CEO") before a person, or a person\'s name itself ("Ursula von der ..."), right after a head word ends the body\'s name there; the person comes after.',
    examples: [
      'On Monday [Kelvan Commission] President Orlan Vesk arrived.',
      'Mayor of [Qelvin City] Ann Bright spoke.',
      'The president of the [Kelvan Commission] Ursula von der Lanen spoke.',
    ],
    counterexamples: [
      'On Monday the Kelvan Commission staff arrived.',
      'The Lanshui General Hospital hired nurses.',
      'Deputy Chief Cabinet Secretary Orlan Vesk spoke.',
    ],
  },

  'title-of': {
    veto: true,
    reason: 'A title before "of" is no part of the name after it: "CEO of Qelvin Media Group".',
    examples: ['Orlan Vesk, [CEO of] Qelvin Media Group, spoke.'],
    counterexamples: ['Shares of the [Bank of Qelvin] rose.'],
  },
  'quoted-title': {
    veto: true,
    reason:
      'A name that fills a pair of quotation marks is a title (a film, a drill, a nickname), no entity; only names already known inside it are.',
    examples: ['Crowds cheered the "[Village Kelp League]" final in the hills.'],
    counterexamples: ['Crowds cheered the final of the [Village Kelp League] in the hills.'],
  },
  'place-of-head': {
    reason: 'A place head word followed by "of" ("Gulf of ...", "Isle of ...") is a place.',
    examples: ['Ships crossed the [Gulf of Marrowby] at dawn.'],
    counterexamples: ['Ships crossed the gulf at dawn.'],
  },
  'acronym-defined': {
    reason:
      "Words whose initials spell the bracketed acronym after them are an organization, or a place when a place's head word and no body's is among them.",
    examples: [
      'On Monday [Kestrel Harbor Watch] (KHW) released a statement.',
      'On Monday KHW ([Kestrel Harbor Watch]) released a statement.',
      'Drilling began in the [Talvora Field East] (TFE) block.',
    ],
    counterexamples: [
      'On Monday Kestrel Harbor Watch (XYZ) released a statement.',
      'On Monday XYZ (Kestrel Harbor Watch) released a statement.',
    ],
  },
  'place-prefix': {
    reason: '"Mount", "Lake" or "Cape" and the capitalized word after it are a place.',
    examples: ['Climbers reached [Mount Qilan] on Friday.'],
    counterexamples: ['Climbers reached the summit on Friday.'],
  },
  'name-particle': {
    reason: 'A name joined by "bin", "al-" or "von" is one person.',
    examples: ['The envoy met [Karim bin Tarek] in the capital.'],
    counterexamples: ['The envoy met the press in the capital.'],
  },
  'direction-place': {
    reason: 'A direction before a known place ("Southwest Kenya") is one place.',
    examples: ['Rain fell across [Southwest Kenya] overnight.'],
    counterexamples: ['Rain fell across the southwest overnight.'],
  },
  'chinese-name': {
    reason: 'A Chinese family name followed by a pinyin given name is a person.',
    examples: ['The pumps were checked by [Zhou Lanfen] on Monday.'],
    counterexamples: ['The pumps were checked by the crew on Monday.'],
  },
  'after-title': {
    reason: 'The capitalized words after a title ("President", "Dr") are a person.',
    examples: [
      'On Monday President [Adebayo Kunle] arrived.',
      'The Kestrel Ambassador to Kenya [Orlan Vesk] arrived at the airport.',
    ],
    counterexamples: ['On Monday the president arrived.'],
  },
  'hyphenated-name': {
    reason: 'A family name and a hyphenated given name ("Han Soo-min") are one person.',
    examples: ['The talks were led by [Han Soo-min] this week.'],
    counterexamples: ['The talks were led by a well-known diplomat.'],
  },
  'first-name': {
    reason: 'A known first name and the capitalized word after it are a person.',
    examples: [
      'The prize went to [Helen Marbury] last year.',
      'The prize went to [André Marbury], with accents.',
      'The prize went to [Helen Marbu?an], a letter lost to the page.',
    ],
    counterexamples: ['The prize went to a local baker last year.'],
  },
  'short-form': {
    reason: "A person's family name or an organization's first word, after the full name, is that entity.",
    examples: ['Zhou Lanfen opened the plant. Later [Zhou] thanked the workers.'],
    counterexamples: ['Zhou Lanfen opened the plant. Later the workers went home.'],
  },
  'acronym-alias': {
    reason: 'An acronym bracketed after a name, used again later, is that entity.',
    examples: [
      'The Lanshui River Authority (LRA) opened a dam. Later the [LRA] closed it.',
      'The [LRA] (Lanshui River Authority) opened a dam.',
      'The [LRA] opened a dam. Later the LRA (Lanshui River Authority) closed it.',
    ],
    counterexamples: ['The Lanshui River Authority opened a dam. Later it closed.'],
  },
  surnamed: {
    reason: 'A capitalized word after "surnamed" is a person.',
    examples: ['A farmer surnamed [Zhuo] told reporters the harvest was good.'],
    counterexamples: ['A farmer told reporters the harvest was good.'],
  },
  'role-before': {
    reason: 'Unknown capitalized words right after a role ("spokesperson", "professor") are a person.',
    examples: ['The plan was explained by spokesperson [Oduya Venn] on Monday.'],
    counterexamples: ['The plan was explained by a spokesperson on Monday.'],
  },
  'role-after-or-speech': {
    reason:
      'Unknown capitalized words followed by a role in an apposition, or by a verb of speech, or after "said", are a person.',
    examples: ['[Oduya Venn], a professor at a local college, said the plan was sound.'],
    counterexamples: [
      'Fans cheered as the Kelvan Tigers beat the Qelvin Lions.',
      'The plan, a professor at a local college said, was sound.',
    ],
  },
  'the-administration': {
    reason: 'A name between "the" and "administration" is a person (a head of government).',
    examples: ['Critics of the [Halvorsen] administration spoke out.'],
    counterexamples: ['Critics of the administration spoke out.'],
  },
  'org-before': {
    reason: 'Unknown capitalized words right after "firm", "fund" or "company" are an organization.',
    examples: [
      'Shares of hedge fund [Brightmoor] fell on Monday.',
      'An essay in the magazine [Foreign Currents] drew replies.',
      'Orders at the Marrowby-based [Kelvix] grew.',
    ],
    counterexamples: ['Shares of the hedge fund fell on Monday.'],
  },
  'surname-speaks': {
    reason: 'A lone Chinese family name followed by a verb of speech ("Zhou said") is a person.',
    examples: ['The harvest was early this year. [Qiao] said the rain had helped.'],
    counterexamples: ['The harvest was early this year. China said the rain had helped.'],
  },
  'member-of': {
    reason: 'A capitalized word after "members of" or "join" is an organization, in every mention of the article.',
    examples: [
      'Talks on TRELK went on. Japan is not among the members of [TRELK].',
      'Talks on [TRELK] went on. Japan is not among the members of TRELK.',
    ],
    counterexamples: ['Talks on TRELK went on. Japan is not among them.'],
  },
  'place-head-short': {
    reason:
      'A place the article names with an administrative head word ("Lanshui County") is a place without it too, before and after.',
    examples: [
      'Rain fell on [Lanshui] overnight. Farmers in Lanshui County sowed wheat.',
      'Farmers in Lanshui County sowed wheat. Rain later fell on [Lanshui].',
    ],
    counterexamples: ['Rain fell on Lanshui overnight. Farmers in the county sowed wheat.'],
  },
  'org-apposition': {
    reason:
      'Unknown capitalized words followed by an apposition that names a kind of body (", a Lanshui-based company that") are an organization, in every mention.',
    examples: [
      'Sales grew at [Brightmoor]. Brightmoor is a regional lender in the north.',
      'Shares of [Brightmoor Kelp], a Lanshui-based company that farms seaweed, rose.',
      '[Brightmoor] grew. Brightmoor, a regional lender in the north, hired staff.',
    ],
    counterexamples: ['Orlan Vesk, a company driver in the north, spoke.', 'Brightmoor, a bank clerk, spoke.'],
  },
  'media-acronym': {
    reason: 'An unknown acronym that someone told, or that reported, is a media outlet.',
    examples: ['The road was closed, according to [KTVN].'],
    counterexamples: ['The road was closed, according to the police.'],
  },
  'place-apposition': {
    reason:
      'Unknown capitalized words followed by an apposition that names a kind of place (", a small county in") are a place, in every mention.',
    examples: [
      '[Talvora] grew fast. Talvora is a port city on the coast.',
      'Farmers in [Talvora], a small county in the hills, sowed wheat.',
      '[Talvora] grew fast. Talvora, a port city on the coast, is busy.',
    ],
    counterexamples: ['Farmers met Zhang, a village official in the hills.', 'Talvora, a village doctor, spoke.'],
  },

  'listed-with': {
    reason: 'An unknown name listed with known organizations (or places) is one too: "Lanmo, Xiaomi and Huawei".',
    examples: [
      'Phones from [Lanmokel], Xiaomi and Huawei sold well.',
      'Shares of Sinopec and [QelvinKelp] rose.',
      'Buses ran to Yunnan, Guizhou and [Talvora] overnight.',
    ],
    counterexamples: [
      'Phones from Lanmokel sold well.',
      'Zhou and Xiaomi staff met.',
      'On a visit to China, Qelvish President Orlan Vesk spoke.',
    ],
  },
  'place-within': {
    reason:
      'An unknown name placed in a known place ("in Talvora, Türkiye"), or named as where a place or a town is ("the Port of Kelvo in Talvora", "a village in Talvora"), is a place.',
    examples: [
      'The team arrived in [Talvora], Türkiye, on Thursday.',
      'Ships docked at the Port of Marrowby in [Talvora] last week.',
      'She grew up in a small village in [Talvora].',
    ],
    counterexamples: ['The team met Talvora, a local guide, on Thursday.', 'She grew up with Talvora in the house.'],
  },
  'org-context': {
    reason:
      'A name the place lists hold is a company when a word for one stands right before it ("carmaker Nairobi"): the context wins over the list.',
    examples: ['Shares of carmaker [Nairobi] rose on Monday.'],
    counterexamples: ['Shares of carmakers in Nairobi rose on Monday.', 'The aircraft carrier Nairobi sailed north.'],
  },

  'place-after': {
    reason: 'Unknown capitalized words before "province", "river" or "-based" are a place.',
    examples: [
      'The floods hit [Talvora] province hardest.',
      'A [Marrowby]-based company won the bid.',
      'A new road opens. Photo: Courtesy of [Talvora] county government',
    ],
    counterexamples: ['The floods hit the province hardest.'],
  },
  'us-dollar': {
    veto: true,
    reason: '"US" in "US dollar" names a currency, not a place.',
    examples: ['The fund sold [US] dollar bonds last week.'],
    counterexamples: ['The fund sold bonds in the [US] last week.'],
  },
  vessel: {
    veto: true,
    reason: 'A ship named after a place is no place, nor is the same name later in the article.',
    examples: [
      'The aircraft carrier [Shandong] sailed north.',
      'The carrier Shandong sailed. The [Shandong] returned.',
    ],
    counterexamples: ['Farmers in [Shandong] sowed wheat.'],
  },
  event: {
    veto: true,
    reason: 'An event ("... Fair", "... Festival") is no entity; only known names inside it are.',
    examples: ['Visitors flocked to the [Lanshui Lantern Fair] this week.'],
    counterexamples: ['Visitors flocked to the [Lanshui Lantern Company] this week.'],
  },
  'nameless-word': {
    veto: true,
    reason: 'Titles, demonyms, app names and ordinary words opening a sentence are no names.',
    examples: ['[Chinese] officials visited the site.', 'Most users post on [Weibo] daily.'],
    counterexamples: ['Officials met [Zhou Lanfen] at the site.'],
  },
  'leading-word': {
    veto: true,
    reason: '"The", or an ordinary word opening a sentence, is no part of the name after it.',
    examples: [
      '[The] Qingmu Brewing Group hired staff.',
      '[Utility] Qingmu Power Group hired staff.',
      '[Shares of] Qingmu Brewing Group rose.',
    ],
    counterexamples: ['[Qingmu Brewing Group] hired staff.'],
  },
} satisfies RuleDocs;

export type EntityRule = keyof typeof ENTITY_RULES;

/**
 * What an entity mention may give as its reason: an entity rule, a list, or, when analyze is not
 * told which place list a name is in (the content script), all place lists together.
 */
export type EntityReason = EntityRule | ListRule | 'list:places';
