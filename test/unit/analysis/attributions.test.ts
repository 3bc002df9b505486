/**
 * Who is speaking (issue 22, docs attribution-guide.md): every attribution rule fires on its own
 * examples and not on its counterexamples, and a table of paragraphs with the records they give.
 * Every sentence here is written for this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisSteps, analyze } from '@/utils/analysis/analyze';
import { type AttributionTrace, attributionSteps } from '@/utils/analysis/attributions/find';
import { ATTRIBUTION_RULES, CUE_RULES, READ_RULES, VETO_RULES } from '@/utils/analysis/attributions/rules';
import { readArticle } from '@/utils/page/article-reader';
import { runToEnd } from '@/utils/slices';
import { parsePage } from '../../../scripts/parse-page';
import { FIXTURES_DIR } from '../../harness/fixtures';

/** The attributions of made-up paragraphs, and the trace of every statement read (vetoes included). */
function read(...paragraphs: string[]) {
  const analysis = analyze({ published: null, paragraphs });
  const trace: AttributionTrace[] = [];
  const attributions = runToEnd(attributionSteps(paragraphs, analysis.mentions, analysis.entities, trace));
  return { analysis, attributions, trace };
}

/** Whether the rule named `name` made or dropped something in this paragraph. */
function fires(name: string, paragraph: string): boolean {
  const { attributions, trace } = read(paragraph);
  return attributions.some((a) => a.reason === name || a.sourceRule === name) || trace.some((t) => t.vetoed === name);
}

describe('attribution rules', () => {
  it('declares every rule with its five fields and a unique name', () => {
    const names = ATTRIBUTION_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of ATTRIBUTION_RULES) {
      expect(r.layer).toBe('attributions');
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.counterexamples.length).toBeGreaterThan(0);
    }
    expect(ATTRIBUTION_RULES.length).toBe(CUE_RULES.length + READ_RULES.length + VETO_RULES.length);
  });

  const cases = ATTRIBUTION_RULES.flatMap((r) => [
    ...r.examples.map((text) => [r.name, text, true] as const),
    ...r.counterexamples.map((text) => [r.name, text, false] as const),
  ]);
  it.each(cases)('%s on "%s": fires %s', (name, text, expected) => {
    expect(fires(name, text)).toBe(expected);
  });
});

type Row = [source: string, kind: string, cue: string, direct: boolean, paragraph?: number];
const rows = (...paragraphs: string[]): Row[] =>
  read(...paragraphs).attributions.map((a) => [a.source, a.kind, a.cue, a.direct, a.paragraph]);

/** One paragraph and the records it gives, in order. */
const ONE_PARAGRAPH: [string, Row[]][] = [
  // Named people and organizations, by their fullest name.
  [
    'Li Qiang, a spokesperson for the Harbin Trade Bureau, said exports had doubled.',
    [['Li Qiang', 'person', 'said', false, 0]],
  ],
  ['Wang Lin, CEO of Harbin Motors, said sales had doubled.', [['Wang Lin', 'person', 'said', false, 0]]],
  [
    'Zhou Mingyuan and Li Qiang said prices will fall.',
    [
      ['Zhou Mingyuan', 'person', 'said', false, 0],
      ['Li Qiang', 'person', 'said', false, 0],
    ],
  ],
  // Each named member of a group with appositions of their own.
  [
    'Exports will double, both Zhou Mingyuan, a professor at Harbin University, and Li Qiang, an economist, told reporters.',
    [
      ['Zhou Mingyuan', 'person', 'told', false, 0],
      ['Li Qiang', 'person', 'told', false, 0],
    ],
  ],
  // A body the entity layer does not name, and a document that speaks for its issuer.
  ['Harbin customs said exports had doubled.', [['Harbin customs', 'organization', 'said', false, 0]]],
  [
    'A survey released by the Harbin Trade Bureau and data provider Qindata came out. According to the survey, exports had doubled.',
    [
      ['Harbin Trade Bureau', 'organization', 'According to', false, 0],
      ['Qindata', 'organization', 'According to', false, 0],
    ],
  ],
  // An unnamed speaker of a named body is the body.
  [
    'A spokesperson for the Harbin Trade Bureau said exports had doubled.',
    [['Harbin Trade Bureau', 'organization', 'said', false, 0]],
  ],
  [
    'Sales rose 8 percent, according to data from the Harbin Trade Bureau.',
    [['Harbin Trade Bureau', 'organization', 'according to', false, 0]],
  ],
  // States: a country, a capital, a side.
  ['Beijing has repeatedly stated that the border stays open.', [['China', 'state', 'stated', false, 0]]],
  ['Washington claimed that the tariffs would help farmers.', [['US', 'state', 'claimed', false, 0]]],
  ['The Canadian side stressed that the border stays open.', [['Canada', 'state', 'stressed', false, 0]]],
  // Unnamed sources, as written.
  [
    'Industry insiders told the Global Times that prices will fall.',
    [['Industry insiders', 'unnamed', 'told', false, 0]],
  ],
  ['"We sold out by noon," said the shop owner.', [['shop owner', 'unnamed', 'said', true, 0]]],
  // Direct: the source's words in quotation marks; a fixed term in quotation marks is not.
  [
    '"Prices will fall," Zhou Mingyuan told the Global Times. "Exports will rise."',
    [['Zhou Mingyuan', 'person', 'told', true, 0]],
  ],
  ['Chinese experts said the "China threat" theory has no basis.', [['Chinese experts', 'unnamed', 'said', false, 0]]],
  // Relays, statements inside statements, negation, the paper's own voice, no cue.
  ['According to Reuters, Zhou Mingyuan said prices will fall.', [['Zhou Mingyuan', 'person', 'said', false, 0]]],
  [
    'Chinese experts said Western politicians claimed the ban would work.',
    [['Chinese experts', 'unnamed', 'said', false, 0]],
  ],
  ['Zhou Mingyuan did not say when prices will fall.', []],
  ['The Global Times learned that the plant will close.', []],
  ['The photo shows a market in Harbin.', []],
  ['Li Qiang signed the agreement on Monday.', []],
  // Issuers of data and reports, organizations referred back to, relaying outlets.
  [
    'Data from the Harbin Bureau of Statistics showed that retail sales rose 5 percent.',
    [['Harbin Bureau of Statistics', 'organization', 'showed', false, 0]],
  ],
  [
    'The report, released by the World Bank on Tuesday, said growth would slow.',
    [['World Bank', 'organization', 'said', false, 0]],
  ],
  [
    'The Harbin Trade Bureau met traders. The bureau said exports had doubled.',
    [['Harbin Trade Bureau', 'organization', 'said', false, 0]],
  ],
  [
    'The Chinese Embassy in Kenya said in a statement that the claims were false.',
    [['Chinese Embassy', 'organization', 'said', false, 0]],
  ],
  [
    'Reuters reported, citing military officials, that two missiles were fired.',
    [['military officials', 'unnamed', 'citing', false, 0]],
  ],
  ['As reported by Reuters, the plant will close.', [['Reuters', 'organization', 'reported by', false, 0]]],
  [
    'An expert who asked not to be named told the Global Times that the deal was done.',
    [['expert who asked not to be named', 'unnamed', 'told', false, 0]],
  ],
  ['A Harbin resident surnamed Li told the Global Times that prices rose.', [['Li', 'person', 'told', false, 0]]],
  [
    'Canada and Mexico said in a joint statement that the deal was done.',
    [
      ['Canada', 'state', 'said', false, 0],
      ['Mexico', 'state', 'said', false, 0],
    ],
  ],
  // Two speakers in one paragraph, each with an apposition.
  [
    'Wang Lin, a researcher at Fudan University, said trade grew. Li Qiang, an economist, said exports fell.',
    [
      ['Wang Lin', 'person', 'said', false, 0],
      ['Li Qiang', 'person', 'said', false, 0],
    ],
  ],
  ['Prices will fall, as Zhou Mingyuan put it, before the summer.', [['Zhou Mingyuan', 'person', 'put it', false, 0]]],
  [
    'Some analysts believe the ban will backfire, while others argue it is symbolic.',
    [
      ['analysts', 'unnamed', 'believe', false, 0],
      ['others', 'unnamed', 'argue', false, 0],
    ],
  ],
  ['Washington has repeatedly hyped the so-called "China threat."', [['US', 'state', 'hyped', false, 0]]],
  ['Zhou Mingyuan, 45, said prices will fall.', [['Zhou Mingyuan', 'person', 'said', false, 0]]],
  // A transcript label.
  ['Zou Lin: We will open two new factories next year.', [['Zou Lin', 'person', ':', false, 0]]],
  // Unnamed sources: a compound noun, a head with a phrase after it, a class of people.
  [
    'Sales rose 9 percent in May, according to customs authorities.',
    [['customs authorities', 'unnamed', 'according to', false, 0]],
  ],
  [
    'A trader at a Harbin-based fund told the Global Times that many people bought shares.',
    [['trader at a Harbin-based fund', 'unnamed', 'told', false, 0]],
  ],
  [
    'Chinese regulators said on Friday that they would fine the firm.',
    [['Chinese regulators', 'unnamed', 'said', false, 0]],
  ],
  // Material of a named body, a named report with no issuer, China's central government.
  [
    'Statistics from Harbin Metro Group show that the line carries half the passengers.',
    [['Harbin Metro Group', 'organization', 'show', false, 0]],
  ],
  [
    'The Harbin Rail Passenger Report, an annual study published on Monday, has revealed that fares rose.',
    [['Harbin Rail Passenger Report', 'unnamed', 'revealed', false, 0]],
  ],
  [
    'The central government announced on Sunday that the city would be a pilot zone.',
    [['China', 'state', 'announced', false, 0]],
  ],
  // A relaying outlet after "according to"; a named group with titles; a thing added, not words.
  [
    'The port will reopen in May, according to a spokesperson for the Harbin Ports Office, Xinhua reported.',
    [['Harbin Ports Office', 'organization', 'according to', false, 0]],
  ],
  [
    'Senator Tom Harlow and Representative Ann Keller urged the ministry to act, Reuters reported.',
    [
      ['Tom Harlow', 'person', 'urged', false, 0],
      ['Ann Keller', 'person', 'urged', false, 0],
    ],
  ],
  ['The Harbin Trade Bureau added Qindata to its list of suppliers on Friday.', []],
  // Issuers after "by", speakers before a participle phrase, a linking word, a name after its role.
  [
    'Data released by the Harbin Bureau of Statistics on Tuesday showed that sales rose.',
    [['Harbin Bureau of Statistics', 'organization', 'showed', false, 0]],
  ],
  [
    'A survey by the Harbin Consumers Association found that most buyers were satisfied.',
    [['Harbin Consumers Association', 'organization', 'found', false, 0]],
  ],
  [
    'Several scholars interviewed by the Global Times said the plan was unwise.',
    [['scholars', 'unnamed', 'said', false, 0]],
  ],
  ['Canada, however, has insisted that the border stays open.', [['Canada', 'state', 'insisted', false, 0]]],
  ['The Harbin Trade Bureau spokesperson, Li Na, said exports rose.', [['Li Na', 'person', 'said', false, 0]]],
  [
    'Li Na, spokesperson of the Harbin Trade Bureau, on Monday said exports rose.',
    [['Li Na', 'person', 'said', false, 0]],
  ],
  [
    'A Harbin Trade Bureau spokesperson said the probe would continue.',
    [['Harbin Trade Bureau', 'organization', 'said', false, 0]],
  ],
  // Statements without a verb of their own subject: a colon before a quote, "X's claims that", a relative clause.
  ['Li Na was blunt about it: "We have no choice."', [['Li Na', 'person', ':', true, 0]]],
  [
    "Canada's claims that the river is theirs are baseless, Li Na said.",
    [
      ['Canada', 'state', 'claims', false, 0],
      ['Li Na', 'person', 'said', false, 0],
    ],
  ],
  ['The plan has drawn criticism from economists, who say it will fail.', [['economists', 'unnamed', 'say', false, 0]]],
  ['Ottawa has firmly opposed the sale and urged the buyers to stop.', [['Canada', 'state', 'urged', false, 0]]],
  ['The bridge will open in May, per Bloomberg.', [['Bloomberg', 'organization', 'per', false, 0]]],
  [
    'Li Na was quoted by Xinhua as saying that the bridge would open in May.',
    [['Li Na', 'person', 'quoted', false, 0]],
  ],
  // Any reporting verb in the past may follow its quote; an outlet that published a document speaks.
  ['"Prices will rise," warned Li Na, an economist.', [['Li Na', 'person', 'warned', true, 0]]],
  ['"It is a trap," cautioned analysts.', [['analysts', 'unnamed', 'cautioned', true, 0]]],
  [
    'The Harbin Daily published an editorial arguing that the policy had failed.',
    [['Harbin Daily', 'organization', 'arguing', false, 0]],
  ],
  ['Canada quickly clarified the situation.', []],
  ['Canada quickly clarified that the border was open.', [['Canada', 'state', 'clarified', false, 0]]],
  // A speaker set off by a phrase before the verb; "holds that"; "cited by X as saying".
  [
    'Li Na, in an interview with the Global Times, said the report was groundless.',
    [['Li Na', 'person', 'said', false, 0]],
  ],
  [
    'Li Na, who spoke on condition of anonymity, said the report was groundless.',
    [['Li Na', 'person', 'said', false, 0]],
  ],
  ['Li Na holds that the report was groundless.', [['Li Na', 'person', 'holds that', false, 0]]],
  ['Li Na was cited by Xinhua as saying that the report was groundless.', [['Li Na', 'person', 'cited', false, 0]]],
  [
    'Li Ming (pseudonym), a resident of Harbin, told the Global Times that the water was clean.',
    [['Li Ming', 'person', 'told', false, 0]],
  ],
  ['Experts cited by the newspaper said the plan was flawed.', [['Experts', 'unnamed', 'said', false, 0]]],
  [
    'Li Ming, a professor, and Zhou Ping, an economist, both said the plan was flawed.',
    [
      ['Li Ming', 'person', 'said', false, 0],
      ['Zhou Ping', 'person', 'said', false, 0],
    ],
  ],
  // Direct: one quoted word of the source's own is a quote; a term named with "the" is not.
  ['Li Qiang told the Global Times that a "stranger" had called him twice.', [['Li Qiang', 'person', 'told', true, 0]]],
  [
    'Li Qiang said the false "Harbin threat" has no basis, and "Harbin separatist" forces will fail.',
    [['Li Qiang', 'person', 'said', false, 0]],
  ],
  // Verbs that say something only with content after them, and collective heads.
  ['Zhou Ping summarized that the market had stabilized.', [['Zhou Ping', 'person', 'summarized', false, 0]]],
  ['Industry insiders chalk the slump up to weak demand.', [['Industry insiders', 'unnamed', 'chalk', false, 0]]],
  ['Li Ming chalked a line on the board.', []],
  ['The Canadian side elaborated on its stance on the issue.', []],
  ['Public commentaries noted that the policy was overdue.', [['Public commentaries', 'unnamed', 'noted', false, 0]]],
  ['Audience reviews said the ending was rushed.', [['Audience reviews', 'unnamed', 'said', false, 0]]],
  // "read" after a written thing; an outlet that opens on its citation relays.
  [
    'A letter from the Harbin Trade Bureau read that fees would be waived.',
    [['Harbin Trade Bureau', 'organization', 'read', false, 0]],
  ],
  ['Li Ming read the statement aloud at the meeting.', []],
  [
    'Citing data from the Harbin Trade Bureau, Bloomberg said exports doubled.',
    [['Harbin Trade Bureau', 'organization', 'Citing', false, 0]],
  ],
  [
    'The Harbin Trade Bureau projected that exports would double.',
    [['Harbin Trade Bureau', 'organization', 'projected', false, 0]],
  ],
  ['Li Ming attributed the drop in sales to higher costs.', [['Li Ming', 'person', 'attributed', false, 0]]],
  ['Li Ming shared with reporters that the plant would close.', [['Li Ming', 'person', 'shared', false, 0]]],
  ['Li Ming shared his experience at the forum.', []],
  ['Li Ming proposed a new route for the railway.', []],
  ['Moviegoers said the sequel was weaker.', [['Moviegoers', 'unnamed', 'said', false, 0]]],
  ["In Li Ming's opinion, exports will double.", [['Li Ming', 'person', 'opinion', false, 0]]],
  [
    'The Harbin Trade Bureau on Monday released data showing that exports doubled.',
    [['Harbin Trade Bureau', 'organization', 'showing', false, 0]],
  ],
  [
    '"We are confident," a staff member at the Harbin Trade Bureau told reporters.',
    [['Harbin Trade Bureau', 'organization', 'told', true, 0]],
  ],
  ['Li Ming was criticized by netizens for the remarks.', []],
  ['News emerged on Monday that the plant would close.', [['News', 'unnamed', 'emerged', false, 0]]],
  ['Many fans emerged from the cinema in tears.', []],
  ['Online comments argued that the prices were too high.', [['Online comments', 'unnamed', 'argued', false, 0]]],
  [
    'Li Ming spoke on Monday. His comments suggested the plant would close.',
    [['Li Ming', 'person', 'suggested', false, 0]],
  ],
  ['The comments suggested the plant would close.', []],
  // Local bodies: their officials, and several of them joined by "and".
  [
    'Harbin customs officials said the shipment was seized in May.',
    [['Harbin customs', 'organization', 'said', false, 0]],
  ],
  [
    'The Qitaihe city government and the Qitaihe public security bureau said the road was closed.',
    [
      ['Qitaihe city government', 'organization', 'said', false, 0],
      ['Qitaihe public security bureau', 'organization', 'said', false, 0],
    ],
  ],
  // People before a place phrase speak; a participle after one speaks for the clause's subject.
  ['Many on social media said the film was overrated.', [['Many', 'unnamed', 'said', false, 0]]],
  ['Zhou Ping, speaking after Wang Lei, said the deal was done.', [['Zhou Ping', 'person', 'said', false, 0]]],
  // The subject of the sentence before, not its object, is "she".
  [
    'Zhou Ping, a lawyer, represented Wang Lei in court. "The ruling is unfair," she said.',
    [['Zhou Ping', 'person', 'said', true, 0]],
  ],
  // A data provider the entity layer does not know is the source; the outlet that cites it relays.
  [
    'Citing data from Maoyan, the newspaper reported that the film grossed 2 billion yuan.',
    [['Maoyan', 'organization', 'Citing', false, 0]],
  ],
  ['Box office receipts rose, according to data from May.', []],
  // The outlet that cites after a time relays; what it cites speaks.
  [
    'Xinhua reported on Monday, citing the Ministry of Commerce, that exports doubled.',
    [['Ministry of Commerce', 'organization', 'citing', false, 0]],
  ],
  // Organizations speaking (issue 22, second round): the one cited after "according to X" speaks, X relays;
  // ", citing" a reason gives it to the clause's subject; "According to" after a colon.
  [
    "The owner of a shop in Harbin, Northeast China's Heilongjiang Province, surnamed Zhou, said sales had doubled.",
    [['Zhou', 'person', 'said', false, 0]],
  ],
  // A role right before a person's name is the person's; "A and the B" is a group; a body with an apposition.
  [
    'Harbin Motors CEO Zhou Mingyuan visited Canada on Monday, declaring that sales will double.',
    [['Zhou Mingyuan', 'person', 'declaring', false, 0]],
  ],
  [
    'The Harbin Trade Bureau and the Harbin Customs Office jointly announced that exports had doubled.',
    [
      ['Harbin Trade Bureau', 'organization', 'announced', false, 0],
      ['Harbin Customs Office', 'organization', 'announced', false, 0],
    ],
  ],
  [
    "Harbin Motors, China's largest carmaker, said sales had doubled.",
    [['Harbin Motors', 'organization', 'said', false, 0]],
  ],
  // "an economist said" that the paragraph resolves to a person described the same way is that person.
  [
    'Prices will fall, an economist said. "Exports will rise," Zhou Mingyuan, an economist at Harbin University, told reporters.',
    [['Zhou Mingyuan', 'person', 'told', true, 0]],
  ],
  // "calling X "…"" portrays with a claim; "calling the police" does not.
  [
    'However, online reviews have been harsh, calling the film\'s plot "a mess."',
    [['online reviews', 'unnamed', 'calling', true, 0]],
  ],
  ['The residents panicked, calling the police at once.', []],
  // "as shown by data from X"; "made declarations of "…"" with the words quoted.
  [
    'Exports had doubled, as shown by data from the Harbin Trade Bureau.',
    [['Harbin Trade Bureau', 'organization', 'as shown by', false, 0]],
  ],
  [
    'While Canada has made a few vocal declarations of "standing with its allies," it sent no ships.',
    [['Canada', 'state', 'made a few vocal declarations of', true, 0]],
  ],
  ['Canada made a few declarations of support last year.', []],
  // A quote in a sentence with no cue whose subject is a source of the paragraph ("His …", the person named) is theirs.
  [
    'Wang Lin, a trader, told reporters that this was his first visit. His first idea of the city was "cold and empty streets, closed shops."',
    [['Wang Lin', 'person', 'told', true, 0]],
  ],
  [
    'After making the "trade is war" remarks on Monday, Zhou Mingyuan has shown no regret. Instead, she has doubled down, implying that tariffs will rise.',
    [['Zhou Mingyuan', 'person', 'implying', true, 0]],
  ],
  // A worry with its words quoted or its content after "that" is a view held; a worry about a thing is not.
  [
    'Many growers are deeply worried about "a harvest with no buyers." Some growers have posted videos on social media.',
    [['growers', 'unnamed', 'are deeply worried about', true, 0]],
  ],
  ['Many farmers are deeply worried about the floods.', []],
  // A body's name after a colon closing a paragraph of figures is its source line; a credit line is not.
  [
    'Exports of new energy vehicles rose 34 percent year-on-year in the first half, to 1.2 million: Ministry of Commerce',
    [['Ministry of Commerce', 'organization', ':', false, 0]],
  ],
  ['Source: Ministry of Commerce', []],
  [
    'Exports rose 8 percent, according to Xinhua, citing data from the Harbin Trade Bureau.',
    [['Harbin Trade Bureau', 'organization', 'citing', false, 0]],
  ],
  [
    'The Harbin Trade Bureau cut its export forecast on Monday, citing weak demand in Europe.',
    [['Harbin Trade Bureau', 'organization', 'citing', false, 0]],
  ],
  [
    "Editor's Note: According to the Harbin Trade Bureau, exports had doubled. How will Europe answer?",
    [['Harbin Trade Bureau', 'organization', 'According to', false, 0]],
  ],
];

/** Several paragraphs: what refers back to a source named before. */
const ACROSS_PARAGRAPHS: [string[], Row[]][] = [
  [
    [
      'A spokesperson for the Harbin Trade Bureau said on Monday that exports had doubled.',
      'The spokesperson added that imports fell.',
    ],
    [
      ['Harbin Trade Bureau', 'organization', 'said', false, 0],
      ['Harbin Trade Bureau', 'organization', 'added', false, 1],
    ],
  ],
  [
    [
      'Zhou Mingyuan, professor at the Harbin Institute of Trade',
      'Trade will grow next year because demand is strong.',
    ],
    [['Zhou Mingyuan', 'person', 'Zhou Mingyuan, professor at the Harbin Institute of Trade', false, 0]],
  ],
  // A pronoun and a role refer back to a person named before.
  [
    ['Zhou Mingyuan met farmers on Monday.', 'He said prices will fall.'],
    [['Zhou Mingyuan', 'person', 'said', false, 1]],
  ],
  [
    [
      'Li Qiang, the spokesperson of the Harbin Trade Bureau, met reporters on Monday.',
      'The spokesperson stressed that exports had doubled.',
    ],
    [['Li Qiang', 'person', 'stressed', false, 1]],
  ],
  [
    ['Ivan Horvat won the race on Sunday.', 'The 64-year-old Croatian told reporters he would race again.'],
    [['Ivan Horvat', 'person', 'told', false, 1]],
  ],
  // What a named person or body owns speaks for them: their analysis, their spokesperson.
  [
    ['Zhou Mingyuan, an economist, led the study.', "Zhou's analysis also highlighted that prices fell."],
    [['Zhou Mingyuan', 'person', 'highlighted', false, 1]],
  ],
  [
    ['The Harbin Trade Bureau met traders on Monday.', "The bureau's spokesperson said exports had doubled."],
    [['Harbin Trade Bureau', 'organization', 'said', false, 1]],
  ],
  [
    ['Li Ming and Zhou Ping met on Monday.', 'The latter said the deal was done; the former added that it was fair.'],
    [
      ['Zhou Ping', 'person', 'said', false, 1],
      ['Li Ming', 'person', 'added', false, 1],
    ],
  ],
  // "According to him", "according to the company", "in Li's view" refer back.
  [
    ['Li Ming spoke on Monday.', 'According to him, the report was groundless.'],
    [['Li Ming', 'person', 'According to', false, 1]],
  ],
  [
    ['Harbin Motors met dealers on Monday.', 'According to the company, sales rose.'],
    [['Harbin Motors', 'organization', 'According to', false, 1]],
  ],
  [
    ['Lin Hai, a spokesperson, spoke on Monday.', "In Lin's view, the report was groundless."],
    [['Lin Hai', 'person', 'view', false, 1]],
  ],
  // "He" after a new speaker in the same paragraph is that speaker, not the one of the paragraph before.
  [
    ['Zhou Ping said prices rose.', 'Li Ming, an expert, said exports fell. He added that imports rose.'],
    [
      ['Zhou Ping', 'person', 'said', false, 0],
      ['Li Ming', 'person', 'said', false, 1],
    ],
  ],
  [
    ['The Harbin Trade Bureau issued a statement on Monday.', '"Exports have doubled this year," the statement read.'],
    [['Harbin Trade Bureau', 'organization', 'read', true, 1]],
  ],
  [['Zhou Ping met Wang Lei on Monday.', 'She said the deal was done.'], [['Zhou Ping', 'person', 'said', false, 1]]],
  [
    ['Zhou Ping said the deal was done.', 'Wang Lei disagreed. "It is not done," he said.'],
    [
      ['Zhou Ping', 'person', 'said', false, 0],
      ['Wang Lei', 'person', 'said', true, 1],
    ],
  ],
  [
    ['Zhou Ping said the deal was done.', 'Asked about Wang Lei, she said the deal was done.'],
    [
      ['Zhou Ping', 'person', 'said', false, 0],
      ['Zhou Ping', 'person', 'said', false, 1],
    ],
  ],
  // A local body named once, then "the customs" or "it" in later paragraphs; "the government" stays unread.
  [
    [
      'Suifenhe customs said on Monday that it had seized 40 tons of frozen meat.',
      'The customs said the meat had been smuggled.',
      'It said two suspects were detained.',
      'The government said the border would stay open.',
    ],
    [
      ['Suifenhe customs', 'organization', 'said', false, 0],
      ['Suifenhe customs', 'organization', 'said', false, 1],
      ['Suifenhe customs', 'organization', 'said', false, 2],
    ],
  ],
  // A statement, press release or report given its issuer by "X said in a press release", "In a statement, X said",
  // "a report X released": "the press release", "the statement", "the report" later speak for X.
  [
    [
      'The Harbin Trade Bureau said in a press release on Monday that rules would change.',
      '"Trade is strong," the press release read.',
    ],
    [
      ['Harbin Trade Bureau', 'organization', 'said', false, 0],
      ['Harbin Trade Bureau', 'organization', 'read', true, 1],
    ],
  ],
  [
    [
      'In a statement posted on its website, the Harbin Trade Bureau said rules would change.',
      'The statement added that exports had doubled.',
    ],
    [
      ['Harbin Trade Bureau', 'organization', 'said', false, 0],
      ['Harbin Trade Bureau', 'organization', 'added', false, 1],
    ],
  ],
  [
    [
      'Sales rose, according to a report data platform Qindata released on Monday.',
      'The report shows that women bought most tickets.',
    ],
    [
      ['Qindata', 'organization', 'according to', false, 0],
      ['Qindata', 'organization', 'shows', false, 1],
    ],
  ],
  // "the 64-year-old": not the one the article gives another age, nor the one the quote is about; the last speaker.
  [
    [
      'Zhou Mingyuan, the coach, told reporters that the team played well.',
      'Striker Li Ming, a 19-year-old, scored twice.',
      '"Li Ming was great," the 64-year-old said.',
    ],
    [
      ['Zhou Mingyuan', 'person', 'told', false, 0],
      ['Zhou Mingyuan', 'person', 'said', true, 2],
    ],
  ],
  // What was posted on a body's website speaks for it; a document's time of release set off by commas.
  [
    ['The Ministry of Commerce met traders.', "A statement on the ministry's website said exports had doubled."],
    [['Ministry of Commerce', 'organization', 'said', false, 1]],
  ],
  [
    ["The Harbin Trade Bureau's report, released on Monday, showed exports had doubled."],
    [['Harbin Trade Bureau', 'organization', 'showed', false, 0]],
  ],
  [
    ['The report, jointly released by the Harbin Trade Bureau on Monday, showed exports had doubled.'],
    [['Harbin Trade Bureau', 'organization', 'showed', false, 0]],
  ],
  // "the two ministries": the two organizations named last, one record each.
  [
    [
      'The Ministry of Commerce and the Ministry of Finance issued new rules.',
      'The two ministries said the rules would cut costs.',
    ],
    [
      ['Ministry of Commerce', 'organization', 'said', false, 1],
      ['Ministry of Finance', 'organization', 'said', false, 1],
    ],
  ],
  // "its website", "its data": what the organization named last owns.
  [
    ['The Harbin Trade Bureau met traders on Monday.', 'According to its website, exports had doubled.'],
    [['Harbin Trade Bureau', 'organization', 'According to', false, 1]],
  ],
  // A local body referred back to as "local customs", "Customs" opening a sentence, "the customs in X, a place,".
  [
    [
      'Suifenhe customs seized 40 tons of frozen meat on Monday, local customs said.',
      "The customs in Suifenhe, Northeast China's Heilongjiang Province, said two suspects were held.",
      'Customs said the meat came from abroad.',
      'The meat sold at twice the price, according to local customs.',
    ],
    [
      ['Suifenhe customs', 'organization', 'said', false, 0],
      ['Suifenhe customs', 'organization', 'said', false, 1],
      ['Suifenhe customs', 'organization', 'said', false, 2],
      ['Suifenhe customs', 'organization', 'according to', false, 3],
    ],
  ],
  // A family name alone is the person named in full before; one record per source per paragraph.
  [
    ['Zhou Mingyuan, a trader, spoke on Monday.', 'Prices will fall, Zhou said. Exports will rise, Zhou added.'],
    [['Zhou Mingyuan', 'person', 'said', false, 1]],
  ],
];

describe('who is speaking', () => {
  it.each(ONE_PARAGRAPH)('%s', (paragraph, expected) => {
    expect(rows(paragraph)).toEqual(expected);
  });

  it.each(ACROSS_PARAGRAPHS)('%j', (paragraphs, expected) => {
    expect(rows(...paragraphs)).toEqual(expected);
  });

  it('gives the offsets of the cue, the source words and the quotes, and the entity', () => {
    const text = '"Prices will fall," Zhou Mingyuan told reporters.';
    const { analysis, attributions } = read(text);
    const [a] = attributions;
    expect(text.slice(a!.cueSpan.start, a!.cueSpan.end)).toBe('told');
    expect(text.slice(a!.sourceSpan!.start, a!.sourceSpan!.end)).toBe('Zhou Mingyuan');
    expect(a!.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['"Prices will fall,"']);
    expect(analysis.entities[a!.entityIndex!]!.id).toBe(a!.entity);
    expect(a!.entity).toBe('PERSON:Zhou Mingyuan');
  });

  it('is part of the analysis', () => {
    const { attributions } = analyze({ published: null, paragraphs: ['Chinese experts said prices will fall.'] });
    expect(attributions?.map((a) => a.source)).toEqual(['Chinese experts']);
  });
});

describe('the seed article', () => {
  it('gives two statements by Ma Weiguang: "said" and "disclosed"', () => {
    const read = readArticle(parsePage(readFileSync(join(FIXTURES_DIR, 'seed-legacy/page.html'), 'utf8')));
    if (!read.isArticle) throw new Error(read.reason);
    const paragraphs = read.article.paragraphs.map((p) => p.text);
    const { attributions = [] } = analyze({ ...read.article, paragraphs });
    expect(attributions.map((a) => [a.paragraph, a.source, a.kind, a.cue, a.direct])).toEqual([
      [9, 'Ma Weiguang', 'person', 'said', false],
      [10, 'Ma Weiguang', 'person', 'disclosed', false],
    ]);
    expect(attributions.map((a) => paragraphs[a.paragraph]!.slice(a.sourceSpan!.start, a.sourceSpan!.end))).toEqual([
      'Ma Weiguang',
      'Ma',
    ]);
  });
});

describe('in short tasks', () => {
  it('is left out of the steps unless given them (the content script leaves it to the background)', () => {
    const paragraphs = ['Zhou Mingyuan said prices will fall.'];
    expect(runToEnd(analysisSteps({ published: null, paragraphs })).attributions).toBeUndefined();
    expect(analyze({ published: null, paragraphs }).attributions).toHaveLength(1);
  });

  it('takes one step per paragraph, and the steps give what one run gives', () => {
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Zhou Mingyuan said on day ${i + 1} that prices will fall.`,
    );
    const steps = analysisSteps({ published: null, paragraphs }, { attributions: attributionSteps });
    let count = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) count++;
    expect(r.value.attributions).toEqual(analyze({ published: null, paragraphs }).attributions);
    expect(r.value.attributions).toHaveLength(30);
    // Figures, entities (twice) and mentions yield once per paragraph each; attributions once more.
    expect(count).toBeGreaterThanOrEqual(5 * paragraphs.length);
  });
});
