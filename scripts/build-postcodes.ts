/**
 * Builds scripts/data/postcodes.json: every postcode of Flanders and Brussels (1000–1299, 1500–3999, 8000–9999)
 * with its place name and one point for it. The point is the median of the official school addresses with that
 * postcode (scripts/data/schools-flanders.json), so every postcode of a city gets its own point where people live;
 * a postcode without a school address falls back to the centroid of its municipality's polygon. `method` says which.
 * Method and limits: scripts/data/README.md.
 *   npx tsx scripts/build-postcodes.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const DATA = new URL('./data/', import.meta.url);
const topology = JSON.parse(readFileSync(new URL('geo/belgium-municipalities-2019.topojson.json', DATA), 'utf8')) as Topology;
const csv = readFileSync(new URL('geo/zipcodes-rubenv-2013.csv', DATA), 'utf8');

/**
 * The postcode list is from 2013; the polygons are the municipalities of 2019. The Flemish mergers of 1 January
 * 2019 join these old NIS codes into new municipalities (matched by the new name in the 2019 data). 44014 holds
 * Desteldonk, Mendonk and Sint-Kruis-Winkel, which are part of Gent.
 */
const MERGED_INTO: Record<string, string> = {
  '44001': 'Aalter', '44029': 'Aalter',
  '44011': 'Deinze', '44049': 'Deinze',
  '45017': 'Kruisem', '45057': 'Kruisem',
  '44036': 'Lievegem', '44072': 'Lievegem', '44080': 'Lievegem',
  '72040': 'Oudsbergen', '71047': 'Oudsbergen',
  '72025': 'Pelt', '72029': 'Pelt',
  '12030': 'Puurs-Sint-Amands', '12034': 'Puurs-Sint-Amands',
  '44014': 'Gent',
};

/**
 * The 2013 list joins place names to NIS codes by name, so a place that shares its name with a municipality
 * elsewhere gets that municipality's code (Deurne 2100 got Diest, Aalst 9300 got Sint-Truiden). Found by checking
 * each postcode's range against the province of its NIS code (check below) and by listing every place name used for
 * more than one postcode; corrected here to the municipality the place belongs to.
 */
const WRONG_NIS: Record<string, string> = {
  '9300|Aalst': 'Aalst', '1910|Berg': 'Kampenhout', '8791|Beveren': 'Waregem', '8800|Beveren': 'Roeselare',
  '2100|Deurne': 'Antwerpen', '2980|Halle': 'Zoersel', '1785|Hamme': 'Merchtem', '9070|Heusden': 'Destelbergen',
  '1981|Hofstade': 'Zemst', '2950|Kapellen': 'Kapellen', '1830|Machelen': 'Machelen', '3320|Meldert': 'Hoegaarden',
  '9310|Meldert': 'Aalst', '2812|Muizen': 'Mechelen', '9320|Nieuwerkerken': 'Aalst', '8340|Oostkerke': 'Damme',
  '8301|Ramskapelle': 'Knokke-Heist', '2870|Ruisbroek': 'Puurs-Sint-Amands', '8730|Sint-Joris': 'Beernem',
  '1541|Sint-Pieters-Kapelle': 'Herne', '3390|Tielt': 'Tielt-Winge', '2260|Tongerlo': 'Westerlo', '2430|Vorst': 'Laakdal',
  '8400|Zandvoorde': 'Oostende', '9690|Berchem': 'Kluisbergen', '9690|Ruien': 'Kluisbergen',
};

/** The first digit(s) of the NIS code a postcode range must have: its province (Brussels 21, Vlaams-Brabant 23/24). */
function provinceFits(pc: number, nis: string): boolean {
  const prefixes = pc < 1300 ? ['21'] : pc < 2000 || (pc >= 3000 && pc < 3500) ? ['23', '24'] : pc < 3000 ? ['1'] : pc < 4000 ? ['7'] : pc < 9000 ? ['3'] : ['4'];
  return prefixes.some((p) => nis.startsWith(p));
}

const collection = feature(topology, topology.objects.municipalities as GeometryCollection<{ nis: string; name_nl: string }>);
const municipalities = new Map(
  collection.features.map((f) => {
    const [lon, lat] = geoCentroid(f);
    return [f.properties!.nis, { name: f.properties!.name_nl, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 }];
  }),
);
const byName = new Map([...municipalities.values()].map((m) => [m.name, m]));

const inFlandersOrBrussels = (pc: number) => (pc >= 1000 && pc <= 1299) || (pc >= 1500 && pc <= 3999) || (pc >= 8000 && pc <= 9999);
const titleCase = (name: string) => name.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

type Method = 'school-median' | 'municipality-centroid';
const result: Record<string, { name: string; municipality: string; lat: number; lon: number; method: Method; addresses?: number }> = {};
const problems: string[] = [];
for (const line of csv.trim().split('\n').slice(1)) {
  const [name, zip, nis, , main] = line.split(',');
  const pc = Number(zip);
  if (!inFlandersOrBrussels(pc)) continue;
  const corrected = WRONG_NIS[`${zip}|${name}`];
  const municipality = corrected ? byName.get(corrected) : (municipalities.get(nis!) ?? byName.get(MERGED_INTO[nis!] ?? ''));
  if (!municipality) {
    problems.push(`${zip} ${name}: NIS ${nis}${corrected ? ` (${corrected})` : ''} niet gevonden`);
    continue;
  }
  const municipalityNis = [...municipalities.entries()].find(([, m]) => m === municipality)![0];
  if (!provinceFits(pc, municipalityNis)) {
    problems.push(`${zip} ${name}: NIS ${municipalityNis} (${municipality.name}) ligt in een andere provincie dan de postcode`);
    continue;
  }
  // One entry per postcode: the place the list marks as main, else the first one.
  if (!result[zip!] || main === '1') result[zip!] = { name: titleCase(name!), municipality: municipality.name, lat: municipality.lat, lon: municipality.lon, method: 'municipality-centroid' };
}

/** The middle value (the mean of the two middle values for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Each official school address counts once, however many schools share it; addresses without coordinates do not count.
const schoolData = JSON.parse(readFileSync(new URL('schools-flanders.json', DATA), 'utf8')) as { locations: { postcode: string; lat: number | null; lon: number | null }[] };
const byPostcode = new Map<string, { lat: number; lon: number }[]>();
for (const l of schoolData.locations) {
  if (typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
  byPostcode.set(l.postcode, [...(byPostcode.get(l.postcode) ?? []), { lat: l.lat, lon: l.lon }]);
}
for (const [postcode, points] of byPostcode) {
  const entry = result[postcode];
  if (!entry) {
    problems.push(`${postcode}: postcode van een schooladres staat niet in de postcodelijst`);
    continue;
  }
  // Coordinate-wise median: one school far from the rest cannot pull the point away, unlike a mean.
  Object.assign(entry, {
    lat: Math.round(median(points.map((p) => p.lat)) * 1e5) / 1e5,
    lon: Math.round(median(points.map((p) => p.lon)) * 1e5) / 1e5,
    method: 'school-median',
    addresses: points.length,
  });
}
const sorted = Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('postcodes.json', DATA), `${JSON.stringify(sorted, null, 1)}\n`);
const fromSchools = Object.values(sorted).filter((p) => p.method === 'school-median').length;
console.log(`${Object.keys(sorted).length} postcodes written (${fromSchools} from school addresses, ${Object.keys(sorted).length - fromSchools} from the municipality); ${problems.length} problem(s).`);
for (const p of problems) console.log(`  ${p}`);
if (problems.length > 0) process.exitCode = 1;
for (const p of problems) console.log(`✖ ${p}`);
