/** Mock page data for component and connector tests: the seed article as the content script reports it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageStateOf } from '@/test/harness/page-reading';
import { readArticle } from '@/utils/page/article-reader';
import type { PageState } from '@/utils/page/page-state';
import { parsePage } from '../../scripts/parse-page';
import { FIXTURES_DIR } from './fixtures';

const SEED_URL = 'https://www.globaltimes.cn/content/1210393.shtml';

export const seedArticle = pageStateOf(
  readArticle(parsePage(readFileSync(join(FIXTURES_DIR, 'seed-legacy/page.html'), 'utf8')), SEED_URL),
) as Extract<PageState, { state: 'article' }>;
