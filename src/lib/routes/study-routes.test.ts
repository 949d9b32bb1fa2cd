import { describe, expect, it } from 'vitest';
import { explainResult } from './explain.ts';
import { nextSteps } from './next-steps.ts';
import { attestNotes, incomingRoutes, onwardRoutes } from './study-routes.ts';
import { testCatalogue } from './test-catalogue.ts';

const catalogue = testCatalogue();
const get = (id: string) => catalogue.get(id)!;

describe('study page routes', () => {
  it('lists logical next steps one by one and sums up the rest per graad and finaliteit', () => {
    const onward = onwardRoutes(catalogue, get('latijn-2de-graad'));
    expect(onward.items.map((i) => i.id)).toEqual(expect.arrayContaining(['latijn-wiskunde-3de-graad', 'moderne-talen-3de-graad', 'werken']));
    const dubbel = onward.groups.find((g) => g.label === 'richtingen van de 3de graad met dubbele finaliteit');
    // One richting left in this group in the test catalogue, so it is listed as an item instead.
    expect(dubbel).toBeUndefined();
    expect(onward.items.find((i) => i.id === 'elektrotechnieken-3de-graad')?.status).toBe('open');
  });

  it('after arbeidsmarktfinaliteit the page shows that bachelors are not direct, and why', () => {
    const onward = onwardRoutes(catalogue, get('elektriciteit-3de-graad'));
    const bachelor = onward.items.find((i) => i.id === 'professionele-bachelor')!;
    expect(bachelor.status).toBe('uitgesloten');
    expect(bachelor.reasons[0]!.text).toMatch(/voorbereidt op het hoger onderwijs/);
  });

  it('"Hoe kom je hier?" names the origins with their status, basisonderwijs apart', () => {
    const incoming = incomingRoutes(catalogue, get('eerste-leerjaar-a'));
    expect(incoming.fromBasisonderwijs.map((i) => [i.id, i.status])).toEqual([
      ['met-getuigschrift', 'open'],
      ['zonder-getuigschrift', 'voorwaarde'],
    ]);
    expect(incoming.items.find((i) => i.id === 'eerste-leerjaar-b')?.status).toBe('voorwaarde');
    const latijn = incomingRoutes(catalogue, get('latijn-wiskunde-3de-graad'));
    expect(latijn.items.find((i) => i.id === 'latijn-2de-graad')).toMatchObject({ status: 'open', year: 4 });
    expect(latijn.groups).toContainEqual(
      expect.objectContaining({ label: 'richtingen van de 2de graad met arbeidsmarktfinaliteit', status: 'vraag-raad', ids: ['elektriciteit-2de-graad', 'aanloop-bouw-2de-graad'] }),
    );
  });

  it('attest notes fit the stage', () => {
    expect(attestNotes(get('eerste-leerjaar-a')).map((n) => n.rule)).toEqual(['attesten-eerste-leerjaar', 'c-attest']);
    expect(attestNotes(get('latijn-2de-graad')).map((n) => n.rule)).toEqual(['b-attest', 'c-attest']);
    expect(attestNotes(get('moderne-talen-3de-graad')).map((n) => n.rule)).toEqual(['diploma-secundair', 'c-attest']);
    expect(attestNotes(get('werken'))).toEqual([]);
  });
});

describe('study page routes and the stroom of a basisoptie', () => {
  it('"Hoe kom je hier?" names a basisoptie in 2A and in 2B apart, each with its own status', () => {
    const incoming = incomingRoutes(catalogue, get('elektrotechnieken-2de-graad'));
    const stem = incoming.items.filter((i) => i.id === 'basisoptie-stem-technieken');
    expect(stem.map((i) => [i.stroom, i.status]).sort()).toEqual([
      ['A', 'open'],
      ['B', 'vraag-raad'],
    ]);
  });

  it('"Waar kan je naartoe?" after 1B sums up the basisopties per stroom', () => {
    const labels = onwardRoutes(catalogue, get('eerste-leerjaar-b')).groups.map((g) => [g.label, g.status]);
    expect(labels).toContainEqual(['basisopties van 2A', 'voorwaarde']);
  });
});

describe('explainResult', () => {
  it('says what a B-attest closes and what stays open', () => {
    const result = nextSteps(catalogue, { kind: 'study', id: 'tweede-leerjaar-a', year: 2 }, { type: 'B', exclusions: [{ kind: 'finaliteit', value: 'doorstroom' }] });
    expect(explainResult(result)).toMatch(/^Met je attest mag je niet naar de doorstroomfinaliteit \(2 keuzes\)\. Je kan wel kiezen uit 5 andere mogelijkheden: 3 zonder voorwaarde en 2 met een voorwaarde\./);
  });

  it('explains a C-attest and unconfirmed rules', () => {
    const c = nextSteps(catalogue, { kind: 'study', id: 'tweede-leerjaar-b', year: 2 }, { type: 'C', exclusions: [] });
    expect(explainResult(c)).toMatch(/^Met een C-attest doe je het jaar over/);
    const b2 = nextSteps(catalogue, { kind: 'study', id: 'tweede-leerjaar-b', year: 2 }, { type: 'A', exclusions: [] });
    expect(explainResult(b2)).toMatch(/vraag raad aan je klassenraad of CLB/);
  });
});
