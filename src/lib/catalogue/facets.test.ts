import { describe, expect, it } from 'vitest';
import { facetValuesOf, matches, selectionFromParams, selectionToParams, toggle } from './facets.ts';

const elektro = facetValuesOf({ graad: 3, stroom: [], finaliteit: 'dubbele-finaliteit', domein: ['stem'], onderwijsvorm: ['tso'] });
const toerisme = facetValuesOf({
  graad: 2,
  stroom: [],
  finaliteit: 'dubbele-finaliteit',
  domein: ['economie-en-organisatie', 'taal-en-cultuur'],
  onderwijsvorm: ['tso'],
});
const eersteB = facetValuesOf({ graad: 1, stroom: ['B'], finaliteit: null, domein: [], onderwijsvorm: [] });

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
  it('excludes a study without a value for a selected facet', () => {
    expect(matches(eersteB, { finaliteit: ['doorstroom'] })).toBe(false);
    expect(matches(eersteB, { stroom: ['B'] })).toBe(true);
  });
});

describe('selection in the URL', () => {
  it('reads repeated and comma-separated values and ignores unknown facets and values', () => {
    const params = new URLSearchParams('graad=2&domein=stem,sport&domein=onbestaand&finaliteit=<b>&foo=bar');
    expect(selectionFromParams(params)).toEqual({ graad: ['2'], domein: ['stem', 'sport'] });
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
