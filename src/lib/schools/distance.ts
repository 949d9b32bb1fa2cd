/** Great-circle distance (haversine) and "schools near a place", sorted nearest first. */
export interface Point {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371.0088;

export function distanceKm(a: Point, b: Point): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance as shown everywhere: rounded to 0.1 km. */
export function roundedKm(a: Point, b: Point): number {
  return Math.round(distanceKm(a, b) * 10) / 10;
}

export interface NearbySchool {
  id: string;
  name: string;
  postcode: string;
  coordinates: Point | null;
  studies: string[];
}

/** The distance part of the limit alone: within `maxKm` (none: no limit); an unknown distance is never within one. */
export const withinKm = (km: number | null, maxKm: number | null | undefined): boolean => maxKm === undefined || maxKm === null || (km !== null && km <= maxKm);

/**
 * The distance limit of the finder and the CLI: a school is listed within `maxKm` (none: no limit), or at any
 * distance, even unknown, when it lies in `postcode`, the postcode whose point the distance is measured from. One
 * point cannot stand for a whole postcode: the schools of 3600 Genk lie up to 6.5 km from its point.
 */
export function withinLimit(km: number | null, schoolPostcode: string, limit: { maxKm?: number | null; postcode?: string | null }): boolean {
  return withinKm(km, limit.maxKm) || (limit.postcode != null && limit.postcode !== '' && schoolPostcode === limit.postcode);
}

/**
 * Schools with coordinates within maxKm of the point, nearest first (ties by name, then id), optionally only those
 * offering one of the given studies. Distances rounded to 0.1 km. With `postcode` (the point is that postcode's),
 * its own schools are kept even past maxKm, at their own distance (withinLimit).
 */
export function schoolsNear<T extends NearbySchool>(schools: T[], from: Point, options: { studies?: string[]; maxKm?: number; postcode?: string } = {}) {
  const wanted = options.studies && options.studies.length > 0 ? new Set(options.studies) : null;
  return schools
    .filter((s): s is T & { coordinates: Point } => s.coordinates !== null)
    .filter((s) => !wanted || s.studies.some((id) => wanted.has(id)))
    .map((s) => ({ school: s, km: roundedKm(from, s.coordinates) }))
    .filter((r) => withinLimit(r.km, r.school.postcode, options))
    .sort((a, b) => a.km - b.km || a.school.name.localeCompare(b.school.name, 'nl') || a.school.id.localeCompare(b.school.id));
}
