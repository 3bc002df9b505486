import { analyze } from '../utils/analysis/analyze';
import { type AttributionTrace, attributionSteps } from '../utils/analysis/attributions/find';
import { runToEnd } from '../utils/slices';
import { labelledSet } from './labelled-sets';

const [set, n, para] = process.argv.slice(2);
const doc = labelledSet(set as 'dev-set-2').find((a) => a.name === `${set}/${n}`)!;
const a = analyze(doc);
const trace: AttributionTrace[] = [];
runToEnd(attributionSteps(doc.paragraphs, a.mentions, a.entities, trace));
for (const t of trace) if (para === undefined || t.paragraph === Number(para)) console.log(JSON.stringify(t));
for (const m of a.mentions)
  if ((para === undefined || m.paragraph === Number(para)) && m.entity)
    console.log('  mention', m.paragraph, m.type, m.text, '->', m.entity);
for (const e of a.entities) if (e.role) console.log('  role', e.name, '=', e.role);
