import { describe, expect, it } from 'vitest';
import { placeLabel } from './place.ts';
import { isPosition, positionMessage, positionPlace, positionProblemOf } from './position.ts';

describe('the position as a place', () => {
  it('has no postcode and is labelled "jouw locatie"', () => {
    const place = positionPlace(51.05, 3.72);
    expect(isPosition(place)).toBe(true);
    expect(placeLabel(place)).toBe('jouw locatie');
    expect(isPosition({ ...place, postcode: '9000', name: 'Gent', municipality: 'Gent' })).toBe(false);
  });

  it('explains refused, unavailable, slow and missing geolocation, always pointing to the postcode', () => {
    for (const problem of [1, 2, 3, 'unsupported'] as const) expect(positionMessage(problem)).toMatch(/postcode of gemeente/);
    expect(positionMessage(1)).toMatch(/niet gedeeld/);
    expect(positionMessage(3)).toMatch(/te lang/);
    expect(positionProblemOf({ code: 1 })).toBe(1);
    expect(positionProblemOf(new Error('x'))).toBe(2);
    expect(positionProblemOf(null)).toBe(2);
  });
});
