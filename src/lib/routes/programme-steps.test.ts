import { describe, expect, it } from 'vitest';
import { RouteCatalogue } from './catalogue.ts';
import { decodeState } from './explorer-state.ts';
import { programmeStep, programmeSteps } from './programme-steps.ts';
import { resolveGoal } from './resolve.ts';
import { routesTo } from './routes-to.ts';
import { TEST_PROGRAMMES, TEST_STUDIES, testCatalogue } from './test-catalogue.ts';
import type { Attest, Position, Step } from './types.ts';

const catalogue = testCatalogue();
const A: Attest = { type: 'A', exclusions: [] };
const at = (id: string, year: number): Position => ({ kind: 'study', id, year });
const byId = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.id, s]));
const path = (route: { legs: { id: string }[] }) => route.legs.map((l) => l.id);

describe('programmeSteps', () => {
  it('after a 6de jaar doorstroom: every programme, the ones with an admission condition on that condition', () => {
    const steps = byId(programmeSteps(catalogue, at('latijn-wiskunde-3de-graad', 6), A));
    expect(Object.keys(steps).sort()).toEqual(TEST_PROGRAMMES.map((p) => p.id).sort());
    expect(steps['bachelor-testkunde']).toMatchObject({ status: 'open', year: null });
    expect(steps['graduaat-testopleiding']!.status).toBe('open');
    const arts = steps['bachelor-testgeneeskunde']!;
    expect(arts.status).toBe('voorwaarde');
    expect(arts.reasons.map((r) => r.rule)).toEqual(['bachelor-toelating', 'opleiding-toelatingsexamen']);
    expect(arts.reasons[1]!.text).toBe('Testnota: je slaagt eerst voor het toelatingsexamen arts.');
    expect(steps['educatieve-bachelor-test']!.reasons.at(-1)!.rule).toBe('opleiding-voorwaarde');
  });

  it('after a 6de jaar arbeidsmarkt: graduaten yes, no bachelor as a direct step', () => {
    const steps = byId(programmeSteps(catalogue, at('elektriciteit-3de-graad', 6), A));
    expect(steps['graduaat-testopleiding']!.status).toBe('open');
    for (const id of ['bachelor-testzorg', 'educatieve-bachelor-test', 'bachelor-testgeneeskunde', 'bachelor-testkunde']) {
      expect(steps[id]!.status, id).toBe('uitgesloten');
      expect(steps[id]!.reasons.map((r) => r.rule), id).toEqual(['bachelor-na-arbeidsmarkt']);
    }
  });

  it('after the voorbereidend 7de jaar the bachelors open; after a specialisatiejaar they depend on the diploma', () => {
    const voorbereidend = byId(programmeSteps(catalogue, at('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', 7), A));
    expect(voorbereidend['bachelor-testkunde']!.status).toBe('open');
    expect(voorbereidend['bachelor-testgeneeskunde']!.status).toBe('voorwaarde');
    const specialisatie = byId(programmeSteps(catalogue, at('elektrotechnicus-7de-jaar', 7), A));
    expect(specialisatie['bachelor-testkunde']).toMatchObject({ status: 'voorwaarde', reasons: [expect.objectContaining({ rule: 'specialisatiejaar-hoger-onderwijs' })] });
  });

  it('no programme steps before the last year of secondary school', () => {
    expect(programmeSteps(catalogue, at('latijn-wiskunde-3de-graad', 5), A)).toEqual([]);
    expect(programmeSteps(catalogue, at('tweede-leerjaar-a', 2), A)).toEqual([]);
  });

  it('a condition never makes an unconfirmed step look surer', () => {
    const kindStep: Step = { id: 'academische-bachelor', year: null, status: 'vraag-raad', move: 'verder', logical: false, reasons: [{ rule: 'hbo5-toelating', text: 'x' }] };
    expect(programmeStep(kindStep, TEST_PROGRAMMES[3]!).status).toBe('vraag-raad');
  });
});

describe('routes to a programme', () => {
  it('from a 6de jaar arbeidsmarkt to a bachelor: through the voorbereidend 7de jaar, never a direct step or a specialisatiejaar', () => {
    const routes = routesTo(catalogue, at('elektriciteit-3de-graad', 6), A, 'bachelor-testkunde');
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(route.legs.length).toBeGreaterThan(1);
      expect(route.legs.at(-2)!.id).toBe('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar');
    }
    expect(path(routes[0]!)).toEqual(['voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', 'bachelor-testkunde']);
  });

  it('the entrance exam is a condition on the last step of every route', () => {
    for (const from of [at('latijn-wiskunde-3de-graad', 6), at('elektriciteit-3de-graad', 6), at('tweede-leerjaar-b', 2)]) {
      const routes = routesTo(catalogue, from, A, 'bachelor-testgeneeskunde');
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        const last = route.legs.at(-1)!;
        expect(last).toMatchObject({ id: 'bachelor-testgeneeskunde', status: 'voorwaarde', year: null });
        expect(last.reasons.some((r) => r.rule === 'opleiding-toelatingsexamen')).toBe(true);
        expect(route.status).not.toBe('open');
      }
    }
  });

  it('a graduaat programme is one step after any 6de jaar', () => {
    for (const id of ['elektriciteit-3de-graad', 'elektrotechnieken-3de-graad', 'moderne-talen-3de-graad']) {
      expect(path(routesTo(catalogue, at(id, 6), A, 'graduaat-testopleiding')[0]!)).toEqual(['graduaat-testopleiding']);
    }
  });

  it('starting in a specialisatiejaar (diploma unknown) the bachelor stays, on condition', () => {
    const [route] = routesTo(catalogue, at('elektrotechnicus-7de-jaar', 7), A, 'bachelor-testzorg');
    expect(route).toMatchObject({ status: 'voorwaarde', legs: [expect.objectContaining({ id: 'bachelor-testzorg' })] });
  });
});

describe('programmes in the catalogue', () => {
  it('refuses a programme with the id of a study', () => {
    expect(() => new RouteCatalogue(TEST_STUDIES, [{ ...TEST_PROGRAMMES[0]!, id: 'graduaat' }])).toThrow(/hetzelfde id/);
  });

  it('resolves a goal by id or official name, and suggests the closest for a typo', () => {
    expect(resolveGoal(catalogue, 'bachelor-testkunde')).toEqual({ ok: true, value: 'bachelor-testkunde' });
    expect(resolveGoal(catalogue, 'bachelor in de TESTGENEESKUNDE')).toEqual({ ok: true, value: 'bachelor-testgeneeskunde' });
    expect(resolveGoal(catalogue, 'Latijn-wiskunde')).toEqual({ ok: true, value: 'latijn-wiskunde-3de-graad' });
    const typo = resolveGoal(catalogue, 'testgeneskunde');
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.suggestions[0]).toMatch(/Bachelor in de testgeneeskunde.*\[bachelor-testgeneeskunde\]/);
  });

  it('the explorer accepts a programme as goal from the URL fragment', () => {
    expect(decodeState(catalogue, '#van=latijn-wiskunde-3de-graad@6&doel=bachelor-testkunde')).toEqual({
      state: expect.objectContaining({ start: 'latijn-wiskunde-3de-graad@6', goal: 'bachelor-testkunde' }),
      problem: null,
    });
    expect(decodeState(catalogue, '#doel=bestaat-niet').problem).toMatch(/het doel/);
  });
});
