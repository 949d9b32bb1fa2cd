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
