/** Fetches and checks the school and postcode data (lazily, when an island needs them); never throws. */
import { parsePostcodes, type FinderData, type Place } from '../../lib/schools/finder-data.ts';
import { unpackFinderData } from '../../lib/schools/finder-pack.ts';

export type Loaded = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: FinderData; places: Place[] };

async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(String(response.status));
  return response.json();
}

async function load(): Promise<Loaded> {
  try {
    const [schools, postcodes] = await Promise.all([loadJson('/data/scholen-compact.json'), loadJson('/data/postcodes.json')]);
    const data = unpackFinderData(schools);
    const places = parsePostcodes(postcodes);
    if (!data.ok) return { status: 'error', error: data.error };
    if (!places.ok) return { status: 'error', error: places.error };
    return { status: 'ready', data: data.value, places: places.value };
  } catch {
    return { status: 'error', error: 'De scholenlijst kon niet geladen worden. Controleer je internetverbinding en probeer opnieuw.' };
  }
}

let pending: Promise<Loaded> | null = null;

/** One download and unpacking per page, however many parts of it ask; after an error the next call tries again. */
export function loadFinderData(): Promise<Loaded> {
  pending ??= load().then((result) => {
    if (result.status === 'error') pending = null;
    return result;
  });
  return pending;
}
