import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS } from './answers.ts';
import { STEP_ENTRY_KEY, pageForEntry, readStepEntry, stepMove, withStepEntry } from './step-history.ts';

const limits = { pages: 13, situation: 1, stageComplete: true };

describe('questionnaire steps in the browser history', () => {
  it('writes only the two page numbers, keeping what else the state held', () => {
    const state = withStepEntry({ other: 'x' }, { step: 5, from: 4 });
    expect(state).toEqual({ other: 'x', [STEP_ENTRY_KEY]: { step: 5, from: 4 } });
    expect(withStepEntry(null, { step: 0, from: null })).toEqual({ [STEP_ENTRY_KEY]: { step: 0, from: null } });
    expect(readStepEntry(state)).toEqual({ step: 5, from: 4 });
  });

  it('never carries an answer, whatever the entry is made from', () => {
    const answers = { ...structuredClone(EMPTY_ANSWERS), stage: 'tweede-leerjaar-a', attest: 'B', items: { bouwen: 5 } };
    const entry = { step: 3, from: 2, answers } as unknown as Parameters<typeof withStepEntry>[1];
    const text = JSON.stringify(withStepEntry({}, entry));
    expect(text).toBe(`{"${STEP_ENTRY_KEY}":{"step":3,"from":2}}`);
  });

  it('reads only an entry it wrote', () => {
    for (const state of [null, undefined, 3, 'x', {}, { [STEP_ENTRY_KEY]: null }, { [STEP_ENTRY_KEY]: { step: -1, from: null } },
      { [STEP_ENTRY_KEY]: { step: 1.5, from: null } }, { [STEP_ENTRY_KEY]: { step: 2, from: '1' } }, { [STEP_ENTRY_KEY]: { step: '2', from: 1 } }]) {
      expect(readStepEntry(state)).toBeNull();
    }
    expect(readStepEntry({ [STEP_ENTRY_KEY]: { step: 0, from: null } })).toEqual({ step: 0, from: null });
  });

  it('shows the page of the entry, but not past the end nor past the situation without a school year', () => {
    expect(pageForEntry({ step: 5, from: 4 }, limits)).toBe(5);
    expect(pageForEntry({ step: 40, from: 4 }, limits)).toBe(12);
    expect(pageForEntry({ step: 5, from: 4 }, { ...limits, stageComplete: false })).toBe(1);
    expect(pageForEntry({ step: 0, from: null }, { ...limits, stageComplete: false })).toBe(0);
  });

  it('Vorige goes back in the history when the previous page is where this entry came from; any other move adds an entry', () => {
    expect(stepMove({ step: 5, from: 4 }, 5, 4)).toBe('back');
    expect(stepMove({ step: 5, from: 4 }, 5, 6)).toBe('push');
    // Arrived on page 5 (a restored visit): Vorige adds an entry, so Back then returns to page 5, not off the site.
    expect(stepMove({ step: 5, from: null }, 5, 4)).toBe('push');
    // From the result straight to the situation page ("pas je antwoorden aan"): Back returns to the result.
    expect(stepMove({ step: 12, from: 11 }, 12, 1)).toBe('push');
    expect(stepMove(null, 5, 4)).toBe('push');
    expect(stepMove({ step: 5, from: 4 }, 5, 5)).toBe('none');
    // An entry that is not of the page shown (e.g. just after "wis alles"): no going back on its word.
    expect(stepMove({ step: 7, from: 4 }, 5, 4)).toBe('push');
  });
});
