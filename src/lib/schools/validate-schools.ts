/**
 * Cross-file checks on school records: every offered study and duaal study is a known study page, and an address
 * without an offer points only to records of the same school that have one.
 */
import type { ContentProblem } from '../content/problems.ts';

export interface SchoolEntry {
  file: string;
  data: { schoolnummer?: string; studies: string[]; duaal: string[]; offerAt?: string[] | undefined };
}

export function validateSchools(schools: SchoolEntry[], studyIds: Iterable<string>): ContentProblem[] {
  const known = new Set(studyIds);
  const problems: ContentProblem[] = [];
  const byId = new Map(schools.map((s) => [s.file.replace(/^.*\//, '').replace(/\.json$/, ''), s]));
  for (const school of schools) {
    school.data.offerAt?.forEach((id, index) => {
      const target = byId.get(id);
      const field = `offerAt.${index}`;
      if (!target) problems.push({ file: school.file, field, message: `onbekende school "${id}"` });
      else if (target.data.studies.length === 0) problems.push({ file: school.file, field, message: `"${id}" heeft zelf geen aanbod` });
      else if (school.data.schoolnummer && target.data.schoolnummer !== school.data.schoolnummer) problems.push({ file: school.file, field, message: `"${id}" is een andere school (schoolnummer ${target.data.schoolnummer})` });
    });
    school.data.studies.forEach((id, index) => {
      if (!known.has(id)) problems.push({ file: school.file, field: `studies.${index}`, message: `onbekende studie "${id}"` });
    });
    school.data.duaal.forEach((id, index) => {
      if (!school.data.studies.includes(id)) problems.push({ file: school.file, field: `duaal.${index}`, message: `"${id}" staat niet in studies` });
    });
  }
  return problems;
}
