import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, loadFixtures } from '../../harness/fixtures';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function annotate(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/annotate.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const page = (name: string) => join(FIXTURES_DIR, name, 'page.html');

describe('npm run annotate', () => {
  it('prints one JSON object per page, judged by --url', async () => {
    const { code, stdout } = await annotate(
      page('seed-legacy'),
      page('section-front'),
      '--url',
      'https://www.globaltimes.cn/content/1210393.shtml',
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      isArticle: true,
      article: {
        title: 'E. China’s Shaoxing signs 12 co-operative projects with Shanghai',
        published: '2020-12-19T22:25:59+08:00',
      },
    });
    expect(lines[0].mentions).toContainEqual(
      expect.objectContaining({
        type: 'MONEY',
        text: '600 billion yuan',
        value: { amount: 600_000_000_000, currency: 'CNY' },
      }),
    );
    expect(lines[0].entities[0]).toMatchObject({ type: 'PLACE', name: 'Shanghai' });
    // Under an article address the section front's lists still hold no article text.
    expect(lines[1]).toMatchObject({ isArticle: false, reason: 'No article text was found on this page.' });
  });

  it('names the rule behind each mention with --explain, and only then', async () => {
    const plain = JSON.parse((await annotate(page('seed-legacy'))).stdout);
    const explained = JSON.parse((await annotate(page('seed-legacy'), '--explain')).stdout);
    expect(plain.mentions.some((m: { reason?: string }) => 'reason' in m)).toBe(false);
    expect(explained.mentions).toHaveLength(plain.mentions.length);
    for (const m of explained.mentions) expect(m.reason).toMatch(/^[a-z]+(?:[-:][a-z]+)*$/);
    // Without the reasons the explained output is the plain one.
    const stripped = explained.mentions.map(({ reason: _, ...m }: { reason: string }) => m);
    expect(stripped).toEqual(plain.mentions);
    const reasonOf = (text: string) => explained.mentions.find((m: { text: string }) => m.text === text)?.reason;
    expect(reasonOf('600 billion yuan')).toBe('money-after');
    expect(reasonOf('Zhejiang Province')).toBe('place-head');
    expect(reasonOf('Shanghai')).toBe('list:china-provinces');
    expect(reasonOf('Ma')).toBe('short-form');
  });

  it('prints the rule table with --rules, and --explain gives only its names, none for more than 35% of the seed', async () => {
    const { code, stdout } = await annotate('--rules');
    expect(code).toBe(0);
    const rules: { name: string; layer: string; reason: string; examples: string[] }[] = JSON.parse(stdout);
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(
        expect.arrayContaining(['name', 'layer', 'reason', 'examples', 'counterexamples']),
      );
    }
    expect(new Set(rules.map((r) => r.layer))).toEqual(
      new Set(['entities', 'lists', 'figures', 'dates', 'attributions']),
    );
    const names = new Set(rules.map((r) => r.name));
    const explained = JSON.parse((await annotate(page('seed-legacy'), '--explain')).stdout);
    const counts = new Map<string, number>();
    for (const m of explained.mentions) {
      expect(names).toContain(m.reason);
      counts.set(m.reason, (counts.get(m.reason) ?? 0) + 1);
    }
    // Who is speaking: the seed's two statements, each named by a rule of the table.
    expect(explained.attributions.map((a: { source: string; cue: string }) => `${a.source}: ${a.cue}`)).toEqual([
      'Ma Weiguang: said',
      'Ma Weiguang: disclosed',
    ]);
    for (const a of explained.attributions) expect(names).toContain(a.reason);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(0.35 * explained.mentions.length);
  });
});

describe('npm run annotate on pages', () => {
  it('judges by the page alone without --url', async () => {
    const { stdout } = await annotate(page('section-front'));
    expect(JSON.parse(stdout)).toMatchObject({ isArticle: false });
  });

  // The older template's pages as the site serves them (issue 23): read the same with no address
  // and at an article's address.
  const older = loadFixtures().filter((f) => f.name.startsWith('legacy-'));
  it.each([[[]], [['--url', 'https://www.globaltimes.cn/content/1210400.shtml']]])(
    'reads the older pages as expected.json says, with %j',
    async (urlArgs) => {
      const { code, stdout } = await annotate(...older.map((f) => page(f.name)), ...urlArgs);
      expect(code).toBe(0);
      const lines = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(older.length);
      for (const [i, line] of lines.entries()) {
        const { url: _, ...expected } = older[i]!.expected;
        if (!expected.isArticle) {
          expect(line).toMatchObject(expected);
          continue;
        }
        const { url: _read, stats: _stats, ...article } = line.article;
        const { url: _wanted, ...wanted } = expected.article;
        expect(article).toEqual(wanted);
        expect(line.mentions.map((m: { text: string }) => m.text)).not.toContain('globaltimes.com.cn');
      }
    },
  );

  it('reports an unreadable file and goes on with the rest', async () => {
    const { code, stdout, stderr } = await annotate('/nonexistent/page.html', page('seed-current'));
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /nonexistent/page.html: ENOENT');
    expect(JSON.parse(stdout)).toMatchObject({ isArticle: true });
  });

  it.each([[[]], [['--url']], [['--bogus', 'x.html']]])('rejects %j with usage', async (args) => {
    const { code, stderr } = await annotate(...args);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});
