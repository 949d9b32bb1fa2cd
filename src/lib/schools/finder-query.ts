/**
 * The school finder's state as a URL query (?plaats=9000&studie=latijn-2de-graad&net=go&km=10&kies=a&kies=b), so a
 * parent can bookmark or share a search. Reading never throws: unknown values are dropped and named in a message,
 * the rest of the query is kept.
 */
import { DOMAIN_IDS, FINALITEITEN, type DomainId, type Finaliteit } from '../../schemas/enums.ts';
import { NETS } from './finder-data.ts';
import type { Net } from './import.ts';

/** 1, 2, 3 = graad; 7 = a 7de jaar. */
export type GraadFilter = 1 | 2 | 3 | 7;
export const GRAAD_FILTERS: readonly GraadFilter[] = [1, 2, 3, 7];
export const GRAAD_FILTER_LABELS: Record<GraadFilter, string> = { 1: '1ste graad', 2: '2de graad', 3: '3de graad', 7: '7de jaar' };
export const DISTANCES: readonly number[] = [5, 10, 20, 30, 50];
export const MAX_COMPARE = 4;

export interface FinderQuery {
  /** Postcode or municipality as typed. */
  place: string;
  studies: string[];
  domain: DomainId | null;
  finaliteit: Finaliteit | null;
  nets: Net[];
  graden: GraadFilter[];
  maxKm: number | null;
  /** Schools chosen to compare (at most 4). */
  selected: string[];
  /** Whether the comparison is open. */
  compare: boolean;
}

export const EMPTY_QUERY: FinderQuery = {
  place: '', studies: [], domain: null, finaliteit: null, nets: [], graden: [], maxKm: null, selected: [], compare: false,
};

const NET_SLUGS: Record<Net, string> = { 'GO!': 'go', 'officieel gesubsidieerd': 'ogo', 'vrij gesubsidieerd': 'vgo', onafhankelijk: 'onafhankelijk' };
const netOfSlug = (slug: string) => NETS.find((n) => NET_SLUGS[n] === slug);

export interface KnownIds {
  studies: ReadonlySet<string>;
  schools: ReadonlySet<string>;
}

export function parseFinderQuery(search: string, known: KnownIds): { query: FinderQuery; problems: string[] } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, 4000));
  } catch {
    return { query: EMPTY_QUERY, problems: ['De zoekopdracht in de link is onleesbaar.'] };
  }
  const problems: string[] = [];
  const unknown = (what: string, value: string) => problems.push(`${what} "${value.slice(0, 60)}" kennen we niet; dat deel van de link is weggelaten.`);
  const unique = <T>(values: T[]) => [...new Set(values)];

  const studies = unique(params.getAll('studie').filter((id) => known.studies.has(id) || (unknown('De studie', id), false)));
  const domainText = params.get('domein');
  const domain = domainText && DOMAIN_IDS.includes(domainText as DomainId) ? (domainText as DomainId) : null;
  if (domainText && !domain) unknown('Het studiedomein', domainText);
  const finaliteitText = params.get('finaliteit');
  const finaliteit = finaliteitText && FINALITEITEN.includes(finaliteitText as Finaliteit) ? (finaliteitText as Finaliteit) : null;
  if (finaliteitText && !finaliteit) unknown('De finaliteit', finaliteitText);
  const nets = unique(params.getAll('net').flatMap((slug) => netOfSlug(slug) ?? (unknown('Het onderwijsnet', slug), [])));
  const graden = unique(
    params.getAll('graad').flatMap((g) => (GRAAD_FILTERS.includes(Number(g) as GraadFilter) ? [Number(g) as GraadFilter] : (unknown('De graad', g), []))),
  ).sort();
  const kmText = params.get('km');
  const maxKm = kmText && DISTANCES.includes(Number(kmText)) ? Number(kmText) : null;
  if (kmText && maxKm === null) unknown('De afstand', kmText);
  let selected = unique(params.getAll('kies').filter((id) => known.schools.has(id) || (unknown('De school', id), false)));
  if (selected.length > MAX_COMPARE) {
    problems.push(`Je kan ${MAX_COMPARE} scholen tegelijk vergelijken; de eerste ${MAX_COMPARE} zijn gekozen.`);
    selected = selected.slice(0, MAX_COMPARE);
  }
  const place = (params.get('plaats') ?? '').slice(0, 80).trim();
  const compare = params.get('vergelijk') === '1' && selected.length >= 2;
  return { query: { place, studies, domain, finaliteit, nets: NETS.filter((n) => nets.includes(n)), graden, maxKm, selected, compare }, problems };
}

/**
 * What decides the results, as one string: the search without the schools chosen to compare. Ticking a school keeps
 * the same results (and the same length of list); any other change is a new search.
 */
export function searchKey(query: FinderQuery): string {
  return JSON.stringify([query.place, query.studies, query.domain, query.finaliteit, query.nets, query.graden, query.maxKm]);
}

export function finderQueryString(query: FinderQuery): string {
  const params = new URLSearchParams();
  if (query.place.trim()) params.set('plaats', query.place.trim());
  for (const id of query.studies) params.append('studie', id);
  if (query.domain) params.set('domein', query.domain);
  if (query.finaliteit) params.set('finaliteit', query.finaliteit);
  for (const net of query.nets) params.append('net', NET_SLUGS[net]);
  for (const g of query.graden) params.append('graad', String(g));
  if (query.maxKm !== null) params.set('km', String(query.maxKm));
  for (const id of query.selected) params.append('kies', id);
  if (query.compare && query.selected.length >= 2) params.set('vergelijk', '1');
  return params.toString();
}
