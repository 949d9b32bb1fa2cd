/**
 * The school finder's decisions: which schools match a search, how far they are, which of their offers match, and
 * the plain-Dutch sentence that sums it up. Distances are from the point of the chosen postcode (scripts/data/README.md)
 * or from the pupil's position. A distance limit never hides a school of the postcode itself: one point cannot stand
 * for a whole postcode (the schools of 3600 Genk lie up to 6.5 km from its point), and a school in your own postcode
 * is near in the sense that counts.
 */
import { FINALITEIT_LABELS } from '../content/labels.ts';
import { levenshtein } from '../content/validate-graph.ts';
import { normalizeName, type Resolved } from '../routes/resolve.ts';
import { roundedKm, withinKm, withinLimit } from './distance.ts';
import type { FinderData, FinderSchool, FinderStudy, Place } from './finder-data.ts';
import { GRAAD_FILTER_LABELS, GRAAD_FILTERS, type FinderQuery, type GraadFilter } from './finder-query.ts';
import { placeLabel } from './place.ts';

export interface FinderResult {
  school: FinderSchool;
  /** Rounded to 0.1 km; null without a place or without coordinates. */
  km: number | null;
  /** The school's offers that match the chosen study, domein, finaliteit and graad (all offers without such a filter). */
  matches: string[];
}

type OfferFilter = Pick<FinderQuery, 'studies' | 'domain' | 'finaliteit' | 'graden'>;

/**
 * The list shows this many schools at a time ("Toon nog" adds as many). Every filter change draws the list anew, and
 * on a cheap phone each row costs: 10 rows take about as long to draw as the rest of the answer together, 25 rows
 * twice that (scripts/bench-finder.ts). The map numbers the same schools.
 */
export const LIST_PAGE = 10;

export const hasOfferFilter = (q: OfferFilter) => q.studies.length > 0 || q.domain !== null || q.finaliteit !== null || q.graden.length > 0;

export function offerMatches(study: FinderStudy | undefined, q: OfferFilter): boolean {
  if (!study) return false;
  if (q.studies.length > 0 && !q.studies.includes(study.id)) return false;
  if (q.domain && !study.domains.includes(q.domain)) return false;
  if (q.finaliteit && study.finaliteit !== q.finaliteit) return false;
  if (q.graden.length > 0 && (study.graad === null || !q.graden.includes(study.graad))) return false;
  return true;
}

/** A school's distance from the place, rounded to 0.1 km; null without a place or without coordinates. */
export function schoolKm(school: Pick<FinderSchool, 'lat' | 'lon'>, place: Place | null): number | null {
  return place && school.lat !== null && school.lon !== null ? roundedKm(place, { lat: school.lat, lon: school.lon }) : null;
}

const collator = new Intl.Collator('nl');

interface SchoolOrder {
  /** Every school with its distance: nearest first with a place (schools without coordinates last), else by municipality and name. */
  schools: { school: FinderSchool; km: number | null }[];
  /** Where the last school of the place's own postcode stands in it (-1: none, or no postcode). */
  lastOwn: number;
}

function orderSchools(schools: readonly FinderSchool[], place: Place | null): SchoolOrder {
  const byName = (a: FinderSchool, b: FinderSchool) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
  const ordered = schools
    .map((school) => ({ school, km: schoolKm(school, place) }))
    .sort((a, b) =>
      place
        ? (a.km ?? Infinity) - (b.km ?? Infinity) || byName(a.school, b.school)
        : collator.compare(a.school.municipality, b.school.municipality) || byName(a.school, b.school),
    );
  const own = ownPostcode(place);
  let lastOwn = -1;
  if (own !== null) ordered.forEach((o, i) => { if (o.school.postcode === own) lastOwn = i; });
  return { schools: ordered, lastOwn };
}

/** The postcode whose schools a distance limit never hides: the place's, not a position's (which has none). */
const ownPostcode = (place: Place | null): string | null => (place && place.postcode !== '' ? place.postcode : null);

/** Past the distance limit: farther than it, or without a distance at all (with a place, only a school of its own postcode). */
export const beyondLimit = (km: number | null, query: Pick<FinderQuery, 'maxKm'>) => !withinKm(km, query.maxKm);

/**
 * The order for a place is the same for every filter: it is computed once per place (the last few are kept) and each
 * search only walks it, instead of measuring and sorting 2,000 schools on every click. Keyed by the schools list, so
 * other data never shares an order.
 */
const orders = new WeakMap<readonly FinderSchool[], Map<string, SchoolOrder>>();
const KEPT_ORDERS = 4;

function schoolOrder(schools: readonly FinderSchool[], place: Place | null) {
  const byPlace = orders.get(schools) ?? new Map<string, SchoolOrder>();
  orders.set(schools, byPlace);
  const key = place ? `${place.postcode}@${place.lat},${place.lon}` : '';
  let order = byPlace.get(key);
  if (!order) {
    order = orderSchools(schools, place);
    if (byPlace.size >= KEPT_ORDERS) byPlace.delete(byPlace.keys().next().value!);
  }
  // The most recently used order is the last to go.
  byPlace.delete(key);
  byPlace.set(key, order);
  return order;
}

/**
 * Schools matching the query: nearest first with a place (schools without coordinates last), else by municipality and
 * name. With a distance limit: the schools within it, then those of the place's own postcode that lie farther.
 */
export function findSchools(data: FinderData, query: FinderQuery, place: Place | null): FinderResult[] {
  const filtered = hasOfferFilter(query);
  // Each study is checked once per search, not once per school that offers it (31,000 offers at full scale).
  const matching = new Set(filtered ? data.studies.filter((s) => offerMatches(s, query)).map((s) => s.id) : []);
  const results: FinderResult[] = [];
  const order = schoolOrder(data.schools, place);
  const own = ownPostcode(place);
  // An index loop: this runs over every school on each filter change, so no pair is made per school.
  for (let i = 0; i < order.schools.length; i++) {
    const { school, km } = order.schools[i]!;
    if (place && !withinLimit(km, school.postcode, { maxKm: query.maxKm, postcode: own })) {
      // Nearest first and schools without coordinates last: past the distance and the postcode's last school, no
      // school can come back.
      if (i > order.lastOwn) break;
      continue;
    }
    if (query.nets.length > 0 && !query.nets.includes(school.net)) continue;
    if (!filtered) {
      results.push({ school, km, matches: school.studies });
      continue;
    }
    // One pass; the list is made only for a school that has a match (most fail a filter: less garbage to collect).
    let matches: string[] | null = null;
    for (const id of school.studies) if (matching.has(id)) (matches ??= []).push(id);
    if (matches) results.push({ school, km, matches });
  }
  return results;
}

/** A school's offers grouped per graad, in school order, with the 7de jaren and the rest after. */
export function offerByGraad(ids: readonly string[], studies: ReadonlyMap<string, FinderStudy>): { graad: GraadFilter | null; label: string; studies: FinderStudy[] }[] {
  const groups: { graad: GraadFilter | null; label: string }[] = [
    ...GRAAD_FILTERS.map((graad) => ({ graad, label: GRAAD_FILTER_LABELS[graad] })),
    { graad: null, label: 'Andere' },
  ];
  const known = ids.map((id) => studies.get(id)).filter((s): s is FinderStudy => s !== undefined);
  return groups
    .map((g) => ({ ...g, studies: known.filter((s) => s.graad === g.graad).sort((a, b) => a.name.localeCompare(b.name, 'nl')) }))
    .filter((g) => g.studies.length > 0);
}

/**
 * What a typed study name means: an exact title ("Latijn (2de graad, doorstroomfinaliteit)") is one study; a name
 * ("Latijn") is every study with that name. Otherwise the closest titles as suggestions.
 */
export function resolveStudyText(studies: readonly FinderStudy[], text: string): Resolved<string[]> {
  const query = normalizeName(text.slice(0, 120));
  if (query === '') return { ok: false, error: 'Typ de naam van een richting of kies er een uit de lijst.', suggestions: [] };
  const byTitle = studies.filter((s) => normalizeName(s.title) === query || s.id === text.trim());
  if (byTitle.length > 0) return { ok: true, value: byTitle.map((s) => s.id) };
  const byName = studies.filter((s) => normalizeName(s.name) === query);
  if (byName.length > 0) return { ok: true, value: byName.map((s) => s.id) };
  // Close titles first: part of a title ("Latijn 2de graad"), a name inside the text ("Latijn in Gent"), then typos.
  const scored = studies
    .map((s) => {
      const name = normalizeName(s.name);
      const title = normalizeName(s.title);
      const inside = title.startsWith(query) ? 0 : name.includes(query) || title.includes(query) ? 0.5 : ` ${query} `.includes(` ${name} `) ? 1 : null;
      const distance = inside ?? Math.min(levenshtein(query, name), ...name.split(' ').map((w) => levenshtein(query, w) + 1));
      return { s, distance };
    })
    .filter((x) => x.distance <= Math.max(2, Math.floor(query.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.s.title.localeCompare(b.s.title, 'nl'));
  return { ok: false, error: `Geen richting gevonden met de naam "${text.trim().slice(0, 60)}".`, suggestions: scored.slice(0, 5).map((x) => x.s.title) };
}

/** The text shown in the study field for chosen ids: the title of one study, or the shared name of several. */
export function studyFieldText(ids: readonly string[], studies: ReadonlyMap<string, FinderStudy>): string {
  const chosen = ids.map((id) => studies.get(id)).filter((s): s is FinderStudy => s !== undefined);
  if (chosen.length === 0) return '';
  if (chosen.length === 1) return chosen[0]!.title;
  return chosen[0]!.name;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence for the live region: how many schools, what they offer, how far, and what is filtered. */
export function describeResults(results: readonly FinderResult[], query: FinderQuery, place: Place | null, studyNames: { studies: string; domain: string | null }): string {
  // Schools of the postcode itself that lie past the limit (findSchools lists them last): said apart, never counted
  // as "binnen 5 km".
  const farOwn = place && query.maxKm !== null ? results.filter((r) => beyondLimit(r.km, query)).length : 0;
  const parts: string[] = [plural(results.length - farOwn, 'school', 'scholen')];
  if (place) parts.push(query.maxKm !== null ? `binnen ${query.maxKm} km van ${placeLabel(place)}` : `gesorteerd op afstand van ${placeLabel(place)}`);
  if (farOwn > 0) parts.push(`en ${plural(farOwn, 'school', 'scholen')} verder weg in postcode ${place!.postcode} zelf`);
  const offer: string[] = [];
  if (query.studies.length > 0) offer.push(studyNames.studies);
  if (studyNames.domain) offer.push(`in het studiedomein ${studyNames.domain}`);
  if (query.finaliteit) offer.push(`met ${FINALITEIT_LABELS[query.finaliteit].toLowerCase()}`);
  if (query.graden.length > 0) offer.push(`in ${query.graden.map((g) => (g === 7 ? 'een 7de jaar' : `de ${g}${g === 1 ? 'ste' : 'de'} graad`)).join(' of ')}`);
  const sentence = offer.length > 0 ? `${parts.join(' ')}${farOwn > 0 ? ',' : ''} met aanbod: ${offer.join(', ')}` : parts.join(' ');
  const nets = query.nets.length > 0 ? ` Onderwijsnet: ${query.nets.join(', ')}.` : '';
  return `${sentence}.${nets}`;
}
