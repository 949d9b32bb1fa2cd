/**
 * Which JavaScript a built page loads before any interaction: inline module scripts, external scripts, and for
 * islands (astro-island) the component and renderer modules, each with the modules they import statically.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (data: string | Buffer) => gzipSync(data).length;
/** Gzip size per file: thousands of pages share the same few modules (the budgets check measures every page). */
const fileSizes = new Map<string, number>();
const gzFile = (path: string) => {
  let size = fileSizes.get(path);
  if (size === undefined) fileSizes.set(path, (size = gz(readFileSync(path))));
  return size;
};

/** A module and everything it imports statically (`import … from "./x.js"`, `import "./x.js"`), as dist paths. */
export function moduleClosure(dist: string, src: string, seen = new Set<string>()): Set<string> {
  const path = join(dist, src);
  if (seen.has(path) || !existsSync(path)) return seen;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  for (const match of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const target = match[1]!;
    const resolved = target.startsWith('/') ? target : join(dirname(src), target);
    moduleClosure(dist, resolved, seen);
  }
  return seen;
}

export interface PageScripts {
  inline: number;
  files: string[];
  gzip: number;
}

export function pageScripts(dist: string, html: string): PageScripts {
  let inline = 0;
  let gzip = 0;
  const files = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(match[1]!)?.[1];
    if (src) moduleClosure(dist, src, files);
    else if (match[2]!.trim() && !/type="application\/(ld\+)?json"/.test(match[1]!)) {
      inline += 1;
      gzip += gz(match[2]!);
    }
  }
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\b${attr}="([^"]+)"`).exec(match[0])?.[1];
      if (url) moduleClosure(dist, url, files);
    }
  }
  for (const file of files) gzip += gzFile(file);
  return { inline, files: [...files], gzip };
}
