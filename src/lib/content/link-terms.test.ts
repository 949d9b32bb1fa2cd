import { describe, expect, it } from 'vitest';
import { compileTerms, splitOnTerms } from './link-terms.ts';

const compiled = compileTerms([
  { id: 'attest', forms: ['attest'] },
  { id: 'b-attest', forms: ['B-attest'] },
  { id: 'graad', forms: ['graad', 'graden'] },
]);

describe('splitOnTerms', () => {
  it('marks the first occurrence of each term, preferring the longest form', () => {
    const used = new Set<string>();
    expect(splitOnTerms('Met een B-attest in de 2de graad krijg je een attest.', compiled, used)).toEqual([
      { text: 'Met een ' },
      { text: 'B-attest', termId: 'b-attest' },
      { text: ' in de 2de ' },
      { text: 'graad', termId: 'graad' },
      { text: ' krijg je een ' },
      { text: 'attest', termId: 'attest' },
      { text: '.' },
    ]);
    expect(splitOnTerms('Nog een graad.', compiled, used)).toEqual([{ text: 'Nog een graad.' }]);
  });
  it('matches whole words only and keeps the original case', () => {
    expect(splitOnTerms('De graadmeter en de Graden.', compiled, new Set())).toEqual([
      { text: 'De graadmeter en de ' },
      { text: 'Graden', termId: 'graad' },
      { text: '.' },
    ]);
  });
  it('leaves text alone without terms', () => {
    expect(splitOnTerms('tekst', compileTerms([]), new Set())).toEqual([{ text: 'tekst' }]);
  });
});
