/**
 * Derived facts about studies that pages, search and the open data share: URLs, the reverse of `next`
 * ("waar kom je vandaan"), and a short description of where a study sits in the system.
 */
import type { StudyData } from '../../schemas/study.ts';
import { FINALITEIT_LABELS, GRAAD_LABELS, KIND_LABELS } from './labels.ts';

export type StudyRecord = { id: string } & Pick<
  StudyData,
  'name' | 'kind' | 'graad' | 'leerjaren' | 'stroom' | 'finaliteit' | 'domein' | 'onderwijsvorm' | 'next'
>;

export function studyUrl(id: string): string {
  return `/studies/${id}/`;
}

/** For every study, the studies whose `next` contains it, in the order given. */
export function previousSteps<T extends { id: string; next: string[] }>(studies: T[]): Map<string, string[]> {
  const previous = new Map<string, string[]>(studies.map((s) => [s.id, []]));
  for (const study of studies) {
    for (const target of study.next) previous.get(target)?.push(study.id);
  }
  return previous;
}

/** "3de graad · 5de en 6de jaar · Dubbele finaliteit", or the kind for entries outside the graden. */
export function levelDescription(study: Pick<StudyData, 'kind' | 'graad' | 'leerjaren' | 'finaliteit' | 'stroom'>): string {
  const parts: string[] = [];
  if (study.graad !== null) parts.push(GRAAD_LABELS[study.graad]);
  if (study.leerjaren.length > 0) parts.push(yearsText(study.leerjaren));
  if (study.stroom.length > 0) parts.push(study.stroom.map((s) => `${s}-stroom`).join(' en '));
  if (study.finaliteit !== null) parts.push(FINALITEIT_LABELS[study.finaliteit]);
  if (study.graad === null) parts.unshift(KIND_LABELS[study.kind]);
  return parts.join(' · ');
}

function yearsText(years: number[]): string {
  const names = years.map((y) => `${y}${y === 1 || y === 8 ? 'ste' : 'de'}`);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names[0]!;
  return `${joined} jaar`;
}

/**
 * The page title: the name alone is not unique (a richting often exists in graad 2 and 3, Topsport in two
 * finaliteiten), so richtingen get their graad and finaliteit, 7de jaren their year.
 */
export function studyTitle(study: Pick<StudyData, 'name' | 'kind' | 'graad' | 'finaliteit'>): string {
  if (study.kind === 'studierichting' && study.graad !== null) {
    return `${study.name} (${GRAAD_LABELS[study.graad]}${study.finaliteit ? `, ${FINALITEIT_LABELS[study.finaliteit].toLowerCase()}` : ''})`;
  }
  if (study.kind === 'zevende-jaar') return `${study.name} (7de jaar)`;
  if (study.kind === 'basisoptie') return `${study.name} (basisoptie)`;
  return study.name;
}

/** Sort key that keeps the catalogue in school order: first graad, graad 2, graad 3, 7de jaar, then the rest. */
export function schoolOrder(study: Pick<StudyData, 'graad' | 'leerjaren' | 'kind' | 'name'>): string {
  const rank =
    study.kind === 'bestemming' ? 9 : study.graad === null ? 8 : study.kind === 'zevende-jaar' ? 4 : study.graad;
  const kindRank = study.kind === 'eerste-graad' ? 0 : 1;
  return `${rank}-${kindRank}-${study.leerjaren[0] ?? 0}-${study.name.toLocaleLowerCase('nl')}`;
}
