import { describe, expect, it } from 'vitest';
import type { Place } from './finder-data.ts';
import { placeLabel, resolvePlace } from './place.ts';

const places: Place[] = [
  { postcode: '2000', name: 'Antwerpen', municipality: 'Antwerpen', lat: 51.22, lon: 4.4 },
  { postcode: '2140', name: 'Borgerhout', municipality: 'Antwerpen', lat: 51.22, lon: 4.4 },
  { postcode: '9000', name: 'Gent', municipality: 'Gent', lat: 51.05, lon: 3.72 },
  { postcode: '9040', name: 'Sint-Amandsberg', municipality: 'Gent', lat: 51.05, lon: 3.72 },
];
const found = (text: string) => {
  const r = resolvePlace(places, text);
  return r.ok ? r.value.postcode : r;
};

describe('resolvePlace', () => {
  it('finds a postcode, a label picked from the list, a municipality (its main postcode) and a deelgemeente', () => {
    expect(found('9040')).toBe('9040');
    expect(found('9040 Sint-Amandsberg (Gent)')).toBe('9040');
    expect(found('gent')).toBe('9000');
    expect(found('  ANTWERPEN ')).toBe('2000');
    expect(found('sint amandsberg')).toBe('9040');
  });

  it('explains unknown postcodes, wrong numbers and unknown names, with close names as suggestions', () => {
    const unknown = resolvePlace(places, '4000');
    expect(unknown.ok === false && unknown.error).toMatch(/Postcode 4000 kennen we niet/);
    const short = resolvePlace(places, '900');
    expect(short.ok === false && short.error).toMatch(/4 cijfers/);
    const typo = resolvePlace(places, 'Borgerhou');
    expect(typo.ok === false && typo.suggestions).toEqual(['2140 Borgerhout (Antwerpen)']);
    expect(resolvePlace(places, '').ok).toBe(false);
  });

  it('labels a place with its municipality when it is a deelgemeente', () => {
    expect(placeLabel(places[2]!)).toBe('9000 Gent');
    expect(placeLabel(places[3]!)).toBe('9040 Sint-Amandsberg (Gent)');
  });
});
