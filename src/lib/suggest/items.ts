/**
 * The single interest items of a profile, in their own small module: the questionnaire's browser bundle needs them
 * without the name matching of resolve-profile.ts.
 */
import type { Question } from '../../schemas/question.ts';
import type { Riasec } from './reasons.ts';

/** One answered interest item (1-5), with what the engine needs to name it and its type of work. */
export interface ProfileItem {
  id: string;
  text: string;
  riasec: Riasec;
  value: number;
}

/** The answered interest items (1-5) in the order of the questionnaire; "weet ik niet" and unknown ids left out. */
export function profileItems(answers: Readonly<Record<string, unknown>>, questions: readonly Question[]): ProfileItem[] {
  return questions.flatMap((q) => {
    const value = answers[q.id];
    return q.soort === 'interesse' && typeof value === 'number' ? [{ id: q.id, text: q.tekst, riasec: q.riasec, value }] : [];
  });
}

