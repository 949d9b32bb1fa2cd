import { describe, expect, it } from 'vitest';
import { stepYearLabel, yearLabel } from './labels.ts';

describe('stepYearLabel', () => {
  it('names the stroom of a basisoptie step, and only the year otherwise', () => {
    expect(stepYearLabel({ year: 2, stroom: 'B' })).toBe('2de leerjaar B');
    expect(stepYearLabel({ year: 2, stroom: 'A' })).toBe('2de leerjaar A');
    expect(stepYearLabel({ year: 3 })).toBe(yearLabel(3));
    expect(stepYearLabel({ year: null })).toBe('');
  });
});
