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
  /** Position in a LOCAL_SIZE × LOCAL_SIZE picture, centre in the middle; rounded to 0.1. */
  project(point: Point): { x: number; y: number };
}

/** A local map around `center` large enough for every point (or for `maxKm` when given). */
export function localMap(center: Point, points: readonly Point[], maxKm: number | null): LocalMap {
  const farthest = Math.max(0, ...points.map((p) => distanceKm(center, p)));
  const radiusKm = maxKm ?? NICE_KM.find((n) => n >= farthest) ?? Math.ceil(farthest);
  const rings = NICE_KM.filter((n) => n <= radiusKm && n >= radiusKm / 10).slice(-3);
  const scale = (LOCAL_SIZE / 2 - MARGIN) / radiusKm;
  const cosLat = Math.cos((center.lat * Math.PI) / 180);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    radiusKm,
    rings,
    project: (p) => ({
      x: round(LOCAL_SIZE / 2 + (p.lon - center.lon) * KM_PER_DEGREE_LAT * cosLat * scale),
      y: round(LOCAL_SIZE / 2 - (p.lat - center.lat) * KM_PER_DEGREE_LAT * scale),
    }),
  };
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
