/**
 * Every rule of every layer, in one table (Node only: annotate --rules and --explain, the rule
 * test; the content script never imports it). A new layer's table is one more line in LAYERS.
 */
import type { AnalysisOptions } from './analyze';
import { ATTRIBUTION_RULES } from './attributions/rules';
import { DATE_RULES } from './date-rules';
import { ENTITY_RULES } from './entity-rules';
import { FIGURE_RULES } from './figure-rules';
import { LIST_RULES } from './list-rules';
import { placeListOf } from './place-lists';
import { type RuleInfo, rulesOf } from './rule';

const LAYERS: readonly (readonly RuleInfo[])[] = [
  rulesOf('entities', ENTITY_RULES),
  rulesOf('lists', LIST_RULES),
  rulesOf('figures', FIGURE_RULES),
  rulesOf('dates', DATE_RULES),
  ATTRIBUTION_RULES,
];

/** A layer's records may carry their matchers too: the table keeps the declared fields only. */
const declared = ({ name, layer, reason, examples, counterexamples, veto }: RuleInfo): RuleInfo => ({
  name,
  layer,
  reason,
  examples,
  counterexamples,
  ...(veto ? { veto } : {}),
});

export const RULE_TABLE: readonly RuleInfo[] = LAYERS.flat().map(declared);

/** What analyze needs to name every mention's rule from this table (place lists included). */
export const EXPLAIN: AnalysisOptions = { explain: true, placeList: placeListOf };
