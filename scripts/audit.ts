/**
 * Crawls every page of the built site in headless Chromium and checks it: axe (WCAG 2.0/2.1/2.2 A and AA) with 0
 * violations, 0 requests to other origins, 0 console errors and 0 failed requests; plus the static checks (unique
 * title, description, lang (and dir) of the page's language, one h1, internal links, hreflang links and anchors). Exits with 1 when anything fails.
 *   npm run build && npm run audit [-- --dist <folder>] [--port N]
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
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

async function audit(page: Page, url: string) {
  const found: string[] = [];
  const onRequest = (request: { url: () => string }) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.origin !== origin) found.push(`verzoek naar ander domein: ${request.url()}`);
  };
  const onFailed = (request: { url: () => string; failure: () => { errorText: string } | null }) => {
    if (new URL(request.url()).origin === origin) found.push(`mislukt verzoek: ${request.url()} (${request.failure()?.errorText})`);
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
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    await page.goto(`${origin}${url}`, { waitUntil: 'load' });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of results.violations) found.push(`axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  } catch (error) {
    found.push(`kon niet laden: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('request', onRequest);
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
  const queue = pages.map((p) => p.url);
  // The offline worker would download the whole site in the background of every check: not what is audited here.
  const workers = await Promise.all([0, 1].map(async () => (await browser.newContext({ serviceWorkers: 'block' })).newPage()));
  await Promise.all(
    workers.map(async (page) => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) if (await audit(page, url)) clean += 1;
    }),
  );
} finally {
  await browser.close();
  server.close();
}

console.log(`Audit of ${pages.length} pages in ${relative(process.cwd(), dist) || '.'}: ${clean} pages with 0 axe violations, 0 off-origin requests, 0 console errors and 0 failed requests.`);
if (problems.length > 0) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`✖ ${p.url} › ${p.message}`);
  process.exitCode = 1;
} else {
  console.log('✔ Every page has a unique title, a description, the lang and dir of its language, one h1, and working internal links, hreflang links and anchors.');
}
