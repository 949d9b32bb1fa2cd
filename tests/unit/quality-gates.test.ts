/**
 * The quality gates fail on broken sites: the crawl (axe, off-origin requests, console errors, failed requests,
 * titles, descriptions, lang, h1, links and anchors) and the budgets, each shown on a deliberately broken fixture.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkBudgets, HTML_CSS_BUDGET } from '../../scripts/lib/budgets.ts';

describe('npm run audit on a broken site', () => {
  it('exits with 1 and names every problem', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit.ts', '--dist', 'tests/fixtures/site-broken', '--port', '4391'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    const out = result.stdout;
    expect(out).toContain('✖ / › geen meta description');
    expect(out).toContain('✖ / › lang is "en", niet "nl"');
    expect(out).toContain('✖ / › 2 h1-koppen in plaats van 1');
    expect(out).toContain('✖ / › kapotte link naar /bestaat-niet/');
    expect(out).toContain('✖ / › link naar /other/#nergens: geen element met id "nergens"');
    expect(out).not.toContain('#hier');
    expect(out).toMatch(/dezelfde <title> "Kopie" op 2 pagina's/);
    expect(out).toContain('✖ / › verzoek naar ander domein: https://cdn.example.com/tracker.js');
    expect(out).toContain('✖ / › consolefout: oeps');
    expect(out).toMatch(/✖ \/ › axe image-alt:/);
    // A file the page asks for after it loaded (as a lazy island does) is checked too.
    expect(out).toContain('✖ / › HTTP 404: http://127.0.0.1:4391/laat-ontbreekt.json');
    expect(out).toContain('Audit of 2 pages');
  }, 120_000);
});

describe('budgets', () => {
  it('flag JavaScript on a content page, an oversized island and heavy HTML', () => {
    const results = checkBudgets([
      { url: '/begrippen/', js: 300, htmlCss: 1000 },
      { url: '/studies/x/', js: 2 * 1024, htmlCss: 1000 },
      { url: '/vragenlijst/', js: 95 * 1024, htmlCss: 1000 },
      { url: '/zoeken/', js: 7 * 1024, htmlCss: HTML_CSS_BUDGET + 1 },
      { url: '/catalogus/', js: 1024, htmlCss: 1000 },
    ]);
    expect(results.map((r) => r.problems)).toEqual([
      ['JavaScript 0.3 KB > 0.3 KB (inhoud)'],
      ['JavaScript 2.0 KB > 1.5 KB (studie- of schoolpagina (bewaarknop))'],
      ['JavaScript 95.0 KB > 92.0 KB (vragenlijst)'],
      ['HTML+CSS 50.0 KB > 50.0 KB'],
      [],
    ]);
  });

  it('npm run budgets fails on a page with too much inline JavaScript and HTML', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-budgets.ts', '--dist', 'tests/fixtures/site-heavy'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✖ \/: JavaScript \d+\.\d KB > 0\.3 KB \(inhoud\); HTML\+CSS \d+\.\d KB > 50\.0 KB/);
  });
});
