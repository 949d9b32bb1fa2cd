/**
 * Issue 17's pupil: 13 years old, in 2A Moderne talen en wetenschappen, a B-attest that excludes doorstroom, likes
 * building things. Her full profile is built from the questionnaire's own items, as the questionnaire does. Before
 * issue 17 her 8 suggestions all scored 60 with the same three reasons, and a 9th option with 60 was "past minder goed".
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { EMPTY_ANSWERS, resolvedFromAnswers, type Answers } from '../../src/lib/questionnaire/answers.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { suggest, type PlaceOffer } from '../../src/lib/suggest/engine.ts';
import { PUPIL_ANSWERS, PUPIL_ITEMS } from '../fixtures/issue17-pupil.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const weights = content.weights!;
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));

const items: Answers['items'] = { ...PUPIL_ITEMS };
const pupil: Answers = { ...structuredClone(EMPTY_ANSWERS), ...structuredClone(PUPIL_ANSWERS) };
const resolved = resolvedFromAnswers(pupil, content.questions, catalogue)!;
const run = (places?: ReadonlyMap<string, PlaceOffer>) => suggest(catalogue, resolved, weights, { domainNames, ...(places ? { places } : {}) });

describe('issue 17: the pupil in 2A who likes building things', () => {
  it('answers every interest and style item of the questionnaire', () => {
    const asked = content.questions.filter((q) => q.soort === 'interesse' || q.soort === 'stijl').map((q) => q.id);
    expect(Object.keys(items).sort()).toEqual([...asked].sort());
  });

  it('her suggestions do not all share one score, and the first three do not give identical reasons', () => {
    const { suggestions } = run();
    expect(suggestions.length).toBeGreaterThanOrEqual(weights.voorstellen);
    expect(new Set(suggestions.slice(0, 8).map((s) => s.score)).size).toBeGreaterThan(1);
    expect(new Set(suggestions.slice(0, 3).map((s) => s.reasons.join('\n'))).size).toBeGreaterThan(1);
  });

  it('names the single items that fit: building for Bouw, repairing for Mechanica', () => {
    const { suggestions } = run();
    const reasonsOf = (id: string) => suggestions.find((s) => s.id === id)?.reasons.join(' ') ?? '';
    expect(reasonsOf('bouw-2de-graad')).toContain('‘keukenkasten maken of tegels leggen’ heel leuk');
    expect(reasonsOf('mechanica-2de-graad')).toContain('‘een kapot toestel herstellen’ heel leuk');
    // The change from a theoretical basisoptie to a practical richting is said, not hidden.
    expect(reasonsOf('bouw-2de-graad')).toContain('Dit is anders dan nu: je volgt nu vooral theorie');
  });

  it('ranks what she likes above what she does not: Bouw above Textiel, which no item of hers fits', () => {
    const all = [...run().suggestions, ...run().notSuggested];
    const score = (id: string) => all.find((s) => s.id === id)?.score ?? -1;
    expect(score('bouw-2de-graad')).toBeGreaterThan(score('textiel-2de-graad'));
  });

  it('never calls an option with the same score as a suggestion "past minder goed"', () => {
    const { suggestions, notSuggested } = run();
    const shown = new Set(suggestions.map((s) => s.score));
    for (const n of notSuggested) if (n.score !== null && shown.has(n.score)) expect(n.reasons[0]).not.toMatch(/minder goed/);
  });

  it('with a place, counts the schools nearby and the nearest one; without it, distance plays no part', () => {
    const without = run();
    const places = new Map<string, PlaceOffer>([
      ['bouw-2de-graad', { nearby: 3, nearestKm: 2.4 }],
      ['hout-2de-graad', { nearby: 0, nearestKm: 31 }],
    ]);
    const withPlace = run(places);
    const score = (r: typeof without, id: string) => r.suggestions.find((s) => s.id === id)?.score ?? r.notSuggested.find((s) => s.id === id)?.score;
    expect(score(withPlace, 'bouw-2de-graad')).toBe(score(without, 'bouw-2de-graad')! + weights.scholen.dichtbij);
    expect(score(withPlace, 'hout-2de-graad')).toBe(score(without, 'hout-2de-graad')! + weights.scholen.ver);
    expect(withPlace.suggestions.find((s) => s.id === 'bouw-2de-graad')!.reasons).toContain('Binnen 10 km bieden 3 scholen dit aan: de dichtste ligt op 2,4 km.');
    expect(without.suggestions.flatMap((s) => s.reasons).join(' ')).not.toMatch(/km/);
  });

  it('same profile, same result', () => {
    expect(run()).toEqual(run());
  });
});
