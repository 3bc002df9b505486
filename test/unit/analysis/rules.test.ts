/**
 * Every rule of the table fires on its own examples, under its own name, and not on its
 * counterexamples; a veto keeps its bracketed words from being a mention. A rule without
 * examples fails. Every reason the engine gives on real articles is a rule of the table.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import type { Layer } from '@/utils/analysis/rule';
import { EXPLAIN, RULE_TABLE } from '@/utils/analysis/rule-table';
import type { Analysis, Mention } from '@/utils/analysis/types';
import { labelledSet } from '../../../scripts/labelled-sets';

// A Wednesday: relative dates resolve against it.
const PUBLISHED = '2026-03-18T10:00:00+08:00';

/** An example's text without its brackets, and where the bracketed words stand. */
function marked(example: string): { text: string; start: number; end: number } | null {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open);
  if (open < 0 || close < 0) return null;
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, start: open, end: close - 1 };
}

/** Where each layer's outputs are, each with its place in the text and its reason. A new layer adds its reader here. */
const OUTPUTS: Partial<Record<Layer, (a: Analysis) => Mention[]>> = {
  entities: (a) => a.mentions,
  lists: (a) => a.mentions,
  figures: (a) => a.mentions,
  dates: (a) => a.mentions,
};

const outputsOf = (layer: Layer, text: string): Mention[] => {
  const read = OUTPUTS[layer];
  if (!read) throw new Error(`rules.test.ts knows no outputs of the layer '${layer}': add its reader to OUTPUTS`);
  return read(analyze({ title: '', published: PUBLISHED, paragraphs: [text] }, EXPLAIN));
};

const show = (ms: Mention[]) => ms.map((m) => `${m.text} (${m.type}, ${m.reason})`).join('; ');

describe('the rule table', () => {
  it('names each rule once, and every rule has examples and counterexamples', () => {
    const names = RULE_TABLE.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULE_TABLE) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0);
      expect(rule.counterexamples.length, rule.name).toBeGreaterThan(0);
      expect(rule.reason.length, rule.name).toBeGreaterThan(10);
    }
  });

  // The mention layers; the attribution layer's rules fire on their examples in attributions.test.ts
  // (a statement, not a bracketed mention, is what they make).
  const mentionRules = RULE_TABLE.filter((r) => r.layer !== 'attributions');
  describe.each(mentionRules.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    it.each(rule.examples)(rule.veto ? 'makes no mention of the bracketed words in: %s' : 'fires on: %s', (example) => {
      const mark = marked(example);
      expect(mark, 'an example brackets the words it is about').not.toBeNull();
      const { text, start, end } = mark!;
      const mentions = outputsOf(rule.layer, text);
      if (rule.veto) {
        const overlapping = mentions.filter((m) => m.start < end && m.end > start);
        expect(overlapping, show(mentions)).toEqual([]);
      } else {
        const made = mentions.find((m) => m.start === start && m.end === end);
        expect(made?.reason, show(mentions)).toBe(name);
      }
    });

    it.each(rule.counterexamples)(
      rule.veto ? 'lets the bracketed words be a mention in: %s' : 'does not fire on: %s',
      (example) => {
        const mark = marked(example);
        const mentions = outputsOf(rule.layer, mark?.text ?? example);
        if (rule.veto) {
          expect(mark, 'a veto counterexample brackets the mention it lets be').not.toBeNull();
          expect(
            mentions.some((m) => m.start === mark!.start && m.end === mark!.end),
            show(mentions),
          ).toBe(true);
        } else {
          expect(
            mentions.filter((m) => m.reason === name).map((m) => m.text),
            show(mentions),
          ).toEqual([]);
        }
      },
    );
  });

  it('holds every reason the engine gives on the dev sets', () => {
    const names = new Set(RULE_TABLE.map((r) => r.name));
    const unknown = new Set<string>();
    for (const set of ['dev-set', 'dev-set-2'] as const) {
      for (const article of labelledSet(set)) {
        for (const m of analyze(article, EXPLAIN).mentions) if (!names.has(m.reason!)) unknown.add(m.reason!);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});
