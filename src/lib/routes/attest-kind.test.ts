import { describe, expect, it } from 'vitest';
import { attestKindAt, attestOutcomeLabel } from './attest-kind.ts';
import { testCatalogue } from './test-catalogue.ts';
import type { Position } from './types.ts';

const catalogue = testCatalogue();
const at = (id: string, year: number): Position => ({ kind: 'study', id, year });
const outcome = (position: Position, type: 'A' | 'B' | 'C') => attestOutcomeLabel(attestKindAt(catalogue, position), type);

describe('what the explorer says a school year ends with', () => {
  it('names the attest where the year ends with one', () => {
    expect(outcome(at('eerste-leerjaar-a', 1), 'A')).toBe('A-attest');
    expect(outcome(at('latijn-2de-graad', 3), 'B')).toBe('B-attest');
    expect(outcome(at('buso-opleidingsvorm-4', 3), 'C')).toBe('C-attest');
  });

  it('says passed or not in a last year, where there is no B-attest', () => {
    expect(outcome(at('buso-opleidingsvorm-4', 6), 'A')).toBe('Geslaagd');
    expect(outcome(at('buso-opleidingsvorm-4', 6), 'C')).toBe('Niet geslaagd (C-attest)');
  });

  it('names no attest where the year ends without one (BuSO OV1 to 3, OKAN, basisonderwijs)', () => {
    expect(outcome(at('buso-opleidingsvorm-3', 0), 'A')).toBeNull();
    expect(outcome(at('okan', 0), 'A')).toBeNull();
    expect(outcome({ kind: 'basisonderwijs', getuigschrift: true }, 'A')).toBeNull();
  });
});
