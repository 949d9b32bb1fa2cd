/**
 * Prints the gzip size of every script the build emitted (external files and scripts inlined into pages), and the
 * JavaScript each kind of page loads before any interaction.
 *   npm run build && npm run size
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageScripts } from './lib/page-scripts.ts';
import { walk } from './lib/walk.ts';

const dist = new URL('../dist', import.meta.url).pathname;


const files = walk(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (data: string | Buffer) => gzipSync(data).length;

console.log('Script files emitted by the build (raw / gzip):');
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const data = readFileSync(file);
  console.log(`  ${relative(dist, file).padEnd(66)} ${kb(data.length).padStart(9)} ${kb(gz(data)).padStart(9)}`);
}

const pages = files.filter((f) => f.endsWith('.html'));
const groups = new Map<string, { count: number; example: string; gzip: number; inline: number; files: string[] }>();
for (const page of pages) {
  const url = `/${relative(dist, page).replace(/index\.html$/, '')}`;
  const group = url.replace(/^\/(studies|catalogus\/[a-z]+)\/[^/]+\/$/, '/$1/*/');
  const scripts = pageScripts(dist, readFileSync(page, 'utf8'));
  const entry = groups.get(group) ?? { count: 0, example: url, ...scripts };
  entry.count += 1;
  entry.gzip = Math.max(entry.gzip, scripts.gzip);
  groups.set(group, entry);
}
console.log(`\nJavaScript loaded at page start, per kind of page (${pages.length} pages):`);
for (const [group, g] of [...groups].sort()) {
  console.log(`  ${group.padEnd(34)} ${String(g.count).padStart(4)} page(s)  ${kb(g.gzip).padStart(9)} gzip  (${g.inline} inline, ${g.files.length} file${g.files.length === 1 ? '' : 's'})`);
}
for (const data of ['data/studies.json', 'data/search-index.json']) {
  const bytes = readFileSync(join(dist, data));
  console.log(`${data}: ${kb(bytes.length)} raw, ${kb(gz(bytes))} gzip (loaded on demand)`);
}
