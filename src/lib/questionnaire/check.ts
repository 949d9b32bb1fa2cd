/**
 * Checks across the questionnaire file that a per-entry schema cannot: unique ids, every situation question and
 * both answer scales present, and at least two interest items per studiedomein (one item is too thin to measure).
 */
import { DOMAIN_IDS } from '../../schemas/enums.ts';
import type { Question } from '../../schemas/question.ts';
import type { ContentProblem } from '../content/problems.ts';

const SITUATION_FIELDS = ['stage', 'year', 'attest', 'getuigschrift', 'excluded', 'goal'] as const;

export function checkQuestionnaire(questions: Question[], file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  questions.forEach((q, index) => {
    if (seen.has(q.id)) problems.push({ file, field: `${index}.id`, message: `het id "${q.id}" komt twee keer voor` });
    seen.add(q.id);
  });
  for (const field of SITUATION_FIELDS) {
    if (!questions.some((q) => q.soort === 'situatie' && q.veld === field)) problems.push({ file, field: '', message: `de situatievraag voor "${field}" ontbreekt` });
  }
  for (const scale of ['schaal-interesse', 'schaal-stijl']) {
    if (!questions.some((q) => q.soort === 'schaal' && q.id === scale)) problems.push({ file, field: '', message: `de antwoordschaal "${scale}" ontbreekt` });
  }
  for (const domein of DOMAIN_IDS.filter((d) => d !== 'domeinoverschrijdend')) {
    const count = questions.filter((q) => q.soort === 'interesse' && q.domein === domein).length;
    if (count < 2) problems.push({ file, field: '', message: `het studiedomein "${domein}" heeft ${count} interesse-item(s); geef er minstens 2` });
  }
  return problems;
}
