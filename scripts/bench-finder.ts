/**
 * School finder benchmark: how long a filter or study change takes, on the site's schools and on a full data set
 * (every school of Flanders and Brussels), in Node and in headless Chromium with 4× CPU throttling. Two figures:
 * "decide" is the finder's logic alone (find, sort, describe, cluster the map); "island" is the real React island
 * from the change event until the form has answered ("respond") and until the list, map and summary show the new
 * search ("answer"; the finder draws them as a deferred value, so they may trail the form). Prints p50/p95/max in ms and
 * the gzip size of the data the finder downloads. No assertions: machines here are shared and noisy.
 *
 *   npm run bench:finder [-- --schools <folder of school records> --label <name>] [--rounds 30] [--against <folder>]
 *   e.g. the 73 schools of the earlier sample: git archive f3962bf content/schools | tar -x -C /tmp/sample &&
 *   npm run bench:finder -- --schools /tmp/sample/content/schools --label sample
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
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
import { finderBundle, launchChromium, logicPage, openIsland, runChanges, siteCss, type ChangeTime, type FinderView } from './bench/finder-island.ts';
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

interface Row { where: string; view?: FinderView; what: string; data: string; schools: number; p50: number; p95: number; max: number }
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

/**
 * How fast this machine is right now: a plain loop on one core. Figures here vary with the shared machine's load
 * (on 2026-12-05 the loop took 335–390 ms in quiet runs and up to 560 ms in busy ones, and the island's p95 about
 * doubled between them), so every run prints it beside its figures.
 */
function machineGauge(): number {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 3e8; i++) x += i % 7;
  if (x < 0) console.log(x);
  return performance.now() - start;
}
const gauge = machineGauge();

const script = await finderBundle();
// --against <folder>: another copy of the project (e.g. `git archive main src scripts | tar -x -C /tmp/main`), whose
// island is measured in the same run, taking turns with this one; its rows are marked with "*".
const against = arg('--against');
const variants = [{ label: '', script, css: siteCss() }];
if (against) variants.push({ label: '*', script: await finderBundle(true, against), css: siteCss(against) });
const browser = await launchChromium();
const overview = mercatorParams(loadFlandersMap());
const rounds = Number(arg('--rounds') ?? 30);

try {
  for (const [name, data] of sets) {
    // The logic alone.
    const page = await logicPage(browser, script);
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

    // The real island: a change event on a filter until the form shows it, and until the answer does. With
    // --against, the other checkout's island takes turns with this one, five rounds each, so both meet the same load.
    // Three windows (see FinderView): a desktop at the top of the page and scrolled to the list (the browser paints
    // only what is near the view), and a phone at the top.
    for (const view of ['top', 'list', 'phone'] as const) {
      const islands = await Promise.all(variants.map(async (v) => ({ ...v, ...(await openIsland(browser, { script: v.script, css: v.css, data, postcodeRows, domainNames, overview, search: 'plaats=9000', view })), times: [] as ChangeTime[] })));
      for (let first = 0; first < rounds; first += 5) {
        const turn = (first / 5) % 2 === 0 ? islands : [...islands].reverse();
        for (const island of turn) island.times.push(...(await runChanges(island.page, Math.min(5, rounds - first), first)));
      }
      for (const island of islands) {
        for (const what of ['respond', 'answer'] as const) {
          const sorted = island.times.map((c) => c[what]).sort((a, b) => a - b);
          rows.push({ where: 'chromium 4x', view, what: `${what}${island.label}`, data: name, schools: data.schools.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! });
        }
        await island.page.close();
      }
    }
  }
} finally {
  await browser.close();
}

const f = (n: number) => n.toFixed(2).padStart(8);
console.log(`School finder benchmark: 200 filter changes (decide) and ${rounds * 4} change events on the island, place 9000 to start; load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}; machine gauge ${gauge.toFixed(0)} ms (a plain loop; 335–390 ms was quiet on 2026-12-05).`);
for (const line of sizes) console.log(line);
console.log('where        view   what     data    schools    p50 ms    p95 ms    max ms');
for (const r of rows) console.log(`${r.where.padEnd(12)} ${(r.view ?? '').padEnd(6)} ${r.what.padEnd(8)} ${r.data.padEnd(7)} ${String(r.schools).padStart(7)} ${f(r.p50)} ${f(r.p95)} ${f(r.max)}`);
if (against) {
  console.log(`*: the island of ${against}, measured in turns with this one. Ratio this / other:`);
  for (const r of rows.filter((r) => r.what.endsWith('*'))) {
    const mine = rows.find((m) => m.data === r.data && m.view === r.view && m.what === r.what.slice(0, -1))!;
    console.log(`  ${r.what.slice(0, -1).padEnd(8)} ${(r.view ?? '').padEnd(5)} ${r.data.padEnd(7)} p50 ${(mine.p50 / r.p50).toFixed(2)}  p95 ${(mine.p95 / r.p95).toFixed(2)}`);
  }
}
console.log('view: top = a desktop window (1280×900) at the top of the page (form and sentence in view, the list below); list = scrolled to the list; phone = 412×823 at 1.75 device pixels, at the top.');
console.log('respond: from the change event until the form shows it (the next click can come); answer: until list, map and sentence show the new search.');
console.log('Budget: p95 <= 50 ms for a filter change on the full data in Chromium 4x (island).');
