import { describe, expect, it } from 'vitest';
import { parseFinderData, parsePostcodes, toPostcodeRows } from './finder-data.ts';

const school = { id: 'a', name: 'School A', net: 'GO!', street: 'Straat 1', postcode: '9000', municipality: 'Gent', lat: 51, lon: 3.7, studies: ['x'], duaal: [], source: 'Open data', checked: '2026-11-23' };
const study = { id: 'x', name: 'X', title: 'X (2de graad)', graad: 2, finaliteit: 'doorstroom', domains: ['stem'], balance: 'praktijk', next: [] };

describe('reading the finder data in the browser', () => {
  it('reads good data and skips (and counts) records that do not fit', () => {
    const parsed = parseFinderData({ schools: [school, { ...school, id: 'b', net: 'privé' }, { ...school, id: 'c', lat: null, lon: null }], studies: [study, { ...study, graad: 9 }] });
    expect(parsed.ok && parsed.value.schools.map((s) => [s.id, s.lat])).toEqual([['a', 51], ['c', null]]);
    expect(parsed.ok && parsed.skipped).toBe(2);
  });

  it('turns unreadable or empty files into a message, never an exception', () => {
    for (const bad of [null, 'tekst', [], { schools: 'x', studies: [] }, { schools: [], studies: [] }, { schools: [{ id: 1 }], studies: [] }]) {
      expect(() => parseFinderData(bad)).not.toThrow();
      expect(parseFinderData(bad).ok).toBe(false);
    }
    for (const bad of [null, {}, [], [['12', 'x', 'y', 1, 2]], [['1000', '', 'Brussel', 1, 2]]]) expect(parsePostcodes(bad).ok).toBe(false);
  });

  it('writes postcodes as compact rows and reads them back', () => {
    const rows = toPostcodeRows({ '9040': { name: 'Sint-Amandsberg', municipality: 'Gent', lat: 51.06, lon: 3.75 }, '9000': { name: 'Gent', municipality: 'Gent', lat: 51.05, lon: 3.72 } });
    expect(rows[0]).toEqual(['9000', 'Gent', 'Gent', 51.05, 3.72]);
    const parsed = parsePostcodes(JSON.parse(JSON.stringify(rows)));
    expect(parsed.ok && parsed.value.map((p) => p.postcode)).toEqual(['9000', '9040']);
  });
});
