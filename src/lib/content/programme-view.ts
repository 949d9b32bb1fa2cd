/**
 * Derived facts about programmes of higher education that the pages and the open data share: URLs, Dutch labels
 * for kinds and admission conditions, the study load in words, and a stable order.
 */
import type { HoAdmission, HoKind } from '../../schemas/enums.ts';
import type { HoProgrammeData } from '../../schemas/ho-programme.ts';

export const HO_KIND_LABELS: Record<HoKind, string> = {
  graduaat: 'Graduaat',
  'professionele-bachelor': 'Professionele bachelor',
  'academische-bachelor': 'Academische bachelor',
};

export const HO_ADMISSION_LABELS: Record<HoAdmission, string> = {
  'toelatingsexamen-arts': 'Toelatingsexamen arts',
  'toelatingsexamen-tandarts': 'Toelatingsexamen tandarts',
  'toelatingsexamen-dierenarts': 'Toelatingsexamen dierenarts',
  'artistieke-toelatingsproef': 'Artistieke toelatingsproef',
  'starttoets-lerarenopleiding': 'Starttoets lerarenopleiding',
  beroepservaring: 'Beroepservaring vereist',
  'taalvoorwaarde-nederlands': 'Taalvoorwaarde Nederlands',
};

/**
 * The admission conditions in words, each kind once ("Artistieke toelatingsproef", not three times for three schools
 * that each describe their own proef).
 */
export function admissionSummary(admission: readonly { kind: HoAdmission }[]): string {
  return [...new Set(admission.map((a) => HO_ADMISSION_LABELS[a.kind]))].join(', ');
}

/** Order of the kinds on overview pages: shortest programme first. */
const KIND_ORDER: Record<HoKind, number> = { graduaat: 0, 'professionele-bachelor': 1, 'academische-bachelor': 2 };

export function programmeUrl(id: string): string {
  return `/hoger-onderwijs/${id}/`;
}

export function studiegebiedUrl(id: string): string {
  return `/studiegebieden/${id}/`;
}

/** Sort key: kind, then name. */
export function programmeOrder(p: Pick<HoProgrammeData, 'kind' | 'name'>): string {
  return `${KIND_ORDER[p.kind]}|${p.name}`;
}

/** "Educatieve bachelor" for a lerarenopleiding, otherwise the kind's label. */
export function kindLabel(p: Pick<HoProgrammeData, 'kind' | 'educatief'>): string {
  if (!p.educatief) return HO_KIND_LABELS[p.kind];
  return p.kind === 'graduaat' ? 'Educatief graduaat' : 'Educatieve bachelor';
}

/** "3 jaar", with a decimal comma for half years: "1,5 jaar". */
export function yearsText(years: number): string {
  return `${String(years).replace('.', ',')} jaar`;
}

/** What a page says when the study load of a programme was not verified yet. */
export const LOAD_UNKNOWN = 'studieomvang nog niet nagekeken: zie de pagina van de instelling';

/** "180 studiepunten, voltijds 3 jaar"; a part that was not verified is said plainly instead of guessed. */
export function loadText(p: Pick<HoProgrammeData, 'credits' | 'years'>): string {
  if (p.credits === null && p.years === null) return LOAD_UNKNOWN;
  const credits = p.credits === null ? 'studiepunten nog niet nagekeken' : `${p.credits} studiepunten`;
  const years = p.years === null ? 'duur nog niet nagekeken' : `voltijds ${yearsText(p.years)}`;
  return `${credits}, ${years}`;
}

/** The cities where a programme can be started, sorted and without repeats. */
export function cities(p: Pick<HoProgrammeData, 'offerings'>): string[] {
  const known = p.offerings.map((o) => o.city).filter((c): c is string => c !== null);
  return [...new Set(known)].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Counts per kind, educatieve programmes counted apart, for overview pages and the report. */
export function countByKind(programmes: Pick<HoProgrammeData, 'kind' | 'educatief'>[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of programmes) {
    const label = kindLabel(p);
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

/**
 * The studiegebieden whose `domeinen` name this studiedomein of secondary school, sorted by name. The link is
 * editorial (where pupils of the domain often look), never a rule about who may start.
 */
export function studiegebiedenOfDomein<T extends { data: { name: string; domeinen: readonly string[] } }>(studiegebieden: T[], domein: string): T[] {
  return studiegebieden.filter((s) => s.data.domeinen.includes(domein)).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
}
