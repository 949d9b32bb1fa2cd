/** Cross-file checks on school records: every offered study and duaal study is a known study page. */
import type { ContentProblem } from '../content/problems.ts';

export interface SchoolEntry {
  file: string;
  data: { studies: string[]; duaal: string[] };
}

export function validateSchools(schools: SchoolEntry[], studyIds: Iterable<string>): ContentProblem[] {
  const known = new Set(studyIds);
  const problems: ContentProblem[] = [];
  for (const school of schools) {
    school.data.studies.forEach((id, index) => {
      if (!known.has(id)) problems.push({ file: school.file, field: `studies.${index}`, message: `onbekende studie "${id}"` });
    });
    school.data.duaal.forEach((id, index) => {
      if (!school.data.studies.includes(id)) problems.push({ file: school.file, field: `duaal.${index}`, message: `"${id}" staat niet in studies` });
    });
  }
  return problems;
}
