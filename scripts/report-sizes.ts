/**
 * Prints the gzip size of every script the build emitted, and which pages load scripts at all.
 *   npm run build && npm run size
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist', import.meta.url).pathname;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(dist);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('Scripts emitted by the build (raw / gzip):');
for (const file of files.filter((f) => f.endsWith('.js'))) {
  const data = readFileSync(file);
  console.log(`  ${relative(dist, file).padEnd(50)} ${kb(data.length).padStart(9)} ${kb(gzipSync(data).length).padStart(9)}`);
}
const pages = files.filter((f) => f.endsWith('.html'));
const withScripts = pages.filter((f) => /<script\b/.test(readFileSync(f, 'utf8')));
console.log(`\n${pages.length} pages; ${withScripts.length} load a script:`);
for (const page of withScripts) console.log(`  /${relative(dist, page).replace(/index\.html$/, '')}`);
for (const data of ['data/studies.json', 'data/search-index.json']) {
  const bytes = readFileSync(join(dist, data));
  console.log(`${data}: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes).length)} gzip`);
}
