/**
 * The data the school finder loads lazily (/data/scholen.json and /data/postcodes.json): built from the content at
 * build time, read back in the browser with a check that never throws, so a broken or truncated file becomes a
 * message instead of a crash.
 */
import { BALANCES, DOMAIN_IDS, FINALITEITEN, type Balance, type DomainId, type Finaliteit } from '../../schemas/enums.ts';
import type { SchoolData } from '../../schemas/school.ts';
import type { StudyData } from '../../schemas/study.ts';
import { studyTitle } from '../content/study-view.ts';
import { toFinderStudy } from './finder-study.ts';
import type { Net } from './import.ts';

export const NETS: readonly Net[] = ['GO!', 'officieel gesubsidieerd', 'vrij gesubsidieerd', 'onafhankelijk'];

export interface FinderSchool {
  id: string;
  name: string;
  net: Net;
  koepel?: string;
  /** Street and number. */
  street: string;
  postcode: string;
  municipality: string;
  lat: number | null;
  lon: number | null;
  studies: string[];
  duaal: string[];
  /** Title of the source the record comes from. */
  source: string;
  checked: string;
  /** The school's main address (hoofdzetel), where the official data says so. */
  mainAddress?: boolean;
  /**
   * Set on a location whose school lists no offer there: the ids of the locations where the official data lists the
   * school's offer (main address first; empty when it lists none at all). Such a location has no studies and never
   * matches a study filter.
   */
  offerAt?: string[];
}

/** Where a study sits in the school finder's filters; `graad` 7 is a 7de jaar. */
export interface FinderStudy {
  id: string;
  name: string;
  /** The name with graad and finaliteit, as on the study page ("Latijn (2de graad, doorstroomfinaliteit)"). */
  title: string;
  graad: 1 | 2 | 3 | 7 | null;
  finaliteit: Finaliteit | null;
  domains: DomainId[];
  /** Theory and practice, where the study page says so. */
  balance: Balance | null;
  /** Curated logical next steps (study ids). */
  next: string[];
}

export interface FinderData {
  schools: FinderSchool[];
  studies: FinderStudy[];
}

export interface Place {
  postcode: string;
  /** The place name of the postcode (a municipality or a deelgemeente). */
  name: string;
  municipality: string;
  lat: number;
  lon: number;
}

/** Postcodes as compact rows: [postcode, name, municipality, lat, lon]. */
export type PostcodeRow = [string, string, string, number, number];

export function toPostcodeRows(table: Record<string, Omit<Place, 'postcode'>>): PostcodeRow[] {
  return Object.entries(table)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([postcode, p]) => [postcode, p.name, p.municipality, p.lat, p.lon]);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every(isString) ? v : null);

export type Parsed<T> = { ok: true; value: T; skipped: number } | { ok: false; error: string };

/** Reads the postcode file; rows that do not fit are skipped and counted. */
export function parsePostcodes(json: unknown): Parsed<Place[]> {
  if (!Array.isArray(json)) return { ok: false, error: 'De lijst met postcodes is onleesbaar.' };
  const value: Place[] = [];
  for (const row of json) {
    if (Array.isArray(row) && /^\d{4}$/.test(String(row[0])) && isString(row[1]) && isString(row[2]) && isNumber(row[3]) && isNumber(row[4])) {
      value.push({ postcode: String(row[0]), name: row[1], municipality: row[2], lat: row[3], lon: row[4] });
    }
  }
  return value.length === 0 ? { ok: false, error: 'De lijst met postcodes is leeg.' } : { ok: true, value, skipped: json.length - value.length };
}

function readSchool(v: unknown): FinderSchool | null {
  if (!isObject(v)) return null;
  const { id, name, net, koepel, street, postcode, municipality, lat, lon, studies, duaal, source, checked, mainAddress, offerAt } = v;
  const studyIds = strings(studies);
  const duaalIds = strings(duaal);
  if (!isString(id) || !isString(name) || !NETS.includes(net as Net) || !isString(street) || !isString(municipality)) return null;
  if (typeof postcode !== 'string' || !/^\d{4}$/.test(postcode) || !studyIds || !duaalIds || !isString(source) || !isString(checked)) return null;
  const located = isNumber(lat) && isNumber(lon);
  return {
    id, name, net: net as Net, ...(isString(koepel) ? { koepel } : {}), street, postcode, municipality,
    lat: located ? lat : null, lon: located ? lon : null, studies: studyIds, duaal: duaalIds, source, checked,
    ...(mainAddress === true ? { mainAddress } : {}),
    ...(strings(offerAt) ? { offerAt: offerAt as string[] } : {}),
  };
}

function readStudy(v: unknown): FinderStudy | null {
  if (!isObject(v)) return null;
  const { id, name, title, graad, finaliteit, domains, balance, next } = v;
  const domainIds = strings(domains);
  const nextIds = strings(next);
  if (!isString(id) || !isString(name) || !isString(title) || !domainIds || !nextIds) return null;
  if (!(balance === null || BALANCES.includes(balance as Balance))) return null;
  if (!(graad === null || graad === 1 || graad === 2 || graad === 3 || graad === 7)) return null;
  if (!(finaliteit === null || FINALITEITEN.includes(finaliteit as Finaliteit))) return null;
  if (!domainIds.every((d) => DOMAIN_IDS.includes(d as DomainId))) return null;
  return { id, name, title, graad, finaliteit: finaliteit as Finaliteit | null, domains: domainIds as DomainId[], balance: balance as Balance | null, next: nextIds };
}

/** Reads the school file; schools or studies that do not fit are skipped and counted. */
export function parseFinderData(json: unknown): Parsed<FinderData> {
  if (!isObject(json) || !Array.isArray(json.schools) || !Array.isArray(json.studies)) {
    return { ok: false, error: 'De scholenlijst is onleesbaar.' };
  }
  const schools = json.schools.map(readSchool).filter((s): s is FinderSchool => s !== null);
  const studies = json.studies.map(readStudy).filter((s): s is FinderStudy => s !== null);
  if (schools.length === 0) return { ok: false, error: 'De scholenlijst is leeg.' };
  return { ok: true, value: { schools, studies }, skipped: json.schools.length - schools.length + json.studies.length - studies.length };
}

/** A school record as the finder needs it (build time). */
export function toFinderSchool(id: string, data: SchoolData): FinderSchool {
  return {
    id,
    name: data.name,
    net: data.net,
    ...(data.koepel ? { koepel: data.koepel } : {}),
    street: `${data.address.street} ${data.address.number}`.trim(),
    postcode: data.address.postcode,
    municipality: data.address.municipality,
    lat: data.coordinates?.lat ?? null,
    lon: data.coordinates?.lon ?? null,
    studies: data.studies,
    duaal: data.duaal,
    source: data.source.title,
    checked: data.checked.toISOString().slice(0, 10),
    ...(data.mainAddress ? { mainAddress: true } : {}),
    ...(data.studies.length === 0 && data.offerAt ? { offerAt: data.offerAt } : {}),
  };
}

/** The finder's data from the content (build time): every school, and every study except the destinations. */
export function finderDataOf(schools: readonly { id: string; data: SchoolData }[], studies: readonly { id: string; data: StudyData }[]): FinderData {
  return {
    schools: schools.map((s) => toFinderSchool(s.id, s.data)),
    studies: studies.filter((s) => s.data.kind !== 'bestemming').map((s) => toFinderStudy(s.id, s.data, studyTitle(s.data))),
  };
}
