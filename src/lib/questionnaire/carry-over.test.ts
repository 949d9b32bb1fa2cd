import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../routes/explorer-state.ts';
import { EMPTY_ANSWERS, type Answers } from './answers.ts';
import { explorerStateOf, finderStudiesOf } from './carry-over.ts';

const answers = (change: Partial<Answers>): Answers => ({ ...structuredClone(EMPTY_ANSWERS), ...change });

describe('what the session carries from the questionnaire', () => {
  it('starts the route explorer where the pupil is, with the attest and what a B-attest excludes', () => {
    expect(explorerStateOf(answers({ stage: 'elektromechanische-technieken-2de-graad@4', attest: 'B', excluded: ['f:doorstroom', 'd:stem'] }))).toEqual({
      start: 'elektromechanische-technieken-2de-graad@4', attest: 'B', exclusions: ['f:doorstroom', 'd:stem'], goal: '',
    });
    expect(explorerStateOf(answers({ stage: 'tweede-leerjaar-a@2', attest: 'C', excluded: ['f:doorstroom'] }))).toMatchObject({ attest: 'C', exclusions: [] });
  });

  it('assumes an A-attest when the pupil does not know it yet, and starts from basisonderwijs with or without getuigschrift', () => {
    expect(explorerStateOf(answers({ stage: 'tweede-leerjaar-a@2', attest: 'weet-niet' }))).toMatchObject({ start: 'tweede-leerjaar-a@2', attest: 'A' });
    expect(explorerStateOf(answers({ stage: 'basisonderwijs', getuigschrift: 'nee' })).start).toBe('bao-nee');
    expect(explorerStateOf(answers({ stage: 'basisonderwijs', getuigschrift: 'weet-niet' })).start).toBe('bao-ja');
    expect(explorerStateOf(answers({}))).toEqual(DEFAULT_STATE);
  });

  it('gives the finder the saved studies it knows, in their order', () => {
    expect(finderStudiesOf(['latijn-2de-graad', 'weg', 'bouw-2de-graad'], new Set(['bouw-2de-graad', 'latijn-2de-graad']))).toEqual(['latijn-2de-graad', 'bouw-2de-graad']);
  });
});
