/**
 * What the text checks (kind 5, src/lib/content/claims.ts) need about the schools' official offer: the offer names
 * that exist, and the count a page should state. The count itself is the study page's own (offerCount in
 * src/lib/schools/offer-count.ts, over the school records the importer built from the same offer), so what a page
 * says and the count line under it agree.
 */
import { parseOfferName } from '../schools/offer-name.ts';

/** The part of scripts/data/schools-flanders.json (the 2026–2027 offer of every school address) read here. */
export interface SchoolOfferData {
  codes: Record<string, { naam: string }>;
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
 * The count a page should state: its school locations, or, when no school record reaches the page (an offer name
 * the matching does not know), the catalogue's count of locations over the page's codes.
 */
export function locationsOrCatalogue(locations: number, catalogueLocations: number[]): number {
  return locations > 0 ? locations : catalogueLocations.reduce((sum, n) => sum + n, 0);
}
