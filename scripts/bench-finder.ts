/**
 * School finder benchmark: how long a filter or study change takes, on the site's schools and on a full data set
 * (every school of Flanders and Brussels), in Node and in headless Chromium with 4× CPU throttling. Two figures:
 * "decide" is the finder's logic alone (find, sort, describe, cluster the map); "island" is the real React island
 * from the change event until the form has answered ("respond") and until the list, map and summary show the new
 * search ("answer"; the finder draws them as a deferred value, so they may trail the form). Prints p50/p95/max in ms and
 * the gzip size of the data the finder downloads. No assertions: machines here are shared and noisy.
 *
 *   npm run bench:finder [-- --schools <folder of school records> --label <name>]
 *   e.g. the 73 schools of the earlier sample: git archive f3962bf content/schools | tar -x -C /tmp/sample &&
 *   npm run bench:finder -- --schools /tmp/sample/content/schools --label sample
 */
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadContent } from './lib/load-content.ts';
import { schoolSchema } from '../src/schemas/school.ts';
import { finderDataOf, toPostcodeRows, type FinderData } from '../src/lib/schools/finder-data.ts';
import { packFinderData } from '../src/lib/schools/finder-pack.ts';
import { findSchools } from '../src/lib/schools/finder.ts';
import { EMPTY_QUERY, type FinderQuery } from '../src/lib/schools/finder-query.ts';
import { loadPostcodes } from '../src/lib/schools/load-postcodes.ts';
import { resolvePlace } from '../src/lib/schools/place.ts';
import { parsePostcodes } from '../src/lib/schools/finder-data.ts';
import { mercatorParams } from '../src/lib/schools/flanders-map.ts';
import { loadFlandersMap } from '../src/lib/schools/load-map.ts';
import { DOMAIN_IDS, FINALITEITEN } from '../src/schemas/enums.ts';
import { percentile, seededRandom } from './bench/queries.ts';

const root = new URL('..', import.meta.url).pathname;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const content = loadContent(join(root, 'content'), root);
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
const site = finderDataOf(content.schools, content.studies);

function loadFolder(folder: string): FinderData {
  const schools = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const parsed = schoolSchema.safeParse(JSON.parse(readFileSync(join(folder, f), 'utf8')));
      return parsed.success ? [{ id: parsed.data.id, data: parsed.data }] : [];
    });
  return finderDataOf(schools, content.studies);
}
const fullFolder = arg('--schools') ?? '/tmp/schools-full';
const sets: [string, FinderData][] = [['site', site]];
if (existsSync(fullFolder) && fullFolder !== join(root, 'content/schools')) sets.push([arg('--label') ?? 'other', loadFolder(fullFolder)]);
else if (!existsSync(fullFolder)) console.log(`(no folder ${fullFolder}: only the site's schools; see the comment at the top)`);

const postcodeRows = toPostcodeRows(loadPostcodes(root));
const parsedPlaces = parsePostcodes(postcodeRows);
if (!parsedPlaces.ok) throw new Error(parsedPlaces.error);
const places = parsedPlaces.value;
const PLACES = ['9000', '2018', '3000', '8000', '3500', '1000', '2800', '8500', '9300', '1500'];

/** 200 filter changes, as a parent makes them: a place, then study, domein, finaliteit, net, graad and distance. */
function makeChanges(data: FinderData, count = 200): FinderQuery[] {
  const random = seededRandom(11);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const offered = [...new Set(data.schools.flatMap((s) => s.studies))];
  const out: FinderQuery[] = [];
  let q: FinderQuery = { ...EMPTY_QUERY, place: '9000' };
  while (out.length < count) {
    const kind = out.length % 7;
    if (kind === 0) q = { ...q, place: pick(PLACES) };
    if (kind === 1) q = { ...q, studies: random() < 0.3 ? [] : [pick(offered)] };
    if (kind === 2) q = { ...q, domain: random() < 0.4 ? null : pick(DOMAIN_IDS) };
    if (kind === 3) q = { ...q, finaliteit: random() < 0.5 ? null : pick(FINALITEITEN) };
    if (kind === 4) q = { ...q, nets: random() < 0.5 ? [] : [pick(['GO!', 'officieel gesubsidieerd', 'vrij gesubsidieerd'] as const)] };
    if (kind === 5) q = { ...q, graden: random() < 0.5 ? [] : [pick([1, 2, 3, 7] as const)] };
    if (kind === 6) q = { ...q, maxKm: random() < 0.4 ? null : pick([5, 10, 20, 30, 50]) };
    out.push(q);
  }
  return out;
}
const placeOf = (q: FinderQuery) => {
  const r = resolvePlace(places, q.place);
  return r.ok ? r.value : null;
};

interface Row { where: string; what: string; data: string; schools: number; p50: number; p95: number; max: number }
const rows: Row[] = [];
const sizes: string[] = [];
for (const [name, data] of sets) {
  const changes = makeChanges(data);
  const times = changes.map((q) => {
    const t = performance.now();
    findSchools(data, q, placeOf(q));
    return performance.now() - t;
  }).sort((a, b) => a - b);
  rows.push({ where: 'node', what: 'decide', data: name, schools: data.schools.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! });
  const packed = gzipSync(JSON.stringify(packFinderData(data))).length;
  const plain = gzipSync(JSON.stringify(data)).length;
  sizes.push(`${name}: ${data.schools.length} schools, ${data.schools.reduce((n, s) => n + s.studies.length, 0)} offers; scholen-compact.json ${(packed / 1024).toFixed(1)} KB gzip (plain records ${(plain / 1024).toFixed(1)} KB)`);
}
const postcodesGzip = gzipSync(JSON.stringify(postcodeRows)).length;
sizes.push(`postcodes.json ${(postcodesGzip / 1024).toFixed(1)} KB gzip`);

const bundle = await build({
  entryPoints: [join(root, 'scripts/bench/finder-entry.tsx')],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.PROD': 'true' },
});
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const css = readFileSync(join(root, 'src/styles/global.css'), 'utf8');
const overview = mercatorParams(loadFlandersMap());
const ORIGIN = 'http://bench.invalid';

async function islandPage(data: FinderData): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const packed = JSON.stringify(packFinderData(data));
  // tsx names arrow functions with a __name helper that does not exist in the page.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/data/scholen-compact.json') return route.fulfill({ contentType: 'application/json', body: packed });
    if (path === '/data/postcodes.json') return route.fulfill({ contentType: 'application/json', body: JSON.stringify(postcodeRows) });
    if (path === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0]!.text });
    if (path.endsWith('.svg')) return route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="nl"><title>bench</title><style>${css}</style><main id="app"></main><script src="/bench.js"></script>` });
  });
  await page.goto(`${ORIGIN}/scholen/zoeken/?plaats=9000`);
  return page;
}

try {
  for (const [name, data] of sets) {
    // The logic alone.
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const changes = makeChanges(data).map((q) => ({ q, place: placeOf(q) }));
    const times = await page.evaluate(
      ({ packed, changes }) => {
        const bench = (globalThis as any).benchFinder;
        const parsed = bench.unpackFinderData(packed);
        if (!parsed.ok) throw new Error(parsed.error);
        for (const c of changes.slice(0, 10)) bench.decide(parsed.value, c.q, c.place);
        return changes.map((c: any) => {
          const t = performance.now();
          bench.decide(parsed.value, c.q, c.place);
          return performance.now() - t;
        }).sort((a: number, b: number) => a - b);
      },
      { packed: packFinderData(data), changes },
    );
    rows.push({ where: 'chromium 4x', what: 'decide', data: name, schools: data.schools.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! });
    await page.close();

    // The real island: a change event on a filter until React has updated the DOM and the browser laid it out.
    const island = await islandPage(data);
    await island.evaluate(({ domainNames, overview }) => (globalThis as any).benchFinder.mount(document.getElementById('app'), domainNames, overview), { domainNames, overview });
    await island.getByRole('heading', { name: 'Resultaten' }).waitFor();
    const islandCdp = await island.context().newCDPSession(island);
    await islandCdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const islandTimes = await island.evaluate(async ({ rounds, domains, finaliteiten }) => {
      const summary = () => document.querySelector('.finder-summary')?.textContent ?? '';
      const nextTask = () => new Promise<void>((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(0); });
      const selects = [...document.querySelectorAll('select')] as HTMLSelectElement[];
      const [domain, finaliteit, km] = selects;
      const boxes = [...document.querySelectorAll('fieldset input[type=checkbox]')] as HTMLInputElement[];
      const setSelect = (el: HTMLSelectElement, value: string) => { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); };
      const actions: (() => void)[] = [];
      for (let i = 0; i < rounds; i++) {
        actions.push(() => setSelect(domain!, domains[i % domains.length]!));
        actions.push(() => setSelect(finaliteit!, finaliteiten[i % finaliteiten.length]!));
        actions.push(() => boxes[i % boxes.length]!.click());
        actions.push(() => setSelect(km!, ['', '5', '10', '20', '50'][i % 5]!));
      }
      const busy = () => document.querySelector('.finder-answer')?.getAttribute('aria-busy') === 'true';
      const response: number[] = [];
      const answer: number[] = [];
      let changed = 0;
      for (const act of actions) {
        const before = summary();
        const t = performance.now();
        act();
        await nextTask();
        void document.body.offsetHeight; // style and layout of what the click changed at once
        response.push(performance.now() - t);
        // The list, map and sentence follow (React draws them in pieces that let the next click in).
        while (busy()) await nextTask();
        void document.body.offsetHeight;
        answer.push(performance.now() - t);
        if (summary() !== before) changed += 1;
        await new Promise((r) => setTimeout(r, 20));
      }
      if (changed < actions.length / 2) throw new Error(`the island changed its summary on only ${changed} of ${actions.length} changes`);
      return { response: response.sort((a, b) => a - b), answer: answer.sort((a, b) => a - b) };
    }, { rounds: 30, domains: ['', ...DOMAIN_IDS], finaliteiten: ['', ...FINALITEITEN] });
    for (const [what, times] of [['respond', islandTimes.response], ['answer', islandTimes.answer]] as const) {
      rows.push({ where: 'chromium 4x', what, data: name, schools: data.schools.length, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! });
    }
    await island.close();
  }
} finally {
  await browser.close();
}

const f = (n: number) => n.toFixed(2).padStart(8);
console.log('School finder benchmark: 200 filter changes (decide) and 120 change events on the island, place 9000 to start.');
for (const line of sizes) console.log(line);
console.log('where        what    data    schools    p50 ms    p95 ms    max ms');
for (const r of rows) console.log(`${r.where.padEnd(12)} ${r.what.padEnd(7)} ${r.data.padEnd(7)} ${String(r.schools).padStart(7)} ${f(r.p50)} ${f(r.p95)} ${f(r.max)}`);
console.log('respond: from the change event until the form shows it (the next click can come); answer: until list, map and sentence show the new search.');
console.log('Budget: p95 <= 50 ms for a filter change on the full data in Chromium 4x (island).');
