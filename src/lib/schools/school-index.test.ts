import { describe, expect, it } from 'vitest';
import { provinceUrl, schoolsByProvince } from './school-index.ts';

describe('the school list per province', () => {
  it('groups schools per province (imported or from the postcode) and municipality, skipping empty provinces', () => {
    const schools = [
      { id: 'a', postcode: '9000', municipality: 'Gent' },
      { id: 'b', postcode: '9300', municipality: 'Aalst' },
      { id: 'c', postcode: '9000', municipality: 'Gent' },
      { id: 'd', postcode: '1000', municipality: 'Brussel' },
      { id: 'e', postcode: '1500', municipality: 'Halle', province: 'Vlaams-Brabant' as const },
    ];
    const grouped = schoolsByProvince(schools);
    expect(grouped.map((p) => [p.province, p.count])).toEqual([['Brussel', 1], ['Vlaams-Brabant', 1], ['Oost-Vlaanderen', 3]]);
    expect(grouped[2]!.municipalities.map((m) => [m.name, m.schools.map((s) => s.id)])).toEqual([['Aalst', ['b']], ['Gent', ['a', 'c']]]);
    expect(provinceUrl('Oost-Vlaanderen')).toBe('/scholen/provincie/oost-vlaanderen/');
  });
});
