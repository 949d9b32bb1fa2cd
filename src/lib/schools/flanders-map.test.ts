import { describe, expect, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH, mapPoint, mapSvg, mercatorParams } from './flanders-map.ts';
import { mercator } from './local-map.ts';
import { loadFlandersMap } from './load-map.ts';

describe('map of Flanders and Brussels', () => {
  const map = loadFlandersMap();

  it('places cities where they are: Brugge west of Gent west of Antwerpen, Leuven south of Antwerpen, all on the map', () => {
    const brugge = mapPoint(map, 51.209, 3.224)!;
    const gent = mapPoint(map, 51.054, 3.725)!;
    const antwerpen = mapPoint(map, 51.219, 4.402)!;
    const leuven = mapPoint(map, 50.879, 4.701)!;
    expect(brugge.x).toBeLessThan(gent.x);
    expect(gent.x).toBeLessThan(antwerpen.x);
    expect(leuven.y).toBeGreaterThan(antwerpen.y);
    for (const p of [brugge, gent, antwerpen, leuven]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(MAP_WIDTH);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(MAP_HEIGHT);
    }
  });

  it('draws the outline and province borders as an SVG without external references', () => {
    const svg = mapSvg(map);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 300">/);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('places points in the browser exactly where d3 does at build time, from three numbers', () => {
    const params = mercatorParams(map);
    for (const [lat, lon] of [[51.209, 3.224], [50.879, 4.701], [51.3, 5.5], [50.75, 2.6]] as const) {
      expect(mercator(params, { lat, lon })).toEqual(mapPoint(map, lat, lon));
    }
  });
});
