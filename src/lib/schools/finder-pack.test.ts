import { describe, expect, it } from 'vitest';
import type { FinderData, FinderSchool, FinderStudy } from './finder-data.ts';
import { packFinderData, unpackFinderData } from './finder-pack.ts';

const study = (id: string, graad: FinderStudy['graad'] = 2): FinderStudy => ({ id, name: id.toUpperCase(), title: `${id.toUpperCase()} (2de graad)`, graad, finaliteit: 'doorstroom', domains: ['stem'], balance: 'theorie', next: [] });
const school = (id: string, name: string, extra: Partial<FinderSchool> = {}): FinderSchool => ({
  id, name, net: 'GO!', street: 'Straat 1', postcode: '9000', municipality: 'Gent', lat: 51.054321, lon: 3.721234, studies: ['b', 'a'], duaal: [], source: 'Open data', checked: '2026-11-23', ...extra,
});
const data: FinderData = {
  studies: [{ ...study('a'), next: ['b', 'elders'] }, study('b', 3)],
  schools: [
    school('sint-jan-12345-1', 'Sint-Jan', { postcode: '9040', koepel: 'Katholiek Onderwijs Vlaanderen', net: 'vrij gesubsidieerd', duaal: ['b'], mainAddress: true }),
    school('een-andere-id', 'Atheneum', { lat: null, lon: null, source: 'Andere bron', checked: '2026-09-01' }),
    school('sint-jan-12345-2', 'Sint-Jan', { studies: [], offerAt: ['sint-jan-12345-1'] }),
    school('los-adres-9-1', 'Los adres', { postcode: '9050', studies: [], offerAt: [], net: 'onafhankelijk' }),
  ],
};

describe('the packed finder data', () => {
  it('unpacks to the same schools and studies (sorted by postcode), with coordinates to 5 decimals', () => {
    const json = JSON.parse(JSON.stringify(packFinderData(data)));
    const unpacked = unpackFinderData(json);
    expect(unpacked.ok).toBe(true);
    if (!unpacked.ok) return;
    expect(unpacked.value.studies).toEqual(data.studies);
    const byId = new Map(unpacked.value.schools.map((s) => [s.id, s]));
    for (const s of data.schools) {
      expect(byId.get(s.id)).toEqual({ ...s, studies: [...s.studies].sort(), lat: s.lat === null ? null : 51.05432, lon: s.lon === null ? null : 3.72123 });
    }
    expect(unpacked.value.schools.map((s) => s.postcode)).toEqual(['9000', '9000', '9040', '9050']);
  });

  it('keeps each source and study name once, and ids without the slug of the name', () => {
    const packed = packFinderData(data);
    expect(packed.sources).toEqual([['Andere bron', '2026-09-01'], ['Open data', '2026-11-23']]);
    expect(packed.schools.id).toEqual(['=een-andere-id', '12345-2', '12345-1', '9-1']);
    expect(packed.schools.studies).toEqual([[0, 1], [], [0, 1], []]);
    expect(packed.schools.offerAt).toEqual([null, [2], null, []]);
    expect(packed.schools.main).toEqual([0, 0, 1, 0]);
  });

  it('turns a broken or foreign file into a message, never an exception', () => {
    const packed = JSON.parse(JSON.stringify(packFinderData(data)));
    const shorter = { ...packed, schools: { ...packed.schools, name: packed.schools.name.slice(1) } };
    for (const bad of [null, [], { ...packed, version: 2 }, { ...packed, schools: null }, shorter, { schools: [], studies: [] }]) {
      expect(() => unpackFinderData(bad)).not.toThrow();
      expect(unpackFinderData(bad).ok).toBe(false);
    }
  });

  it('skips a school whose values do not fit and keeps the rest', () => {
    const packed = JSON.parse(JSON.stringify(packFinderData(data)));
    packed.schools.net[0] = 7;
    const unpacked = unpackFinderData(packed);
    expect(unpacked.ok && unpacked.value.schools.map((s) => s.id).sort()).toEqual(['los-adres-9-1', 'sint-jan-12345-1', 'sint-jan-12345-2']);
    expect(unpacked.ok && unpacked.skipped).toBe(1);
  });
});
