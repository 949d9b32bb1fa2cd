import { describe, expect, it } from 'vitest';
import { groupByProvince } from './provinces.ts';

const school = (id: string, province: string | undefined, municipality: string, locationId?: string) => ({ id, data: { province, address: { municipality }, locationId } });

describe('schools per province', () => {
  it('groups per province in a fixed order and per municipality alphabetically, counting addresses once', () => {
    const groups = groupByProvince([
      school('a', 'Brussel', 'Elsene', 'x'),
      school('b', 'Antwerpen', 'Mechelen', 'm1'),
      school('c', 'Antwerpen', 'Antwerpen', 'a1'),
      school('d', 'Antwerpen', 'Antwerpen', 'a1'),
    ]);
    expect(groups.map((g) => [g.name, g.slug, g.addresses, g.schools.length])).toEqual([['Antwerpen', 'antwerpen', 2, 3], ['Brussel', 'brussel', 1, 1]]);
    expect(groups[0]!.municipalities.map((m) => [m.name, m.anchor, m.schools.map((s) => s.id)])).toEqual([
      ['Antwerpen', 'gemeente-antwerpen', ['c', 'd']],
      ['Mechelen', 'gemeente-mechelen', ['b']],
    ]);
  });

  it('names a record without a known province instead of leaving it out', () => {
    expect(() => groupByProvince([school('zonder-1', undefined, 'X')])).toThrow(/zonder-1/);
  });
});
