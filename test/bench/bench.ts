/**
 * npm run bench: the engine's time per article on the seed and on the seed repeated 10 and
 * 100 times (median of several runs), beside compromise on the same text in the same run;
 * and the built content script's size, raw and gzip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { compromiseMentions } from '../../scripts/compromise-reference';
import { parsePage } from '../../scripts/parse-page';
import { analyze } from '../../utils/analysis/analyze';
import { readArticle } from '../../utils/page/article-reader';
import { benchPage } from './page-bench';

const ROOT = join(import.meta.dirname, '../..');

function seedArticle() {
  const read = readArticle(parsePage(readFileSync(join(ROOT, 'test/fixtures/seed-legacy/page.html'), 'utf8')));
  if (!read.isArticle) throw new Error('the seed fixture does not read as an article');
  return {
    title: read.article.title,
    published: read.article.published,
    paragraphs: read.article.paragraphs.map((p) => p.text),
  };
}

function time(fn: () => unknown, runs: number): { median: number; min: number; max: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)]!, min: samples[0]!, max: samples[samples.length - 1]! };
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(8);

async function main() {
  const seed = seedArticle();
  const words = seed.paragraphs.join(' ').split(/\s+/).length;
  // Cold: the first call in this process, before the JIT has seen either.
  const coldEngine = time(() => analyze(seed), 1).median;
  const coldRef = time(() => compromiseMentions(seed.paragraphs), 1).median;
  console.log(
    `seed: ${words} words, ${seed.paragraphs.length} paragraphs; cold first run: engine ${coldEngine.toFixed(2)} ms, compromise ${coldRef.toFixed(1)} ms\n`,
  );
  console.log(
    `${'text'.padEnd(10)} ${'words'.padStart(7)} | ${'engine ms'.padStart(9)} ${'(min-max)'.padStart(17)} ${'µs/word'.padStart(8)} | ${'compromise ms'.padStart(13)} ${'µs/word'.padStart(8)} | ${'ratio'.padStart(6)}`,
  );
  const results: { n: number; engine: number; ref: number }[] = [];
  for (const [n, runs, refRuns] of [
    [1, 41, 9],
    [10, 21, 5],
    [100, 9, 3],
  ] as const) {
    const article = { ...seed, paragraphs: Array.from({ length: n }, () => seed.paragraphs).flat() };
    for (let i = 0; i < 3; i++) analyze(article); // warm
    const engine = time(() => analyze(article), runs);
    const ref = time(() => compromiseMentions(article.paragraphs), refRuns);
    results.push({ n, engine: engine.median, ref: ref.median });
    const w = words * n;
    console.log(
      `${`seed x${n}`.padEnd(10)} ${String(w).padStart(7)} | ${ms(engine.median)}  ${`(${engine.min.toFixed(2)}-${engine.max.toFixed(2)})`.padStart(17)} ${((engine.median * 1000) / w).toFixed(2).padStart(8)} | ${ms(ref.median).padStart(13)} ${((ref.median * 1000) / w).toFixed(2).padStart(8)} | ${(ref.median / engine.median).toFixed(0).padStart(5)}x`,
    );
  }
  const x1 = results[0]!;
  const x100 = results[2]!;
  const slowest = Math.min(...results.map((r) => r.ref / r.engine));
  console.log(
    `\nscaling: seed x100 takes ${(x100.engine / x1.engine).toFixed(1)}x the time of the seed (target: within 120x)`,
  );
  console.log(`speed: at least ${slowest.toFixed(0)}x faster than compromise (target: 20x)`);

  const content = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(content)) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const code = readFileSync(content);
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(
    `content script: ${(code.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (target: at most 60 KB gzip)`,
  );
  console.log(
    `machine: ${process.arch}, Node ${process.version}; medians, so one noisy run does not move them; min-max shows the spread`,
  );

  console.log('\nin real Chromium (built extension, served pages), median of 5 page loads:');
  const pages = await benchPage(5);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, runs] of [
    ['seed', pages.seed],
    ['seed x100', pages.x100],
  ] as const) {
    console.log(
      `  ${name.padEnd(10)} ${String(runs[0]!.marks).padStart(6)} marks | script start → highlighted ${med(
        runs.map((r) => r.startToMarked),
      )
        .toFixed(1)
        .padStart(7)} ms` +
        ` | analysis done → highlighted ${med(runs.map((r) => r.analyzedToMarked))
          .toFixed(1)
          .padStart(6)} ms` +
        ` | longest task ${Math.max(...runs.map((r) => r.longestTask))
          .toFixed(1)
          .padStart(5)} ms (worst of 5), ${Math.max(...runs.map((r) => r.longTasks))} over 50 ms` +
        ` | layout shift ${Math.max(...runs.map((r) => r.layoutShift)).toFixed(4)}`,
    );
  }
  console.log(
    '  targets: seed highlighted within 10 ms of analysis done; no task over 50 ms on the x100 page; no visible layout shift',
  );
  console.log(
    `  popup on the seed: summary card on screen ${med(pages.popupMs).toFixed(1)} ms after the popup page started (median of 5; target: within 100 ms)`,
  );
  console.log(
    `  popup on the seed: converter with rates on screen ${med(pages.converterMs).toFixed(1)} ms after the popup page started (rates host closed: bundled table)`,
  );

  const table = readFileSync(join(ROOT, 'utils/rates/ecb-rates.generated.json'));
  const background = readFileSync(join(ROOT, '.output/chrome-mv3/background.js'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `\nrate data: ${kb(table.length)} raw, ${kb(gzipSync(table, { level: 9 }).length)} gzip (target: at most 150 KB gzip), only in background.js (${kb(background.length)} raw, ${kb(gzipSync(background, { level: 9 }).length)} gzip); the content script and popup carry none`,
  );
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
});
