/** Fetches and checks the school and postcode data (lazily, when an island needs them); never throws. */
import { parsePostcodes, type FinderData, type Place } from '../../lib/schools/finder-data.ts';
import { unpackFinderData } from '../../lib/schools/finder-pack.ts';
import { fetchJson, loadOnce } from '../data/load-once.ts';

export type Loaded = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; data: FinderData; places: Place[] };

/** A file that arrived but cannot be used: its message is shown as it is. */
class UnusableData extends Error {}

/** One download and unpacking per page, however many parts of it ask; after an error the next call tries again. */
const loadReady = loadOnce(async () => {
  const [schools, postcodes] = await Promise.all([fetchJson('/data/scholen-compact.json'), fetchJson('/data/postcodes.json')]);
  const data = unpackFinderData(schools);
  const places = parsePostcodes(postcodes);
  if (!data.ok) throw new UnusableData(data.error);
  if (!places.ok) throw new UnusableData(places.error);
  return { status: 'ready' as const, data: data.value, places: places.value };
});

export async function loadFinderData(): Promise<Loaded> {
  try {
    return await loadReady();
  } catch (error) {
    return {
      status: 'error',
      error: error instanceof UnusableData ? error.message : 'De scholenlijst kon niet geladen worden. Controleer je internetverbinding en probeer opnieuw.',
    };
  }
}
