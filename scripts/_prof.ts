import { readFileSync } from 'node:fs';
import { analyze } from '../utils/analysis/analyze';
import { attributionSteps } from '../utils/analysis/attributions/find';
import { readArticle } from '../utils/page/article-reader';
import { runToEnd } from '../utils/slices';
import { parsePage } from './parse-page';

const read = readArticle(parsePage(readFileSync('test/fixtures/seed-legacy/page.html', 'utf8')));
if (!read.isArticle) throw new Error('no');
const paragraphs = Array.from({ length: 100 }, () => read.article.paragraphs.map((p) => p.text)).flat();
const an = analyze({ published: null, paragraphs });
for (let i = 0; i < 200; i++) runToEnd(attributionSteps(paragraphs, an.mentions, an.entities));
