/**
 * Astro integration: before Vite builds anything, checks the whole content folder with the same schemas and
 * cross-references as `scripts/check-content.ts` (scripts/lib/load-content.ts) and stops the build with every problem,
 * each with its file and field. Without it an unknown reference or a broken link surfaced only when the pages were
 * rendered, after about 20 s of bundling; src/content.ts keeps its own checks as the guard inside the pages.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { formatProblems } from '../lib/content/problems.ts';

export default function contentCheck(contentDir: string): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'richtingwijzer-content-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const folder = resolve(root, contentDir);
        const content = loadContent(folder, root);
        if (content.problems.length > 0) {
          throw new Error(`${content.problems.length} probleem/problemen in ${contentDir}; pas de genoemde velden aan:\n${formatProblems(content.problems)}`);
        }
        logger.info(
          `${content.studies.length} studies, ${content.schools.length} schools, ${content.programmes.length} programmes, ${content.beroepen.length} beroepen and the rest of ${contentDir}: no problems`,
        );
      },
    },
  };
}
