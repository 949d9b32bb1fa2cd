/**
 * A study as the school finder and the saved choices show it (title with graad and finaliteit, domains, next
 * steps). Kept apart from the finder's file format so /keuzes/ and /sessie/ can build their studies from the props
 * they already have without loading the finder's parser.
 */
import type { Balance } from '../../schemas/enums.ts';
import type { StudyData } from '../../schemas/study.ts';
import { studyTitle } from '../content/study-view.ts';
import type { FinderStudy } from './finder-data.ts';

/** The fields of a study the finder needs: a study page's data, or the route catalogue's copy the islands get. */
type StudyFields = Pick<StudyData, 'name' | 'kind' | 'graad' | 'finaliteit' | 'domein' | 'next'> & { balance?: Balance | undefined };

/**
 * A study as the finder's filters need it. The title is given, not computed here: the build computes it with
 * studyTitle, and the islands get it as a prop, so their bundles carry no title code.
 */
export function toFinderStudy(id: string, data: StudyFields, title: string): FinderStudy {
  return {
    id,
    name: data.name,
    title,
    graad: data.kind === 'zevende-jaar' ? 7 : data.graad,
    finaliteit: data.finaliteit,
    domains: data.domein,
    balance: data.balance ?? null,
    next: data.next,
  };
}

/**
 * The finder's studies from what an island already has as props (the route catalogue's studies and the titles the
 * page computed at build time), so a page that shows saved studies needs no download; the destinations are left
 * out, as in the finder's own file.
 */
export function finderStudiesFromRoutes(studies: readonly ({ id: string } & StudyFields)[], titles: Readonly<Record<string, string>>): FinderStudy[] {
  return studies.filter((s) => s.kind !== 'bestemming').map((s) => toFinderStudy(s.id, s, titles[s.id] ?? s.name));
}

/** The titles the islands get as props: one per study, as on its page. */
export function studyTitles(studies: readonly { id: string; data: Parameters<typeof studyTitle>[0] }[]): Record<string, string> {
  return Object.fromEntries(studies.map((s) => [s.id, studyTitle(s.data)]));
}
