/**
 * The duaal and 7de-jaar facets over the real content, checked against the official catalogue
 * (scripts/data/official-catalogue.json) rather than against the page fields the facets read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { FINALITEIT_IDS, type OfficialEntry } from '../content/official-catalogue.ts';
import { FINALITEITEN } from '../../schemas/enums.ts';
import { facetValuesOf, matches, type Selection } from './facets.ts';

const root = join(import.meta.dirname, '../../..');
const { studies } = loadContent(join(root, 'content'), root);
const official: OfficialEntry[] = JSON.parse(readFileSync(join(root, 'scripts/data/official-catalogue.json'), 'utf8'));

const found = (selection: Selection) =>
  new Set(studies.filter((s) => matches(facetValuesOf(s.data), selection)).map((s) => s.id));
const idsWhere = (test: (s: (typeof studies)[number]) => boolean) => new Set(studies.filter(test).map((s) => s.id));
const codesOf = (entries: OfficialEntry[]) => new Set(entries.map((e) => e.code));

// A page is duaal when it carries the code of an official duaal entry, or lists a duaal programme (BuSO).
const officialDuaal = official.filter((e) => e.duaal);
const duaalPages = (entries: OfficialEntry[]) => {
  const codes = codesOf(entries);
  return idsWhere((s) => s.data.duaalCodes.some((c) => codes.has(c)));
};
const expectedDuaal = new Set([...duaalPages(officialDuaal), ...idsWhere((s) => s.data.programmes.some((p) => p.duaal === true))]);

// A page is a 7de jaar when it carries the code of an official entry of the 3rd year of the 3de graad.
const officialSeventh = official.filter((e) => e.zevendeLeerjaar);
const seventhCodes = codesOf(officialSeventh);
const expectedSeventh = idsWhere((s) => [...s.data.codes, ...s.data.duaalCodes].some((c) => seventhCodes.has(c)));

describe('the duaal facet over the content', () => {
  it('finds every duaal study and no other', () => {
    expect(expectedDuaal.size).toBeGreaterThan(100);
    expect(found({ leerweg: ['duaal'] })).toEqual(expectedDuaal);
  });

  it('combines with each finaliteit (AND), and finds the duaal richtingen of each finaliteit of the official catalogue', () => {
    for (const finaliteit of FINALITEITEN) {
      const combined = found({ leerweg: ['duaal'], finaliteit: [finaliteit] });
      expect(combined, finaliteit).toEqual(new Set([...expectedDuaal].filter((id) => found({ finaliteit: [finaliteit] }).has(id))));
      const entries = officialDuaal.filter((e) => e.finaliteit !== null && FINALITEIT_IDS[e.finaliteit] === finaliteit);
      for (const id of duaalPages(entries)) expect(combined, `${finaliteit}: ${id}`).toContain(id);
    }
    // The few duaal richtingen with dubbele finaliteit are exactly those of the official catalogue.
    const dubbele = officialDuaal.filter((e) => e.finaliteit === 'dubbele finaliteit');
    expect(dubbele.length).toBeGreaterThan(0);
    expect(found({ leerweg: ['duaal'], finaliteit: ['dubbele-finaliteit'] })).toEqual(duaalPages(dubbele));
    // The learner in the arbeidsmarktfinaliteit who wants to learn at work finds a real choice, and fewer than all.
    const arbeidsmarkt = found({ leerweg: ['duaal'], finaliteit: ['arbeidsmarkt'] });
    expect(arbeidsmarkt.size).toBeGreaterThan(10);
    expect(arbeidsmarkt.size).toBeLessThan(found({ finaliteit: ['arbeidsmarkt'] }).size);
  });
});

describe('the 7de-jaar facet over the content', () => {
  it('finds every 7de jaar (specialisatiejaar or voorbereidend jaar) and no other', () => {
    expect(expectedSeventh.size).toBeGreaterThan(50);
    expect(found({ leerjaar: ['7'] })).toEqual(expectedSeventh);
    expect(expectedSeventh).toEqual(idsWhere((s) => s.data.kind === 'zevende-jaar'));
  });

  it('combines with graad, domein and duaal leren', () => {
    expect(found({ leerjaar: ['7'], graad: ['3'] })).toEqual(expectedSeventh);
    expect(found({ leerjaar: ['7'], graad: ['2'] }).size).toBe(0);
    const stem = found({ leerjaar: ['7'], domein: ['stem'] });
    expect(stem.size).toBeGreaterThan(0);
    expect(stem).toEqual(new Set([...expectedSeventh].filter((id) => found({ domein: ['stem'] }).has(id))));
    const duaal = found({ leerjaar: ['7'], leerweg: ['duaal'] });
    expect(duaal).toEqual(new Set([...expectedSeventh].filter((id) => expectedDuaal.has(id))));
    expect(duaal.size).toBeGreaterThan(0);
  });

  it('finds nothing together with a finaliteit, because the official catalogue gives a 7de jaar none (the page says so)', () => {
    expect(officialSeventh.every((e) => e.finaliteit === null)).toBe(true);
    for (const finaliteit of FINALITEITEN) expect(found({ leerjaar: ['7'], finaliteit: [finaliteit] }).size).toBe(0);
  });
});
