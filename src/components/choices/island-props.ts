/** What /keuzes/ and /sessie/ give their island from the build: the same data for the same choices workspace. */
import type { RouteStudy } from '../../lib/routes/types.ts';
import type { Question } from '../../schemas/question.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';

export interface ChoicesIslandProps {
  questions: Question[];
  studies: readonly RouteStudy[];
  /** Each study's title as on its page (computed at build time). */
  titles: Readonly<Record<string, string>>;
  weights: SuggestWeights;
  domainNames: Record<string, string>;
}
