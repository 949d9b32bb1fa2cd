/**
 * Benchmark of routesTo towards programmes of higher education on the real content (prints figures; not a test).
 *   npx tsx scripts/bench-routes-programmes.ts
 */
import { loadContent } from './lib/load-content.ts';
import { RouteCatalogue } from '../src/lib/routes/catalogue.ts';
import { routesTo } from '../src/lib/routes/routes-to.ts';
import { toRouteProgramme, toRouteStudy } from '../src/lib/routes/route-study.ts';
const content = loadContent('content');
const c = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)), content.programmes.map((p) => toRouteProgramme(p.id, p.data)));
const A = { type: 'A' as const, exclusions: [] };
const am = c.richtingen(3).filter((s) => s.finaliteit === 'arbeidsmarkt');
console.log('arbeidsmarkt 6de jaren', am.length, 'programmes', c.programmes.length);
let t = performance.now();
routesTo(c, { kind: 'study', id: am[0]!.id, year: 6 }, A, 'bachelor-in-de-geneeskunde');
console.log('first call (cold cache)', (performance.now() - t).toFixed(0), 'ms');
for (const goal of ['bachelor-in-de-geneeskunde', 'bachelor-in-het-sociaal-werk', 'graduaat-orthopedagogische-begeleiding']) {
  t = performance.now();
  for (const s of am.slice(0, 10)) routesTo(c, { kind: 'study', id: s.id, year: 6 }, A, goal);
  console.log(goal, 'per call from a 6de jaar', ((performance.now() - t) / 10).toFixed(1), 'ms');
}
t = performance.now();
routesTo(c, { kind: 'basisonderwijs', getuigschrift: true }, A, 'bachelor-in-de-geneeskunde');
console.log('from basisonderwijs', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
routesTo(c, { kind: 'study', id: 'tweede-leerjaar-b', year: 2 }, A, 'bachelor-in-de-geneeskunde');
console.log('from 2B', (performance.now() - t).toFixed(0), 'ms');
