import { describe, expect, it } from 'vitest';
import { compactValues, facetValuesOf, matches, selectionFromParams, selectionToParams, toggle } from './facets.ts';

const elektro = facetValuesOf({
  graad: 3,
  stroom: [],
  finaliteit: 'dubbele-finaliteit',
  domein: ['stem'],
  onderwijsvorm: ['tso'],
  duaal: 'nee',
  leerjaren: [5, 6],
});
const toerisme = facetValuesOf({
  graad: 2,
  stroom: [],
  finaliteit: 'dubbele-finaliteit',
  domein: ['economie-en-organisatie', 'taal-en-cultuur'],
  onderwijsvorm: ['tso'],
  duaal: 'nee',
  leerjaren: [3, 4],
});
const eersteB = facetValuesOf({ graad: 1, stroom: ['B'], finaliteit: null, domein: [], onderwijsvorm: [], duaal: 'nee', leerjaren: [1] });
const kokDuaal = facetValuesOf({ graad: 3, stroom: [], finaliteit: null, domein: ['voeding-en-horeca'], onderwijsvorm: [], duaal: 'ook', leerjaren: [7] });

describe('matches', () => {
  it('matches everything when nothing is selected', () => {
    expect([elektro, toerisme, eersteB].every((v) => matches(v, {}))).toBe(true);
  });
  it('combines facets with AND and values within a facet with OR', () => {
    expect(matches(elektro, { graad: ['3'], domein: ['stem'] })).toBe(true);
    expect(matches(elektro, { graad: ['2'], domein: ['stem'] })).toBe(false);
    expect(matches(elektro, { graad: ['2', '3'] })).toBe(true);
  });
  it('finds a richting in each of its domeinen', () => {
    expect(matches(toerisme, { domein: ['taal-en-cultuur'] })).toBe(true);
    expect(matches(toerisme, { domein: ['economie-en-organisatie'] })).toBe(true);
    expect(matches(toerisme, { domein: ['stem'] })).toBe(false);
  });
  it('finds a study offered also or only as duaal leren, and a 7de jaar, by their own facets', () => {
    expect(matches(kokDuaal, { leerweg: ['duaal'] })).toBe(true);
    expect(matches(kokDuaal, { leerjaar: ['7'] })).toBe(true);
    const enkelDuaal = facetValuesOf({ graad: 2, stroom: [], finaliteit: 'arbeidsmarkt', domein: ['stem'], onderwijsvorm: ['bso'], duaal: 'enkel', leerjaren: [3, 4] });
    expect(matches(enkelDuaal, { leerweg: ['duaal'] })).toBe(true);
    expect(matches(elektro, { leerweg: ['duaal'] })).toBe(false);
    expect(matches(elektro, { leerjaar: ['7'] })).toBe(false);
  });
  it('matches the compact values a list item carries as it matches the full ones', () => {
    expect(compactValues(eersteB)).toEqual({ graad: ['1'], stroom: ['B'] });
    for (const values of [elektro, toerisme, eersteB, kokDuaal]) {
      for (const selection of [{}, { stroom: ['B'] }, { leerweg: ['duaal'] }, { leerjaar: ['7'], graad: ['3'] }, { finaliteit: ['doorstroom'] }]) {
        expect(matches(compactValues(values), selection)).toBe(matches(values, selection));
      }
    }
  });
  it('excludes a study without a value for a selected facet', () => {
    expect(matches(eersteB, { finaliteit: ['doorstroom'] })).toBe(false);
    expect(matches(eersteB, { stroom: ['B'] })).toBe(true);
  });
});

describe('selection in the URL', () => {
  it('reads repeated and comma-separated values and ignores unknown facets and values', () => {
    const params = new URLSearchParams('graad=2&domein=stem,sport&domein=onbestaand&finaliteit=<b>&foo=bar&leerjaar=6,7&leerweg=voltijds');
    expect(selectionFromParams(params)).toEqual({ graad: ['2'], leerjaar: ['7'], domein: ['stem', 'sport'] });
  });
  it('round-trips', () => {
    const selection = { graad: ['3'], finaliteit: ['arbeidsmarkt', 'doorstroom'] };
    expect(selectionFromParams(selectionToParams(selection))).toEqual(selection);
  });
  it('toggles values on and off and drops empty facets', () => {
    const on = toggle({}, 'domein', 'stem');
    expect(on).toEqual({ domein: ['stem'] });
    expect(toggle(on, 'domein', 'stem')).toEqual({});
  });
});
