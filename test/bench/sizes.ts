/** Sizes of what the built extension ships, raw and gzip. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The files an extension page loads: its scripts and styles, and the chunks those scripts import. */
export function pageFiles(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(outDir, m[1]!));
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(join(dirname(file), m[1]!));
  }
  return [...seen];
}

/** Everything a page loads, as one download (one gzip per file, as a server would send them). */
export function pageSize(outDir: string, page: string): Size {
  return pageFiles(outDir, page)
    .map((f) => sizeOf(readFileSync(f)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}
