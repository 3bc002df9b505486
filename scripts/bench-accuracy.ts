/**
 * npm run bench:accuracy: the engine against the labelled dev set (../shared/dev-set) and the
 * seed article, with the compromise library mapped onto the same labels as the reference, in
 * the same run. Prints per-label strict and lenient precision, recall and F1, money values
 * exact/total, and every miss and false hit of the engine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../utils/analysis/analyze';
import { readArticle } from '../utils/page/article-reader';
import { compromiseMentions } from './compromise-reference';
import { parsePage } from './parse-page';
import { add, type Counts, ENTITY_LABELS, FIGURE_LABELS, LABELS, type Labeled, matchLabel, prf, zero } from './score';

const ROOT = join(import.meta.dirname, '..');
const SHARED = process.env.GT_SHARED ?? join(ROOT, '../shared');
const DEV = join(SHARED, 'dev-set');

interface Doc {
  name: string;
  published: string | null;
  title: string;
  paragraphs: string[];
  gold: (Labeled & { paragraph: number })[];
}

function devSet(): Doc[] {
  if (!existsSync(DEV)) {
    console.error(`bench:accuracy: no dev set at ${DEV} (set GT_SHARED to the shared folder)`);
    process.exit(2);
  }
  return readdirSync(join(DEV, 'articles'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const a = JSON.parse(readFileSync(join(DEV, 'articles', f), 'utf8'));
      const g = JSON.parse(readFileSync(join(DEV, 'gold', f), 'utf8'));
      // "2020-07-31 23:08" or "2019-02-22", Beijing time.
      const [day, time = '00:00'] = String(a.published).split(' ');
      return {
        name: f.replace('.json', ''),
        published: `${day}T${time}:00+08:00`,
        title: a.title ?? '',
        paragraphs: a.paragraphs,
        gold: g.mentions,
      };
    });
}

function seed(): Doc {
  const dir = join(ROOT, 'test/fixtures/seed-legacy');
  const read = readArticle(parsePage(readFileSync(join(dir, 'page.html'), 'utf8')));
  if (!read.isArticle) throw new Error('the seed fixture does not read as an article');
  const gold = JSON.parse(readFileSync(join(dir, 'mentions.json'), 'utf8'));
  const { title, published, paragraphs } = read.article;
  return { name: 'seed', published, title, paragraphs: paragraphs.map((p) => p.text), gold };
}

type System = (doc: Doc) => (Labeled & { paragraph: number })[];

const engine: System = (doc) => analyze(doc).mentions;

const compromise: System = (doc) => compromiseMentions(doc.paragraphs);

interface Result {
  counts: Record<string, Counts>;
  moneyExact: number;
  moneyTotal: number;
  misses: string[];
  falseHits: string[];
}

function evaluate(docs: Doc[], system: System): Result {
  const counts = Object.fromEntries(LABELS.map((l) => [l, zero()]));
  const result: Result = { counts, moneyExact: 0, moneyTotal: 0, misses: [], falseHits: [] };
  for (const doc of docs) {
    const predicted = system(doc);
    for (const label of LABELS) {
      const g = doc.gold.filter((m) => m.type === label);
      const p = predicted.filter((m) => m.type === label);
      const { strict, lenient, missed, extra } = matchLabel(g, p);
      counts[label] = add(counts[label]!, {
        gold: g.length,
        predicted: p.length,
        strict: strict.length,
        lenient: lenient.length,
      });
      for (const m of lenient)
        result.misses.push(`${doc.name} ${label} boundary: gold "${m.gold.text}" got "${m.predicted.text}"`);
      for (const m of missed) result.misses.push(`${doc.name} ${label} missed "${m.text}"`);
      for (const m of extra) result.falseHits.push(`${doc.name} ${label} "${m.text}"`);
      if (label === 'MONEY') {
        result.moneyTotal += g.length;
        for (const m of strict) {
          const gv = m.gold.value as { amount?: number; currency?: string } | null;
          const pv = m.predicted.value as { amount?: number; currency?: string } | null;
          if (gv && pv && gv.amount === pv.amount && gv.currency === pv.currency) result.moneyExact++;
          else
            result.misses.push(
              `${doc.name} MONEY value of "${m.gold.text}": gold ${JSON.stringify(gv)} got ${JSON.stringify(pv)}`,
            );
        }
      }
    }
  }
  return result;
}

const pct = (x: number) => x.toFixed(3);

function table(title: string, ours: Result, ref: Result): string {
  const rows = [
    `${title}`,
    `${'label'.padEnd(10)} ${'gold'.padStart(5)} | ${'engine P'.padStart(8)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'lenF1'.padStart(6)} | ${'compromise P'.padStart(12)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'lenF1'.padStart(6)}`,
  ];
  const line = (name: string, a: Counts, b: Counts) => {
    const s = prf(a, 'strict');
    const l = prf(a, 'lenient');
    const rs = prf(b, 'strict');
    const rl = prf(b, 'lenient');
    return `${name.padEnd(10)} ${String(a.gold).padStart(5)} | ${pct(s.precision).padStart(8)} ${pct(s.recall).padStart(5)} ${pct(s.f1).padStart(5)} ${pct(l.f1).padStart(6)} | ${pct(rs.precision).padStart(12)} ${pct(rs.recall).padStart(5)} ${pct(rs.f1).padStart(5)} ${pct(rl.f1).padStart(6)}`;
  };
  for (const label of LABELS) rows.push(line(label, ours.counts[label]!, ref.counts[label]!));
  const sum = (r: Result, labels: readonly string[]) => labels.reduce((c, l) => add(c, r.counts[l]!), zero());
  rows.push(line('entities', sum(ours, ENTITY_LABELS), sum(ref, ENTITY_LABELS)));
  rows.push(line('figures', sum(ours, FIGURE_LABELS), sum(ref, FIGURE_LABELS)));
  rows.push(
    `money values exact: engine ${ours.moneyExact}/${ours.moneyTotal}, compromise ${ref.moneyExact}/${ref.moneyTotal}`,
  );
  return rows.join('\n');
}

function main() {
  const dev = devSet();
  const corpora: [string, Doc[]][] = [
    ['dev set (12 articles)', dev],
    ['seed article', [seed()]],
  ];
  let ok = true;
  for (const [name, docs] of corpora) {
    const ours = evaluate(docs, engine);
    const ref = evaluate(docs, compromise);
    console.log(`\n${table(name, ours, ref)}`);
    if (ours.misses.length) console.log(`\nengine misses (${ours.misses.length}):\n  ${ours.misses.join('\n  ')}`);
    if (ours.falseHits.length)
      console.log(`\nengine false hits (${ours.falseHits.length}):\n  ${ours.falseHits.join('\n  ')}`);
    if (docs === dev) {
      const f = (labels: readonly string[]) =>
        prf(
          labels.reduce((c, l) => add(c, ours.counts[l]!), zero()),
          'strict',
        ).f1;
      const ahead = LABELS.filter((l) => prf(ours.counts[l]!, 'strict').f1 > prf(ref.counts[l]!, 'strict').f1);
      const checks = [
        [`entities strict F1 ${pct(f(ENTITY_LABELS))} >= 0.90`, f(ENTITY_LABELS) >= 0.9],
        [`figures strict F1 ${pct(f(FIGURE_LABELS))} >= 0.92`, f(FIGURE_LABELS) >= 0.92],
        [`every MONEY value exact (${ours.moneyExact}/${ours.moneyTotal})`, ours.moneyExact === ours.moneyTotal],
        [`ahead of compromise on every label (${ahead.length}/${LABELS.length})`, ahead.length === LABELS.length],
      ] as const;
      console.log('\ntargets on the dev set:');
      for (const [text, pass] of checks) {
        console.log(`  ${pass ? 'PASS' : 'FAIL'} ${text}`);
        ok &&= pass;
      }
    }
  }
  if (process.argv.includes('--check') && !ok) process.exitCode = 1;
}

main();
