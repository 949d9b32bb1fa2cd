/**
 * Where the finder island spends a filter change: CPU profile (Chromium, 4× throttling) of the same change events as
 * bench-finder's island figure, summed by function (self time). Unminified bundle so names stay readable.
 *
 *   npx tsx scripts/bench/profile-finder.ts [--top 40]
 */
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../lib/load-content.ts';
import { finderDataOf, toPostcodeRows } from '../../src/lib/schools/finder-data.ts';
import { packFinderData } from '../../src/lib/schools/finder-pack.ts';
import { loadPostcodes } from '../../src/lib/schools/load-postcodes.ts';
import { mercatorParams } from '../../src/lib/schools/flanders-map.ts';
import { loadFlandersMap } from '../../src/lib/schools/load-map.ts';
import { DOMAIN_IDS, FINALITEITEN } from '../../src/schemas/enums.ts';

const root = new URL('../..', import.meta.url).pathname;
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 40;
const content = loadContent(join(root, 'content'), root);
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
const packed = JSON.stringify(packFinderData(finderDataOf(content.schools, content.studies)));
const postcodes = JSON.stringify(toPostcodeRows(loadPostcodes(root)));
const bundle = await build({
  entryPoints: [join(root, 'scripts/bench/finder-entry.tsx')],
  bundle: true, format: 'iife', write: false, minify: false, target: 'es2022', jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.PROD': 'true' },
});
const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined, args: ['--no-sandbox', '--disable-gpu'] });
const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log(m.text()));
await page.addInitScript('globalThis.__name = (f) => f');
await page.route('http://bench.invalid/**', (route) => {
  const path = new URL(route.request().url()).pathname;
  if (path === '/data/scholen-compact.json') return route.fulfill({ contentType: 'application/json', body: packed });
  if (path === '/data/postcodes.json') return route.fulfill({ contentType: 'application/json', body: postcodes });
  if (path === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0]!.text });
  if (path.endsWith('.svg')) return route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
  return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="nl"><title>bench</title><style>${css}</style><main id="app"></main><script src="/bench.js"></script>` });
});
await page.goto(`http://bench.invalid/scholen/zoeken/?${process.argv.includes('--no-place') ? '' : 'plaats=9000'}`);
await page.evaluate(({ domainNames, overview }) => (globalThis as any).benchFinder.mount(document.getElementById('app'), domainNames, overview), { domainNames, overview: mercatorParams(loadFlandersMap()) });
await page.getByRole('heading', { name: 'Resultaten' }).waitFor();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const tracing = process.argv.includes('--trace');
if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'blink', 'v8'] });
const extraCss = process.argv[process.argv.indexOf('--css') + 1];
if (process.argv.includes('--css') && extraCss) await page.addStyleTag({ content: extraCss });
const profiling = !process.argv.includes('--no-profile');
if (profiling) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}
const times = await page.evaluate(async ({ domains, finaliteiten }) => {
  const nextTask = () => new Promise<void>((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(0); });
  const [domain, finaliteit, km] = [...document.querySelectorAll('select')] as HTMLSelectElement[];
  const boxes = [...document.querySelectorAll('fieldset input[type=checkbox]')] as HTMLInputElement[];
  const set = (el: HTMLSelectElement, v: string) => { el.value = v; el.dispatchEvent(new Event('change', { bubbles: true })); };
  const out: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (let i = 0; i < 30; i++) {
    const acts: [string, () => void][] = [
      [`domain`, () => set(domain!, domains[i % domains.length]!)],
      [`finaliteit`, () => set(finaliteit!, finaliteiten[i % finaliteiten.length]!)],
      [`box`, () => boxes[i % boxes.length]!.click()],
      [`km=${['', '5', '10', '20', '50'][i % 5]}`, () => set(km!, ['', '5', '10', '20', '50'][i % 5]!)],
    ];
    for (const [kind, act] of acts) {
      const t = performance.now();
      act();
      await nextTask();
      void document.body.offsetHeight;
      const ms = performance.now() - t;
      out.push(ms);
      (byKind[kind] ??= []).push(ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  console.log(JSON.stringify(Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.sort((a, b) => a - b).map((x) => Math.round(x))]))));
  return out.sort((a, b) => a - b);
}, { domains: ['', ...DOMAIN_IDS], finaliteiten: ['', ...FINALITEITEN] });
const { profile } = profiling ? await cdp.send('Profiler.stop') : { profile: { nodes: [], samples: [], timeDeltas: [] } as any };
const counts0 = await page.evaluate(() => ({ nodes: document.getElementsByTagName('*').length, listItems: document.querySelectorAll('.finder li').length, svg: document.querySelectorAll('svg *').length, options: document.querySelectorAll('option').length }));
console.log('DOM', JSON.stringify(counts0));
if (tracing) {
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()).traceEvents ?? []) as { name: string; ph: string; dur?: number; tid: number }[];
  const sums = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`trace ${v.toFixed(0).padStart(7)} ms  ${k}`);
}
await browser.close();
const self = new Map<string, number>();
const dt = (profile.timeDeltas ?? []).reduce((a: number, b: number) => a + b, 0) / (profile.samples?.length ?? 1) / 1000;
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const counts = new Map<number, number>();
for (const s of profile.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
for (const [id, n] of counts) {
  const node: any = byId.get(id);
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url ? `:${f.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + n * dt);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`island p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(1)} ms; profile ${total.toFixed(0)} ms`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
