import { describe, expect, it } from 'vitest';
import { cleanQuery, normalizeTerm, tokenize } from './normalize.ts';

describe('normalizeTerm', () => {
  it('ignores accents and capitals', () => {
    expect(normalizeTerm('Ëlektriciteit')).toBe(normalizeTerm('elektriciteit'));
    expect(normalizeTerm('Commerciële')).toBe(normalizeTerm('commerciele'));
  });
  it('folds the c/k, ph/f, th/t and y/ij variants', () => {
    expect(normalizeTerm('electro')).toBe(normalizeTerm('elektro'));
    expect(normalizeTerm('fotografie')).toBe(normalizeTerm('photografie'));
    expect(normalizeTerm('theorie')).toBe(normalizeTerm('teorie'));
  });
  it('brings singular and plural and common endings together', () => {
    expect(normalizeTerm('technieken')).toBe(normalizeTerm('techniek'));
    expect(normalizeTerm('elektromechanische')).toBe(normalizeTerm('elektromechanisch'));
    expect(normalizeTerm('wetenschappen')).toBe(normalizeTerm('wetenschapp'));
  });
  it('leaves short words alone', () => {
    expect(normalizeTerm('sport')).toBe('sport');
    expect(normalizeTerm('mode')).toBe('mode');
  });
});

describe('tokenize and cleanQuery', () => {
  it('splits on punctuation and hyphens', () => {
    expect(tokenize('Latijn-Wiskunde, (domein) STEM')).toEqual(['latijn', 'wiskunde', 'domein', 'stem']);
  });
  it('removes control characters, collapses spaces and caps the length', () => {
    expect(cleanQuery('  kok\u0000\n  en \t bakker ')).toBe('kok en bakker');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(100);
  });
});
