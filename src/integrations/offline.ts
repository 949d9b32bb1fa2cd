/**
 * Astro integration: after the build, writes dist/sw.js, the service worker that keeps the whole site for offline
 * use (src/lib/offline/precache.ts decides what and how).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { walk } from '../../scripts/lib/walk.ts';
import { precacheList, serviceWorkerSource } from '../lib/offline/precache.ts';

export default function offline(): AstroIntegration {
  return {
    name: 'richtingwijzer-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = walk(root).map((file) => ({
          path: `/${relative(root, file).split(sep).join('/')}`,
          hash: createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16),
        }));
        const { entries, version } = precacheList(files);
        writeFileSync(`${root}/sw.js`, serviceWorkerSource(entries, version));
        logger.info(`sw.js: ${entries.length} files for offline use (version ${version})`);
      },
    },
  };
}
