/**
 * The Chinese names the engine's places get on the labelled sets (issue 24's measure): every place
 * entity of every article with what utils/places/native-place.ts says of it, one line each, then
 * the counts. `npm run --silent places:report` (or with set names: dev-set dev-set-3).
 */
import { analyze } from '../utils/analysis/analyze';
import { nativePlaces } from '../utils/places/native-place';
import { labelledSet } from './labelled-sets';

const SETS = ['dev-set', 'dev-set-2', 'dev-set-3'] as const;
type SetName = (typeof SETS)[number];
const asked = process.argv.slice(2).filter((a): a is SetName => (SETS as readonly string[]).includes(a));

const counts = { places: 0, found: 0, ambiguous: 0, none: 0 };
for (const set of asked.length > 0 ? asked : SETS) {
  for (const article of labelledSet(set)) {
    const { entities } = analyze(article);
    const names = entities.filter((e) => e.type === 'PLACE').map((e) => e.name);
    const native = nativePlaces(names);
    for (const name of names) {
      counts.places++;
      const n = native[name];
      if (!n) counts.none++;
      else if ('found' in n) counts.found++;
      else counts.ambiguous++;
      const said = !n
        ? '-'
        : 'found' in n
          ? `${n.found.name} ${n.found.pinyin} ${n.found.level} < ${n.found.parent?.name ?? ''}`
          : `AMBIGUOUS ${n.ambiguous.map((c) => `${c.name}<${c.parent?.name ?? ''}`).join(' | ')}`;
      console.log(`${article.name}\t${name}\t${said}`);
    }
  }
}
console.log(
  `${counts.places} places marked: ${counts.found} with a Chinese name, ${counts.ambiguous} ambiguous, ${counts.none} none`,
);
