/**
 * Turns what a parent types ("9000", "Gent", "9040 Sint-Amandsberg", "sint amandsberg") into a postcode with its
 * municipality centre. Unknown input gets the closest names, so the finder can say "bedoel je …?".
 */
import { levenshtein } from '../content/validate-graph.ts';
import { normalizeName, type Resolved } from '../routes/resolve.ts';
import type { Place } from './finder-data.ts';

/** "9000 Gent", or "9040 Sint-Amandsberg (Gent)" when the place is part of a larger municipality. */
export function placeLabel(place: Place): string {
  if (place.postcode === '') return place.name; // a position ("jouw locatie"), not a postcode
  return place.name === place.municipality ? `${place.postcode} ${place.name}` : `${place.postcode} ${place.name} (${place.municipality})`;
}

export function resolvePlace(places: readonly Place[], text: string): Resolved<Place> {
  const typed = text.trim().slice(0, 80);
  if (typed === '') return { ok: false, error: 'Vul een postcode of gemeente in.', suggestions: [] };
  const code = /^(\d{4})\b/.exec(typed)?.[1];
  if (code) {
    const place = places.find((p) => p.postcode === code);
    if (place) return { ok: true, value: place };
    return {
      ok: false,
      error: `Postcode ${code} kennen we niet. Richtingwijzer kent de postcodes van Vlaanderen en Brussel.`,
      suggestions: [],
    };
  }
  if (/^\d+$/.test(typed)) return { ok: false, error: `"${typed}" is geen postcode: een Belgische postcode heeft 4 cijfers.`, suggestions: [] };

  const query = normalizeName(typed.replace(/\(.*\)$/, ''));
  // A municipality is found by its own name first (Gent → 9000), then by the name of a deelgemeente.
  const byMunicipality = places.filter((p) => normalizeName(p.municipality) === query);
  const main = byMunicipality.find((p) => normalizeName(p.name) === query) ?? byMunicipality[0];
  const exact = main ?? places.find((p) => normalizeName(p.name) === query);
  if (exact) return { ok: true, value: exact };

  const scored = places
    .map((p) => {
      const name = normalizeName(p.name);
      const distance = name.startsWith(query) ? 0 : Math.min(levenshtein(query, name), levenshtein(query, normalizeName(p.municipality)));
      return { p, distance };
    })
    .filter((s) => s.distance <= Math.max(2, Math.floor(query.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.p.postcode.localeCompare(b.p.postcode));
  return {
    ok: false,
    error: `"${typed}" vinden we niet als postcode of gemeente in Vlaanderen of Brussel.`,
    suggestions: [...new Set(scored.slice(0, 5).map((s) => placeLabel(s.p)))],
  };
}
