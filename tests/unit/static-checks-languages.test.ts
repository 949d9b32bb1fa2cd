/** The built-page checks for translated pages: lang and dir from the path, no unrendered [[…]], hreflang targets. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticChecks } from '../../scripts/lib/static-checks.ts';

function page(url: string, htmlAttrs: string, body = '', head = '') {
  return {
    url,
    html: `<!doctype html><html ${htmlAttrs}><head><title>${url}</title><meta name="description" content="x">${head}</head><body><h1>x</h1>${body}</body></html>`,
  };
}

describe('static checks on translated pages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'rw-static-'));
  for (const dir of ['en/hulp', 'ar/hulp', 'hulp']) {
    mkdirSync(join(dist, dir), { recursive: true });
    writeFileSync(join(dist, dir, 'index.html'), '');
  }

  it('accepts a page whose lang and dir match its path', () => {
    const pages = [
      page('/hulp/', 'lang="nl"', '', '<link rel="alternate" hreflang="ar" href="/ar/hulp/">'),
      page('/en/hulp/', 'lang="en" dir="ltr"', '<span lang="nl">CLB</span>'),
      page('/ar/hulp/', 'lang="ar" dir="rtl"'),
    ];
    expect(staticChecks(dist, pages)).toEqual([]);
  });

  it('reports a wrong lang, a missing rtl, a Dutch word left in [[…]] and an hreflang link to nowhere', () => {
    const pages = [
      page('/en/hulp/', 'lang="nl"', 'Ask the [[CLB]].', '<link rel="alternate" hreflang="fr" href="/fr/hulp/">'),
      page('/ar/hulp/', 'lang="ar"'),
    ];
    expect(staticChecks(dist, pages).map((p) => `${p.url} ${p.message}`)).toEqual([
      '/en/hulp/ lang is "nl", niet "en"',
      '/en/hulp/ Nederlands woord zonder lang="nl": [[CLB]]',
      '/en/hulp/ hreflang-link naar /fr/hulp/: die pagina bestaat niet',
      '/ar/hulp/ dir is "", niet "rtl"',
    ]);
  });
});

describe('static checks on the text of a page', () => {
  const dist = mkdtempSync(join(tmpdir(), 'rw-static-md-'));
  it('reports Markdown asterisks that did not become bold text, not those in a script or code', () => {
    const pages = [
      page('/ar/hulp/', 'lang="ar" dir="rtl"', '<p>و** <span lang="nl">B-stroom</span> ** (B)</p>'),
      page('/ar/structuur/', 'lang="ar" dir="rtl"', '<p>و <strong>B</strong></p><script>const x = 2 ** 3;</script><code>a ** b</code>'),
    ];
    expect(staticChecks(dist, pages).map((p) => `${p.url} ${p.message}`)).toEqual(['/ar/hulp/ Markdown-tekens ** in de tekst: "x و** B-stroom ** (B)"']);
  });
});
