/**
 * Every entry of the official catalogue (scripts/data/official-catalogue.json, a copy of the open data of the
 * Flemish education administration; provenance in scripts/data/README.md) is represented in content/, with the
 * right graad, finaliteit, domein, onderwijsvorm, duaal and full name.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import {
  DOMAIN_IDS,
  FINALITEIT_IDS,
  fullName,
  isGradeTwoOrThree,
  type OfficialEntry,
} from '../../src/lib/content/official-catalogue.ts';

const root = join(import.meta.dirname, '../..');
const catalogue: OfficialEntry[] = JSON.parse(readFileSync(join(root, 'scripts/data/official-catalogue.json'), 'utf8'));
const expansions: Record<string, string> = JSON.parse(readFileSync(join(root, 'scripts/data/full-names.json'), 'utf8')).names;
const unrepresented: { code: string; reason: string }[] = JSON.parse(
  readFileSync(join(root, 'scripts/data/unrepresented.json'), 'utf8'),
).codes;
const content = loadContent(join(root, 'content'), root);

describe('the official catalogue copy', () => {
  it('is the 577-entry export', () => {
    expect(catalogue).toHaveLength(577);
  });
});

describe('content/ against the official catalogue', () => {
  it('has no content problems', () => {
    expect(content.problems).toEqual([]);
  });

  const studies = content.studies;
  const gradeEntries = catalogue.filter(isGradeTwoOrThree);

  it.each(gradeEntries.map((e) => [`${e.code} ${e.name} (graad ${e.graad}${e.zevendeLeerjaar ? ', 7de jaar' : ''})`, e] as const))(
    '%s has a page with the right facts',
    (_label, entry) => {
      const matches = studies.filter(
        (s) =>
          (entry.duaal ? s.data.duaalCodes : s.data.codes).includes(entry.code) &&
          s.data.graad === entry.graad &&
          (s.data.kind === 'zevende-jaar') === entry.zevendeLeerjaar,
      );
      expect(matches, 'exactly one page carries this code in this graad').toHaveLength(1);
      const study = matches[0]!.data;
      expect(study.kind).toBe(entry.zevendeLeerjaar ? 'zevende-jaar' : 'studierichting');
      expect(study.finaliteit).toBe(entry.finaliteit === null ? null : FINALITEIT_IDS[entry.finaliteit]);
      expect(study.domein).toContain(DOMAIN_IDS[entry.domein!]);
      for (const vorm of entry.onderwijsvormen.map((v) => v.toLowerCase()).filter((v) => v !== '7de')) {
        expect(study.onderwijsvorm).toContain(vorm);
      }
      expect(study.duaal).not.toBe(entry.duaal ? 'nee' : 'enkel');
      expect(study.name).toBe(fullName(entry, expansions));
    },
  );

  it('represents every other catalogue entry on a page, in a page\'s programmes, or in the documented exceptions', () => {
    const onPages = new Set(studies.flatMap((s) => [...s.data.codes, ...s.data.duaalCodes]));
    const inProgrammes = new Set(studies.flatMap((s) => s.data.programmes.map((p) => p.code).filter(Boolean)));
    const excepted = new Set(unrepresented.map((u) => u.code));
    const missing = catalogue
      .filter((e) => !isGradeTwoOrThree(e))
      .filter((e) => !onPages.has(e.code) && !inProgrammes.has(e.code) && !excepted.has(e.code))
      .map((e) => `${e.code} ${e.name}`);
    expect(missing).toEqual([]);
  });

  it('shows no code outside graad 2 and 3 that no school offers as the official code of a page (review: OV4 page with 313, "type 5")', () => {
    // Such a code names one narrow variant at best (313 is OV4 type 5, ziekenhuisonderwijs): a page with no single
    // code of its own shows none, and the code is listed in unrepresented.json with why.
    const byCode = new Map(catalogue.map((e) => [e.code, e]));
    const unoffered = studies.flatMap((s) =>
      [...s.data.codes, ...s.data.duaalCodes]
        .map((c) => byCode.get(c))
        .filter((e): e is OfficialEntry => e !== undefined && !isGradeTwoOrThree(e) && e.locations === 0)
        .map((e) => `${s.id}: ${e.code} ${e.name}`),
    );
    expect(unoffered).toEqual([]);
    const ov4 = studies.find((s) => s.id === 'buso-opleidingsvorm-4')!.data;
    expect([...ov4.codes, ...ov4.duaalCodes]).toEqual([]);
    expect(ov4.uncertain).toMatch(/geen eigen code/);
  });

  it('uses no official code that is not in the catalogue', () => {
    const known = new Set(catalogue.map((e) => e.code));
    const unknown = studies.flatMap((s) =>
      [...s.data.codes, ...s.data.duaalCodes, ...s.data.programmes.flatMap((p) => (p.code ? [p.code] : []))]
        .filter((c) => !known.has(c))
        .map((c) => `${s.id}: ${c}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has the required non-catalogue entries: first graad, OKAN, BuSO, HBO5 and the destinations', () => {
    const ids = new Set(studies.map((s) => s.id));
    for (const id of [
      'eerste-leerjaar-a',
      'eerste-leerjaar-b',
      'tweede-leerjaar-a',
      'tweede-leerjaar-b',
      'okan',
      'buso-opleidingsvorm-3',
      'buso-opleidingsvorm-4',
      'hbo5-verpleegkunde',
      'academische-bachelor',
      'professionele-bachelor',
      'graduaat',
      'werken',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(studies.filter((s) => s.data.kind === 'basisoptie').length).toBeGreaterThanOrEqual(9);
  });

  it('gives every page a source and a checked date', () => {
    for (const s of studies) {
      expect(s.data.source.url, s.id).toMatch(/^https:\/\//);
      expect(s.data.checked.getTime(), s.id).not.toBeNaN();
    }
  });
});
