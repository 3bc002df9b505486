// Times analyze() on the seed x1/x10/x100 (median), warm.
import { readFileSync } from 'node:fs';
import { parsePage } from '/work/wt-speak/scripts/parse-page';
import { analyze } from '/work/wt-speak/utils/analysis/analyze';
import { readArticle } from '/work/wt-speak/utils/page/article-reader';

const read = readArticle(parsePage(readFileSync('/work/wt-speak/test/fixtures/seed-legacy/page.html', 'utf8')));
if (!read.isArticle) throw new Error('no');
const seed = {
  title: read.article.title,
  published: read.article.published,
  paragraphs: read.article.paragraphs.map((p) => p.text),
};
for (const [n, runs] of [
  [1, 41],
  [10, 21],
  [100, 9],
] as const) {
  const a = { ...seed, paragraphs: Array.from({ length: n }, () => seed.paragraphs).flat() };
  const t0 = performance.now();
  for (let i = 0; i < 3 || performance.now() - t0 < 300; i++) analyze(a);
  const s: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyze(a);
    s.push(performance.now() - t);
  }
  s.sort((x, y) => x - y);
  console.log(`seed x${n}: median ${s[Math.floor(s.length / 2)]!.toFixed(3)} ms (min ${s[0]!.toFixed(3)})`);
}
