/**
 * The date forms (dates.ts DATE_FORMS): each one's reason and the sentences written for it.
 * test/unit/analysis/rules.test.ts runs each form on its examples. Made-up sentences only.
 */
import type { RuleDocs } from './rule';

export const DATE_RULES = {
  'date-day-month-year': {
    reason: 'A day, a month and a year: "19 December 2020".',
    examples: ['The fair opened on [12 October 2021] in the rain.'],
    counterexamples: ['The fair opened on 12 floors in the rain.'],
  },
  'date-full-date-range': {
    reason: 'Two full dates joined by "to" or a dash are one range.',
    examples: ['The survey ran from [Nov 3, 2024, to Jan 5, 2025] in three towns.'],
    counterexamples: ['The survey ran from Nov 3, 2024, in three towns.'],
  },
  'date-month-range': {
    reason: 'Two months joined by "to" or a dash are one range.',
    examples: ['Exports rose from [January to July] this year.'],
    counterexamples: ['Exports rose in January and fell in July.'],
  },
  'date-day-range': {
    reason: 'A month and two of its days joined by "to" or a dash: "February 11 to 17".',
    examples: ['The expo runs [February 11 to 17] in the old hall.'],
    counterexamples: ['The expo opens February 11 in the old hall.'],
  },
  'date-month-day': {
    reason: 'A month and a day, with or without the year: "Oct. 4", "June 21, 2018".',
    examples: ['The plant opened on [Oct. 4] after a long delay.', 'Work ended on [June 21, 2018].'],
    counterexamples: ['The Long March 5 rocket lifted off.'],
  },
  'date-month-year': {
    reason: 'A month and a year, or "May this year".',
    examples: ['Work began in [April 2019] on the new line.', 'Prices fell in [May this year].'],
    counterexamples: ['Work began in April on the new line.'],
  },
  'date-period': {
    reason: 'Part of a year: "the first seven months of 2021", "the latter half of the year", "the rest of the year".',
    examples: [
      'Sales rose in the [first seven months of the year].',
      'Demand should hold up for the [rest of the year], traders said.',
      'Fares stay frozen for the [remainder of 2027].',
    ],
    counterexamples: ['Sales rose in the first seven shops.', 'The rest of the team flew home.'],
  },
  'date-quarter': {
    reason: 'A quarter alone is a quarter of the publication year.',
    examples: ['Profits fell in the [first quarter] as costs grew.'],
    counterexamples: ['Profits fell in the first week as costs grew.'],
  },
  'date-year-range': {
    reason: 'Two years joined by a dash or "to": "2016-2030", "2021-25".',
    examples: ['The plan covers [2016-2030] and beyond.'],
    counterexamples: ['The plan covers 2016 and beyond.'],
  },
  'date-season': {
    reason: 'A lowercase season after "this", "last" or a year: "this summer".',
    examples: ['The road will open [this summer] after repairs.'],
    counterexamples: ['The Spring Festival holiday starts soon.'],
  },
  'date-decade': {
    reason: 'A decade: "the 1990s".',
    examples: ['Prices were low in the [1990s] across the region.'],
    counterexamples: ['Prices were low for 1990 people across the region.'],
  },
  'date-weekday-range': {
    reason: 'Two weekdays joined by "to" or a dash are one range.',
    examples: ['Talks run from [Wednesday to Thursday] in the capital.'],
    counterexamples: ['Talks run for two days in the capital.'],
  },
  'date-weekday': {
    reason: 'A weekday, alone or after "last", "next", "this": the nearest such day of the publication week.',
    examples: ['The team met on [Saturday] to plan.', 'The ferry sailed [last Monday].'],
    counterexamples: ['The team met on the weekend to plan.'],
  },
  'date-relative-month': {
    reason: '"last March", "next June": the nearest such month before or after the publication month.',
    examples: ['The bridge opened [last March] after years of work.'],
    counterexamples: ['The bridge opened in spring after years of work.'],
  },
  'date-relative': {
    reason: '"this year", "last month", "next week", resolved from the publication day.',
    examples: ['Prices rose [last month] in most cities.'],
    counterexamples: [
      'Prices rose in most cities.',
      'Prices rose over the last year in most cities.',
      'Crowds were thinner than in past years.',
      'Exports were weaker than in past months.',
    ],
  },
  'date-yesterday-tomorrow': {
    reason: '"yesterday" and "tomorrow", resolved from the publication day.',
    examples: ['The ferry leaves [tomorrow] at noon.'],
    counterexamples: ['The ferry leaves at noon.'],
  },
  'date-month': {
    reason: 'A capitalized month alone, when no name is around it ("May" and "March" only after a cue like "in").',
    examples: [
      'Rain is expected in [June] across the south.',
      'The road opens in [May] again.',
      'Crowds came for the [October] National Day holiday.',
    ],
    counterexamples: ['The singer June Moss performed.', 'Prices may rise again.'],
  },
} satisfies RuleDocs;

export type DateRule = keyof typeof DATE_RULES;
