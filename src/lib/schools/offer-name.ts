/**
 * The official names of a school's offer ("1e leerjaar in de 3e graad Architecturale vorming KSO",
 * "2e leerjaar B Economie en organisatie - Kunst en creatie", "1ste leerjaar A") parsed and matched onto our study
 * pages. A name that matches nothing is reported by the importer, never guessed.
 */
import { normalizeName } from '../routes/resolve.ts';

export type OfferName =
  | { graad: null; kind: 'okan' | 'hbo5' }
  | { graad: 2 | 3; leerjaar: number; richting: string; duaal: boolean }
  | { graad: 1; leerjaar: 1 | 2; stroom: 'A' | 'B'; basisopties: string[] };

const UPPER = /^(\d)e leerjaar in de (\d)e graad (.+)$/i;
const SEVENTH = /^7e leerjaar (.+)$/i;
const FIRST = /^(1ste|2e|2de) leerjaar ([AB])(?:\s+(.+))?$/i;
const TRAILERS = [
  /\s+(?:ASO|TSO|KSO|BSO|DBSO|DSO|CDO)$/i,
  /\s*\((?:STEM|[A-Z&]+|domein [^)]*|onderwijskwalificatie \d)\)$/i,
  /\s+na structuuronderdeel met .*$/i,
  /\s+(?:duaal|DL)$/i,
];

/** "Klassieke talen (Grieks en Latijn)" → "Klassieke talen". */
const withoutNote = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

export function parseOfferName(raw: string): OfferName | null {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (/^onthaaljaar voor anderstalige nieuwkomers/i.test(name)) return { graad: null, kind: 'okan' };
  // HBO5 Verpleegkunde is organised in modules; "Basisverpleegkunde" is its successor (catalogue code 1534).
  if (/^(module .*verpleegkunde.*|module oriëntatie .*|basisverpleegkunde)/i.test(name)) return { graad: null, kind: 'hbo5' };
  const first = FIRST.exec(name);
  if (first) {
    const leerjaar = first[1]!.toLowerCase() === '1ste' ? 1 : 2;
    const basisopties = first[3] ? first[3].split(' - ').map(withoutNote).filter(Boolean) : [];
    return { graad: 1, leerjaar, stroom: first[2]!.toUpperCase() as 'A' | 'B', basisopties };
  }
  const seventh = SEVENTH.exec(name);
  const upper = seventh ? null : UPPER.exec(name);
  if (!seventh && !upper) return null;
  const graad = seventh ? 3 : Number(upper![2]);
  if (graad !== 2 && graad !== 3) return null;
  let richting = seventh ? seventh[1]! : upper![3]!;
  let duaal = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const trailer of TRAILERS) {
      const next = richting.replace(trailer, '').trim();
      if (next !== richting) {
        if (/duaal|\bDL\b/i.test(richting.slice(next.length))) duaal = true;
        richting = next;
        changed = true;
      }
    }
  }
  return { graad, leerjaar: seventh ? 3 : Number(upper![1]), richting, duaal };
}

export interface StudyKey {
  id: string;
  name: string;
  kind: string;
  graad: 1 | 2 | 3 | null;
  leerjaren: number[];
  stroom: string[];
}

/**
 * Our study pages for a parsed offer: a richting of graad 2/3 (a 3rd leerjaar of graad 3 is a 7de jaar), or for the
 * first graad the year page plus each basisoptie that has a page. Empty when nothing matches.
 */
export function matchOffer(offer: OfferName, studies: StudyKey[]): string[] {
  if (offer.graad === null) {
    const page = studies.find((s) => s.kind === offer.kind);
    return page ? [page.id] : [];
  }
  if (offer.graad === 1) {
    const year = studies.find((s) => s.kind === 'eerste-graad' && s.leerjaren[0] === offer.leerjaar && s.stroom.includes(offer.stroom));
    const opties = offer.basisopties
      .map((name) => studies.find((s) => s.kind === 'basisoptie' && s.stroom.includes(offer.stroom) && normalizeName(s.name) === normalizeName(name)))
      .filter((s): s is StudyKey => s !== undefined);
    return year ? [year.id, ...opties.map((s) => s.id)] : [];
  }
  const seventh = offer.graad === 3 && offer.leerjaar === 3;
  const inGraad = studies.filter((s) => (seventh ? s.kind === 'zevende-jaar' : s.kind === 'studierichting' && s.graad === offer.graad));
  const find = (name: string) => inGraad.find((s) => normalizeName(s.name) === normalizeName(name));
  // An "Aanloop X" is the run-up phase of the duaal richting X, unless it has a page of its own ("Aanloop bouw").
  const match = find(offer.richting) ?? (/^aanloop /i.test(offer.richting) ? find(offer.richting.replace(/^aanloop /i, '')) : undefined);
  return match ? [match.id] : [];
}
