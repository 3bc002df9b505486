/**
 * What a built script is made of: its minified bytes per source file, from its source map (build
 * with GT_LENS_SOURCEMAP=1). `npx tsx scripts/bundle-composition.ts .output/chrome-mv3/content-scripts/content.js`
 * prints the files, largest first, and each file's share of the gzip size (its bytes gzipped on
 * their own, which over-counts a little: gzip shares strings across files).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, traceSegment } from '@jridgewell/trace-mapping';

const file = process.argv[2];
if (!file) throw new Error('usage: bundle-composition.ts <built.js>');
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const bytes = new Map<string, string[]>();
for (let line = 0; line < lines.length; line++) {
  const text = lines[line]!;
  let from = 0;
  let source = '(unmapped)';
  // Each mapped column starts a run that belongs to its source until the next mapped column.
  const cut = (to: number) => {
    const runs = bytes.get(source) ?? [];
    runs.push(text.slice(from, to));
    bytes.set(source, runs);
  };
  for (let col = 0; col < text.length; col++) {
    const seg = traceSegment(map, line, col);
    if (!seg || seg.length < 2) continue;
    const next = map.resolvedSources[seg[1]!] ?? '(unmapped)';
    if (next === source) continue;
    cut(col);
    from = col;
    source = next;
  }
  cut(text.length);
}
const rows = [...bytes].map(([source, runs]) => {
  const all = runs.join('');
  return {
    source: source.replace(/^.*?(node_modules|utils|components|entrypoints|assets)\//, '$1/'),
    raw: all.length,
    gzip: gzipSync(all, { level: 9 }).length,
  };
});
rows.sort((a, b) => b.raw - a.raw);
const total = gzipSync(code, { level: 9 }).length;
console.log(`${file}: ${code.length} bytes raw, ${total} gzip (${(total / 1024).toFixed(2)} KB)`);
for (const r of rows)
  console.log(`${String(r.raw).padStart(7)} raw ${String(r.gzip).padStart(6)} gzip alone  ${r.source}`);
