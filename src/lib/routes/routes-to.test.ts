import { describe, expect, it } from 'vitest';
import { routesTo, routesWarmer } from './routes-to.ts';
import { testCatalogue } from './test-catalogue.ts';
import type { Attest, Position } from './types.ts';

const catalogue = testCatalogue();
const A: Attest = { type: 'A', exclusions: [] };
const at = (id: string, year: number): Position => ({ kind: 'study', id, year });
const path = (route: { legs: { id: string; year: number | null }[] }) => route.legs.map((l) => `${l.id}@${l.year ?? '-'}`);

describe('routesTo', () => {
  it('finds the shortest sure route first: Klassieke talen → Latijn → Latijn-wiskunde', () => {
    const routes = routesTo(catalogue, at('basisoptie-klassieke-talen', 2), A, 'latijn-wiskunde-3de-graad');
    expect(path(routes[0]!)).toEqual(['latijn-2de-graad@3', 'latijn-2de-graad@4', 'latijn-wiskunde-3de-graad@5']);
    expect(routes[0]!.status).toBe('open');
  });

  it('prefers a sure route of one year more over a shorter route with an unconfirmed step (2B → bachelor via the voorbereidend 7de jaar)', () => {
    const routes = routesTo(catalogue, at('tweede-leerjaar-b', 2), A, 'professionele-bachelor');
    expect(routes[0]!.status).toBe('open');
    expect(path(routes[0]!)).toContain('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar@7');
    expect(routes[0]!.legs).toHaveLength(6);
    // The shorter route through a richting with dubbele finaliteit exists, but only as "vraag raad".
    const shorter = routes.find((r) => r.legs.length === 5);
    expect(shorter?.status).toBe('vraag-raad');
  });

  it('uses the attest for the first year: a B-attest excluding doorstroom closes the Latijn route', () => {
    const attest: Attest = { type: 'B', exclusions: [{ kind: 'finaliteit', value: 'doorstroom' }] };
    const routes = routesTo(catalogue, at('basisoptie-klassieke-talen', 2), attest, 'latijn-wiskunde-3de-graad');
    expect(routes.every((r) => r.legs[0]!.id !== 'latijn-2de-graad')).toBe(true);
    expect(routes.every((r) => r.status === 'vraag-raad')).toBe(true);
  });

  it('a one-year route, and no route where the rules allow none', () => {
    expect(routesTo(catalogue, at('moderne-talen-3de-graad', 6), A, 'werken').map(path)).toEqual([['werken@-']]);
    expect(routesTo(catalogue, at('werken', 0), A, 'eerste-leerjaar-a')).toEqual([]);
    expect(routesTo(catalogue, at('moderne-talen-3de-graad', 6), A, 'bestaat-niet')).toEqual([]);
  });

  it('never uses an excluded step, and is deterministic', () => {
    const attest: Attest = { type: 'B', exclusions: [{ kind: 'study', ids: ['elektriciteit-2de-graad'], label: 'Elektriciteit' }] };
    const first = routesTo(catalogue, at('tweede-leerjaar-b', 2), attest, 'elektriciteit-3de-graad');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.legs[0]!.id !== 'elektriciteit-2de-graad' && r.legs.every((l) => l.status !== 'uitgesloten'))).toBe(true);
    expect(routesTo(catalogue, at('tweede-leerjaar-b', 2), attest, 'elektriciteit-3de-graad')).toEqual(first);
  });
});

describe('routesWarmer', () => {
  it('fills the caches in slices; searches after it give the same routes as without it', () => {
    const warmed = testCatalogue();
    const slice = routesWarmer(warmed, 5);
    let slices = 1;
    while (!slice()) slices++;
    expect(slices).toBe(Math.ceil(warmed.positions().filter((p) => p.kind === 'study').length / 5));
    for (const goal of ['professionele-bachelor', 'latijn-wiskunde-3de-graad', 'bachelor-testgeneeskunde']) {
      expect(routesTo(warmed, at('tweede-leerjaar-b', 2), A, goal), goal).toEqual(routesTo(testCatalogue(), at('tweede-leerjaar-b', 2), A, goal));
    }
  });
});
