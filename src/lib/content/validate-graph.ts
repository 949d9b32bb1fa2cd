/**
 * Checks what a per-file schema cannot: references between content files. Every `next` id must be a known study,
 * a study must not point to itself, and an official code must belong to one page only.
 */
import type { ContentProblem } from './problems.ts';

export interface StudyNode {
  id: string;
  file: string;
  next: string[];
  codes: string[];
  duaalCodes: string[];
  /**
   * Where a code must be unique. The catalogue reuses a richting's code in graad 2 and graad 3 (Latijn has one
   * code for both), so a code may appear once per graad.
   */
  codeScope: string;
}

/** The scope of official codes for a study: its graad, or its kind outside the graden. */
export function codeScope(study: { graad: number | null; kind: string }): string {
  return study.graad === null ? study.kind : `graad-${study.graad}${study.kind === 'zevende-jaar' ? '-7de-jaar' : ''}`;
}

/**
 * @param knownIds ids of every study file, including files that failed their schema, so that one broken file
 *   is reported once and not again as an unknown reference in every file that links to it.
 */
export function validateStudyGraph(studies: StudyNode[], knownIds?: Iterable<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set([...studies.map((s) => s.id), ...(knownIds ?? [])]);
  const codeOwner = new Map<string, string>();

  for (const study of studies) {
    study.next.forEach((target, index) => {
      if (target === study.id) {
        problems.push({ file: study.file, field: `next.${index}`, message: 'een studie kan niet naar zichzelf leiden' });
      } else if (!ids.has(target)) {
        problems.push({
          file: study.file,
          field: `next.${index}`,
          message: `onbekende studie "${target}"${suggest(target, ids)}`,
        });
      }
    });
    const duplicates = study.next.filter((target, index) => study.next.indexOf(target) !== index);
    for (const target of new Set(duplicates)) {
      problems.push({ file: study.file, field: 'next', message: `"${target}" staat er meer dan één keer in` });
    }
    for (const [field, codes] of [
      ['codes', study.codes],
      ['duaalCodes', study.duaalCodes],
    ] as const) {
      codes.forEach((code, index) => {
        const key = `${study.codeScope}|${code}`;
        const owner = codeOwner.get(key);
        if (owner !== undefined && owner !== study.file) {
          problems.push({ file: study.file, field: `${field}.${index}`, message: `code ${code} staat ook in ${owner}` });
        } else {
          codeOwner.set(key, study.file);
        }
      });
    }
  }
  return problems;
}

/** A hint with the closest known id, to make a typo easy to fix. */
export function suggest(target: string, ids: Set<string>): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of ids) {
    const distance = levenshtein(target, id);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, target.length / 4) ? `; bedoel je "${best}"?` : '';
}

export function levenshtein(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
