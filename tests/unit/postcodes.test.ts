/**
 * scripts/data/postcodes.json against the geography of Flanders and Brussels: every postcode lies in the province its
 * number belongs to (rough bounding boxes), and places that share a name with a municipality elsewhere are placed
 * in their own municipality (the 2013 source list got these wrong; see scripts/build-postcodes.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadPostcodes } from '../../src/lib/schools/load-postcodes.ts';

const postcodes = loadPostcodes();

/** [from, to, south, north, west, east]: postcode range and the province's bounding box with a small margin. */
const PROVINCES: [number, number, number, number, number, number, string][] = [
  [1000, 1299, 50.76, 50.92, 4.24, 4.49, 'Brussel'],
  [1500, 1999, 50.67, 51.06, 3.88, 4.8, 'Vlaams-Brabant (Halle-Vilvoorde)'],
  [2000, 2999, 50.99, 51.51, 4.1, 5.27, 'Antwerpen'],
  [3000, 3499, 50.67, 51.06, 4.4, 5.17, 'Vlaams-Brabant (Leuven)'],
  [3500, 3999, 50.68, 51.32, 4.98, 5.92, 'Limburg'],
  [8000, 8999, 50.68, 51.38, 2.53, 3.5, 'West-Vlaanderen'],
  [9000, 9999, 50.7, 51.36, 3.31, 4.33, 'Oost-Vlaanderen'],
];

describe('postcodes of Flanders and Brussels', () => {
  it('covers every range and puts each postcode in its own province', () => {
    expect(Object.keys(postcodes).length).toBeGreaterThan(500);
    for (const [code, place] of Object.entries(postcodes)) {
      const pc = Number(code);
      const province = PROVINCES.find(([from, to]) => pc >= from && pc <= to);
      expect(province, code).toBeDefined();
      const [, , south, north, west, east, name] = province!;
      const where = `${code} ${place.name} (${place.municipality}) at ${place.lat}, ${place.lon} should be in ${name}`;
      expect(place.lat >= south && place.lat <= north && place.lon >= west && place.lon <= east, where).toBe(true);
    }
  });

  it('places namesakes in their own municipality', () => {
    const municipality = (code: string) => postcodes[code]?.municipality;
    expect(municipality('2100')).toBe('Antwerpen'); // Deurne, not Deurne near Diest
    expect(municipality('3290')).toBe('Diest');
    expect(municipality('9300')).toBe('Aalst'); // not Aalst near Sint-Truiden
    expect(municipality('2950')).toBe('Kapellen');
    expect(municipality('1830')).toBe('Machelen');
    expect(municipality('9000')).toBe('Gent');
    expect(municipality('9040')).toBe('Gent');
  });
});
