/**
 * Turns what a person types (an official name, an id, "1A", "basisonderwijs", "dubbele finaliteit") into the
 * positions and exclusions of the route rules. Unknown input gets an error with the closest matches, so the CLI and
 * the explorer can say "bedoel je …?" instead of guessing.
 */
import { DOMAIN_IDS, FINALITEITEN, ONDERWIJSVORMEN, type Stroom } from '../../schemas/enums.ts';
import { levenshtein } from '../content/validate-graph.ts';
import { stripAccents } from '../search/normalize.ts';
import type { RouteCatalogue } from './catalogue.ts';
import type { Exclusion, Position, RouteProgramme, RouteStudy } from './types.ts';

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: string; suggestions: string[] };

/** Lower case, no accents, punctuation as single spaces: "Land- en tuinbouw" → "land en tuinbouw". */
export function normalizeName(text: string): string {
  return stripAccents(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const GRAAD_HINT = /\b(?:([23])de|(tweede|derde)) graad\b/;

function label(study: RouteStudy): string {
  const where = study.kind === 'zevende-jaar' ? '7de jaar' : study.graad === null ? '' : `${study.graad}${study.graad === 1 ? 'ste' : 'de'} graad`;
  return `${study.name}${where ? ` (${where})` : ''} [${study.id}]`;
}

/** The closest items (studies, programmes) to a text, by edit distance on the normalised name and id. */
function closest<T extends { id: string; name: string }>(items: readonly T[], text: string, count: number): T[] {
  const query = normalizeName(text);
  return items
    .map((item) => {
      const name = normalizeName(item.name);
      // A typo in the whole name, or in one word of a longer name ("latin" → "Latijn-wiskunde") at a small cost.
      const wordDistance = Math.min(...name.split(' ').map((word) => levenshtein(query, word) + 0.5));
      const distance = Math.min(
        levenshtein(query, name),
        levenshtein(query, normalizeName(item.id)),
        wordDistance,
        name.includes(query) ? Math.abs(name.length - query.length) / 4 : Infinity,
      );
      return { item, distance };
    })
    .sort((a, b) => a.distance - b.distance || a.item.name.localeCompare(b.item.name, 'nl'))
    .slice(0, count)
    .map((m) => m.item);
}

/** The closest studies to a text, by edit distance on the normalised name and id. */
export function closestStudies(catalogue: RouteCatalogue, text: string, count = 5): RouteStudy[] {
  return closest(catalogue.studies, text, count);
}

/**
 * All studies a text names: an exact id, or an exact official name (a name can exist in graad 2 and graad 3; "…
 * 2de graad" narrows it down).
 */
export function studiesNamed(catalogue: RouteCatalogue, text: string): RouteStudy[] {
  const byId = catalogue.get(text.trim());
  if (byId) return [byId];
  let query = normalizeName(text);
  const hint = GRAAD_HINT.exec(query);
  let graad: number | null = null;
  if (hint) {
    graad = hint[1] ? Number(hint[1]) : hint[2] === 'tweede' ? 2 : 3;
    query = query.replace(GRAAD_HINT, '').trim();
  }
  const sevenths = /\b7de jaar\b/.test(query);
  if (sevenths) query = query.replace(/\b7de jaar\b/, '').trim();
  return catalogue.studies.filter(
    (s) =>
      normalizeName(s.name) === query &&
      (graad === null || (s.graad === graad && s.kind !== 'zevende-jaar')) &&
      (!sevenths || s.kind === 'zevende-jaar'),
  );
}

function notFound<T>(catalogue: RouteCatalogue, text: string, what: string): Resolved<T> {
  const suggestions = closestStudies(catalogue, text).map(label);
  return { ok: false, error: `Onbekende ${what} "${text}".`, suggestions };
}

const KIND_WORDS: Record<RouteProgramme['kind'], string> = {
  graduaat: 'graduaat',
  'professionele-bachelor': 'professionele bachelor',
  'academische-bachelor': 'academische bachelor',
};

function programmeLabel(programme: RouteProgramme): string {
  return `${programme.name} (opleiding hoger onderwijs, ${KIND_WORDS[programme.kind]}) [${programme.id}]`;
}

/**
 * A goal for the routes: a study (as for --from) or a programme of higher education, by id or official name. An
 * unknown goal gets the closest studies and programmes.
 */
export function resolveGoal(catalogue: RouteCatalogue, text: string): Resolved<string> {
  const byId = catalogue.programme(text.trim());
  if (byId) return { ok: true, value: byId.id };
  const query = normalizeName(text);
  const programmes = catalogue.programmes.filter((p) => normalizeName(p.name) === query);
  const studies = studiesNamed(catalogue, text);
  const found = [...studies.map((s) => ({ id: s.id, label: label(s) })), ...programmes.map((p) => ({ id: p.id, label: programmeLabel(p) }))];
  if (found.length === 1) return { ok: true, value: found[0]!.id };
  if (found.length > 1) return { ok: false, error: `"${text}" is de naam van meer dan één studie of opleiding. Kies met het id.`, suggestions: found.map((f) => f.label) };
  const near = closest<{ id: string; name: string; label: string }>(
    [...catalogue.studies.map((s) => ({ id: s.id, name: s.name, label: label(s) })), ...catalogue.programmes.map((p) => ({ id: p.id, name: p.name, label: programmeLabel(p) }))],
    text,
    5,
  );
  return { ok: false, error: `Onbekend doel "${text}": geen studie of opleiding met die naam.`, suggestions: near.map((n) => n.label) };
}

const FIRST_GRAAD = /^([12])\s*(?:ste|de)?\s*(?:leerjaar\s*)?([ab])$/;

export interface StartOptions {
  year?: number;
  getuigschrift?: boolean;
  stroom?: Stroom;
}

/** Where a pupil starts: "basisonderwijs", "1A"…"2B", an id or an official name; year defaults to the last year. */
export function resolveStart(catalogue: RouteCatalogue, text: string, options: StartOptions = {}): Resolved<Position> {
  const normal = normalizeName(text);
  if (/^(basisonderwijs|basisschool|lager onderwijs|bao)$/.test(normal)) {
    return { ok: true, value: { kind: 'basisonderwijs', getuigschrift: options.getuigschrift ?? true } };
  }
  const firstGraad = FIRST_GRAAD.exec(normal.replace(/\s+/g, ' '));
  if (firstGraad) {
    const study = catalogue.firstGraadYear(Number(firstGraad[1]) as 1 | 2, firstGraad[2]!.toUpperCase() as Stroom);
    if (study) return { ok: true, value: { kind: 'study', id: study.id, year: study.leerjaren[0]! } };
  }
  let candidates = studiesNamed(catalogue, text);
  if (candidates.length === 0) return notFound(catalogue, text, 'studie');
  if (candidates.length > 1 && options.year !== undefined) {
    const year = options.year;
    const narrowed = candidates.filter((s) => s.leerjaren.includes(year));
    if (narrowed.length > 0) candidates = narrowed;
  }
  if (candidates.length > 1) {
    return {
      ok: false,
      error: `"${text}" bestaat in meer dan één graad. Kies met het id of met --year.`,
      suggestions: candidates.map(label),
    };
  }
  const study = candidates[0]!;
  const year = yearIn(study, options.year);
  if (year === null) {
    return {
      ok: false,
      error: `${study.name} heeft geen ${options.year}de jaar. Kies een van deze jaren: ${study.leerjaren.join(', ')}.`,
      suggestions: [],
    };
  }
  const stroom = options.stroom ?? (study.kind === 'basisoptie' ? study.stroom[0] : undefined);
  return { ok: true, value: { kind: 'study', id: study.id, year, ...(stroom ? { stroom } : {}) } };
}

/** A school year (3-7) or a year within the graad (1, 2); no year means the last year of the study. */
function yearIn(study: RouteStudy, year: number | undefined): number | null {
  if (study.leerjaren.length === 0) return year ?? 0;
  if (year === undefined) return study.leerjaren.at(-1)!;
  if (study.leerjaren.includes(year)) return year;
  if (Number.isInteger(year) && year >= 1 && year <= study.leerjaren.length && study.graad !== 1) return study.leerjaren[year - 1]!;
  return null;
}

const FINALITEIT_WORDS: Record<string, (typeof FINALITEITEN)[number]> = {
  doorstroom: 'doorstroom',
  doorstroomfinaliteit: 'doorstroom',
  'dubbele finaliteit': 'dubbele-finaliteit',
  dubbel: 'dubbele-finaliteit',
  dubbele: 'dubbele-finaliteit',
  arbeidsmarkt: 'arbeidsmarkt',
  arbeidsmarktfinaliteit: 'arbeidsmarkt',
  arbeidsmarktgericht: 'arbeidsmarkt',
};

/** What an attest excludes: a finaliteit, a studiedomein, an onderwijsvorm, or a studierichting or basisoptie by name. */
export function resolveExclusion(catalogue: RouteCatalogue, text: string): Resolved<Exclusion> {
  const normal = normalizeName(text);
  const finaliteit = FINALITEIT_WORDS[normal] ?? FINALITEITEN.find((f) => normalizeName(f) === normal);
  if (finaliteit) return { ok: true, value: { kind: 'finaliteit', value: finaliteit } };
  const domein = DOMAIN_IDS.find((d) => normalizeName(d) === normal || `studiedomein ${normalizeName(d)}` === normal);
  if (domein) return { ok: true, value: { kind: 'domein', value: domein } };
  const vorm = ONDERWIJSVORMEN.find((v) => v === normal);
  if (vorm) return { ok: true, value: { kind: 'onderwijsvorm', value: vorm } };
  const studies = studiesNamed(catalogue, text).filter((s) => s.kind === 'studierichting' || s.kind === 'basisoptie');
  if (studies.length === 0) return notFound(catalogue, text, 'richting, finaliteit of studiedomein');
  return { ok: true, value: { kind: 'study', ids: studies.map((s) => s.id), label: studies[0]!.name } };
}
