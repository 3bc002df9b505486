import { describe, expect, it } from 'vitest';
import type { Analysis, Attribution, Entity, Mention } from '@/utils/analysis/types';
import {
  articleVoices,
  ENGLISH_VOICE_WORDS,
  openingWords,
  statementMention,
  tallyLine,
  voicesMarkdown,
  voiceTally,
} from '@/utils/summary/voices';

// An article written for these tests: a spokesperson twice, a ministry, a capital, unnamed experts.
const paragraphs = [
  'Lin Hua, a spokesperson for the ministry, said on Monday that talks would resume soon.',
  'The talks stalled in March. She added that both sides had agreed to meet in Geneva next month.',
  'The Ministry of Commerce said exports rose by 5 percent, and Beijing said it welcomed the move.',
  'Experts told the paper the figures were encouraging.',
  'Observers noted the rise.',
].map((text) => ({ text, kind: 'body' as const }));

const mention = (paragraph: number, start: number, text: string, type: Mention['type'], entity?: string): Mention => ({
  paragraph,
  start,
  end: start + text.length,
  text,
  type,
  value: null,
  ...(entity ? { entity } : {}),
});

const mentions: Mention[] = [
  mention(0, 0, 'Lin Hua', 'PERSON', 'PERSON:Lin Hua'),
  mention(1, 22, 'March', 'DATE'),
  mention(2, 4, 'Ministry of Commerce', 'ORG', 'ORG:Ministry of Commerce'),
  mention(2, 46, '5 percent', 'PERCENT'),
  mention(2, 61, 'Beijing', 'PLACE', 'PLACE:Beijing'),
];
const entities: Entity[] = [
  { id: 'PERSON:Lin Hua', type: 'PERSON', name: 'Lin Hua', mentions: [0], salience: 0.5, role: 'spokesperson' },
  { id: 'ORG:Ministry of Commerce', type: 'ORG', name: 'Ministry of Commerce', mentions: [2], salience: 0.3 },
  { id: 'PLACE:Beijing', type: 'PLACE', name: 'Beijing', mentions: [4], salience: 0.1 },
];
const said = (
  paragraph: number,
  source: string,
  kind: Attribution['kind'],
  cue: string,
  entityIndex?: number,
): Attribution => {
  const start = paragraphs[paragraph]!.text.indexOf(cue);
  return {
    paragraph,
    source,
    kind,
    cue,
    direct: false,
    reason: 'test',
    sourceRule: 'test',
    cueSpan: { start, end: start + cue.length },
    quotes: [],
    ...(entityIndex === undefined ? {} : { entityIndex, entity: entities[entityIndex]!.id }),
  };
};
const attributions = [
  said(0, 'Lin Hua', 'person', 'said', 0),
  said(1, 'Lin Hua', 'person', 'added', 0),
  said(2, 'Ministry of Commerce', 'organization', 'said', 1),
  said(2, 'China', 'state', 'said it'),
  said(3, 'Experts', 'unnamed', 'told'),
  said(4, 'Observers', 'unnamed', 'noted'),
];
const analysis: Analysis = { mentions, entities, attributions };

describe('who is speaking, for the popup', () => {
  it.each([
    ['a short sentence whole', 'He said no.', 3, 3, 'He said no.'],
    [
      'the sentence of the cue, not the first',
      'It rained. Officials said the roads would reopen.',
      20,
      12,
      'Officials said the roads would reopen.',
    ],
    ['cut to its opening words', 'One two three four five six seven', 4, 3, 'One two three…'],
    ['without a dangling comma', 'One two, three four', 0, 2, 'One two…'],
    ['the last sentence for an offset past the end', 'First one. Second one.', 99, 5, 'Second one.'],
    ['nothing from an empty paragraph', '', 0, 5, ''],
  ])('opening words: %s', (_, text, at, count, expected) => {
    expect(openingWords(text, at, count)).toBe(expected);
  });

  it.each([
    ['a named source: its mention in the paragraph', 0, 0],
    ['a pronoun: the source’s nearest mention', 1, 0],
    ['a state: the mention nearest its cue', 3, 4],
    ['an unnamed source: the nearest mention', 4, 4],
  ])('the mention that shows a statement: %s', (_, index, expected) => {
    expect(statementMention(analysis, attributions[index]!)).toBe(expected);
  });

  it('has no mention to show in an article without any', () => {
    expect(statementMention({ ...analysis, mentions: [], entities: [] }, attributions[4]!)).toBeNull();
  });

  it('groups the statements by source and the sources by kind, the most quoted first', () => {
    const groups = articleVoices({ paragraphs }, analysis)!;
    expect(groups.person).toEqual([
      {
        key: 'person:PERSON:Lin Hua',
        source: 'Lin Hua',
        kind: 'person',
        role: 'spokesperson',
        paragraphs: [0, 1],
        mentions: [0, 0],
        opening: 'Lin Hua, a spokesperson for the ministry, said on Monday that talks…',
      },
    ]);
    expect(groups.organization.map((v) => [v.source, v.role, v.paragraphs])).toEqual([
      ['Ministry of Commerce', undefined, [2]],
    ]);
    expect(groups.state.map((v) => v.source)).toEqual(['China']);
    expect(groups.unnamed.map((v) => [v.source, v.opening])).toEqual([
      ['Experts', 'Experts told the paper the figures were encouraging.'],
      ['Observers', 'Observers noted the rise.'],
    ]);
  });

  it('ranks a source quoted more often first, equals in article order', () => {
    const more = [...attributions, said(4, 'observers', 'unnamed', 'noted')];
    const groups = articleVoices({ paragraphs }, { ...analysis, attributions: more })!;
    expect(groups.unnamed.map((v) => [v.source, v.paragraphs.length])).toEqual([
      ['Observers', 2],
      ['Experts', 1],
    ]);
  });

  it('says nothing yet while the attributions are not read', () => {
    expect(articleVoices({ paragraphs }, { mentions, entities })).toBeNull();
  });

  it.each([
    ['every kind', attributions, '5 sources: 1 named person, 1 organization, 1 state, 2 unnamed'],
    ['kinds with none left out', attributions.slice(0, 3), '2 sources: 1 named person, 1 organization'],
    ['one source', attributions.slice(4, 5), '1 source: 1 unnamed'],
    ['none', [], '0 sources'],
  ])('the tally line: %s', (_, list, expected) => {
    const groups = articleVoices({ paragraphs }, { ...analysis, attributions: list })!;
    expect(tallyLine(voiceTally(groups))).toBe(expected);
  });

  it('copies the voices as Markdown: the tally, then each source with its role, count and opening words', () => {
    const groups = articleVoices({ paragraphs }, analysis)!;
    expect(voicesMarkdown(groups, ENGLISH_VOICE_WORDS)).toEqual([
      '5 sources: 1 named person, 1 organization, 1 state, 2 unnamed',
      '',
      '- **Lin Hua, spokesperson** (2 statements): “Lin Hua, a spokesperson for the ministry, said on Monday that talks…”',
      '- **Ministry of Commerce** (1 statement): “The Ministry of Commerce said exports rose by 5 percent, and Beijing…”',
      '- **China** (1 statement): “The Ministry of Commerce said exports rose by 5 percent, and Beijing…”',
      '- **Experts** (1 statement): “Experts told the paper the figures were encouraging.”',
      '- **Observers** (1 statement): “Observers noted the rise.”',
    ]);
  });
});
