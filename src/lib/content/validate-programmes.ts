/**
 * Cross-file checks on the programmes of higher education: every programme names a known studiegebied, two files
 * never hold the same programme, and a studiegebied without programmes is reported (its page would be empty).
 */
import type { ContentProblem } from './problems.ts';
import { levenshtein } from './validate-graph.ts';

export interface ProgrammeNode {
  id: string;
  file: string;
  name: string;
  kind: string;
  studiegebied: string;
}

export interface StudiegebiedNode {
  id: string;
  file: string;
}

/**
 * @param knownStudiegebiedIds ids of every studiegebied file, including files that failed their schema, so one
 *   broken file is reported once and not again in every programme that refers to it.
 */
export function validateProgrammes(
  programmes: ProgrammeNode[],
  studiegebieden: StudiegebiedNode[],
  knownStudiegebiedIds?: Iterable<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set([...studiegebieden.map((s) => s.id), ...(knownStudiegebiedIds ?? [])]);
  const owner = new Map<string, string>();
  for (const programme of programmes) {
    if (!ids.has(programme.studiegebied)) {
      problems.push({ file: programme.file, field: 'studiegebied', message: `onbekend studiegebied "${programme.studiegebied}"${closest(programme.studiegebied, ids)}` });
    }
    const key = `${programme.kind}|${programme.name.toLocaleLowerCase('nl')}`;
    const other = owner.get(key);
    if (other !== undefined) problems.push({ file: programme.file, field: 'name', message: `deze opleiding staat ook in ${other}` });
    else owner.set(key, programme.file);
  }
  const used = new Set(programmes.map((p) => p.studiegebied));
  for (const gebied of studiegebieden) {
    if (!used.has(gebied.id)) problems.push({ file: gebied.file, field: '', message: 'geen enkele opleiding hoort bij dit studiegebied' });
  }
  return problems;
}

function closest(target: string, ids: Set<string>): string {
  let best: string | undefined;
  let distance = Infinity;
  for (const id of ids) {
    const d = levenshtein(target, id);
    if (d < distance) [best, distance] = [id, d];
  }
  return best !== undefined && distance <= Math.max(3, target.length / 4) ? `; bedoel je "${best}"?` : '';
}

export interface AansluitingNode {
  file: string;
  aansluiting: readonly { richting?: string | undefined }[];
}

/**
 * Every richting an `aansluiting` entry names must be a study page of the 3de graad (a studierichting) or a 7de jaar:
 * `studies` maps each study id to its kind and graad. A problem names the file and the field (aansluiting.0.richting).
 */
export function validateAansluiting(programmes: readonly AansluitingNode[], studies: ReadonlyMap<string, { kind: string; graad: number | null }>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const eligible = new Set([...studies].filter(([, s]) => (s.kind === 'studierichting' && s.graad === 3) || s.kind === 'zevende-jaar').map(([id]) => id));
  for (const programme of programmes) {
    programme.aansluiting.forEach((entry, index) => {
      if (entry.richting === undefined) return;
      const field = `aansluiting.${index}.richting`;
      const study = studies.get(entry.richting);
      if (!study) problems.push({ file: programme.file, field, message: `onbekende studie "${entry.richting}"${closest(entry.richting, eligible)}` });
      else if (!eligible.has(entry.richting)) problems.push({ file: programme.file, field, message: `"${entry.richting}" is geen richting van de 3de graad en geen 7de jaar` });
    });
  }
  return problems;
}
