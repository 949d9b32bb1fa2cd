/**
 * Positions for the finder's maps, without a map library in the browser. The local map puts the chosen place in the
 * centre with rings at round distances (an equirectangular projection around the centre: at a few tens of km its
 * error is far below a dot's size). The overview map reuses the Mercator projection of the build-time outline of
 * Flanders (flanders-map.ts), passed as three numbers.
 */
import { distanceKm, type Point } from './distance.ts';

export const LOCAL_SIZE = 320;
const MARGIN = 14;
const KM_PER_DEGREE_LAT = 111.2;
const NICE_KM = [1, 2, 5, 10, 20, 30, 50, 100, 200];

export interface LocalMap {
  radiusKm: number;
  rings: number[];
  inside(point: Point): boolean;
  /** Position in a LOCAL_SIZE × LOCAL_SIZE picture, centre in the middle; rounded to 0.1. */
  project(point: Point): { x: number; y: number };
}

/** How many of the nearest points a map without a chosen distance is sized for. */
export const MAP_NEAREST = 10;

/**
 * A local map around `center`: as large as `maxKm` when given, else a round radius that holds the MAP_NEAREST
 * nearest points, or fewer when a big gap follows them (so far schools do not shrink the rest to a single dot).
 * `inside` says whether a point fits.
 */
export function localMap(center: Point, points: readonly Point[], maxKm: number | null): LocalMap {
  const distances = nearest(points.map((p) => distanceKm(center, p)), MAP_NEAREST);
  // Stop early at a big gap (a town's schools, then the next town 40 km further): the gap is not worth the space.
  let count = Math.min(distances.length, MAP_NEAREST);
  for (let i = 1; i < count; i++) {
    if (distances[i]! > 2 * distances[i - 1]! && distances[i]! - distances[i - 1]! > 10) count = i;
  }
  const reach = distances[count - 1] ?? 0;
  const radiusKm = maxKm ?? NICE_KM.find((n) => n >= reach) ?? Math.ceil(reach);
  const rings = NICE_KM.filter((n) => n <= radiusKm && n >= radiusKm / 10).slice(-3);
  const scale = (LOCAL_SIZE / 2 - MARGIN) / radiusKm;
  const cosLat = Math.cos((center.lat * Math.PI) / 180);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    radiusKm,
    rings,
    inside: (p) => distanceKm(center, p) <= radiusKm,
    project: (p) => ({
      x: round(LOCAL_SIZE / 2 + (p.lon - center.lon) * KM_PER_DEGREE_LAT * cosLat * scale),
      y: round(LOCAL_SIZE / 2 - (p.lat - center.lat) * KM_PER_DEGREE_LAT * scale),
    }),
  };
}

/** The `count` smallest values, ascending: one pass that keeps a short sorted list, not a sort of 2,000 distances per change. */
function nearest(values: readonly number[], count: number): number[] {
  const kept: number[] = [];
  for (const v of values) {
    if (kept.length === count && v >= kept[count - 1]!) continue;
    let i = Math.min(kept.length, count - 1);
    while (i > 0 && kept[i - 1]! > v) i--;
    kept.splice(i, 0, v);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** The three numbers of a d3 geoMercator projection without rotation: scale and translation. */
export interface MercatorParams {
  k: number;
  tx: number;
  ty: number;
}

export function mercator(params: MercatorParams, point: Point): { x: number; y: number } {
  const lambda = (point.lon * Math.PI) / 180;
  const phi = (point.lat * Math.PI) / 180;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { x: round(params.tx + params.k * lambda), y: round(params.ty - params.k * Math.log(Math.tan(Math.PI / 4 + phi / 2))) };
}
