import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance.ts';
import { LOCAL_SIZE, localMap, MAP_NEAREST } from './local-map.ts';

const gent = { lat: 51.0543, lon: 3.7174 };
const north = { lat: 51.1, lon: 3.7174 };
const east = { lat: 51.0543, lon: 3.8 };

describe('local map around a place', () => {
  it('is sized for the nearest schools whatever order they come in', () => {
    // 300 points 0.5 to 12 km from Gent in a scrambled order (a fixed sequence, so the test is the same every run).
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const points = Array.from({ length: 300 }, () => {
      const km = 0.5 + 11.5 * next();
      const angle = 2 * Math.PI * next();
      return { lat: gent.lat + (km * Math.sin(angle)) / 111.2, lon: gent.lon + (km * Math.cos(angle)) / (111.2 * Math.cos((gent.lat * Math.PI) / 180)) };
    });
    const tenth = points.map((p) => distanceKm(gent, p)).sort((a, b) => a - b)[MAP_NEAREST - 1]!;
    for (const order of [points, [...points].reverse()]) {
      const map = localMap(gent, order, null);
      expect(map.radiusKm).toBe([1, 2, 5, 10, 20].find((n) => n >= tenth));
      expect(order.filter((p) => map.inside(p)).length).toBeGreaterThanOrEqual(MAP_NEAREST);
    }
  });

  it('puts the place in the middle, north up and east right, every point inside the picture', () => {
    const map = localMap(gent, [north, east], null);
    expect(map.project(gent)).toEqual({ x: LOCAL_SIZE / 2, y: LOCAL_SIZE / 2 });
    expect(map.project(north).y).toBeLessThan(LOCAL_SIZE / 2);
    expect(map.project(east).x).toBeGreaterThan(LOCAL_SIZE / 2);
    for (const p of [north, east]) {
      const { x, y } = map.project(p);
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(0);
      expect(Math.max(x, y)).toBeLessThanOrEqual(LOCAL_SIZE);
    }
  });

  it('chooses a round radius that covers the farthest point, or the chosen distance, and rings inside it', () => {
    const map = localMap(gent, [north, east], null);
    expect(distanceKm(gent, east)).toBeGreaterThan(5);
    expect(map.radiusKm).toBe(10);
    expect(map.rings).toEqual([1, 2, 5, 10].slice(-3));
    expect(localMap(gent, [north], 30).radiusKm).toBe(30);
  });

  it('keeps distances true to scale: a point on a ring is drawn on that ring', () => {
    const map = localMap(gent, [east], null);
    const scale = (LOCAL_SIZE / 2 - 14) / map.radiusKm;
    const { x, y } = map.project(east);
    const drawnKm = Math.hypot(x - LOCAL_SIZE / 2, y - LOCAL_SIZE / 2) / scale;
    expect(drawnKm).toBeCloseTo(distanceKm(gent, east), 1);
  });

  it('sizes the map for the nearest schools, leaving far ones out instead of shrinking the rest', () => {
    const near = Array.from({ length: 10 }, (_, i) => ({ lat: gent.lat + 0.01 * (i + 1) / 10, lon: gent.lon }));
    const antwerpen = { lat: 51.2194, lon: 4.4025 };
    const map = localMap(gent, [...near, antwerpen], null);
    expect(map.radiusKm).toBe(2);
    expect(near.every((p) => map.inside(p))).toBe(true);
    expect(map.inside(antwerpen)).toBe(false);
    // Two schools nearby and one 50 km away: the gap leaves the far one out; alone, it is on the map.
    expect(localMap(gent, [north, east, antwerpen], null).inside(antwerpen)).toBe(false);
    expect(localMap(gent, [antwerpen], null).inside(antwerpen)).toBe(true);
  });
});
