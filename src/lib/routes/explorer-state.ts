/**
 * The route explorer's choices and how they travel in the URL fragment (#van=…&attest=B&uit=f:doorstroom), which
 * never reaches a server. Decoding never throws: unknown or broken parts are dropped and reported, and what is
 * valid is kept.
 */
import { DOMAIN_IDS, FINALITEITEN, ONDERWIJSVORMEN, type Finaliteit } from '../../schemas/enums.ts';
import type { RouteCatalogue, Stage } from './catalogue.ts';
import type { Attest, AttestType, Exclusion, Position, RouteStudy } from './types.ts';

/**
 * `bao-ja` / `bao-nee`, or `<study id>@<year>` (a basisoptie may add `:A` or `:B`). A plain study id means the
 * study is chosen but its school year not yet (see yearToAsk): the pupil must choose it, nothing guesses it.
 */
export type StartKey = string;

/** `f:<finaliteit>`, `d:<domein>`, `o:<onderwijsvorm>` or `s:<study id>`. */
export type ExclusionKey = string;

export interface ExplorerState {
  start: StartKey;
  attest: AttestType;
  exclusions: ExclusionKey[];
  goal: string;
}

export const DEFAULT_STATE: ExplorerState = { start: 'bao-ja', attest: 'A', exclusions: [], goal: '' };

export function startKey(position: Position): StartKey {
  if (position.kind === 'basisonderwijs') return position.getuigschrift ? 'bao-ja' : 'bao-nee';
  return `${position.id}@${position.year}${position.stroom ? `:${position.stroom}` : ''}`;
}

/** The parts of a study start key (`<id>@<year>[:A|B]`), or null when it is not one. */
export function parseStartKey(key: string): { id: string; year: number; stroom?: 'A' | 'B' } | null {
  const match = /^([a-z0-9-]+)@(\d)(?::([AB]))?$/.exec(key);
  if (!match) return null;
  return { id: match[1]!, year: Number(match[2]), ...(match[3] ? { stroom: match[3] as 'A' | 'B' } : {}) };
}

export function positionOf(catalogue: RouteCatalogue, key: StartKey): Position | null {
  if (key === 'bao-ja' || key === 'bao-nee') return { kind: 'basisonderwijs', getuigschrift: key === 'bao-ja' };
  const parsed = parseStartKey(key);
  if (!parsed) return null;
  const study = catalogue.get(parsed.id);
  const year = parsed.year;
  if (!study) return null;
  if (study.leerjaren.length > 0 ? !study.leerjaren.includes(year) : year !== 0) return null;
  const stroom = parsed.stroom;
  if (stroom && !study.stroom.includes(stroom)) return null;
  return { kind: 'study', id: study.id, year, ...(stroom ? { stroom } : {}) };
}

/**
 * The study whose school year still has to be chosen: a plain id (or an id with a year it does not have, as older
 * saved answers may hold) of a study of more than one year. Null when the key is complete or not a study.
 */
export function yearToAsk(catalogue: RouteCatalogue, key: StartKey): RouteStudy | null {
  const id = /^[a-z0-9-]+$/.test(key) ? key : (parseStartKey(key)?.id ?? '');
  const study = catalogue.get(id);
  if (!study || study.leerjaren.length < 2 || positionOf(catalogue, key)) return null;
  return study;
}

export function exclusionOf(catalogue: RouteCatalogue, key: ExclusionKey): Exclusion | null {
  const [kind, value = ''] = [key.slice(0, 1), key.slice(2)];
  if (key[1] !== ':') return null;
  switch (kind) {
    case 'f':
      return (FINALITEITEN as readonly string[]).includes(value) ? { kind: 'finaliteit', value: value as Finaliteit } : null;
    case 'd':
      return (DOMAIN_IDS as readonly string[]).includes(value) ? { kind: 'domein', value: value as (typeof DOMAIN_IDS)[number] } : null;
    case 'o':
      return (ONDERWIJSVORMEN as readonly string[]).includes(value) ? { kind: 'onderwijsvorm', value: value as (typeof ONDERWIJSVORMEN)[number] } : null;
    case 's': {
      const study = catalogue.get(value);
      return study && (study.kind === 'studierichting' || study.kind === 'basisoptie') ? { kind: 'study', ids: [study.id], label: study.name } : null;
    }
    default:
      return null;
  }
}

/** The attest the rules get: exclusions only count with a B-attest (or an A-attest met uitsluiting in the 1ste leerjaar). */
export function attestOf(catalogue: RouteCatalogue, state: ExplorerState): Attest {
  const exclusions = state.attest === 'C' ? [] : state.exclusions.map((k) => exclusionOf(catalogue, k)).filter((e): e is Exclusion => e !== null);
  return { type: state.attest, exclusions: state.attest === 'B' || isFirstYear(state.start) ? exclusions : [] };
}

/**
 * The graad a B-attest's excluded richtingen belong to: the one the pupil goes to next. After the 2de leerjaar (and
 * after the 3de jaar, still in graad 2) that is graad 2; after the 4de jaar graad 3; in graad 3 graad 3 itself.
 * OV4 of the BuSO follows the same years.
 */
export function exclusionGraad(stage: Stage, year: number): 2 | 3 {
  if (stage === '2A' || stage === '2B') return 2;
  if (stage === 'graad2' || stage === 'buso') return year >= 4 ? 3 : 2;
  return 3;
}

export function isFirstYear(key: StartKey): boolean {
  return /^eerste-leerjaar-[ab]@1$/.test(key);
}

const MAX_FRAGMENT = 4000;

export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('van', state.start);
  if (state.attest !== 'A') params.set('attest', state.attest);
  for (const key of state.exclusions) params.append('uit', key);
  if (state.goal) params.set('doel', state.goal);
  return params.toString();
}

/**
 * Reads a fragment (with or without "#"). `van` may also be a plain study id (links from study pages): for a study
 * of one year that year; for a study of more years the year stays open and the form asks it. Returns the state and, when something was dropped, a plain-Dutch problem.
 */
export function decodeState(catalogue: RouteCatalogue, fragment: string): { state: ExplorerState; problem: string | null } {
  const text = fragment.replace(/^#/, '');
  if (text.trim() === '') return { state: DEFAULT_STATE, problem: null };
  if (text.length > MAX_FRAGMENT) return { state: DEFAULT_STATE, problem: 'De link is te lang en werd niet gelezen. We tonen de standaardkeuze.' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state: DEFAULT_STATE, problem: 'De link kon niet gelezen worden. We tonen de standaardkeuze.' };
  }
  const dropped: string[] = [];
  const state: ExplorerState = { ...DEFAULT_STATE, exclusions: [] };

  const van = params.get('van');
  if (van !== null) {
    const study = catalogue.get(van);
    const key = study && study.leerjaren.length < 2 ? `${study.id}@${study.leerjaren[0] ?? 0}` : van;
    if (positionOf(catalogue, key) || (key === study?.id && yearToAsk(catalogue, key))) state.start = key;
    else dropped.push('waar je nu bent');
  }
  const attest = params.get('attest');
  if (attest !== null) {
    if (attest === 'A' || attest === 'B' || attest === 'C') state.attest = attest;
    else dropped.push('het attest');
  }
  for (const key of params.getAll('uit')) {
    if (exclusionOf(catalogue, key) && !state.exclusions.includes(key)) state.exclusions.push(key);
    else if (!state.exclusions.includes(key)) dropped.push('een uitsluiting');
  }
  const goal = params.get('doel');
  if (goal !== null && goal !== '') {
    if (catalogue.get(goal) || catalogue.programme(goal)) state.goal = goal;
    else dropped.push('het doel');
  }
  const problem = dropped.length > 0 ? `Een deel van de link klopte niet (${[...new Set(dropped)].join(', ')}) en werd overgeslagen.` : null;
  return { state, problem };
}
