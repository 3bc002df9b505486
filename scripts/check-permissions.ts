/**
 * Fails when a built manifest asks for a permission or host the README does not justify: every
 * entry of `permissions`, `host_permissions`, the optional ones and content-script `matches` must appear, in
 * backticks, in the README's permissions table. Run after each build (npm run build, npm test).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Permissions'),
  readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1),
);
const justified = new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/^host\s+/, '')));

let problems = 0;
let checked = 0;
for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const file = join(ROOT, '.output', target, 'manifest.json');
  if (!existsSync(file)) continue;
  checked++;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const asked = new Set<string>([
    ...(manifest.permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches),
  ]);
  for (const p of asked) {
    if (!justified.has(p)) {
      console.error(
        `check-permissions: ${target} asks for ${JSON.stringify(p)}, which the README's permissions table does not list`,
      );
      problems++;
    }
  }
  if (manifest.content_security_policy) {
    console.error(`check-permissions: ${target} changes the default content security policy`);
    problems++;
  }
}
if (!checked) {
  console.error('check-permissions: no built manifest found (build first)');
  process.exit(2);
}
if (problems) process.exit(1);
console.log(`check-permissions: every permission and host of ${checked} manifest(s) is justified in the README`);
