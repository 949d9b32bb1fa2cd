/**
 * Loaded only when a pupil asks for schools near a postcode: fetches the finder's school and postcode data and turns
 * the place into per-study offers for the engine. Never throws; a problem becomes a message.
 */
import { DISTANCES, EMPTY_QUERY, finderQueryString } from '../../lib/schools/finder-query.ts';
import { placeLabel, resolvePlace } from '../../lib/schools/place.ts';
import type { PlaceOffer } from '../../lib/suggest/engine.ts';
import { placeOffers } from '../../lib/suggest/place-offers.ts';
import { loadFinderData } from '../schools/load-finder-data.ts';

export type NearbyResult =
  | { ok: true; label: string; offers: Map<string, PlaceOffer>; finderUrl: (studyId: string) => string }
  | { ok: false; error: string; suggestions: string[] };

export async function nearbyOffers(text: string, withinKm: number, studyIds: readonly string[]): Promise<NearbyResult> {
  const loaded = await loadFinderData();
  if (loaded.status !== 'ready') return { ok: false, error: loaded.status === 'error' ? loaded.error : 'De scholen zijn nog niet geladen.', suggestions: [] };
  const place = resolvePlace(loaded.places, text);
  if (!place.ok) return { ok: false, error: place.error, suggestions: place.suggestions };
  const maxKm = DISTANCES.includes(withinKm) ? withinKm : null;
  return {
    ok: true,
    label: placeLabel(place.value),
    offers: placeOffers(loaded.data.schools, place.value, withinKm, studyIds),
    // The finder with this place, the study and the same distance.
    finderUrl: (studyId) => `/scholen/zoeken/?${finderQueryString({ ...EMPTY_QUERY, place: place.value.postcode, studies: [studyId], maxKm })}`,
  };
}
