/**
 * For a place the pupil gave: per study, how many schools within `withinKm` offer it and how far the nearest is.
 * The engine turns this into points and a reason ("Binnen 10 km bieden 3 scholen dit aan…"). Distances as shown
 * everywhere: in a straight line, rounded to 0.1 km.
 */
import { roundedKm, type Point } from '../schools/distance.ts';
import type { PlaceOffer } from './engine.ts';

export interface OfferingSchool {
  lat: number | null;
  lon: number | null;
  studies: readonly string[];
}

/** Every id in `studyIds` gets an entry: a study no located school offers has 0 nearby and no nearest distance. */
export function placeOffers(schools: readonly OfferingSchool[], place: Point, withinKm: number, studyIds: Iterable<string>): Map<string, PlaceOffer> {
  const offers = new Map<string, PlaceOffer>();
  for (const id of studyIds) offers.set(id, { nearby: 0, nearestKm: null });
  for (const school of schools) {
    if (school.lat === null || school.lon === null) continue;
    const km = roundedKm(place, { lat: school.lat, lon: school.lon });
    for (const id of new Set(school.studies)) {
      const offer = offers.get(id);
      if (!offer) continue;
      if (km <= withinKm) offer.nearby += 1;
      if (offer.nearestKm === null || km < offer.nearestKm) offer.nearestKm = km;
    }
  }
  return offers;
}
