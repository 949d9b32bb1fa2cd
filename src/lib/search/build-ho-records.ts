/**
 * Search records for higher education: programmes, studiegebieden and beroepen. Kept apart from the study records so
 * the build, the benchmark and the tests add them the same way (see src/pages/data/search-index.json.ts).
 */
import type { HoProgrammeData } from '../../schemas/ho-programme.ts';
import { beroepTitle, beroepUrl, linksSummary, type BeroepLinks } from '../content/beroepen.ts';
import { cities, kindLabel, programmeUrl, studiegebiedUrl } from '../content/programme-view.ts';
import type { SearchRecord } from './records.ts';

export interface HoSearchInput {
  programmes: { id: string; data: Pick<HoProgrammeData, 'name' | 'kind' | 'educatief' | 'studiegebied' | 'offerings' | 'synonyms' | 'beroepen'> }[];
  studiegebieden: { id: string; data: { name: string } }[];
  beroepen: { id: string; data: { name: string; synonyms: string[] } }[];
  beroepLinks: Map<string, BeroepLinks>;
}

const count = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

export function buildHoSearchRecords({ programmes, studiegebieden, beroepen, beroepLinks }: HoSearchInput): SearchRecord[] {
  const gebiedName = new Map(studiegebieden.map((s) => [s.id, s.data.name]));
  const beroepName = new Map(beroepen.map((b) => [b.id, b.data.name]));
  const programmeRecords = programmes.map(({ id, data }) => ({
    id: `opleiding:${id}`,
    group: 'opleiding' as const,
    name: data.name,
    meta: [kindLabel(data), cities(data).join(', ')].filter(Boolean).join(' · '),
    url: programmeUrl(id),
    synonyms: data.synonyms,
    beroepen: data.beroepen.map((b) => beroepName.get(b) ?? b),
    subjects: [],
    domains: [gebiedName.get(data.studiegebied) ?? data.studiegebied],
  }));
  const gebiedRecords = studiegebieden.map(({ id, data }) => ({
    id: `studiegebied:${id}`,
    group: 'studiegebied' as const,
    name: data.name,
    meta: `Studiegebied · ${count(programmes.filter((p) => p.data.studiegebied === id).length, 'opleiding', 'opleidingen')}`,
    url: studiegebiedUrl(id),
    synonyms: [],
    beroepen: [],
    subjects: [],
    domains: [],
  }));
  const beroepRecords = beroepen.map(({ id, data }) => {
    const summary = linksSummary(beroepLinks.get(id) ?? { studies: [], programmes: [] });
    return {
      id: `beroep:${id}`,
      group: 'beroep' as const,
      name: beroepTitle(data.name),
      meta: summary ? `Beroep · ${summary}` : 'Beroep',
      url: beroepUrl(id),
      synonyms: data.synonyms,
      beroepen: [],
      subjects: [],
      domains: [],
    };
  });
  return [...programmeRecords, ...gebiedRecords, ...beroepRecords];
}
