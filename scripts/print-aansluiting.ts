/**
 * Prints the "Verder studeren" list of every richting of the 3de graad and every 7de jaar, as the study page orders
 * it (src/lib/ho/aansluiting.ts), to review the lists by eye: fit, how specific the link is, kind, programme.
 *
 *   npx tsx scripts/print-aansluiting.ts [richting-id …]
 */
import { loadContent } from './lib/load-content.ts';
import { preparesForHigherEducation, programmesAfter } from '../src/lib/ho/aansluiting.ts';
import { toHoData } from '../src/lib/ho/ho-data.ts';
import { RouteCatalogue } from '../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../src/lib/routes/route-study.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const data = toHoData(content.programmes, content.studiegebieden);
const only = process.argv.slice(2);
const studies = catalogue.studies.filter((s) => preparesForHigherEducation(s) && (only.length === 0 || only.includes(s.id)));
for (const study of studies) {
  const fits = programmesAfter(catalogue, study, data);
  console.log(`\n${study.id} (${study.finaliteit ?? study.kind}; ${study.domein.join(', ')}): ${fits.length}`);
  for (const f of fits) console.log(`  ${f.fit.padEnd(8)} ${f.link.padEnd(10)} ${f.programme.kind.padEnd(22)} ${f.programme.name}`);
}
