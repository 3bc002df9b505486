import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

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
function graph(entry: string): Set<string> {
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

describe('the place data stays out of the content script', () => {
  const content = graph('entrypoints/content/index.tsx');

  it('reaches the words and the types of a place, never the resolver or its data', () => {
    expect(content.has('utils/page/place-lines.ts')).toBe(true);
    expect(content.has('utils/places/types.ts')).toBe(true);
    expect([...content].filter((f) => /places\/(?:native-place|china-places|romanizations|readings)/.test(f))).toEqual(
      [],
    );
  });

  it('while the background reaches them', () => {
    const background = graph('entrypoints/background.ts');
    expect(background.has('utils/places/native-place.ts')).toBe(true);
    expect(background.has('utils/places/china-places.generated.json')).toBe(true);
  });
});
