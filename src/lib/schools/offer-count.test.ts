import { describe, expect, it } from 'vitest';
import { finderUrlFor, offerCount, offerCountText } from './offer-count.ts';

describe('the count of schools on a study page', () => {
  it('counts locations, different schools and municipalities', () => {
    const count = offerCount([
      { schoolnummer: '1', municipality: 'Gent' },
      { schoolnummer: '1', municipality: 'Gent' },
      { schoolnummer: '2', municipality: 'Antwerpen' },
    ]);
    expect(count).toEqual({ locations: 3, schools: 2, municipalities: 2 });
    expect(offerCountText('Latijn', count)).toBe('Latijn wordt aangeboden door 2 scholen, op 3 plaatsen in 2 gemeenten.');
  });

  it('says one school in one municipality in the singular, and names no places when each school has one', () => {
    expect(offerCountText('Latijn', offerCount([{ schoolnummer: '1', municipality: 'Gent' }]))).toBe('Latijn wordt aangeboden door 1 school in 1 gemeente.');
    expect(offerCountText('Latijn', offerCount([]))).toBe('We kennen geen school die Latijn aanbiedt.');
  });

  it('writes large numbers the Dutch way and links to the finder with the study chosen', () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ schoolnummer: String(i), municipality: `G${i % 300}` }));
    expect(offerCountText('1A', offerCount(many))).toBe('1A wordt aangeboden door 1.200 scholen in 300 gemeenten.');
    expect(finderUrlFor('latijn-2de-graad')).toBe('/scholen/zoeken/?studie=latijn-2de-graad');
  });
});
