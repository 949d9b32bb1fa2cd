/**
 * The official catalogue of the Flemish education administration ("administratieve groepen"),
 * as kept in scripts/data/official-catalogue.json, and the mapping of its entries onto our study pages.
 * Pure functions: used by the content generator, the content tests and the CLI.
 */

export interface OfficialEntry {
  code: string;
  name: string;
  graad: 1 | 2 | 3 | null;
  structure: string | null;
  finaliteit: 'doorstroom' | 'dubbele finaliteit' | 'arbeidsmarkt' | null;
  domein: string | null;
  onderwijsvormen: string[];
  duaal: boolean;
  zevendeLeerjaar: boolean;
  locations: number;
}

/** Official domain names (as in the catalogue) → our domain ids. */
export const DOMAIN_IDS: Record<string, string> = {
  'Taal en cultuur': 'taal-en-cultuur',
  STEM: 'stem',
  'Kunst en creatie': 'kunst-en-creatie',
  'Land- en tuinbouw': 'land-en-tuinbouw',
  'Economie en organisatie': 'economie-en-organisatie',
  'Maatschappij en welzijn': 'maatschappij-en-welzijn',
  Sport: 'sport',
  'Voeding en horeca': 'voeding-en-horeca',
  domeinoverschrijdend: 'domeinoverschrijdend',
};

/** Official finaliteit names → our ids. */
export const FINALITEIT_IDS: Record<string, 'doorstroom' | 'dubbele-finaliteit' | 'arbeidsmarkt'> = {
  doorstroom: 'doorstroom',
  'dubbele finaliteit': 'dubbele-finaliteit',
  arbeidsmarkt: 'arbeidsmarkt',
};

/** Suffixes the catalogue adds to a name: the domain in brackets, the finaliteit of Topsport, and duaal markers. */
const SUFFIXES: RegExp[] = [
  /\s*\((?:domein [^)]*|K&C|M&W|E&O|L&TB?|STEM|V&H|dubbele finaliteit|finaliteit arbeidsmarkt)\)$/,
  /-STEM$/,
  /\s+OV3$/,
  /\s*(?:duaal|DL)$/,
];

/** The catalogue name without its domain, finaliteit and duaal suffixes ("Ruwbouw duaal" → "Ruwbouw"). */
export function baseName(name: string): string {
  let current = name.trim();
  let changed = true;
  while (changed) {
    changed = false;
    for (const suffix of SUFFIXES) {
      const next = current.replace(suffix, '').trim();
      if (next !== current) {
        current = next;
        changed = true;
      }
    }
  }
  return current;
}

/** The full official name of a catalogue entry, using the expansions of abbreviated names. */
export function fullName(entry: Pick<OfficialEntry, 'name'>, expansions: Record<string, string>): string {
  const base = baseName(entry.name);
  return expansions[base] ?? base;
}

/** True for the entries that get a page of their own as a studierichting of graad 2 or 3 or as a 7de jaar. */
export function isGradeTwoOrThree(entry: OfficialEntry): boolean {
  return entry.graad === 2 || entry.graad === 3;
}

/**
 * The key that groups catalogue entries into one study page: the same richting in the same graad and finaliteit,
 * whatever its domein or duaal variant.
 */
export function studyGroupKey(entry: OfficialEntry, expansions: Record<string, string>): string {
  const level = entry.zevendeLeerjaar ? '7' : String(entry.graad);
  return `${level}|${entry.finaliteit ?? ''}|${fullName(entry, expansions)}`;
}
