/**
 * How many school locations offer each study page, from the official offer per school (scripts/data/
 * schools-flanders.json: the 2026–2027 offer of every school address). Offer names are matched onto pages with the
 * importer's own matching, so the count and the school finder agree.
 */
import { matchOffer, parseOfferName, type StudyKey } from '../schools/offer-name.ts';

export interface SchoolOfferData {
  codes: Record<string, { naam: string }>;
  locations: { id: string; scholen: { codes: (string | number)[] }[] }[];
}

/** Distinct school addresses per study id (a study no offer name reaches is absent). */
export function locationsPerStudy(data: SchoolOfferData, studies: StudyKey[]): Map<string, number> {
  const pagesOf = new Map<string, string[]>();
  for (const [code, entry] of Object.entries(data.codes)) {
    const parsed = parseOfferName(entry.naam);
    pagesOf.set(code, parsed ? matchOffer(parsed, studies) : []);
  }
  const locations = new Map<string, Set<string>>();
  for (const location of data.locations)
    for (const school of location.scholen)
      for (const code of school.codes)
        for (const id of pagesOf.get(String(code)) ?? []) {
          if (!locations.has(id)) locations.set(id, new Set());
          locations.get(id)!.add(location.id);
        }
  return new Map([...locations].map(([id, set]) => [id, set.size]));
}

/** The offer names of graad 2 and 3 without leerjaar and onderwijsvorm ("Aanloop Medewerker ruwbouw"). */
export function offeredRichtingNames(data: SchoolOfferData): Set<string> {
  return new Set(
    Object.values(data.codes)
      .map((c) => parseOfferName(c.naam))
      .flatMap((p) => (p && p.graad !== null && p.graad !== 1 ? [p.richting] : [])),
  );
}

/**
 * The count a page should state: the school addresses in the offer data, or, when no offer name reaches the page
 * (a name the matching does not know), the catalogue's count of locations over the page's codes.
 */
export function offerCount(fromOffer: number | undefined, catalogueLocations: number[]): number {
  return fromOffer && fromOffer > 0 ? fromOffer : catalogueLocations.reduce((sum, n) => sum + n, 0);
}
