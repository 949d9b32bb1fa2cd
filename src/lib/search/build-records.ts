/** Turns content into search records; used by the build (/data/search-index.json), the benchmark and the tests. */
import type { DomainId } from '../../schemas/enums.ts';
import type { StudyData } from '../../schemas/study.ts';
import { levelDescription, studyUrl } from '../content/study-view.ts';
import { groupOfKind, type SearchRecord } from './records.ts';

export interface StudyInput {
  id: string;
  data: StudyData;
}

export interface TermInput {
  id: string;
  data: { term: string; aliases: string[]; short: string };
}

export function buildSearchRecords(
  studies: StudyInput[],
  glossary: TermInput[],
  domainNames: Partial<Record<DomainId, string>>,
): SearchRecord[] {
  const studyRecords = studies.map(({ id, data }) => ({
    id,
    group: groupOfKind(data.kind),
    name: data.name,
    meta: levelDescription(data),
    url: studyUrl(id),
    synonyms: data.synonyms,
    beroepen: data.beroepen,
    subjects: data.subjects,
    domains: data.domein.map((d) => domainNames[d] ?? d),
  }));
  const termRecords = glossary.map(({ id, data }) => ({
    id: `begrip:${id}`,
    group: 'begrip' as const,
    name: data.term,
    meta: data.short,
    url: `/begrippen/#${id}`,
    synonyms: data.aliases,
    beroepen: [],
    subjects: [],
    domains: [],
  }));
  return [...studyRecords, ...termRecords];
}
