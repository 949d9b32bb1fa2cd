/**
 * The import of the whole official school data (scripts/data/schools-flanders.json) as a test: what it imports is
 * counted again from the file itself, every record and code it cannot use is named with a reason, the run is
 * idempotent, and content/schools is exactly its output (so the shipped data cannot drift from the file).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { expandFlanders, type FlandersFile } from '../../src/lib/schools/flanders.ts';
import { importExport } from '../../src/lib/schools/import.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';

const file = JSON.parse(readFileSync('scripts/data/schools-flanders.json', 'utf8')) as FlandersFile;
const studies = loadContent('content').studies.map((s) => toRouteStudy(s.id, s.data));
const stamp = {
  sourceTitle: 'Onderwijs Vlaanderen, open data: instellingsgegevens en onderwijsaanbod secundair onderwijs',
  fallbackUrl: 'https://data-onderwijs.vlaanderen.be/onderwijsaanbod/',
  checked: '2026-09-01',
  schoolYear: '2026-2027',
};
const { schools, report } = importExport(expandFlanders(file), studies, stamp);

describe('the import of every secondary school of Flanders and Brussels', () => {
  it('imports every address and every school of the file, and every offered code', () => {
    const schoolsInFile = file.locations.flatMap((l) => l.scholen);
    expect(report.locations).toBe(file.locations.length);
    expect(report.schools).toBe(schoolsInFile.length);
    expect(report.withOffer).toBe(schoolsInFile.filter((s) => s.codes.length > 0).length);
    expect(report.offerings).toBe(schoolsInFile.reduce((n, s) => n + s.codes.length, 0));
    // The counts the description of the file gives (shared/reference/schools-flanders.md).
    expect([report.locations, report.schools, report.withOffer, report.offerings]).toEqual([1075, 2145, 1457, 31380]);
    expect(report.broken).toEqual([]);
  });

  it('names every code it cannot map onto a page, with the reason; the year itself is still mapped', () => {
    expect(report.unmapped.map((u) => u.name).sort()).toEqual([
      '2e leerjaar A Freinetpedagogie',
      '2e leerjaar A Rudolf Steinerpedagogie',
      '2e leerjaar A Topsport',
      '2e leerjaar A Yeshiva',
    ]);
    for (const u of report.unmapped) {
      expect(u.code, u.name).toMatch(/^\d+$/);
      expect(u.reason, u.name).toMatch(/heeft geen eigen pagina/);
    }
    const yeshiva = report.unmapped.find((u) => u.name === '2e leerjaar A Yeshiva')!;
    const offering = schools.filter((s) => file.locations.some((l) => l.scholen.some((x) => x.schoolnummer === s.schoolnummer && x.internVplnummer === s.vestiging && x.codes.map(String).includes(yeshiva.code!))));
    expect(offering).toHaveLength(yeshiva.count);
    for (const s of offering) expect(s.studies).toContain('tweede-leerjaar-a');
  });

  it('keeps every campus without offer, pointing to the addresses of its school that have one, and names the rest', () => {
    const withoutOwn = schools.filter((s) => s.studies.length === 0);
    expect(withoutOwn).toHaveLength(report.offerElsewhere.length + report.withoutOffer.length);
    expect(report.withoutOffer).toEqual(['Safe college (Frederik de Merodestraat 18, 2800)', 'Pleinlaan (Pleinlaan 1, 1050)']);
    const byId = new Map(schools.map((s) => [s.id, s]));
    for (const s of withoutOwn) {
      for (const id of s.offerAt!) {
        expect(byId.get(id)!.schoolnummer, s.id).toBe(s.schoolnummer);
        expect(byId.get(id)!.studies.length, s.id).toBeGreaterThan(0);
      }
    }
  });

  it('handles the odd values: Onafhankelijk, empty house numbers, no coordinates, half pupils, mailbox websites', () => {
    const independent = schools.filter((s) => s.net === 'onafhankelijk');
    expect(independent).toHaveLength(5);
    for (const s of independent) expect(s.subsidised).toBe(false);
    expect(schools.filter((s) => s.address.number === '').length).toBeGreaterThan(0);
    const unlocated = file.locations.filter((l) => l.lat === null).reduce((n, l) => n + l.scholen.length, 0);
    expect(report.missingCoordinates).toHaveLength(unlocated);
    expect(report.fractionalPupils.length).toBeGreaterThan(0);
    for (const s of schools) expect(Number.isInteger(s.pupils ?? 0)).toBe(true);
    expect(report.badWebsites.map((w) => w.website)).toContain('https://tectum@stedelijkonderwijs.be');
    expect(JSON.stringify(schools)).not.toMatch(/tectum@/);
  });

  it('is idempotent, and content/schools holds exactly its output', () => {
    expect(importExport(expandFlanders(file), studies, stamp)).toEqual({ schools, report });
    const shipped = readdirSync('content/schools').sort();
    expect(shipped).toEqual(schools.map((s) => `${s.id}.json`).sort());
    const differing = schools.filter((s) => readFileSync(`content/schools/${s.id}.json`, 'utf8') !== `${JSON.stringify(s, null, 2)}\n`);
    expect(differing.map((s) => s.id)).toEqual([]);
  }, 90_000);
});
