import { readFileSync } from 'node:fs';
import { analyze } from '../utils/analysis/analyze';
import { attributionSteps } from '../utils/analysis/attributions/find';
import { readArticle } from '../utils/page/article-reader';
import { runToEnd } from '../utils/slices';
import { parsePage } from './parse-page';

const read = readArticle(parsePage(readFileSync('test/fixtures/seed-legacy/page.html', 'utf8')));
if (!read.isArticle) throw new Error('no');
const seed = {
  title: read.article.title,
  published: read.article.published,
  paragraphs: read.article.paragraphs.map((p) => p.text),
};
const cpu = (fn: () => unknown, runs: number) => {
  const s: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    s.push((d.user + d.system) / 1000);
  }
  s.sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)]!;
};
for (const [n, runs] of [
  [1, 41],
  [10, 21],
  [100, 9],
] as const) {
  const a = { ...seed, paragraphs: Array.from({ length: n }, () => seed.paragraphs).flat() };
  const t0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - t0 < 300; i++) analyze(a);
  const an = analyze(a);
  const whole = cpu(() => analyze(a), runs);
  const attr = cpu(() => runToEnd(attributionSteps(a.paragraphs, an.mentions, an.entities)), runs);
  console.log(`seed x${n}: analyze cpu median ${whole.toFixed(3)} ms, of which attributions ${attr.toFixed(3)} ms`);
}
