/**
 * Astro integration: after the build, writes dist/sw.js, the service worker that keeps the site's shell, code and
 * data for offline use and the pages a pupil opens (src/lib/offline/precache.ts decides what and how), and logs the
 * size of what a first visit stores.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walk } from '../../scripts/lib/walk.ts';
import { precacheList, serviceWorkerSource, urlOf } from '../lib/offline/precache.ts';

export default function offline(): AstroIntegration {
  return {
    name: 'richtingwijzer-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root).map((file) => {
          const bytes = readFileSync(file);
          return { path: `/${relative(root, file).split(sep).join('/')}`, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes };
        });
        const { entries, version } = precacheList(files);
        writeFileSync(`${root}/sw.js`, serviceWorkerSource(entries, version));
        const kept = new Set(entries.map(([url]) => url));
        const gzip = files.filter((f) => kept.has(urlOf(f.path))).reduce((sum, f) => sum + gzipSync(f.bytes).length, 0);
        logger.info(`sw.js: ${entries.length} files for offline use, ${(gzip / 1024).toFixed(0)} KB gzip (version ${version}); other pages are kept when opened`);
      },
    },
  };
}
