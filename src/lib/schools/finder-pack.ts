/**
 * The finder's data as the browser downloads it (/data/scholen-compact.json): the same FinderData, packed in columns
 * so every school of Flanders and Brussels fits in one small file (gzip compresses a column of postcodes or of net
 * numbers far better than the same values spread over objects). Studies are referred to by their index, a school's
 * id by what follows the slug of its name, sources by an index into a short table. Unpacking rebuilds the plain
 * records and checks them with parseFinderData, so a broken file is a message, never a crash.
 */
import { slugify } from '../content/slug.ts';
import { NETS, parseFinderData, type FinderData, type FinderSchool, type FinderStudy, type Parsed } from './finder-data.ts';

export const PACK_VERSION = 1;

export interface PackedFinderData {
  version: typeof PACK_VERSION;
  /** Study rows: [id, name, title, graad, finaliteit, domains, balance, next]. */
  studies: [string, string, string, FinderStudy['graad'], FinderStudy['finaliteit'], string[], FinderStudy['balance'], string[]][];
  /** [title, checked] of each source. */
  sources: [string, string][];
  /** One array per field, one entry per school, sorted by postcode then id. */
  schools: {
    /** The id without the slug of the name ("112797-2"), or the whole id after "=" when it does not start with that slug. */
    id: string[];
    name: string[];
    /** Index into NETS. */
    net: number[];
    /** "" when the record has none. */
    koepel: string[];
    street: string[];
    postcode: string[];
    municipality: string[];
    /** Rounded to 5 decimals (about 1 m); null without coordinates. */
    lat: (number | null)[];
    lon: (number | null)[];
    /** Study indexes, ascending. */
    studies: number[][];
    duaal: number[][];
    /** Index into sources. */
    source: number[];
    /** 1 for a school's main address, else 0. */
    main: number[];
    /** For a location without an offer of its own: where the official data lists it (indexes into these columns); else null. */
    offerAt: (number[] | null)[];
  };
}

const round5 = (v: number | null) => (v === null ? null : Math.round(v * 1e5) / 1e5);

function idTail(id: string, name: string): string {
  const prefix = `${slugify(name)}-`;
  return id.startsWith(prefix) && id.length > prefix.length ? id.slice(prefix.length) : `=${id}`;
}

export function packFinderData(data: FinderData): PackedFinderData {
  const studyIndex = new Map(data.studies.map((s, i) => [s.id, i]));
  const indexes = (ids: readonly string[]) => ids.map((id) => studyIndex.get(id)).filter((i): i is number => i !== undefined).sort((a, b) => a - b);
  const schools = [...data.schools].sort((a, b) => a.postcode.localeCompare(b.postcode) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const schoolIndex = new Map(schools.map((s, i) => [s.id, i]));
  const sources: [string, string][] = [];
  const sourceIndex = (s: FinderSchool) => {
    const found = sources.findIndex(([title, checked]) => title === s.source && checked === s.checked);
    return found >= 0 ? found : sources.push([s.source, s.checked]) - 1;
  };
  const column = <T>(f: (s: FinderSchool) => T) => schools.map(f);
  const columns: PackedFinderData['schools'] = {
    id: column((s) => idTail(s.id, s.name)),
    name: column((s) => s.name),
    net: column((s) => NETS.indexOf(s.net)),
    koepel: column((s) => s.koepel ?? ''),
    street: column((s) => s.street),
    postcode: column((s) => s.postcode),
    municipality: column((s) => s.municipality),
    lat: column((s) => round5(s.lat)),
    lon: column((s) => round5(s.lon)),
    studies: column((s) => indexes(s.studies)),
    duaal: column((s) => indexes(s.duaal)),
    source: column(sourceIndex),
    main: column((s) => (s.mainAddress ? 1 : 0)),
    offerAt: column((s) => (s.offerAt ? s.offerAt.map((id) => schoolIndex.get(id)).filter((i): i is number => i !== undefined) : null)),
  };
  return {
    version: PACK_VERSION,
    studies: data.studies.map((s) => [s.id, s.name, s.title, s.graad, s.finaliteit, s.domains, s.balance, s.next]),
    sources,
    schools: columns,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the packed file back into FinderData; anything that does not fit becomes a message or a skipped record. */
export function unpackFinderData(json: unknown): Parsed<FinderData> {
  const unreadable = { ok: false, error: 'De scholenlijst is onleesbaar.' } as const;
  if (!isObject(json) || json.version !== PACK_VERSION || !Array.isArray(json.studies) || !Array.isArray(json.sources) || !isObject(json.schools)) return unreadable;
  const c = json.schools as Record<string, unknown>;
  const id = c.id;
  if (!Array.isArray(id)) return unreadable;
  const fields = ['name', 'net', 'koepel', 'street', 'postcode', 'municipality', 'lat', 'lon', 'studies', 'duaal', 'source', 'main', 'offerAt'];
  if (!fields.every((f) => Array.isArray(c[f]) && (c[f] as unknown[]).length === id.length)) return unreadable;
  const col = (f: string) => c[f] as unknown[];
  const studyRows = json.studies.filter(Array.isArray) as unknown[][];
  const studyIds = studyRows.map((r) => r[0]);
  const idsOf = (v: unknown) => (Array.isArray(v) ? v.map((i) => (Number.isInteger(i) ? studyIds[i as number] : undefined)) : null);
  const studies = studyRows.map(([sid, name, title, graad, finaliteit, domains, balance, next]) => ({ id: sid, name, title, graad, finaliteit, domains, balance, next }));
  const sources = json.sources as unknown[];
  const fullId = (i: number) => {
    const tail = id[i];
    if (typeof tail !== 'string' || typeof col('name')[i] !== 'string') return undefined;
    return tail.startsWith('=') ? tail.slice(1) : `${slugify(col('name')[i] as string)}-${tail}`;
  };
  const schools = id.map((_, i) => {
    const source = sources[col('source')[i] as number];
    const offerAt = col('offerAt')[i];
    return {
      id: fullId(i),
      name: col('name')[i],
      net: NETS[col('net')[i] as number],
      koepel: col('koepel')[i] || undefined,
      street: col('street')[i],
      postcode: col('postcode')[i],
      municipality: col('municipality')[i],
      lat: col('lat')[i],
      lon: col('lon')[i],
      studies: idsOf(col('studies')[i]),
      duaal: idsOf(col('duaal')[i]),
      source: Array.isArray(source) ? source[0] : undefined,
      checked: Array.isArray(source) ? source[1] : undefined,
      ...(col('main')[i] === 1 ? { mainAddress: true } : {}),
      ...(Array.isArray(offerAt) ? { offerAt: offerAt.map((j) => (Number.isInteger(j) ? fullId(j as number) : undefined)) } : {}),
    };
  });
  return parseFinderData({ schools, studies });
}
