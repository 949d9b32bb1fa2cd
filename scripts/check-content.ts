/**
 * Validates every content file against the site's schemas and cross-references, and prints what to fix.
 *   npx tsx scripts/check-content.ts [content-folder]
 * Exit code 1 when a problem was found.
 */
import { resolve } from 'node:path';
import { formatProblems } from '../src/lib/content/problems.ts';
import { loadContent } from './lib/load-content.ts';

const root = resolve(process.argv[2] ?? new URL('../content', import.meta.url).pathname);
const content = loadContent(root, process.cwd());
if (content.problems.length > 0) {
  console.error(formatProblems(content.problems));
  console.error(`\n${content.problems.length} problem(s) in ${root}. Fix the fields named above.`);
  process.exit(1);
}
console.log(
  `✔ ${content.studies.length} studies, ${content.domains.length} domains, ${content.glossary.length} glossary terms, ${content.guides.length} guides, ${content.schools.length} schools, ${content.programmes.length} programmes of higher education in ${content.studiegebieden.length} studiegebieden, ${content.beroepen.length} beroepen, ${content.questions.length} questionnaire entries and the suggestion weights: no problems.`,
);
