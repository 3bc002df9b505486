/** The saved-style pages under test/fixtures/<name>/ with their expected output. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../utils/annotation';

export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

export type Expected = { url: string } & (
  | { isArticle: true; article: Omit<Extract<Annotation, { isArticle: true }>['article'], 'stats'> }
  | { isArticle: false; reason: string }
);

export interface Fixture {
  name: string;
  html: string;
  expected: Expected;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'bad')
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(FIXTURES_DIR, d.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(FIXTURES_DIR, d.name, 'expected.json'), 'utf8')) as Expected,
    }));
}

export interface BadFixture {
  name: string;
  html: string;
  expected: { url: string; outcome: 'highlighted' | 'not-article'; reason?: string; title?: string };
}

/** test/fixtures/bad/<name>/: hostile and broken pages, each with the outcome it must end in. */
export function loadBadFixtures(): BadFixture[] {
  const dir = join(FIXTURES_DIR, 'bad');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      name: d.name,
      html: readFileSync(join(dir, d.name, 'page.html'), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, d.name, 'expected.json'), 'utf8')) as BadFixture['expected'],
    }));
}
