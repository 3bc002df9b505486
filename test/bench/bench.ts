/**
 * npm run bench: the engine's time per article on the seed and on the seed repeated 10 and
 * 100 times (median of several runs), beside compromise on the same text in the same run; the
 * shipped build's sizes (production build); the built extension with test hooks in real
 * Chromium; then every target beside its figure. `npm run bench -- --check` exits non-zero when
 * a target is missed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compromiseMentions } from '../../scripts/compromise-reference';
import { parsePage } from '../../scripts/parse-page';
import { type AnalysisInput, analysisSteps, analyze } from '../../utils/analysis/analyze';
import { readArticle } from '../../utils/page/article-reader';
import { runToEnd } from '../../utils/slices';
import { benchExtreme, EXTREME_PAGES, type ExtremeRun } from './extreme-bench';
import { benchHeap } from './heap-bench';
import { benchMemory } from './memory-bench';
import { benchFirefoxSeed, benchPage } from './page-bench';
import { kb, pageSize, sizeOf } from './sizes';
import { met, type Target, targetLine } from './targets';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, '.output/chrome-mv3');
const PAGE_RUNS = { seed: 9, x100: 5, extreme: 3 };

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

/**
 * Runs `fn` for at least WARM_MS (and 3 times) before it is timed, the same for both engines: V8
 * still compiles a function after a few short runs, and timing it then measures the compiler.
 * (With 3 runs, the engine's x10 timings held ~50 of V8's compilations: --trace-opt.)
 */
const WARM_MS = 300;
function warm(fn: () => unknown) {
  const t0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - t0 < WARM_MS; i++) fn();
}

const ms = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1)).padStart(8);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const build = (hooks: boolean, browser = 'chrome') =>
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, GT_LENS_TEST_HOOKS: hooks ? '1' : '0' },
  });

/**
 * The engine the page runs (names and figures: compromise's job too) in the same short steps,
 * without the attribution layer, which runs in the background (utils/analysis/analyze.ts).
 */
const pageEngine = (input: AnalysisInput) => runToEnd(analysisSteps(input));

/** The engine beside compromise in Node; returns the slowest speed ratio over the sizes. */
function engineBench(): number {
  const seed = seedArticle();
  const words = seed.paragraphs.join(' ').split(/\s+/).length;
  // Cold: the first call in this process, before the JIT has seen either.
  const coldEngine = time(() => pageEngine(seed), 1).median;
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
    warm(() => pageEngine(article));
    const engine = time(() => pageEngine(article), runs);
    warm(() => compromiseMentions(article.paragraphs));
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
  console.log(`speed: at least ${slowest.toFixed(0)}x faster than compromise (target: 50x)`);
  // Who is speaking, on top, in the background: the whole analysis of the seed x100.
  const full = { ...seed, paragraphs: Array.from({ length: 100 }, () => seed.paragraphs).flat() };
  warm(() => analyze(full));
  const whole = time(() => analyze(full), 9).median;
  console.log(
    `the background's whole analysis (who is speaking too) of the seed x100: ${whole.toFixed(1)} ms (median of 9)`,
  );
  return slowest;
}

/** Sizes of the production build: what ships. */
function sizeBench() {
  build(false);
  const content = sizeOf(readFileSync(join(OUT, 'content-scripts/content.js')));
  const popup = pageSize(OUT, 'popup.html');
  const rates = sizeOf(readFileSync(join(ROOT, 'utils/rates/ecb-rates.generated.json')));
  const background = sizeOf(readFileSync(join(OUT, 'background.js')));
  console.log(`content script: ${kb(content.raw)} raw, ${kb(content.gzip)} gzip (target: at most 64 KB gzip)`);
  console.log(`popup: ${kb(popup.raw)} raw, ${kb(popup.gzip)} gzip (its page's scripts and styles)`);
  console.log(
    `machine: ${process.arch}, Node ${process.version}; medians, so one noisy run does not move them; min-max shows the spread`,
  );
  return { content, popup, rates, background };
}

/** The Chromium figures, as lines; returns the outside times of the seed. */
function reportPages(pages: Awaited<ReturnType<typeof benchPage>>): number[] {
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
          .padStart(5)} ms (worst of ${runs.length}), ${Math.max(...runs.map((r) => r.longTasks))} over 50 ms` +
        ` | layout shift ${Math.max(...runs.map((r) => r.layoutShift)).toFixed(4)}`,
    );
  }
  const outside = pages.seed.map((r) => r.lastMarkAfterDomContentLoaded);
  console.log(
    `  seen from the page: the seed's last mark ${med(outside).toFixed(1)} ms after DOMContentLoaded (median of ${outside.length}, range ${Math.min(...outside).toFixed(0)}-${Math.max(...outside).toFixed(0)} ms; a MutationObserver installed before the page's scripts)`,
  );
  console.log(
    `  popup on the seed: summary card on screen ${med(pages.popupMs).toFixed(1)} ms after the popup page started (median of ${pages.popupMs.length}; target: within 100 ms)`,
  );
  console.log(
    `  popup on the seed: converter with rates on screen ${med(pages.converterMs).toFixed(1)} ms after the Money tab is clicked (rates host closed: bundled table)`,
  );
  return outside;
}

/**
 * The extreme pages' figures in one browser, as lines; returns the worst longest frame per page,
 * and the worst frame the browser itself took for one insertion there without GT Lens and once marked.
 */
function reportExtreme(
  browser: string,
  { first, ...runs }: Record<string, ExtremeRun[]> & { first?: number },
): Record<string, { frame: number; floor: number; floorMarked: number }> {
  const worst: Record<string, { frame: number; floor: number; floorMarked: number }> = {};
  if (browser === 'Chromium' && first !== undefined)
    console.log(
      `  Chromium, the browser's first article (the seed), before them: longest frame ${first.toFixed(0)} ms (its code compiled as it first runs; no target, README "Extreme pages")`,
    );
  for (const { name } of EXTREME_PAGES) {
    const list = runs[name]!;
    const worstOf = (f: (r: ExtremeRun) => number) => Math.max(...list.map(f));
    const most = (f: (r: ExtremeRun) => number) => worstOf(f).toFixed(0).padStart(5);
    worst[name] = {
      frame: worstOf((r) => r.longestFrame),
      floor: worstOf((r) => r.floor),
      floorMarked: worstOf((r) => r.floorMarked),
    };
    console.log(
      `  ${browser} ${name.padEnd(16)} ${String(list[0]!.marks).padStart(6)} marks, ${list[0]!.painted} painted | start → highlighted ${med(
        list.map((r) => r.startToMarked),
      )
        .toFixed(0)
        .padStart(6)} ms` +
        (browser === 'Chromium'
          ? ` | longest frame ${most((r) => r.longestFrame)} ms (render ${most((r) => r.frameRender)}; the browser's own frame for one insertion there, without GT Lens: ${most((r) => r.floor)}, and on the page as GT Lens marked it: ${most((r) => r.floorMarked)})`
          : '') +
        ` | longest gap between frames ${most((r) => r.frameGap)} ms | page's 10 ms timer waited up to ${most((r) => r.timerStall)} ms (worst of ${list.length})`,
    );
  }
  return worst;
}

async function main() {
  const check = process.argv.includes('--check');
  const slowest = engineBench();
  const sizes = sizeBench();

  build(true);
  console.log(
    `\nin real Chromium (built extension with test hooks, served pages), median of ${PAGE_RUNS.seed} loads of the seed and ${PAGE_RUNS.x100} of seed x100:`,
  );
  const pages = await benchPage(PAGE_RUNS);
  const outside = reportPages(pages);
  // The log page before the extreme pages: in their wake (28,500 marks, two browsers) its first
  // view measured 35-55 ms slower on this machine (143 and 161 ms alone, 177 and 216 right after).
  const memory = await benchMemory(5);
  console.log(
    `  reading log with 1,000 articles (40 entities each, text kept): ${kb(memory.bytes)} in IndexedDB; the log page's first view ${med(memory.firstViewMs).toFixed(1)} ms after it started (median of ${memory.firstViewMs.length})`,
  );
  console.log(
    `\nthe extreme pages (issue 20), ${PAGE_RUNS.extreme} loads each, after one ordinary article, from the content script's start to its last mark (the page's own first layout, begun before, is not counted; a long article's marks a few screens ahead of the reader, a deep one's painted, as at a load nobody scrolls or hovers):`,
  );
  const extreme = reportExtreme('Chromium', await benchExtreme('chromium', PAGE_RUNS.extreme));
  const heap = await benchHeap(5);
  const [plain, voicesOff, voicesOn] = [heap.withoutLens, heap.voicesOff, heap.voicesOn].map(med) as [
    number,
    number,
    number,
  ];
  const voicesGrowth = (voicesOn - voicesOff) / voicesOff;
  console.log(
    `  the seed's tab, JS heap after GC (median of ${heap.voicesOn.length}): without GT Lens ${kb(plain)}, GT Lens with Voices off ${kb(voicesOff)}, with Voices on ${kb(voicesOn)}: the voices add ${(voicesGrowth * 100).toFixed(1)}%, GT Lens in all ${(((voicesOn - plain) / plain) * 100).toFixed(1)}% over the page alone`,
  );
  build(true, 'firefox');
  const firefox = await benchFirefoxSeed(PAGE_RUNS.seed);
  reportExtreme('Firefox', await benchExtreme('firefox', PAGE_RUNS.extreme));
  console.log(
    `\nin real Firefox (its background analyzes: README, "Where the analysis runs"), median of ${firefox.length} loads of the seed: script start → highlighted ${med(firefox.map((r) => r.startToMarked)).toFixed(1)} ms; last mark ${med(firefox.map((r) => r.lastMark)).toFixed(1)} ms after DOMContentLoaded`,
  );
  const { rates, background } = sizes;
  console.log(
    `\nrate data: ${kb(rates.raw)} raw, ${kb(rates.gzip)} gzip (target: at most 150 KB gzip), only in background.js (${kb(background.raw)} raw, ${kb(background.gzip)} gzip); the content script and popup carry none`,
  );

  const x100Longest = Math.max(...pages.x100.map((r) => r.longestTask));
  const x100LongTasks = Math.max(...pages.x100.map((r) => r.longTasks));
  const targets: Target[] = [
    {
      name: 'seed: content-script start → highlighted, median',
      value: med(pages.seed.map((r) => r.startToMarked)),
      limit: 40,
      kind: 'max',
      unit: ' ms',
    },
    {
      name: 'seed: last mark after DOMContentLoaded (outside), median',
      value: med(outside),
      limit: 80,
      kind: 'max',
      unit: ' ms',
    },
    { name: 'seed x100: longest annotation task, worst run', value: x100Longest, limit: 50, kind: 'max', unit: ' ms' },
    {
      name: 'seed x100: tasks over 50 ms the browser saw, worst run',
      value: x100LongTasks,
      limit: 0,
      kind: 'max',
      unit: '',
    },
    // Issue 20's 50 ms. Beside it, what the browser takes for one two-mark insertion on that page
    // without GT Lens, and on the page once marked: on the 2,000-deep page the first, on the
    // 5,000-paragraph page the second, can pass 50 ms by itself here (README, "Extreme pages").
    ...EXTREME_PAGES.map(
      ({ name }): Target => ({
        name: `${name}: longest animation frame while marking (Chromium), worst run (one insertion there without GT Lens: ${extreme[name]!.floor.toFixed(0)} ms; on the marked page: ${extreme[name]!.floorMarked.toFixed(0)} ms)`,
        value: extreme[name]!.frame,
        limit: 50,
        kind: 'max',
        unit: ' ms',
      }),
    ),
    {
      name: 'layout shift from the marks, worst run',
      value: Math.max(...[...pages.seed, ...pages.x100].map((r) => r.layoutShift)),
      limit: 0,
      kind: 'max',
      unit: '',
    },
    { name: 'popup: summary card on screen, median', value: med(pages.popupMs), limit: 100, kind: 'max', unit: ' ms' },
    {
      name: 'reading log: first view with 1,000 articles, median',
      value: med(memory.firstViewMs),
      limit: 200,
      kind: 'max',
      unit: ' ms',
    },
    // 64 KB (was 60): issue 22 allows it for who is speaking on the page; the engine's attribution
    // layer itself stays in the background (utils/analysis/analyze.ts), the 4 KB are the page's
    // share of the features since (the card's Chinese names and look-up, the reading-memory frame,
    // the checks of every mark against the page's text).
    { name: 'content script, gzip', value: sizes.content.gzip / 1024, limit: 64, kind: 'max', unit: ' KB' },
    // Issue 22: who speaks on the page may make the memory a marked tab keeps grow by a fifth at most.
    { name: "seed tab's JS heap after GC, growth from voices", value: voicesGrowth, limit: 0.2, kind: 'max', unit: '' },
    { name: 'engine vs compromise, slowest size', value: slowest, limit: 50, kind: 'min', unit: 'x' },
    { name: 'rate data, gzip', value: rates.gzip / 1024, limit: 150, kind: 'max', unit: ' KB' },
  ];
  console.log('\ntargets:');
  for (const t of targets) console.log(`  ${targetLine(t)}`);
  const missed = targets.filter((t) => !met(t));
  if (check && missed.length) {
    console.error(`\nbench --check: ${missed.length} of ${targets.length} targets missed`);
    process.exitCode = 1;
  } else if (check) console.log(`\nbench --check: all ${targets.length} targets met`);
}

main().catch((err) => {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
});
