import { describe, expect, it } from 'vitest';
import { stepYearLabel, stepYearNote, yearLabel } from './labels.ts';

describe('stepYearLabel', () => {
  it('names the stroom of a basisoptie step, and only the year otherwise', () => {
    expect(stepYearLabel({ year: 2, stroom: 'B' })).toBe('2de leerjaar B');
    expect(stepYearLabel({ year: 2, stroom: 'A' })).toBe('2de leerjaar A');
    expect(stepYearLabel({ year: 3 })).toBe(yearLabel(3));
    expect(stepYearLabel({ year: null })).toBe('');
  });
});

describe('stepYearNote', () => {
  it('names the year beside a richting, but not beside a step whose name already says it', () => {
    expect(stepYearNote({ year: 3 }, 'Latijn')).toBe('3de jaar');
    expect(stepYearNote({ year: 2, stroom: 'B' }, 'STEM-technieken')).toBe('2de leerjaar B');
    expect(stepYearNote({ year: 2, stroom: 'A' }, '2de leerjaar A')).toBeNull();
    expect(stepYearNote({ year: 2 }, '2de leerjaar B')).toBeNull();
    expect(stepYearNote({ year: 1 }, '1ste leerjaar A')).toBeNull();
    expect(stepYearNote({ year: 7 }, 'Verpleegkunde (7de jaar)')).toBeNull();
    expect(stepYearNote({ year: null }, 'Bachelor in de verpleegkunde')).toBeNull();
    // "12de" is not "2de": the year must be a word of its own.
    expect(stepYearNote({ year: 2 }, 'Na het 12de jaar')).toBe('2de jaar');
  });
});
