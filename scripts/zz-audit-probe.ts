/**
 * Checks every page of the built site statically (unique title, description, lang (and dir) of the page's language,
 * one h1, internal links, hreflang links and anchors) and crawls them in headless Chromium: axe (WCAG 2.0/2.1/2.2 A
 * and AA) with 0 violations, 0 requests to other origins, 0 console errors and 0 failed requests. Every page is
 * crawled except the pages of three templates with hundreds or thousands of pages each: of the school pages, the
 * programmes of higher education and the beroepen a fixed, representative sample (scripts/lib/audit-sample.ts);
 * `--all` crawls every page. Exits with 1 when anything fails.
 *   npm run build && npm run audit [-- --dist <folder>] [--port N] [--all]
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SAMPLED_TEMPLATES, sampledTemplateOf, schoolIdOfUrl, schoolSample, templateSample } from './lib/audit-sample.ts';
import { addAxe, axeViolations } from './lib/axe.ts';
import { serve } from './lib/static-server.ts';
import { walk } from './lib/walk.ts';
import { readPage, staticChecks, type StaticProblem } from './lib/static-checks.ts';

const arg = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const dist = resolve(arg('--dist') ?? 'dist');
const port = Number(arg('--port') ?? 4330);
const origin = `http://127.0.0.1:${port}`;


const files = walk(dist).filter((f) => f.endsWith('.html')).sort();
const pages = files.map((file) => readPage(file, `/${relative(dist, file).replace(/index\.html$/, '')}`));
const problems: StaticProblem[] = staticChecks(dist, pages);

/** The school pages to crawl: a sample from the content records, or all of them with --all-schools. */
const crawlAll = process.argv.includes('--all') || process.argv.includes('--all-schools');
function schoolPagesToCrawl(): Set<string> | null {
  if (crawlAll) return null;
  const folder = resolve('content/schools');
  const records = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.json')) : [];
  return new Set(
    schoolSample(
      records.map((f) => {
        const r = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { id: string; net: string; address: { postcode: string }; studies?: unknown[]; coordinates: unknown };
        return { id: r.id, net: r.net, postcode: r.address.postcode, studies: r.studies?.length ?? 0, located: r.coordinates !== null };
      }),
    ),
  );
}
const sample = schoolPagesToCrawl();
/** Pages crawled at the same time (each in its own browser context). */
const WORKERS = Number(arg('--workers') ?? 2);
/** Of the other templates with hundreds of pages (programmes, beroepen): one page per shape (audit-sample.ts). */
const templateSamples = new Map(
  SAMPLED_TEMPLATES.map((prefix) => [prefix, new Set(templateSample(pages.filter((p) => sampledTemplateOf(p.url) === prefix)))]),
);
const crawled = pages.map((p) => p.url).filter((url) => process.env.PROBE_EVERY ? Number(url.length) % Number(process.env.PROBE_EVERY) === 0 : true).filter((url) => {
  if (crawlAll) return true;
  const template = sampledTemplateOf(url);
  if (template !== null) return templateSamples.get(template)!.has(url);
  const id = schoolIdOfUrl(url);
  return id === null || sample === null || sample.has(id);
});
const schoolPages = pages.filter((p) => schoolIdOfUrl(p.url) !== null).length;
const sampledCounts = SAMPLED_TEMPLATES.map((prefix) => {
  const all = pages.filter((p) => sampledTemplateOf(p.url) === prefix).length;
  return `${crawlAll ? all : templateSamples.get(prefix)!.size} of ${all} pages under ${prefix}`;
}).join(', ');

async function audit(page: Page, url: string) {
  const found: string[] = [];
  // Requests of this page only: one the previous page left open must not count for this one.
  const mine = new Set<unknown>();
  const open = new Set<unknown>();
  const onRequest = (request: { url: () => string }) => {
    mine.add(request);
    open.add(request);
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== origin) found.push(`verzoek naar ander domein: ${request.url()}`);
  };
  const onFinished = (request: unknown) => open.delete(request);
  const onFailed = (request: { url: () => string; failure: () => { errorText: string } | null }) => {
    open.delete(request);
    // An aborted request is the browser leaving or cancelling, never a missing file (that is an HTTP status above).
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    if (mine.has(request) && new URL(request.url()).origin === origin) found.push(`mislukt verzoek: ${request.url()} (${request.failure()?.errorText})`);
  };
  const onResponse = (response: { url: () => string; status: () => number }) => {
    const isPage = response.url() === `${origin}${url}`;
    if (response.status() >= 400 && !(isPage && url === '/404.html')) found.push(`HTTP ${response.status()}: ${response.url()}`);
  };
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') found.push(`consolefout: ${message.text()}`);
  };
  const onError = (error: Error) => found.push(`scriptfout: ${error.message}`);
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    const t0 = performance.now();
    await page.goto(`${origin}${url}`, { waitUntil: 'load' });
    const t1 = performance.now();
    for (const v of await axeViolations(page)) found.push(`axe ${v.id}: ${v.help} (${v.targets.slice(0, 3).join('; ')})`);
    const t2 = performance.now();
    // Let what the page still loads (a lazy island, the favicon) finish, so a missing file is still caught.
    let waited = 0;
    for (; open.size > 0 && waited < 3000; waited += 50) await page.waitForTimeout(50);
    console.log('TIMING', url, Math.round(t1 - t0), Math.round(t2 - t1), Math.round(performance.now() - t2), waited, [...open].map((r) => (r as { url: () => string }).url()).join(' '));
  } catch (error) {
    found.push(`kon niet laden: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
  for (const message of found) problems.push({ url, message });
  return found.length === 0;
}

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const server = await serve(dist, port);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let clean = 0;
try {
  const queue = [...crawled];
  // The offline worker would download the whole site in the background of every check: not what is audited here.
  const workers = await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await addAxe(context);
      return context.newPage();
    }),
  );
  await Promise.all(
    workers.map(async (page) => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) if (await audit(page, url)) clean += 1;
    }),
  );
} finally {
  await browser.close();
  server.close();
}

const sampledPages = pages.filter((p) => sampledTemplateOf(p.url) !== null).length;
const crawledSchools = crawled.filter((url) => schoolIdOfUrl(url) !== null).length;
console.log(`Audit of ${pages.length} pages in ${relative(process.cwd(), dist) || '.'}: all checked statically; ${crawled.length} crawled in Chromium (${crawledSchools} of ${schoolPages} school pages; ${sampledCounts}; all ${pages.length - schoolPages - sampledPages} other pages), ${clean} of them with 0 axe violations, 0 off-origin requests, 0 console errors and 0 failed requests.`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`✖ ${p.url} › ${p.message}`);
  process.exitCode = 1;
} else {
  console.log('✔ Every page has a unique title, a description, the lang and dir of its language, one h1, and working internal links, hreflang links and anchors.');
}
