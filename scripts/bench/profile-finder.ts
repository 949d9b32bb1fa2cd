/**
 * Where the finder island spends a filter change, for choosing what to make faster: the same change events as
 * bench-finder's island figures (scripts/bench/finder-island.ts), at 4× CPU in Chromium, with
 *   - the respond/answer times per kind of change and the DOM size after the run;
 *   - a CPU profile summed by function (self time; unminified bundle so names stay readable), unless --no-profile;
 *   - with --trace: the main thread's self time per trace event between the start and end of each change, per
 *     change, grouped as script, style, layout, paint and other (what a DevTools performance panel shows);
 *   - with --mutations: what the page's DOM writes per change (a MutationObserver: nodes added and removed,
 *     attributes and texts written, by where they are), e.g. how many input attributes React rewrites.
 *
 *   npx tsx scripts/bench/profile-finder.ts [--top 40] [--trace] [--mutations] [--no-profile] [--no-place] [--rounds 30]
 *     [--schools <folder of school records>] [--css '<extra css>'] [--from <another copy of the project, e.g. main's>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../lib/load-content.ts';
import { schoolSchema } from '../../src/schemas/school.ts';
import { finderDataOf, toPostcodeRows } from '../../src/lib/schools/finder-data.ts';
import { loadPostcodes } from '../../src/lib/schools/load-postcodes.ts';
import { mercatorParams } from '../../src/lib/schools/flanders-map.ts';
import { loadFlandersMap } from '../../src/lib/schools/load-map.ts';
import { finderBundle, launchChromium, openIsland, runChanges, siteCss } from './finder-island.ts';
import { percentile } from './queries.ts';

const root = new URL('../..', import.meta.url).pathname;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(name);
const top = Number(arg('--top')) || 40;
const content = loadContent(join(root, 'content'), root);
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
const folder = arg('--schools');
const schools = folder
  ? readdirSync(folder).filter((f) => f.endsWith('.json')).flatMap((f) => {
    const parsed = schoolSchema.safeParse(JSON.parse(readFileSync(join(folder, f), 'utf8')));
    return parsed.success ? [{ id: parsed.data.id, data: parsed.data }] : [];
  })
  : content.schools;

const browser = await launchChromium();
const { page, cdp } = await openIsland(browser, {
  script: await finderBundle(false, arg('--from')),
  css: siteCss(arg('--from')),
  data: finderDataOf(schools, content.studies),
  postcodeRows: toPostcodeRows(loadPostcodes(root)),
  domainNames,
  overview: mercatorParams(loadFlandersMap()),
  search: flag('--no-place') ? '' : 'plaats=9000',
});
page.on('console', (m) => console.log(m.text()));
const extraCss = arg('--css');
if (extraCss) await page.addStyleTag({ content: extraCss });
const mutations = flag('--mutations');
if (mutations) {
  await page.evaluate(() => {
    const counts: Record<string, number> = {};
    (globalThis as unknown as { domWrites: typeof counts }).domWrites = counts;
    const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    new MutationObserver((records) => {
      for (const m of records) {
        const target = m.target as Element;
        const where = target.closest?.('.finder-results li') ? 'row' : target.closest?.('svg') ? 'map' : target.nodeName ?? 'text';
        for (const n of m.addedNodes) count(`add ${n.nodeName} in ${where}`);
        for (const n of m.removedNodes) count(`remove ${n.nodeName} in ${where}`);
        if (m.type === 'attributes') count(`attribute ${m.attributeName} on ${where}`);
        if (m.type === 'characterData') count(`text in ${where}`);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}
const tracing = flag('--trace');
if (tracing) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
const profiling = !flag('--no-profile');
if (profiling) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}
const changes = await runChanges(page, Number(arg('--rounds') ?? 30));
const { profile } = profiling ? await cdp.send('Profiler.stop') : { profile: { nodes: [], samples: [], timeDeltas: [] } as any };
const writes = mutations ? await page.evaluate(() => (globalThis as unknown as { domWrites: Record<string, number> }).domWrites) : null;
const dom = await page.evaluate(() => ({
  nodes: document.getElementsByTagName('*').length,
  listItems: document.querySelectorAll('.finder-results > li').length,
  svg: document.querySelectorAll('.finder-map svg *').length,
  options: document.querySelectorAll('option').length,
}));
const traceBuffer = tracing ? await browser.stopTracing() : null;
await browser.close();

const byKind = new Map<string, { respond: number[]; answer: number[] }>();
for (const c of changes) {
  const kind = c.kind.startsWith('km=') ? 'km' : c.kind;
  const entry = byKind.get(kind) ?? { respond: [], answer: [] };
  entry.respond.push(c.respond);
  entry.answer.push(c.answer);
  byKind.set(kind, entry);
}
const summary = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} p95 ${percentile(sorted, 95).toFixed(1).padStart(6)}`;
};
console.log(`${changes.length} changes: respond ${summary(changes.map((c) => c.respond))}; answer ${summary(changes.map((c) => c.answer))} (ms)`);
for (const [kind, t] of byKind) console.log(`  ${kind.padEnd(11)} respond ${summary(t.respond)}; answer ${summary(t.answer)}`);
console.log('DOM after the run', JSON.stringify(dom));
if (writes) {
  console.log('DOM writes per change (MutationObserver):');
  for (const [what, n] of Object.entries(writes).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(n / changes.length).toFixed(2).padStart(6)}  ${what}`);
}

if (traceBuffer) {
  type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: any };
  const events = (JSON.parse(traceBuffer.toString()).traceEvents ?? []) as TraceEvent[];
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((m) => m.pid === e.pid && m.name === 'change-start'));
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const starts = onMain.filter((e) => e.name === 'change-start').map((e) => e.ts);
  const ends = onMain.filter((e) => e.name === 'change-end').map((e) => e.ts);
  const inChange = (ts: number) => starts.some((s, i) => ts >= s && ts <= (ends[i] ?? s));
  // Self time: an event's duration minus that of the events nested in it (complete events on one thread nest). Thread
  // time (tdur) where the trace has it: the CPU the thread got, less disturbed by other processes than wall time.
  const spent = (e: TraceEvent) => e.tdur ?? e.dur!;
  const complete = onMain.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<string, number>();
  const stack: { end: number; name: string; self: number; counted: boolean }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      if (done.counted) self.set(done.name, (self.get(done.name) ?? 0) + done.self / 1000);
    }
  };
  for (const e of complete) {
    close(e.ts);
    const parent = stack.at(-1);
    if (parent) parent.self -= spent(e);
    stack.push({ end: e.ts + e.dur!, name: e.name, self: spent(e), counted: inChange(e.ts) });
  }
  close(Infinity);
  const GROUPS: [string, RegExp][] = [
    ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|InvalidateLayout|ScheduleStyleRecalculation)$/],
    ['layout', /^(Layout|UpdateLayout|IntersectionObserverController::computeIntersections)$/],
    ['paint', /^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|RasterTask|Decode.*)$/],
    ['script', /^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|HandlePostMessage|MajorGC|MinorGC|.*GC.*)/],
  ];
  const groups = new Map<string, number>();
  for (const [name, ms] of self) {
    const group = GROUPS.find(([, re]) => re.test(name))?.[0] ?? 'other';
    groups.set(group, (groups.get(group) ?? 0) + ms);
  }
  const per = (ms: number) => (ms / starts.length).toFixed(2).padStart(7);
  console.log(`trace: main-thread self ${complete.some((e) => e.tdur !== undefined) ? 'thread (CPU) time' : 'time'} per change (mean of ${starts.length}), ms`);
  console.log(`  ${[...groups].sort((a, b) => b[1] - a[1]).map(([g, ms]) => `${g} ${per(ms).trim()}`).join(', ')}`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${per(ms)}  ${name}`);
  // How often the page was laid out and painted per change, and how much of it.
  const layouts = complete.filter((e) => e.name === 'Layout' && inChange(e.ts));
  const dirty = layouts.reduce((n, e) => n + (e.args?.beginData?.dirtyObjects ?? 0), 0);
  const paints = complete.filter((e) => e.name === 'Paint' && inChange(e.ts));
  const area = paints.reduce((n, e) => { const c = e.args?.data?.clip as number[] | undefined; return n + (c ? Math.abs((c[2]! - c[0]!) * (c[5]! - c[1]!)) : 0); }, 0);
  console.log(`  per change: ${(layouts.length / starts.length).toFixed(1)} layouts (${(dirty / starts.length).toFixed(0)} dirty objects), ${(paints.length / starts.length).toFixed(1)} paints (${(area / starts.length / 1000).toFixed(0)} k px²)`);
}

if (profiling) {
  const self = new Map<string, number>();
  const dt = (profile.timeDeltas ?? []).reduce((a: number, b: number) => a + b, 0) / (profile.samples?.length ?? 1) / 1000;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  const counts = new Map<number, number>();
  for (const s of profile.samples ?? []) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [id, n] of counts) {
    const f = (byId.get(id) as any).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url ? `:${f.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + n * dt);
  }
  // Inclusive time of the finder's own components and helpers (a function counted once per stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  for (const [id, n] of counts) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = (byId.get(at) as any).callFrame.functionName as string;
      if (name && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + n * dt);
      }
    }
  }
  const OWN = /^(SchoolFinder|FinderForm|FinderResults|FinderMap|ResultList|ResultItem|SuggestField|CheckList|SaveToggle|findSchools|describeResults|clusterPoints|localMap|commitRoot|commitMutationEffects|performWorkOnRoot|renderRootConcurrent|renderRootSync|performWorkUntilDeadline|flushSyncWorkAcrossRoots.*|dispatchDiscreteEvent|dispatchEvent)$/;
  console.log(`inclusive per change (of ${changes.length}): ${[...inclusive].filter(([k]) => OWN.test(k)).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / changes.length).toFixed(2)}`).join(', ')}`);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU profile ${total.toFixed(0)} ms, self time by function:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
}
