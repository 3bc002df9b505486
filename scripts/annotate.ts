/**
 * npm run --silent annotate -- page.html [more.html …] [--url URL] [--explain]
 * npm run --silent annotate -- --rules
 * Prints one JSON object per page (docs/annotation-guide.md). With --url the page is judged
 * as coming from that address; without it, by the page alone. With --explain each mention
 * also names the engine's rule that made it (`reason`, a name from --rules). --rules prints the
 * engine's rule table (docs/rules.md) as one JSON array.
 */
import { readFileSync } from 'node:fs';
import { EXPLAIN, RULE_TABLE } from '../utils/analysis/rule-table';
import { annotateDocument } from '../utils/annotation';
import { parsePage } from './parse-page';

const USAGE =
  'usage: npm run --silent annotate -- page.html [more.html ...] [--url URL] [--explain]\n' +
  '       npm run --silent annotate -- --rules';

function main(argv: string[]): number {
  const files: string[] = [];
  let url: string | undefined;
  let explain = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i];
      if (!url) return fail('--url needs an address');
    } else if (arg === '--explain') {
      explain = true;
    } else if (arg === '--rules') {
      console.log(JSON.stringify(RULE_TABLE, null, 1));
      return 0;
    } else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      return fail(`unknown option ${arg}`);
    } else files.push(arg);
  }
  if (files.length === 0) return fail('no page given');

  let status = 0;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`annotate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
      status = 1;
      continue;
    }
    console.log(JSON.stringify({ file, ...annotateDocument(parsePage(html), url, explain ? EXPLAIN : {}) }));
  }
  return status;
}

function fail(message: string): number {
  console.error(`annotate: ${message}\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
