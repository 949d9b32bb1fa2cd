/**
 * The school list without JavaScript at full scale: one page per province (and Brussels) with its schools per
 * municipality, and an index with the counts. One page with 2,000 schools would be too heavy for a cheap phone.
 */
import { slugify } from '../content/slug.ts';
import { PROVINCES, provinceOf, type Province } from './province.ts';

export interface IndexedSchool {
  province?: Province | undefined;
  postcode: string;
  municipality: string;
}

export const provinceSlug = (province: Province) => slugify(province);
export const provinceUrl = (province: Province) => `/scholen/provincie/${provinceSlug(province)}/`;

/** The province of a school: as imported, else from its postcode. */
export const schoolProvince = (s: IndexedSchool): Province | null => s.province ?? provinceOf(s.postcode);

/** Every province with schools, in the usual order, with its schools grouped per municipality (alphabetical). */
export function schoolsByProvince<T extends IndexedSchool>(schools: readonly T[]): { province: Province; municipalities: { name: string; schools: T[] }[]; count: number }[] {
  return PROVINCES.map((province) => {
    const own = schools.filter((s) => schoolProvince(s) === province);
    const names = [...new Set(own.map((s) => s.municipality))].sort((a, b) => a.localeCompare(b, 'nl'));
    return { province, count: own.length, municipalities: names.map((name) => ({ name, schools: own.filter((s) => s.municipality === name) })) };
  }).filter((p) => p.count > 0);
}
