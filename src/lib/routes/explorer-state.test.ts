import { describe, expect, it } from 'vitest';
import { attestOf, decodeState, DEFAULT_STATE, encodeState, exclusionGraad, positionOf, startKey, yearToAsk, type ExplorerState } from './explorer-state.ts';
import { testCatalogue } from './test-catalogue.ts';

const catalogue = testCatalogue();

describe('explorer state in the URL fragment', () => {
  it('round-trips every field', () => {
    const state: ExplorerState = { start: 'latijn-2de-graad@4', attest: 'B', exclusions: ['f:doorstroom', 'd:stem', 'o:aso', 's:elektriciteit-3de-graad'], goal: 'academische-bachelor' };
    expect(decodeState(catalogue, `#${encodeState(state)}`)).toEqual({ state, problem: null });
    expect(decodeState(catalogue, encodeState(DEFAULT_STATE))).toEqual({ state: DEFAULT_STATE, problem: null });
  });

  it('reads a plain study id from a study page link without guessing the year (the form asks it)', () => {
    expect(decodeState(catalogue, '#van=latijn-2de-graad').state.start).toBe('latijn-2de-graad');
    expect(yearToAsk(catalogue, 'latijn-2de-graad')?.id).toBe('latijn-2de-graad');
    expect(yearToAsk(catalogue, 'latijn-2de-graad@4')).toBeNull();
    expect(decodeState(catalogue, '#van=okan').state.start).toBe('okan@0');
  });

  it('keeps what is valid and reports what it dropped', () => {
    const { state, problem } = decodeState(catalogue, '#van=latijn-2de-graad@9&attest=Z&uit=f:doorstroom&uit=x:y&doel=nergens');
    expect(state).toEqual({ ...DEFAULT_STATE, exclusions: ['f:doorstroom'] });
    expect(problem).toMatch(/waar je nu bent, het attest, een uitsluiting, het doel/);
  });

  it('never throws on random or hostile input', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = 'abc@#&=%:;/?-_0123456789ABZ\u0000\u00e9<>"\'';
    for (let i = 0; i < 1000; i++) {
      const text = Array.from({ length: Math.floor(random() * 60) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const { state } = decodeState(catalogue, text);
      expect(positionOf(catalogue, state.start) ?? yearToAsk(catalogue, state.start)).not.toBeNull();
      expect(['A', 'B', 'C']).toContain(state.attest);
    }
    expect(decodeState(catalogue, `#van=${'x'.repeat(5000)}`).problem).toMatch(/te lang/);
    expect(decodeState(catalogue, '#%E0%A4%A').state).toEqual(DEFAULT_STATE);
  });

  it('positions and start keys agree; a stroom only where the basisoptie has it', () => {
    for (const key of ['bao-ja', 'bao-nee', 'latijn-2de-graad@3', 'basisoptie-stem-technieken@2:B', 'okan@0']) {
      const position = positionOf(catalogue, key);
      expect(position).not.toBeNull();
      expect(startKey(position!)).toBe(key);
    }
    expect(positionOf(catalogue, 'basisoptie-klassieke-talen@2:B')).toBeNull();
  });

  it('exclusions only count with a B-attest', () => {
    const state: ExplorerState = { start: 'tweede-leerjaar-a@2', attest: 'A', exclusions: ['f:doorstroom'], goal: '' };
    expect(attestOf(catalogue, state)).toEqual({ type: 'A', exclusions: [] });
    expect(attestOf(catalogue, { ...state, attest: 'B' })).toEqual({ type: 'B', exclusions: [{ kind: 'finaliteit', value: 'doorstroom' }] });
    expect(attestOf(catalogue, { ...state, attest: 'C' })).toEqual({ type: 'C', exclusions: [] });
  });
});

describe('exclusionGraad', () => {
  it('gives the graad the pupil goes to next, whose richtingen a B-attest can exclude', () => {
    expect(exclusionGraad('2A', 2)).toBe(2);
    expect(exclusionGraad('2B', 2)).toBe(2);
    expect(exclusionGraad('graad2', 3)).toBe(2);
    expect(exclusionGraad('graad2', 4)).toBe(3);
    expect(exclusionGraad('buso', 3)).toBe(2);
    expect(exclusionGraad('buso', 4)).toBe(3);
    expect(exclusionGraad('graad3', 5)).toBe(3);
  });
});
