import { describe, expect, it } from 'vitest';
import { provinceOf } from './province.ts';

describe('the province of a postcode', () => {
  it('follows the ranges of Flanders and Brussels', () => {
    expect(['1000', '1299', '1500', '3000', '3499', '2000', '3500', '8000', '9000', '9999'].map(provinceOf)).toEqual([
      'Brussel', 'Brussel', 'Vlaams-Brabant', 'Vlaams-Brabant', 'Vlaams-Brabant', 'Antwerpen', 'Limburg', 'West-Vlaanderen', 'Oost-Vlaanderen', 'Oost-Vlaanderen',
    ]);
  });

  it('has none for Wallonia or what is not a postcode', () => {
    expect(['1300', '4000', '7000', '999', 'abcd', ''].map(provinceOf)).toEqual([null, null, null, null, null, null]);
  });
});
