/**
 * The `schools` command: schools near a postcode or a point (`lat,lon`), nearest first, optionally offering a study and
 * within a distance. A postcode's point is the median of its school addresses, or its municipality's centroid where it
 * has none (scripts/data/postcodes.json, scripts/data/README.md); the schools of the postcode itself are listed even
 * past the distance, at their own distance (after those within it).
 */
import type { RouteCatalogue } from '../routes/catalogue.ts';
import { UsageError } from '../routes/cli-routes.ts';
import { closestStudies, studiesNamed } from '../routes/resolve.ts';
import { schoolsNear, type NearbySchool, type Point } from './distance.ts';

export type PostcodeTable = Record<string, { name: string; municipality: string } & Point>;

export interface SchoolAnswer {
  id: string;
  name: string;
  postcode: string;
  km: number;
  offers: string[];
  /** Only for an address without offer of its own: the records of the same school where the data lists the offer. */
  offerAt?: string[];
}

/** "51.2,4.4": a point in or near Belgium; anything else is not a point. */
const POINT = /^(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
const inBelgium = (p: Point) => p.lat >= 49.4 && p.lat <= 51.6 && p.lon >= 2.5 && p.lon <= 6.5;

export function schoolsCommand(catalogue: RouteCatalogue, schools: (NearbySchool & { offerAt?: string[] })[], postcodes: PostcodeTable, args: string[]): SchoolAnswer[] {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    if (!['--near', '--study', '--max-km'].includes(flag)) throw new UsageError(`Onbekende optie "${flag}".`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Geef een waarde na ${flag}.`);
    options.set(flag, value);
  }
  const near = options.get('--near')?.trim();
  if (!near) throw new UsageError('Geef met --near een postcode, bv. --near 9000, of een punt, bv. --near 51.05,3.72.');
  const point = POINT.exec(near);
  let place: Point | undefined;
  if (point) {
    place = { lat: Number(point[1]), lon: Number(point[2]) };
    if (!inBelgium(place)) throw new UsageError(`Het punt ${near} ligt niet in België. Geef breedtegraad,lengtegraad, bv. --near 51.05,3.72.`);
  } else {
    if (!/^\d{4}$/.test(near)) throw new UsageError(`"${near}" is geen postcode: een Belgische postcode heeft 4 cijfers. Een punt geef je als breedtegraad,lengtegraad, bv. 51.05,3.72.`);
    place = postcodes[near];
    if (!place) {
      throw new UsageError(`Onbekende postcode ${near}. Richtingwijzer kent de postcodes van Vlaanderen en Brussel (1000–1299, 1500–3999, 8000–9999).`);
    }
  }

  let studies: string[] | undefined;
  const studyText = options.get('--study');
  if (studyText !== undefined) {
    studies = studiesNamed(catalogue, studyText).map((s) => s.id);
    if (studies.length === 0) {
      const suggestions = closestStudies(catalogue, studyText).map((s) => `  - ${s.name}${s.graad ? ` (${s.graad}de graad)` : ''} [${s.id}]`);
      throw new UsageError(`Onbekende studie "${studyText}".\nBedoel je:\n${suggestions.join('\n')}`);
    }
  }
  const maxText = options.get('--max-km');
  const maxKm = maxText === undefined ? undefined : Number(maxText);
  if (maxKm !== undefined && (!Number.isFinite(maxKm) || maxKm <= 0)) throw new UsageError(`--max-km moet een positief getal zijn, niet "${maxText}".`);

  const limits = { ...(studies ? { studies } : {}), ...(maxKm !== undefined ? { maxKm } : {}), ...(point ? {} : { postcode: near }) };
  return schoolsNear(schools, place, limits).map(({ school, km }) => ({
    id: school.id,
    name: school.name,
    postcode: school.postcode,
    km,
    offers: school.studies,
    ...(school.studies.length === 0 && school.offerAt ? { offerAt: school.offerAt } : {}),
  }));
}
