/** The source files an entry point reaches by import, for tests of what a bundle holds. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** The file an import path names, with the extensions the bundler tries; null for packages. */
function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? join(dirname(from), spec)
      : null;
  if (!base) return null;
  const bare = base.replace(/\?.*$/, '');
  for (const candidate of [bare, `${bare}.ts`, `${bare}.tsx`, join(bare, 'index.ts')])
    if (existsSync(candidate) && /\.(?:tsx?|json|css)$/.test(candidate)) return candidate;
  return null;
}

/** Every source file the entry reaches by static or dynamic import (type-only imports included: stricter). */
export function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [join(ROOT, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const next = resolve(file, m[1]!);
      if (next) todo.push(next);
    }
  }
  return new Set([...seen].map((f) => relative(ROOT, f)));
}
