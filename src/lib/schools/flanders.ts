/**
 * Reads scripts/data/schools-flanders.json (the whole public export of the official school data, with each offer
 * code kept once in a dictionary) into records of the export format that importExport reads: one record per address,
 * each school with its `richtingen`. The same expansion as shared/reference/expand-schools.mjs, plus the fields the
 * import keeps (main address, recognition, pupils, province, code and finaliteit of each offer).
 */
import type { ExportLocation } from './import.ts';

export interface FlandersCode {
  naam: string;
  graad: string | null;
  finaliteit: string | null;
  onderwijsvorm: string | null;
  studiegebied: string | null;
  duaal: boolean;
}

export interface FlandersFile {
  source: { repo: string; path: string; commit: string };
  codes: Record<string, FlandersCode>;
  locations: (Omit<ExportLocation, 'scholen'> & { scholen: (Omit<ExportLocation['scholen'][number], 'richtingen' | 'linkFiche'> & { codes: (number | string)[] })[] })[];
}

/** Expands the compact file; a code missing from the dictionary stays in the offer without a name, so the import reports it. */
export function expandFlanders(data: FlandersFile): ExportLocation[] {
  return data.locations.map(({ scholen, ...location }) => ({
    ...location,
    scholen: scholen.map(({ codes, ...school }) => ({
      ...school,
      linkFiche: `https://data-onderwijs.vlaanderen.be/onderwijsaanbod/instelling?sn=${school.schoolnummer}`,
      richtingen: codes.map((code) => {
        const entry = data.codes[String(code)];
        return { code: String(code), naam: entry?.naam ?? '', duaal: entry?.duaal === true, finaliteit: entry?.finaliteit ?? null };
      }),
    })),
  }));
}
