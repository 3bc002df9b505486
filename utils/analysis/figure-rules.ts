/**
 * The figure rules (figures.ts): each one's reason and the sentences written for it. Dates have
 * their own table (date-rules.ts). test/unit/analysis/rules.test.ts runs each rule on its
 * examples. Made-up sentences only.
 */
import type { RuleDocs } from './rule';

export const FIGURE_RULES = {
  'money-before': {
    reason: 'A number after a currency symbol or code ("$", "RMB", "HK$") is an amount of money.',
    examples: ['The plant cost [$45 million] to build.', 'Tickets cost [RMB 80] each.'],
    counterexamples: ['The plant cost 45 million yuan to build.'],
  },
  'money-after': {
    reason: 'A number followed by a currency name or code ("yuan", "US dollars", "EUR") is an amount of money.',
    examples: ['Sales reached [300 million yuan] last year.', 'Each family got [600 real] in aid.'],
    counterexamples: ['Sales reached $300 million last year.', 'Police seized 40 real leather bags.'],
  },
  percent: {
    reason: 'A number followed by "%", "percent" or "percentage points" is a percentage.',
    examples: ['Output rose [4.5 percent] in a year.', 'Rates fell [0.25 percentage points].'],
    counterexamples: ['Output rose 4.5 points in a year.'],
  },
  quantity: {
    reason: 'A number followed by a unit of measure or a span of time is a quantity.',
    examples: [
      'The road is [120 kilometers] long.',
      'The trip takes [3 hours] by bus.',
      'Each kiosk has a [10-inch] screen.',
      'The new port lies at [31 degrees north latitude] on the coast.',
    ],
    counterexamples: ['The road has 120 lamps.'],
  },
  'worded-range': {
    reason:
      'Two numbers joined by "to" or "between ... and" are two figures; the first takes the size, unit or currency of the second. Only a DATE range is one mention; a hyphened range ("5-6 percent") stays one figure.',
    examples: [
      'Most buyers were [25] to 29 years old.',
      'The fund may raise [3] to 4 billion yuan.',
      'Fares rose from [8] to 12 percent of income.',
    ],
    counterexamples: ['Most buyers were 25-29 years old.', 'Fares rose 8 percent of income.'],
  },
  year: {
    reason: 'A lone four-digit number from 1800 to 2099 is a year.',
    examples: ['The bridge opened in [1998] after a flood.'],
    counterexamples: ['The hall seats 2,500 people.'],
  },
  cardinal: {
    reason: 'Any other number is a count.',
    examples: ['The hall seats [2,500] people.'],
    counterexamples: ['The bridge opened in 1998 after a flood.'],
  },
  identifier: {
    veto: true,
    reason: 'A number after a capitalized word mid-sentence names a model, a probe or a law ("Type 055").',
    examples: ['The Lanshui [12] probe landed on Monday.', 'Crowds saw Dear Dr. Panda [3] at the weekend.'],
    counterexamples: ['The lab hired [12] engineers on Monday.'],
  },
  score: {
    veto: true,
    reason: 'Two numbers where the second is not above the first ("6-4") are a score or a vote.',
    examples: ['The home side won [6-4] on Sunday.'],
    counterexamples: ['Prices rose [6-8 percent] on Sunday.'],
  },
  'time-of-day': {
    veto: true,
    reason: 'A number before "am" or "pm" is a time of day.',
    examples: ['The ferry leaves at [9] am daily.'],
    counterexamples: ['The ferry carries [9] cars daily.'],
  },
  ordinal: {
    veto: true,
    reason: 'A number before "st", "nd", "rd", "th" is a rank, not a count.',
    examples: ['The town marked its [50th] birthday.'],
    counterexamples: ['The town has [50] shops.'],
  },
  multiple: {
    veto: true,
    reason: 'A number before "times" or "fold" is a multiple, not a count.',
    examples: ['Sales grew [5] times over.'],
    counterexamples: ['Sales grew in [5] towns.'],
  },
  rank: {
    veto: true,
    reason: 'A number after "No." is a rank.',
    examples: ['The team ranked No. [3] this year.'],
    counterexamples: ['The team won [3] games this year.'],
  },
  'hull-number': {
    veto: true,
    reason: 'A number after "vessel", "ship" or "flight" is its hull or flight number.',
    examples: ['The coast guard vessel [4410] returned.'],
    counterexamples: ['The coast guard hired [4410] people.'],
  },
  'event-number': {
    veto: true,
    reason:
      'A number after "the" or a possessive and before "festival", "gala" or "shopping festival" is a day naming an event.',
    examples: ['Shops cut prices for the [520] shopping festival.', "The city's [99] gala drew crowds."],
    counterexamples: ['The city held [520] festivals in a year.', 'Shops cut prices for the [520] shoppers.'],
  },
  rating: {
    veto: true,
    reason: 'Numbers around a slash ("7.8/10") are a rating.',
    examples: ['Critics gave the film [7.8/10] this week.'],
    counterexamples: ['The film cost [7.8 million yuan] this week.'],
  },
  'glued-letters': {
    veto: true,
    reason: 'A number glued to letters that are no unit or size word is no figure.',
    examples: ['Drivers took route [66b] home.'],
    counterexamples: ['Drivers took [66] routes home.'],
  },
  'glued-number': {
    veto: true,
    reason:
      'Digits glued to a letter, a dot, a comma or a colon before them ("A320", "10:46") are no figure; only "up", "down" or "by" glued to a percentage lost a space ("up12 percent").',
    examples: ['The [A320] jets landed.', 'Shares hit the[10] percent limit.'],
    counterexamples: ['The [320] jets landed.', 'Exports were up[12 percent] on the year.'],
  },
} satisfies RuleDocs;

export type FigureRule = keyof typeof FIGURE_RULES;
