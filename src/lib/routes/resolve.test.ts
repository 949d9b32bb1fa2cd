import { describe, expect, it } from 'vitest';
import { closestStudies, normalizeName, resolveExclusion, resolveStart } from './resolve.ts';
import { testCatalogue } from './test-catalogue.ts';

const catalogue = testCatalogue();

describe('resolveStart', () => {
  it('reads basisonderwijs, 1A-2B, ids and official names; the year defaults to the last year of the study', () => {
    expect(resolveStart(catalogue, 'basisonderwijs', { getuigschrift: false })).toEqual({ ok: true, value: { kind: 'basisonderwijs', getuigschrift: false } });
    expect(resolveStart(catalogue, '1b')).toEqual({ ok: true, value: { kind: 'study', id: 'eerste-leerjaar-b', year: 1 } });
    expect(resolveStart(catalogue, '2de leerjaar A')).toEqual({ ok: true, value: { kind: 'study', id: 'tweede-leerjaar-a', year: 2 } });
    expect(resolveStart(catalogue, 'Latijn')).toEqual({ ok: true, value: { kind: 'study', id: 'latijn-2de-graad', year: 4 } });
    expect(resolveStart(catalogue, 'latijn-2de-graad', { year: 3 })).toEqual({ ok: true, value: { kind: 'study', id: 'latijn-2de-graad', year: 3 } });
    expect(resolveStart(catalogue, 'Klassieke talen')).toEqual({ ok: true, value: { kind: 'study', id: 'basisoptie-klassieke-talen', year: 2, stroom: 'A' } });
  });

  it('accepts a year within the graad (1 or 2) as well as the school year', () => {
    expect(resolveStart(catalogue, 'Latijn-wiskunde', { year: 1 })).toMatchObject({ ok: true, value: { year: 5 } });
    expect(resolveStart(catalogue, 'Latijn-wiskunde', { year: 6 })).toMatchObject({ ok: true, value: { year: 6 } });
    expect(resolveStart(catalogue, 'Latijn-wiskunde', { year: 4 })).toMatchObject({ ok: false, error: expect.stringMatching(/geen 4de jaar/) });
  });

  it('a name in two graden needs the graad or the year', () => {
    const ambiguous = resolveStart(catalogue, 'Elektrotechnieken');
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.suggestions).toHaveLength(2);
    expect(resolveStart(catalogue, 'Elektrotechnieken', { year: 5 })).toMatchObject({ ok: true, value: { id: 'elektrotechnieken-3de-graad', year: 5 } });
    expect(resolveStart(catalogue, 'Elektrotechnieken 2de graad')).toMatchObject({ ok: true, value: { id: 'elektrotechnieken-2de-graad' } });
  });

  it('an unknown name gets the closest matches', () => {
    const result = resolveStart(catalogue, 'Latin');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/Onbekende studie "Latin"/);
      expect(result.suggestions[0]).toMatch(/^Latijn \(2de graad\)/);
    }
    expect(closestStudies(catalogue, 'elektriciteit', 2).map((s) => s.id)).toEqual(['elektriciteit-2de-graad', 'elektriciteit-3de-graad']);
  });
});

describe('resolveExclusion', () => {
  it('reads finaliteiten, studiedomeinen, onderwijsvormen and richtingen', () => {
    expect(resolveExclusion(catalogue, 'doorstroom')).toEqual({ ok: true, value: { kind: 'finaliteit', value: 'doorstroom' } });
    expect(resolveExclusion(catalogue, 'Dubbele finaliteit')).toEqual({ ok: true, value: { kind: 'finaliteit', value: 'dubbele-finaliteit' } });
    expect(resolveExclusion(catalogue, 'arbeidsmarktfinaliteit')).toEqual({ ok: true, value: { kind: 'finaliteit', value: 'arbeidsmarkt' } });
    expect(resolveExclusion(catalogue, 'STEM')).toEqual({ ok: true, value: { kind: 'domein', value: 'stem' } });
    expect(resolveExclusion(catalogue, 'Land- en tuinbouw')).toEqual({ ok: true, value: { kind: 'domein', value: 'land-en-tuinbouw' } });
    expect(resolveExclusion(catalogue, 'ASO')).toEqual({ ok: true, value: { kind: 'onderwijsvorm', value: 'aso' } });
    expect(resolveExclusion(catalogue, 'Elektrotechnieken')).toEqual({
      ok: true,
      value: { kind: 'study', ids: ['elektrotechnieken-2de-graad', 'elektrotechnieken-3de-graad'], label: 'Elektrotechnieken' },
    });
  });

  it('rejects what it does not know, with suggestions', () => {
    const result = resolveExclusion(catalogue, 'Elektrotechniek');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Onbekende richting/) });
  });
});

describe('normalizeName', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalizeName('  Économie-  en organisatie ')).toBe('economie en organisatie');
  });
});
