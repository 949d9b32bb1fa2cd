import { describe, expect, it } from 'vitest';
import { placeOffers } from './place-offers.ts';

const gent = { lat: 51.0543, lon: 3.7174 };
// About 1.1 km and 5.6 km from the point, and one school without coordinates.
const schools = [
  { lat: 51.0543, lon: 3.7334, studies: ['latijn', 'latijn', 'stem'] },
  { lat: 51.1043, lon: 3.7174, studies: ['latijn', 'bouw'] },
  { lat: null, lon: null, studies: ['bouw', 'okan'] },
];

describe('placeOffers', () => {
  it('counts the schools within the distance and finds the nearest, once per school', () => {
    const offers = placeOffers(schools, gent, 3, ['latijn', 'stem', 'bouw']);
    expect(offers.get('latijn')).toEqual({ nearby: 1, nearestKm: 1.1 });
    expect(offers.get('stem')).toEqual({ nearby: 1, nearestKm: 1.1 });
    expect(offers.get('bouw')).toEqual({ nearby: 0, nearestKm: 5.6 });
    expect(placeOffers(schools, gent, 10, ['latijn']).get('latijn')).toEqual({ nearby: 2, nearestKm: 1.1 });
  });

  it('gives a study that only unlocated schools offer, or none, no nearest distance', () => {
    const offers = placeOffers(schools, gent, 10, ['okan', 'onbekend']);
    expect(offers.get('okan')).toEqual({ nearby: 0, nearestKm: null });
    expect(offers.get('onbekend')).toEqual({ nearby: 0, nearestKm: null });
    expect(offers.has('latijn')).toBe(false);
  });
});
