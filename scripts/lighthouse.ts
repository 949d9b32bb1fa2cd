/**
 * Lighthouse (mobile preset) on the main kinds of page, printing the four category scores. Uses Debian's Chromium
 * when present (CHROME_PATH overrides). Not part of `npm test`: scores vary with machine load; run it after a build.
 *   npm run build && npm run lighthouse
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './lib/static-server.ts';

const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/studies/elektromechanische-technieken-3de-graad/', '/catalogus/', '/vragenlijst/', '/routes/', '/scholen/zoeken/?plaats=9000&studie=latijn-2de-graad'];
const port = 4340;
const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const server = await serve(resolve('dist'), port);
const chrome = await chromeLauncher.launch({
  ...(chromePath ? { chromePath } : {}),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
let worst = 100;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map(score);
    worst = Math.min(worst, ...scores);
    rows.push(`${path.padEnd(52)} ${scores.map((s) => String(s).padStart(5)).join(' ')}`);
    const audits = result?.lhr.audits ?? {};
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    rows.push(`    FCP ${metric('first-contentful-paint')} · LCP ${metric('largest-contentful-paint')} · TBT ${metric('total-blocking-time')} · CLS ${metric('cumulative-layout-shift')}`);
    const lcpItem = (audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined)?.items?.[0]?.items?.[0]?.node?.snippet;
    if (lcpItem) rows.push(`    LCP element: ${lcpItem.slice(0, 100)}`);
    const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    for (const audit of failing.slice(0, 5)) rows.push(`    ↳ ${audit.id}: ${audit.title}`);
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(`${'page (mobile preset)'.padEnd(52)}  perf  a11y   b-p   seo`);
console.log(rows.join('\n'));
console.log(`Lowest score: ${worst}`);
