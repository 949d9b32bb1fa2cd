/**
 * A map of Flanders and Brussels without third-party tiles: the outline and province borders from the municipality
 * polygons (scripts/data/geo), projected once at build time. The same projection places the schools, so the
 * outline (a static SVG file) and the school dots (inline SVG) line up.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { MercatorParams } from './local-map.ts';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 300;
const REGIONS = ['Vlaams Gewest', 'Brussels Hoofdstedelijk Gewest'];

type Props = { reg_nl: string; prov_nis?: string };
type Area = Polygon<Props> | MultiPolygon<Props>;

const props = (geometry: unknown): Partial<Props> => (geometry as { properties?: Partial<Props> }).properties ?? {};

export interface FlandersMap {
  projection: GeoProjection;
  outlinePath: string;
  provincesPath: string;
}

export function flandersMap(topology: Topology): FlandersMap {
  const all = (topology.objects.municipalities as GeometryCollection<Props>).geometries as Area[];
  const geometries = all.filter((g) => REGIONS.includes(props(g).reg_nl ?? ''));
  const outline = merge(topology, geometries);
  const collection: GeometryCollection<Props> = { type: 'GeometryCollection', geometries };
  // Borders between two municipalities of different provinces: the province borders.
  const borders = mesh(topology, collection, (a, b) => a !== b && props(a).prov_nis !== props(b).prov_nis);
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], outline);
  const path = geoPath(projection).digits(1);
  return { projection, outlinePath: path(outline) ?? '', provincesPath: path(borders) ?? '' };
}

/** The map position of a point, rounded to 0.1 px. */
export function mapPoint(map: FlandersMap, lat: number, lon: number): { x: number; y: number } | null {
  const p = map.projection([lon, lat]);
  return p ? { x: Math.round(p[0] * 10) / 10, y: Math.round(p[1] * 10) / 10 } : null;
}

export function mapSvg(map: FlandersMap): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><path d="${map.outlinePath}" fill="#eef2f7" stroke="#5b6170" stroke-width="1"/><path d="${map.provincesPath}" fill="none" stroke="#9aa1ad" stroke-width="0.6"/></svg>\n`;
}

/** The projection as three numbers, so the browser can place points on the same outline without d3. */
export function mercatorParams(map: FlandersMap): MercatorParams {
  const [tx, ty] = map.projection.translate();
  return { k: map.projection.scale(), tx, ty };
}
