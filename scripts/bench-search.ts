/**
 * Search benchmark: MiniSearch (the site's engine) against Fuse.js (the design's first choice), on the real index and
 * on a synthetic index ten times larger, with 200 realistic queries; in Node and in headless Chromium with 4× CPU
 * throttling. Prints p50/p95/max per query in milliseconds. No assertions: machines here are shared and noisy.
 *
 *   npm run bench:search
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from './lib/load-content.ts';
import { siteSearchRecords } from './lib/search-records.ts';
import { createSearchEngine, type SearchEngine } from '../src/lib/search/engine.ts';
import { createFuseEngine } from '../src/lib/search/fuse-engine.ts';
import type { SearchRecord } from '../src/lib/search/records.ts';
import { makeQueries, percentile, tenfold } from './bench/queries.ts';

const root = new URL('..', import.meta.url).pathname;
const content = loadContent(join(root, 'content'), root);
// The same records as /data/search-index.json: studies and terms, then programmes, studiegebieden and beroepen.
const real = siteSearchRecords(content);
const large = tenfold(real);
const queries = makeQueries(real, 200);
const engines = { minisearch: createSearchEngine, fuse: createFuseEngine } as const;
type EngineName = keyof typeof engines;

interface Row {
  where: string;
  engine: EngineName;
  index: string;
  records: number;
  buildMs: number;
  p50: number;
  p95: number;
  max: number;
}

function timeQueries(engine: SearchEngine): number[] {
  for (const q of queries.slice(0, 20)) engine.search(q); // warm up
  const times = queries.map((q) => {
    const start = performance.now();
    engine.search(q);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

const rows: Row[] = [];
for (const [indexName, records] of [
  ['real', real],
  ['10x', large],
] as [string, SearchRecord[]][]) {
  for (const name of Object.keys(engines) as EngineName[]) {
    const start = performance.now();
    const engine = engines[name](records);
    const buildMs = performance.now() - start;
    const times = timeQueries(engine);
    rows.push({ where: 'node', engine: name, index: indexName, records: records.length, buildMs, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! });
  }
}

// Chromium with 4x CPU throttling: the same code, bundled.
const bundle = await build({
  entryPoints: [join(root, 'scripts/bench/browser-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  target: 'es2022',
});
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  for (const [indexName, records] of [
    ['real', real],
    ['10x', large],
  ] as [string, SearchRecord[]][]) {
    for (const name of Object.keys(engines) as EngineName[]) {
      const result = await page.evaluate(
        ({ name, records, queries }) => {
          const factory = (globalThis as any).benchEngines[name];
          const t0 = performance.now();
          const engine = factory(records);
          const buildMs = performance.now() - t0;
          for (const q of queries.slice(0, 20)) engine.search(q);
          const times = queries.map((q: string) => {
            const s = performance.now();
            engine.search(q);
            return performance.now() - s;
          });
          return { buildMs, times: times.sort((a: number, b: number) => a - b) };
        },
        { name, records, queries },
      );
      rows.push({ where: 'chromium 4x', engine: name, index: indexName, records: records.length, buildMs: result.buildMs, p50: percentile(result.times, 50), p95: percentile(result.times, 95), max: result.times.at(-1)! });
    }
  }
} finally {
  await browser.close();
}

const f = (n: number) => n.toFixed(2).padStart(8);
console.log(`Search benchmark: ${queries.length} queries; real index ${real.length} records, synthetic index ${large.length} records.`);
console.log('where        engine      index  records  build ms    p50 ms    p95 ms    max ms');
for (const r of rows) {
  console.log(`${r.where.padEnd(12)} ${r.engine.padEnd(11)} ${r.index.padEnd(5)} ${String(r.records).padStart(8)} ${f(r.buildMs)} ${f(r.p50)} ${f(r.p95)} ${f(r.max)}`);
}
for (const where of ['node', 'chromium 4x']) {
  const ms = rows.find((r) => r.where === where && r.engine === 'minisearch' && r.index === '10x')!;
  const fu = rows.find((r) => r.where === where && r.engine === 'fuse' && r.index === '10x')!;
  console.log(`${where}: on the 10x index Fuse p95 / MiniSearch p95 = ${(fu.p95 / ms.p95).toFixed(1)}x (budget: p95 <= 16 ms in Chromium 4x).`);
}
