/**
 * School records grouped per province and municipality, for the school index (/scholen/) and one page per province
 * (/scholen/provincie/<slug>/): one list of every school of Flanders would not fit the page budget.
 */
import { slugify } from '../content/slug.ts';

/** The provinces in the order the source uses, Brussels last. */
export const PROVINCE_ORDER = ['Antwerpen', 'Limburg', 'Oost-Vlaanderen', 'Vlaams-Brabant', 'West-Vlaanderen', 'Brussel'] as const;
export type ProvinceName = (typeof PROVINCE_ORDER)[number];

export interface Groupable {
  id: string;
  data: { province?: string | undefined; address: { municipality: string }; locationId?: string | undefined };
}

export interface ProvinceGroup<T> {
  name: ProvinceName;
  slug: string;
  /** Number of distinct addresses. */
  addresses: number;
  schools: T[];
  municipalities: { name: string; anchor: string; schools: T[] }[];
}

export const municipalityAnchor = (name: string) => `gemeente-${slugify(name)}`;

/** Groups schools per province; a record without a province is an error that names it (the import always sets one). */
export function groupByProvince<T extends Groupable>(schools: readonly T[]): ProvinceGroup<T>[] {
  const missing = schools.filter((s) => !PROVINCE_ORDER.includes(s.data.province as ProvinceName));
  if (missing.length > 0) throw new Error(`Scholen zonder bekende provincie: ${missing.slice(0, 5).map((s) => s.id).join(', ')}`);
  return PROVINCE_ORDER.map((name) => {
    const inProvince = schools.filter((s) => s.data.province === name);
    const names = [...new Set(inProvince.map((s) => s.data.address.municipality))].sort((a, b) => a.localeCompare(b, 'nl'));
    return {
      name,
      slug: slugify(name),
      addresses: new Set(inProvince.map((s) => s.data.locationId ?? s.id)).size,
      schools: inProvince,
      municipalities: names.map((m) => ({ name: m, anchor: municipalityAnchor(m), schools: inProvince.filter((s) => s.data.address.municipality === m) })),
    };
  }).filter((g) => g.schools.length > 0);
}
