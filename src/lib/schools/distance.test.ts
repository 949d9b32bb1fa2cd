import { describe, expect, it } from 'vitest';
import { distanceKm, schoolsNear } from './distance.ts';

describe('distanceKm (haversine)', () => {
  it('matches known distances', () => {
    // Antwerpen Centraal (51.2172, 4.4211) to Gent-Sint-Pieters (51.0359, 3.7108): about 53 km as the crow flies.
    expect(distanceKm({ lat: 51.2172, lon: 4.4211 }, { lat: 51.0359, lon: 3.7108 })).toBeCloseTo(53.2, 0);
    // One degree of latitude is about 111.2 km; the same point is 0 km.
    expect(distanceKm({ lat: 50, lon: 4 }, { lat: 51, lon: 4 })).toBeCloseTo(111.2, 1);
    expect(distanceKm({ lat: 51, lon: 4 }, { lat: 51, lon: 4 })).toBe(0);
  });

  it('is symmetric', () => {
    const a = { lat: 50.88, lon: 4.7 };
    const b = { lat: 51.21, lon: 3.22 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
  });
});

describe('schoolsNear', () => {
  const schools = [
    { id: 'b', name: 'B-school', postcode: '2000', coordinates: { lat: 51.22, lon: 4.40 }, studies: ['latijn-2de-graad'] },
    { id: 'a', name: 'A-school', postcode: '9000', coordinates: { lat: 51.05, lon: 3.72 }, studies: ['latijn-2de-graad', 'elektriciteit-2de-graad'] },
    { id: 'c', name: 'C-school', postcode: '2000', coordinates: null, studies: ['latijn-2de-graad'] },
    { id: 'd', name: 'D-school', postcode: '2000', coordinates: { lat: 51.22, lon: 4.40 }, studies: ['elektriciteit-2de-graad'] },
  ];
  it('sorts nearest first, filters by study and distance, and leaves out schools without coordinates', () => {
    const antwerpen = { lat: 51.2194, lon: 4.4025 };
    expect(schoolsNear(schools, antwerpen).map((r) => [r.school.id, r.km])).toEqual([['b', 0.2], ['d', 0.2], ['a', 51.2]]);
    expect(schoolsNear(schools, antwerpen, { studies: ['elektriciteit-2de-graad'] }).map((r) => r.school.id)).toEqual(['d', 'a']);
    expect(schoolsNear(schools, antwerpen, { maxKm: 10 }).map((r) => r.school.id)).toEqual(['b', 'd']);
  });

  it('keeps the schools of the given postcode past maxKm (the point stands for the whole postcode), nearest first', () => {
    const antwerpen = { lat: 51.2194, lon: 4.4025 };
    expect(schoolsNear(schools, antwerpen, { maxKm: 0.1 }).map((r) => r.school.id)).toEqual([]);
    expect(schoolsNear(schools, antwerpen, { maxKm: 0.1, postcode: '2000' }).map((r) => r.school.id)).toEqual(['b', 'd']);
    expect(schoolsNear(schools, antwerpen, { maxKm: 10, postcode: '9000' }).map((r) => r.school.id)).toEqual(['b', 'd', 'a']);
  });
});
