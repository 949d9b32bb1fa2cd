/** Reads the municipality polygons kept in scripts/data/geo once per build (Node only: used by pages, not islands). */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { flandersMap, type FlandersMap } from './flanders-map.ts';

let cache: FlandersMap | undefined;

export function loadFlandersMap(): FlandersMap {
  cache ??= flandersMap(JSON.parse(readFileSync('scripts/data/geo/belgium-municipalities-2019.topojson.json', 'utf8')) as Topology);
  return cache;
}
