/**
 * Every route from a stage of the B-stroom (1B, 2B, a basisoptie in 2B) over the real catalogue stays in the B-stroom
 * until a step says otherwise: a basisoptie step carries its stroom, so what follows it uses the 2B rules
 * (rules-verified.md §2 and §3: 1B → 2A only with the klassenraad; after 2B, dubbele finaliteit or doorstroom is
 * not confirmed, so "vraag raad").
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { routesTo, type RouteLeg } from '../../src/lib/routes/routes-to.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { STATUS_ORDER, type Attest, type Position, type StepStatus } from '../../src/lib/routes/types.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const A: Attest = { type: 'A', exclusions: [] };
const b1 = catalogue.firstGraadYear(1, 'B')!;
const b2 = catalogue.firstGraadYear(2, 'B')!;
const a2 = catalogue.firstGraadYear(2, 'A')!;

const bStarts: Position[] = [
  { kind: 'study', id: b1.id, year: 1 },
  { kind: 'study', id: b2.id, year: 2 },
  ...catalogue.basisopties('B').map((o): Position => ({ kind: 'study', id: o.id, year: 2, stroom: 'B' })),
];
const atLeast = (status: StepStatus, floor: StepStatus) => STATUS_ORDER.indexOf(status) >= STATUS_ORDER.indexOf(floor);
type Place = 'B1' | 'B2' | 'A' | 'other';

/** Where a position or leg is, as far as the B-stroom rules care. */
function place(id: string, stroom: 'A' | 'B' | undefined): Place {
  const study = catalogue.get(id);
  if (id === b1.id) return 'B1';
  if (id === b2.id || (study?.kind === 'basisoptie' && stroom === 'B')) return 'B2';
  if (id === a2.id || study?.kind === 'basisoptie' || (study?.kind === 'eerste-graad' && study.stroom.includes('A'))) return 'A';
  return 'other';
}

/** What is wrong with one leg taken from a B-stroom place, or null. */
function wrongLeg(from: Place, leg: RouteLeg): string | null {
  const target = catalogue.get(leg.id);
  if (target?.kind === 'basisoptie' && !leg.stroom) return 'basisoptie zonder stroom';
  const to = place(leg.id, leg.stroom);
  if ((from === 'B1' || from === 'B2') && to === 'A' && !atLeast(leg.status, 'voorwaarde')) return `naar de A-stroom is ${leg.status}`;
  if (from === 'B2' && target?.kind === 'studierichting' && target.finaliteit !== 'arbeidsmarkt' && !atLeast(leg.status, 'vraag-raad')) {
    return `na 2B naar ${target.finaliteit} is ${leg.status}`;
  }
  return null;
}

describe('the B-stroom along every route (real catalogue)', () => {
  it('every first-graad basisoptie step names its stroom, and 1B → a basisoptie of 2A needs the klassenraad', () => {
    const steps = nextSteps(catalogue, bStarts[0]!, A).steps.filter((s) => catalogue.get(s.id)?.kind === 'basisoptie' && s.move === 'verder');
    expect(steps.length).toBe(catalogue.basisopties('A').length + catalogue.basisopties('B').length);
    for (const step of steps) expect(step.status, `${step.id}:${step.stroom}`).toBe(step.stroom === 'B' ? 'open' : 'voorwaarde');
  });

  it('no step from a B-stroom position leaves the B-stroom without a condition', () => {
    const wrong: string[] = [];
    for (const from of catalogue.positions()) {
      if (from.kind !== 'study') continue;
      const here = place(from.id, from.stroom);
      if (here !== 'B1' && here !== 'B2') continue;
      for (const step of nextSteps(catalogue, from, A).steps) {
        if (step.move !== 'verder') continue;
        const why = wrongLeg(here, step);
        if (why) wrong.push(`${JSON.stringify(from)} → ${step.id}:${step.stroom ?? ''}: ${why}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Whole routes to every richting of the 2de graad and every destination (about 15 s; routes to the 3de graad and
  // the 7de jaren take minutes and add only steps after the 2de graad, which the stroom does not change).
  it('no route from 1B, 2B or a basisoptie in 2B leaves the B-stroom without a condition', { timeout: 120_000 }, () => {
    const goals = [...catalogue.richtingen(2), ...catalogue.ofKind('bestemming')].map((s) => s.id);
    const wrong: string[] = [];
    let legs = 0;
    for (const from of bStarts) {
      for (const goal of goals) {
        for (const route of routesTo(catalogue, from, A, goal)) {
          let here = place(from.kind === 'study' ? from.id : '', from.kind === 'study' ? from.stroom : undefined);
          for (const leg of route.legs) {
            legs += 1;
            const why = wrongLeg(here, leg);
            if (why) wrong.push(`${JSON.stringify(from)} → ${goal}: ${route.legs.map((l) => `${l.id}@${l.year}${l.stroom ?? ''} ${l.status}`).join(' > ')}: ${why}`);
            here = place(leg.id, leg.stroom);
          }
        }
      }
    }
    expect(legs).toBeGreaterThan(1000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('the reviewer\'s example: 1B → Humane wetenschappen goes through 2A on condition, or through 2B with "vraag raad"', () => {
    const routes = routesTo(catalogue, bStarts[0]!, A, 'humane-wetenschappen-2de-graad', { limit: 40 });
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      const [first, second] = route.legs;
      const inB = first!.stroom === 'B' || first!.id === b2.id;
      expect(atLeast(route.status, 'voorwaarde'), `${first!.id}:${first!.stroom}`).toBe(true);
      // Straight from a 2de leerjaar B to the doorstroom richting: not confirmed.
      if (inB && second?.id === 'humane-wetenschappen-2de-graad') expect(route.status).toBe('vraag-raad');
      if (!inB && route.legs.length === 2) expect(route.status).toBe('voorwaarde');
    }
    expect(routes.some((r) => r.legs[0]!.stroom === 'B' && r.legs.length === 2)).toBe(true);
  });
});
