import { describe, expect, it } from 'vitest';
import { brokenLinks, internalLinks, knownPaths } from './internal-links.ts';

const paths = knownPaths(['latijn-2de-graad']);
const glossary = new Set(['b-attest']);

describe('internal links in Markdown', () => {
  it('finds Markdown and HTML links with their line', () => {
    expect(internalLinks('Zie [de matrix](/matrix/graad-2/).\n<a href="/begrippen/#b-attest">x</a> en [extern](https://example.org)')).toEqual([
      { href: '/matrix/graad-2/', line: 1 },
      { href: '/begrippen/#b-attest', line: 2 },
    ]);
  });
  it('accepts known pages, study pages, facet pages and glossary anchors', () => {
    const body = '[a](/matrix/graad-2/) [b](/studies/latijn-2de-graad/) [c](/catalogus/domein/stem/) [d](/begrippen/#b-attest)';
    expect(brokenLinks('x.md', body, paths, glossary)).toEqual([]);
  });
  it('reports unknown pages and unknown glossary anchors with file and line', () => {
    const body = 'tekst\n[a](/studies/latijn-3de-graad/) [b](/begrippen/#c-attest) [c](/matrix/graad-4/)';
    expect(brokenLinks('content/studies/x.md', body, paths, glossary)).toEqual([
      { file: 'content/studies/x.md', field: 'body (regel 2)', message: 'link "/studies/latijn-3de-graad/" leidt naar een pagina die niet bestaat' },
      { file: 'content/studies/x.md', field: 'body (regel 2)', message: 'link "/begrippen/#c-attest" leidt naar een pagina die niet bestaat' },
      { file: 'content/studies/x.md', field: 'body (regel 2)', message: 'link "/matrix/graad-4/" leidt naar een pagina die niet bestaat' },
    ]);
  });
});
