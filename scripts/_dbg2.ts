import { analyze } from '../utils/analysis/analyze';
import { paragraphContext } from '../utils/analysis/attributions/paragraph';
import { CUE_RULES, cuesOf } from '../utils/analysis/attributions/rules';
import { sourceEndingAt } from '../utils/analysis/attributions/sources';
import { labelledSet } from './labelled-sets';

const doc = labelledSet('dev-set-2').find((a) => a.name === 'dev-set-2/02')!;
const a = analyze(doc);
const p = 4;
const first = a.mentions.findIndex((m) => m.paragraph === p);
const ctx = paragraphContext(p, doc.paragraphs[p]!, a.mentions, first, new Map(a.entities.map((e) => [e.id, e])), []);
console.log(
  ctx.sentences,
  ctx.names.map((n) => [n.text, n.start, n.end]),
);
for (const c of cuesOf(ctx)) {
  const r = CUE_RULES.find((r) => r.cues.includes(c.kind) && r.applies(ctx, c));
  console.log(c, r?.name, r?.read(ctx, c, []));
}
const i = ctx.text.indexOf('Zhang Xuefeng') + 13;
console.log(sourceEndingAt(ctx, i - 20, i));
