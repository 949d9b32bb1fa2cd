/**
 * The finder's distances over the shipped data against a reference computation written independently (the atan2
 * form of haversine with the mean earth radius, from the Movable Type "Calculate distance" page): within 0.1 km.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPostcodeRows, parsePostcodes, type FinderData, type Place } from '../../src/lib/schools/finder-data.ts';
import { EMPTY_QUERY } from '../../src/lib/schools/finder-query.ts';
import { findSchools } from '../../src/lib/schools/finder.ts';
import { loadPostcodes } from '../../src/lib/schools/load-postcodes.ts';

function referenceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const R = 6371; // km
  const φ1 = (lat1 * Math.PI) / 180;
  const φ2 = (lat2 * Math.PI) / 180;
  const Δφ = ((lat2 - lat1) * Math.PI) / 180;
  const Δλ = ((lon2 - lon1) * Math.PI) / 180;
  const a = Math.sin(Δφ / 2) * Math.sin(Δφ / 2) + Math.cos(φ1) * Math.cos(φ2) * Math.sin(Δλ / 2) * Math.sin(Δλ / 2);
  return R * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

const dir = 'content/schools';
const schools = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const data: FinderData = {
  studies: [],
  schools: schools.map((s) => ({
    id: s.id, name: s.name, net: s.net, street: s.address.street, postcode: s.address.postcode, municipality: s.address.municipality,
    lat: s.coordinates?.lat ?? null, lon: s.coordinates?.lon ?? null, studies: s.studies, duaal: s.duaal, source: s.source.title, checked: s.checked,
  })),
};
const parsed = parsePostcodes(toPostcodeRows(loadPostcodes()));
const places: Place[] = parsed.ok ? parsed.value : [];

describe('distances from every postcode to every shipped school', () => {
  it('agree with the reference within 0.1 km and come nearest first; schools without coordinates come last', () => {
    expect(places.length).toBeGreaterThan(500);
    expect(data.schools.length).toBeGreaterThan(2000);
    const located = data.schools.filter((s) => s.lat !== null && s.lon !== null).length;
    expect(located).toBeLessThan(data.schools.length); // the full data has addresses without coordinates
    let compared = 0;
    let worst = { diff: 0, where: '' };
    for (const place of places) {
      const results = findSchools(data, EMPTY_QUERY, place);
      expect(results).toHaveLength(data.schools.length);
      for (const r of results) {
        if (r.km === null) {
          expect(r.school.lat, `${r.school.id} heeft coördinaten maar geen afstand`).toBeNull();
          continue;
        }
        // One expect per postcode, not per pair: 541 × 2,145 pairs.
        const diff = Math.abs(r.km - referenceKm(place.lat, place.lon, r.school.lat!, r.school.lon!));
        if (diff > worst.diff) worst = { diff, where: `${place.postcode} → ${r.school.id}` };
        compared++;
      }
      const kms = results.map((r) => r.km ?? Infinity);
      expect(kms, place.postcode).toEqual([...kms].sort((a, b) => a - b));
    }
    expect(worst.diff, worst.where).toBeLessThanOrEqual(0.1);
    expect(compared).toBe(places.length * located);
  });
});
