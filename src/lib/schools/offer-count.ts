/**
 * What a study page says about its schools at full scale: a count and a link to the finder with the study chosen,
 * instead of a list of hundreds of schools.
 */
export interface OfferingSchool {
  schoolnummer: string;
  municipality: string;
}

export interface OfferCount {
  /** School locations (vestigingen) where the study is offered. */
  locations: number;
  /** Different schools (school numbers) among them. */
  schools: number;
  municipalities: number;
}

export function offerCount(schools: readonly OfferingSchool[]): OfferCount {
  return {
    locations: schools.length,
    schools: new Set(schools.map((s) => s.schoolnummer)).size,
    municipalities: new Set(schools.map((s) => s.municipality)).size,
  };
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('nl-BE')} ${n === 1 ? one : many}`;

/** "Latijn wordt aangeboden door 120 scholen, op 130 plaatsen in 85 gemeenten." */
export function offerCountText(name: string, count: OfferCount): string {
  if (count.locations === 0) return `We kennen geen school die ${name} aanbiedt.`;
  const where = count.locations === count.schools ? '' : `, op ${plural(count.locations, 'plaats', 'plaatsen')}`;
  return `${name} wordt aangeboden door ${plural(count.schools, 'school', 'scholen')}${where} in ${plural(count.municipalities, 'gemeente', 'gemeenten')}.`;
}

/** The finder with this study chosen. */
export const finderUrlFor = (studyId: string) => `/scholen/zoeken/?studie=${encodeURIComponent(studyId)}`;
