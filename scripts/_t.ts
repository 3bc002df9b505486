import { analyze } from '../utils/analysis/analyze';
import { type AttributionTrace, attributionSteps } from '../utils/analysis/attributions/find';
import { runToEnd } from '../utils/slices';

const ps = process.argv.slice(2);
const a = analyze({ published: null, paragraphs: ps });
const trace: AttributionTrace[] = [];
console.log(
  JSON.stringify(
    runToEnd(attributionSteps(ps, a.mentions, a.entities, trace)).map((x) => [
      x.paragraph,
      x.source,
      x.kind,
      x.cue,
      x.direct,
      x.reason,
      x.sourceRule,
    ]),
  ),
);
console.log(trace.map((t) => JSON.stringify(t)).join('\n'));
console.log(
  a.mentions
    .filter((m) => m.entity)
    .map((m) => `${m.type}:${m.text}`)
    .join(' | '),
);
