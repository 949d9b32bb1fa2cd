/**
 * The CLI's `schools` command on the full data with the postcode points: 30 (school, study) pairs drawn with a fixed
 * seed from scripts/data/schools-flanders.json are found within 3 km of the school's own postcode; 30 pairs where the
 * school does not offer the study are not listed. Also: where the points of postcodes lie.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { schoolsCommand } from '../../src/lib/schools/cli-schools.ts';
import { distanceKm } from '../../src/lib/schools/distance.ts';
import { expandFlanders, type FlandersFile } from '../../src/lib/schools/flanders.ts';
import { offerPages } from '../../src/lib/schools/import.ts';
import { loadPostcodes } from '../../src/lib/schools/load-postcodes.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';

const file = JSON.parse(readFileSync('scripts/data/schools-flanders.json', 'utf8')) as FlandersFile;
const content = loadContent('content');
const routeStudies = content.studies.map((s) => toRouteStudy(s.id, s.data));
const catalogue = new RouteCatalogue(routeStudies);
const postcodes = loadPostcodes();
const schools = content.schools.map((s) => ({ ...s.data, postcode: s.data.address.postcode }));
const byKey = new Map(schools.map((s) => [`${s.schoolnummer}|${s.vestiging}`, s]));
const nameOf = new Map(routeStudies.map((s) => [s.id, s.name]));

/** mulberry32: a small seeded generator, so the draw is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(list: readonly T[], next: () => number) => list[Math.floor(next() * list.length)]!;

// Every offered programme of the file at an address with coordinates: (address, school, code).
const locations = expandFlanders(file);
const offerings = locations.flatMap((l) => (l.lat === null ? [] : l.scholen.flatMap((s) => s.richtingen.map((offer) => ({ l, s, offer })))));
const run = (...args: string[]) => schoolsCommand(catalogue, schools, postcodes, args);

describe('npm run cli -- schools on the full data', () => {
  it('finds 30 random (school, study) pairs within 3 km of the school\'s own postcode, by the study\'s name', () => {
    const next = random(13);
    const far: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { l, s, offer } = pick(offerings, next);
      const school = byKey.get(`${s.schoolnummer}|${s.internVplnummer}`)!;
      const study = pick(offerPages(offer, routeStudies), next);
      const where = `${school.id} met ${study} (${offer.naam}) bij ${l.postcode}`;
      const km = Math.round(distanceKm(postcodes[l.postcode]!, school.coordinates!) * 10) / 10;
      const found = (text: string) => run('--near', l.postcode, '--study', text, '--max-km', '3').map((a) => a.id).includes(school.id);
      expect(found(nameOf.get(study)!), where).toBe(true);
      expect(found(study), where).toBe(true);
      // A postcode that spans several villages (3800 Sint-Truiden with Zepperen, …) has schools farther than 3 km
      // from its point; they are listed because they are in that postcode, at their own distance.
      if (km > 3) far.push(`${where}: ${km} km`);
    }
    // Seed 13 was fixed before the first run; it draws one such school (Hasp-O 5, Kasteelstraat 53, 3800: 4 km).
    expect(far).toHaveLength(1);
  });

  it('lists every located school of the data within 3 km of its own postcode, however far from the postcode\'s point', () => {
    const missing = schools
      .filter((s) => s.coordinates !== null)
      .filter((s) => !run('--near', s.postcode, '--max-km', '3').some((a) => a.id === s.id))
      .map((s) => s.id);
    expect(missing).toEqual([]);
    // Some of them lie farther than 3 km from the point (the rule is needed), and a school of another postcode at
    // that distance is not listed.
    const beyond = schools.filter((s) => s.coordinates !== null && distanceKm(postcodes[s.postcode]!, s.coordinates) > 3.05);
    expect(beyond.length).toBeGreaterThan(10);
    for (const postcode of ['3600', '9000', '3800']) {
      const answer = run('--near', postcode, '--max-km', '3');
      const past = answer.filter((a) => a.km > 3);
      expect(past.length, postcode).toBeGreaterThan(0);
      for (const a of past) expect(a.postcode, a.id).toBe(postcode);
      // Nearest first all the same: those within 3 km, then the postcode's own farther ones.
      expect(answer.map((a) => a.km)).toEqual(answer.map((a) => a.km).sort((x, y) => x - y));
    }
  });

  it('does not list 30 random schools for a study they do not offer', () => {
    const next = random(2026);
    const offered = [...new Set(schools.flatMap((s) => s.studies))].sort();
    const located = schools.filter((s) => s.coordinates !== null);
    for (let i = 0; i < 30; i++) {
      const school = pick(located, next);
      let study = pick(offered, next);
      while (school.studies.includes(study)) study = pick(offered, next);
      const answer = run('--near', school.address.postcode, '--study', study, '--max-km', '3');
      expect(answer.map((a) => a.id), `${school.id} zonder ${study}`).not.toContain(school.id);
      for (const a of answer) expect(a.offers, a.id).toContain(study);
    }
  });

  it('takes the school\'s own coordinates as a point: the school is at 0 km', () => {
    const school = schools.find((s) => s.coordinates !== null && s.studies.length > 0)!;
    const answer = run('--near', `${school.coordinates!.lat},${school.coordinates!.lon}`, '--max-km', '0.1');
    expect(answer.find((a) => a.id === school.id)).toMatchObject({ km: 0 });
  });

  it('finds Latijn within 3 km of 2018 at the schools in 2018 that offer it (all shared one point in the port before)', () => {
    const in2018 = schools.filter((s) => s.address.postcode === '2018' && s.studies.some((id) => /^latijn/.test(id))).map((s) => s.id);
    expect(in2018.length).toBeGreaterThanOrEqual(2);
    const answer = run('--near', '2018', '--study', 'Latijn', '--max-km', '3').map((a) => a.id);
    expect(answer).toEqual(expect.arrayContaining(in2018));
  });
});

describe('a point per postcode', () => {
  // Groenplaats: 51.218611, 4.401667 (Wikipedia, "Groenplaats (Antwerp premetro station)", the station under the square).
  // Korenmarkt: 51.05444, 3.72194 (Wikipedia, "Korenmarkt, Ghent").
  it('puts 2000 within 1.5 km of the Groenplaats and 9000 within 1.5 km of the Korenmarkt', () => {
    expect(distanceKm(postcodes['2000']!, { lat: 51.218611, lon: 4.401667 })).toBeLessThan(1.5);
    expect(distanceKm(postcodes['9000']!, { lat: 51.05444, lon: 3.72194 })).toBeLessThan(1.5);
  });

  it('is the median of the school addresses of the postcode, or the municipality where it has none', () => {
    const median = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
    };
    const table = postcodes as Record<string, { lat: number; lon: number; method?: string; addresses?: number; municipality: string }>;
    for (const [postcode, p] of Object.entries(table)) {
      const here = file.locations.filter((l) => l.postcode === postcode && l.lat !== null && l.lon !== null);
      if (here.length === 0) {
        expect(p.method, postcode).toBe('municipality-centroid');
        continue;
      }
      expect(p, postcode).toMatchObject({ method: 'school-median', addresses: here.length });
      expect(p.lat, postcode).toBeCloseTo(median(here.map((l) => l.lat!)), 4);
      expect(p.lon, postcode).toBeCloseTo(median(here.map((l) => l.lon!)), 4);
    }
    // The postcodes of one city now have their own points.
    expect(distanceKm(table['2000']!, table['2100']!)).toBeGreaterThan(3);
  });

  it('leaves few schools farther than 3 km from their own postcode\'s point (the method\'s limit, documented)', () => {
    const located = schools.filter((s) => s.coordinates !== null && s.studies.length > 0);
    const far = located.filter((s) => distanceKm(postcodes[s.address.postcode]!, s.coordinates!) > 3);
    expect(far.length / located.length).toBeLessThan(0.02);
  });
});

