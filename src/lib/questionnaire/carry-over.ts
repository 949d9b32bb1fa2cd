/**
 * What the counsellor's session carries from one step to the next: the questionnaire's situation becomes the route
 * explorer's starting point, and the saved studies become the school finder's choice of study. Both stay editable
 * in their step; these functions only give the first values.
 */
import { DEFAULT_STATE, type ExplorerState } from '../routes/explorer-state.ts';
import type { Answers } from './answers.ts';

/** The route explorer's state for the pupil's answers; the default start while "waar zit je nu" is not answered. */
export function explorerStateOf(answers: Pick<Answers, 'stage' | 'attest' | 'getuigschrift' | 'excluded'>): ExplorerState {
  if (answers.stage === null) return DEFAULT_STATE;
  if (answers.stage === 'basisonderwijs') return { ...DEFAULT_STATE, start: answers.getuigschrift === 'nee' ? 'bao-nee' : 'bao-ja' };
  // "Weet ik niet" is shown as an A-attest, the same assumption the suggestions make (and say).
  const attest = answers.attest === 'B' || answers.attest === 'C' ? answers.attest : 'A';
  return { ...DEFAULT_STATE, start: answers.stage, attest, exclusions: attest === 'B' ? [...answers.excluded] : [] };
}

/** The saved studies the school finder knows, in the order they were saved. */
export function finderStudiesOf(saved: readonly string[], known: ReadonlySet<string>): string[] {
  return saved.filter((id) => known.has(id));
}
