/**
 * The real finder island in headless Chromium, for scripts/bench-finder.ts and scripts/bench/profile-finder.ts: bundles
 * scripts/bench/finder-entry.tsx, serves it with the school and postcode data on a made-up origin (no network),
 * mounts the island, throttles the CPU and runs the same filter changes a parent makes. One place, so the benchmark
 * and the profile measure the same thing.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FinderData, PostcodeRow } from '../../src/lib/schools/finder-data.ts';
import { packFinderData } from '../../src/lib/schools/finder-pack.ts';
import type { MercatorParams } from '../../src/lib/schools/local-map.ts';
import { DOMAIN_IDS, FINALITEITEN } from '../../src/schemas/enums.ts';

const root = new URL('../..', import.meta.url).pathname;
const ORIGIN = 'http://bench.invalid';

/**
 * The island and the finder's logic in one script (unminified keeps function names readable in a profile), from this
 * checkout or from `from`, another copy of the project (e.g. main's, to compare in one run).
 */
export async function finderBundle(minify = true, from = root): Promise<string> {
  const bundle = await build({
    entryPoints: [join(from, 'scripts/bench/finder-entry.tsx')],
    nodePaths: [join(root, 'node_modules')],
    bundle: true,
    format: 'iife',
    write: false,
    minify,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.PROD': 'true' },
  });
  return bundle.outputFiles[0]!.text;
}

export const siteCss = (from = root) => readFileSync(join(from, 'src/styles/global.css'), 'utf8');

export function launchChromium(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page with the bundle loaded and the CPU throttled, without the island (for the logic alone). */
export async function logicPage(browser: Browser, script: string, rate = 4): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: script });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

export type FinderView = 'top' | 'list' | 'phone';

export interface IslandSetup {
  script: string;
  data: FinderData;
  postcodeRows: PostcodeRow[];
  domainNames: Record<string, string>;
  overview: MercatorParams;
  /** The site's CSS; by default this checkout's src/styles/global.css. */
  css?: string;
  /** The page's query string, e.g. "plaats=9000" (the search the island starts from). */
  search?: string;
  rate?: number;
  /**
   * The window: a desktop's (1280×900) at the top of the page (the form, the sentence and the top of the map in view)
   * or scrolled to the list, or a phone's at the top (Lighthouse's mobile screen, 412×823 at 1.75 device pixels: the
   * size its 4× CPU throttling goes with).
   */
  view?: FinderView;
}

/** Opens the finder page, mounts the island, waits for its answer and then throttles the CPU. */
export async function openIsland(browser: Browser, setup: IslandSetup): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage(setup.view === 'phone' ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } });
  const packed = JSON.stringify(packFinderData(setup.data));
  const postcodes = JSON.stringify(setup.postcodeRows);
  const css = setup.css ?? siteCss();
  // tsx names arrow functions with a __name helper that does not exist in the page.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/data/scholen-compact.json') return route.fulfill({ contentType: 'application/json', body: packed });
    if (path === '/data/postcodes.json') return route.fulfill({ contentType: 'application/json', body: postcodes });
    if (path === '/bench.js') return route.fulfill({ contentType: 'text/javascript', body: setup.script });
    if (path.endsWith('.svg')) return route.fulfill({ contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    // The site's viewport meta (BaseLayout.astro): without it a phone window lays the page out 980 px wide.
    return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="nl"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title><style>${css}</style><main id="app"></main><script src="/bench.js"></script>` });
  });
  await page.goto(`${ORIGIN}/scholen/zoeken/${setup.search ? `?${setup.search}` : ''}`);
  await page.evaluate(
    ({ domainNames, overview }) => (globalThis as any).benchFinder.mount(document.getElementById('app'), domainNames, overview),
    { domainNames: setup.domainNames, overview: setup.overview },
  );
  await page.getByRole('heading', { name: 'Resultaten' }).waitFor();
  await page.locator('.finder-summary').waitFor();
  if (setup.view === 'list') await page.evaluate(() => document.querySelector('.finder-results')?.scrollIntoView());
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: setup.rate ?? 4 });
  return { page, cdp };
}

export interface ChangeTime {
  /** Which control changed, e.g. "domain" or "km=10". */
  kind: string;
  /** From the change event until the form shows it and the page is laid out (the next click can come). */
  respond: number;
  /** Until the list, map and sentence show the new search and the page is laid out. */
  answer: number;
}

/**
 * `rounds` × 4 change events (from round `first` on) on the island's own controls (studiedomein, finaliteit, a net or graad checkbox,
 * distance), 20 ms apart. The answer is read from the answer region's aria-busy, which the finder keeps true until
 * the list, map and sentence show the form's search; the run fails when the sentence hardly ever changed (then
 * the changes did not reach the answer and the figures would mean nothing).
 */
export async function runChanges(page: Page, rounds = 30, first = 0): Promise<ChangeTime[]> {
  return page.evaluate(async ({ rounds, first, domains, finaliteiten }) => {
    const summary = () => document.querySelector('.finder-summary')?.textContent ?? '';
    const busy = () => document.querySelector('.finder-answer')?.getAttribute('aria-busy') === 'true';
    // One channel for the whole run: a new MessageChannel per wait cost the page more than some of what is measured.
    const channel = new MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    const nextTask = () => new Promise<void>((resolve) => { waiting.push(resolve); channel.port2.postMessage(0); });
    const [domain, finaliteit, km] = [...document.querySelectorAll('select')] as HTMLSelectElement[];
    const boxes = [...document.querySelectorAll('fieldset input[type=checkbox]')] as HTMLInputElement[];
    const setSelect = (el: HTMLSelectElement, value: string) => { el.value = value; el.dispatchEvent(new Event('change', { bubbles: true })); };
    const KM = ['', '5', '10', '20', '50'];
    const actions: [string, () => void][] = [];
    for (let i = first; i < first + rounds; i++) {
      actions.push(['domain', () => setSelect(domain!, domains[i % domains.length]!)]);
      actions.push(['finaliteit', () => setSelect(finaliteit!, finaliteiten[i % finaliteiten.length]!)]);
      actions.push(['box', () => boxes[i % boxes.length]!.click()]);
      actions.push([`km=${KM[i % KM.length]}`, () => setSelect(km!, KM[i % KM.length]!)]);
    }
    const out: { kind: string; respond: number; answer: number }[] = [];
    let changed = 0;
    for (const [kind, act] of actions) {
      const before = summary();
      performance.mark('change-start');
      const t = performance.now();
      act();
      await nextTask();
      void document.body.offsetHeight; // style and layout of what the change showed at once
      const respond = performance.now() - t;
      // The list, map and sentence follow (React draws them in pieces that let the next click in).
      while (busy()) await nextTask();
      void document.body.offsetHeight;
      out.push({ kind, respond, answer: performance.now() - t });
      performance.mark('change-end');
      if (summary() !== before) changed += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
    if (changed < actions.length / 2) throw new Error(`the island changed its summary on only ${changed} of ${actions.length} changes`);
    return out;
  }, { rounds, first, domains: ['', ...DOMAIN_IDS], finaliteiten: ['', ...FINALITEITEN] });
}
