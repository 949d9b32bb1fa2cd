/**
 * Checks every built page against its budget and prints a table per page; exits with 1 when a budget is exceeded.
 *   npm run build && npm run budgets [-- --dist <folder>]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudgets, formatBudgetTable, type PageMeasure } from './lib/budgets.ts';
import { pageScripts } from './lib/page-scripts.ts';
import { walk } from './lib/walk.ts';

const distArg = process.argv.indexOf('--dist');
const dist = resolve(distArg > 0 ? process.argv[distArg + 1]! : 'dist');


export function measure(distDir: string): PageMeasure[] {
  // The same stylesheets on every page: read each once.
  const styles = new Map<string, string>();
  const style = (path: string) => {
    if (!styles.has(path)) styles.set(path, existsSync(path) ? readFileSync(path, 'utf8') : '');
    return styles.get(path)!;
  };
  return walk(distDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      let css = '';
      for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
        const href = /href="([^"]+)"/.exec(match[0])?.[1];
        if (href && href.startsWith('/')) css += style(join(distDir, href));
      }
      const url = `/${relative(distDir, file).replace(/index\.html$/, '')}`;
      return { url, js: pageScripts(distDir, html).gzip, htmlCss: gzipSync(html + css).length };
    });
}

const results = checkBudgets(measure(dist));
console.log(formatBudgetTable(results));
const failed = results.filter((r) => r.problems.length > 0);
console.log(`\n${results.length} pages, ${failed.length} over budget.`);
for (const r of failed) console.log(`✖ ${r.url}: ${r.problems.join('; ')}`);
process.exitCode = failed.length > 0 ? 1 : 0;
