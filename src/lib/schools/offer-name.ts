/**
 * The official names of a school's offer ("1e leerjaar in de 3e graad Architecturale vorming KSO",
 * "2e leerjaar B Economie en organisatie - Kunst en creatie", "1ste leerjaar A") parsed and matched onto our study
 * pages. A name that matches nothing is reported by the importer, never guessed.
 */
import { normalizeName } from '../routes/resolve.ts';

export type OfferName =
  | { graad: null; kind: 'okan' | 'hbo5' }
  | { graad: 2 | 3; leerjaar: number; richting: string; duaal: boolean; finaliteit?: OfferFinaliteit }
  | { graad: 1; leerjaar: 1 | 2; stroom: 'A' | 'B'; basisopties: string[] };

/** The finaliteit some names state in brackets ("Topsport (dubbele finaliteit) TSO"), in our page's words. */
export type OfferFinaliteit = 'doorstroom' | 'dubbele-finaliteit' | 'arbeidsmarkt';
const FINALITEIT_NOTE = /\s*\((dubbele finaliteit|doorstroomfinaliteit|finaliteit arbeidsmarkt)(?: [A-Z]+)?\)$/i;
const FINALITEIT_WORDS: Record<string, OfferFinaliteit> = {
  'dubbele finaliteit': 'dubbele-finaliteit',
  doorstroomfinaliteit: 'doorstroom',
  'finaliteit arbeidsmarkt': 'arbeidsmarkt',
};

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
  let finaliteit: OfferFinaliteit | undefined;
  for (let changed = true; changed; ) {
    changed = false;
    const note = FINALITEIT_NOTE.exec(richting);
    if (note) {
      finaliteit = FINALITEIT_WORDS[note[1]!.toLowerCase()];
      richting = richting.slice(0, note.index).trim();
      changed = true;
    }
    for (const trailer of TRAILERS) {
      const next = richting.replace(trailer, '').trim();
      if (next !== richting) {
        if (/duaal|\bDL\b/i.test(richting.slice(next.length))) duaal = true;
        richting = next;
        changed = true;
      }
    }
  }
  return { graad, leerjaar: seventh ? 3 : Number(upper![1]), richting, duaal, ...(finaliteit ? { finaliteit } : {}) };
}

export interface StudyKey {
  id: string;
  name: string;
  kind: string;
  graad: 1 | 2 | 3 | null;
  leerjaren: number[];
  stroom: string[];
  /** Tells apart pages with the same name in one graad ("Topsport" with dubbele finaliteit or arbeidsmarktfinaliteit). */
  finaliteit?: string | null;
}

/**
 * Our study pages for a parsed offer: a richting of graad 2/3 (a 3rd leerjaar of graad 3 is a 7de jaar), or for the
 * first graad the year page plus each basisoptie that has a page. Empty when nothing matches.
 */
export function matchOffer(offer: OfferName, studies: StudyKey[], finaliteit?: OfferFinaliteit): string[] {
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
  // Several pages can share a name in one graad; then the finaliteit (from the name, or the caller's official
  // dictionary) decides, and without one nothing is guessed.
  const wanted = offer.finaliteit ?? finaliteit;
  const find = (name: string) => {
    const named = inGraad.filter((s) => normalizeName(s.name) === normalizeName(name));
    if (named.length <= 1) return named[0];
    return wanted ? named.find((s) => s.finaliteit === wanted) : undefined;
  };
  // An "Aanloop X" is the run-up phase of the duaal richting X, unless it has a page of its own ("Aanloop bouw").
  const match = find(offer.richting) ?? (/^aanloop /i.test(offer.richting) ? find(offer.richting.replace(/^aanloop /i, '')) : undefined);
  return match ? [match.id] : [];
}

/** The basisopties of a first-graad offer that have no page (reported by the importer, never dropped silently). */
export function unmatchedBasisopties(offer: OfferName, studies: StudyKey[]): string[] {
  if (offer.graad !== 1) return [];
  return offer.basisopties.filter(
    (name) => !studies.some((s) => s.kind === 'basisoptie' && s.stroom.includes(offer.stroom) && normalizeName(s.name) === normalizeName(name)),
  );
}
