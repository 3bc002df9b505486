/**
 * What every rule of every layer declares: its name (the `reason` of what it makes), its layer, a
 * line a reader understands, and sentences written for it. In an example the words the rule makes
 * a mention of stand in [brackets]; a counterexample is a sentence where it must not fire.
 * docs/rules.md says how to add one.
 */

export type Layer = 'entities' | 'figures' | 'dates' | 'lists' | 'attributions';

export interface RuleInfo {
  name: string;
  layer: Layer;
  reason: string;
  examples: string[];
  counterexamples: string[];
  /**
   * A veto makes nothing: it keeps words from being a mention ("US" in "US dollars"). Its
   * examples bracket words that are no mention, its counterexamples words that are one.
   */
  veto?: true;
}

/**
 * A layer's reasons and examples, keyed by rule name: kept beside the engine's matchers, not in
 * them, so the content script does not carry the sentences (it stands at its size budget). The
 * engine names its rules with `keyof` such a table, so a reason outside it is a type error.
 */
export type RuleDocs<Name extends string = string> = Record<Name, Omit<RuleInfo, 'name' | 'layer'>>;

/** A layer's table as rule records, in the table's order. */
export function rulesOf(layer: Layer, docs: RuleDocs): RuleInfo[] {
  return Object.entries(docs).map(([name, doc]) => ({ name, layer, ...doc }));
}
