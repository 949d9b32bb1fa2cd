/**
 * The `schools` command: schools near a postcode, nearest first, optionally offering a study and within a distance.
 * Distances are from the centre of the postcode's municipality (scripts/data/postcodes.json).
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
}

export function schoolsCommand(catalogue: RouteCatalogue, schools: NearbySchool[], postcodes: PostcodeTable, args: string[]): SchoolAnswer[] {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    if (!['--near', '--study', '--max-km'].includes(flag)) throw new UsageError(`Onbekende optie "${flag}".`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`Geef een waarde na ${flag}.`);
    options.set(flag, value);
  }
  const near = options.get('--near')?.trim();
  if (!near) throw new UsageError('Geef met --near een postcode, bv. --near 9000.');
  if (!/^\d{4}$/.test(near)) throw new UsageError(`"${near}" is geen postcode: een Belgische postcode heeft 4 cijfers.`);
  const place = postcodes[near];
  if (!place) {
    throw new UsageError(`Onbekende postcode ${near}. Richtingwijzer kent de postcodes van Vlaanderen en Brussel (1000–1299, 1500–3999, 8000–9999).`);
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

  return schoolsNear(schools, place, { ...(studies ? { studies } : {}), ...(maxKm !== undefined ? { maxKm } : {}) }).map(({ school, km }) => ({
    id: school.id,
    name: school.name,
    postcode: school.postcode,
    km,
    offers: school.studies,
  }));
}
