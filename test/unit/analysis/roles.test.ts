/** Who's who (issue 14): the role an article states for a person, the place it puts a place in. Sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';

const roles = (...paragraphs: string[]) =>
  Object.fromEntries(
    analyze({ published: null, paragraphs })
      .entities.filter((e) => e.type !== 'ORG')
      .map((e) => [e.name, e.role ?? null]),
  );

describe('roles of people', () => {
  it.each([
    // An apposition after the name, up to the verb of speech or the comma.
    [
      'Li Wenhua, a researcher at the Hainan Academy of Ocean Studies, said prices fell.',
      'Li Wenhua',
      'a researcher at the Hainan Academy of Ocean Studies',
    ],
    [
      'Prices fell, Zhou Ming, deputy head of the port authority said.',
      'Zhou Ming',
      'deputy head of the port authority',
    ],
    // A title before the name.
    ['Trade Minister Dong Lina opened the fair.', 'Dong Lina', 'Trade Minister'],
    ['The talks were led by former foreign minister Gao Shan.', 'Gao Shan', 'former foreign minister'],
    ['Chinese Ambassador to Kenya Wu Peng met the press.', 'Wu Peng', 'Chinese Ambassador to Kenya'],
    // "a man surnamed X".
    ['A fisherman surnamed Huang found the buoy.', 'Huang', 'A fisherman'],
    // Capitalized words inside a title, and a compound role word.
    ['Chief Cabinet Secretary Kenji Mori told reporters.', 'Kenji Mori', 'Chief Cabinet Secretary'],
    [
      'Peter Lund Hansen, a former NATO secretary-general, wrote.',
      'Peter Lund Hansen',
      'a former NATO secretary-general',
    ],
    [
      'Josef Marr, High Representative of the Union for Trade Policy, visited Beijing.',
      'Josef Marr',
      'High Representative of the Union for Trade Policy',
    ],
    // Roles that are ordinary words, read only right before a name.
    ['Chinese national team head coach Li Bo spoke.', 'Li Bo', 'Chinese national team head coach'],
    ['The first goal came from midfielder Tom Baker.', 'Tom Baker', 'midfielder'],
    ['"Take care of (Speaker) Martin Cruz," she said.', 'Martin Cruz', 'Speaker'],
  ])('%s', (text, name, role) => {
    expect(roles(text)[name]).toBe(role);
  });

  it('the role comes from the introduction and holds for the later surname', () => {
    const found = analyze({
      published: null,
      paragraphs: ['Sales rose, Chen Jing, an analyst at a Shanghai bank, said.', 'Chen added that costs fell.'],
    });
    const chen = found.entities.find((e) => e.name === 'Chen Jing')!;
    expect(chen.role).toBe('an analyst at a Shanghai bank');
    expect(chen.roleSource).toEqual({ paragraph: 0, start: 23, end: 52 });
    expect(found.mentions[chen.mentions[1]!]!.text).toBe('Chen');
  });

  it.each([
    // No name: nothing to give a role to.
    ['The talks went well, said the spokesperson.', {}],
    // A person with no stated role.
    ['Wang Tao arrived on Monday.', { 'Wang Tao': null }],
    // Two people in one sentence: each keeps its own title.
    ['Senator Ann Miller and Governor Tom Hale met.', { 'Ann Miller': 'Senator', 'Tom Hale': 'Governor' }],
    // A role that belongs to an organization is no person's role.
    ['The Commerce Ministry, the body in charge of trade, said it would act.', {}],
    // An apposition without a role word is no role.
    ['Liu Yang, who arrived late, said little.', { 'Liu Yang': null }],
    // An ordinary role word in an apposition is no role there.
    ['Liu Yang, looking forward to the talks, smiled.', { 'Liu Yang': null }],
    // A capitalized role word that begins a name is no role: "General Motors" is a company.
    ['Sales at Toyota Motor Corp, General Motors and Ford rose.', {}],
  ])('%s', (text, expected) => {
    const people = Object.fromEntries(Object.entries(roles(text)).filter(([n]) => !/^(?:Monday)$/.test(n)));
    expect(people).toEqual(expected);
  });
});

describe('containing places', () => {
  it.each([
    [
      "Yuxi, a city in southwestern China's Yunnan Province, grew.",
      'Yuxi',
      "a city in southwestern China's Yunnan Province",
    ],
    ["Firms in East China's Zhejiang Province hired more.", 'Zhejiang Province', 'East China'],
  ])('%s', (text, name, role) => {
    expect(roles(text)[name]).toBe(role);
  });
});

describe('acronyms of organizations', () => {
  const orgs = (...paragraphs: string[]) =>
    analyze({ published: null, paragraphs })
      .entities.filter((e) => e.type === 'ORG')
      .map((e) => ({ name: e.name, role: e.role ?? null, count: e.mentions.length }));

  it.each([
    // An acronym the article defines: its expansion, where it stands.
    [
      'China Coast Guard (CCG) vessels left. The CCG said so.',
      [{ name: 'China Coast Guard', role: 'China Coast Guard', count: 3 }],
    ],
    // A known acronym spelled out joins the spelled-out name, the later mentions too.
    [
      'The World Health Organization (WHO) said the WHO would help.',
      [{ name: 'World Health Organization', role: 'World Health Organization', count: 3 }],
    ],
    // An acronym without its expansion: nothing to expand.
    ['The WTO said trade grew.', [{ name: 'WTO', role: null, count: 1 }]],
    // A bracket after a person is no expansion of the organization inside it.
    ['Chen Ming (WHO) spoke first.', [{ name: 'WHO', role: null, count: 1 }]],
  ])('%s', (text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('points at the expansion', () => {
    const [ccg] = analyze({ published: null, paragraphs: ['Boats of the China Coast Guard (CCG) left.'] }).entities;
    expect(ccg!.roleSource).toEqual({ paragraph: 0, start: 13, end: 30 });
  });
});
