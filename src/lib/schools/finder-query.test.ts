import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, finderQueryString, parseFinderQuery, type FinderQuery } from './finder-query.ts';

const known = { studies: new Set(['latijn-2de-graad', 'elektriciteit-2de-graad']), schools: new Set(['a', 'b', 'c', 'd', 'e']) };

describe('finder state in the URL query', () => {
  it('round-trips a full query', () => {
    const query: FinderQuery = {
      place: '9000 Gent', studies: ['latijn-2de-graad'], domain: 'stem', finaliteit: 'arbeidsmarkt',
      nets: ['GO!', 'vrij gesubsidieerd'], graden: [2, 7], maxKm: 10, selected: ['a', 'c', 'b'], compare: true,
    };
    const text = finderQueryString(query);
    expect(text).toBe('plaats=9000+Gent&studie=latijn-2de-graad&domein=stem&finaliteit=arbeidsmarkt&net=go&net=vgo&graad=2&graad=7&km=10&kies=a&kies=c&kies=b&vergelijk=1');
    expect(parseFinderQuery(`?${text}`, known)).toEqual({ query, problems: [] });
    expect(finderQueryString(EMPTY_QUERY)).toBe('');
  });

  it('drops unknown values with a message and keeps the rest', () => {
    const { query, problems } = parseFinderQuery('plaats=2000&studie=ruimtevaart&studie=latijn-2de-graad&net=privé&km=7&graad=9&domein=x&kies=zz', known);
    expect(query).toEqual({ ...EMPTY_QUERY, place: '2000', studies: ['latijn-2de-graad'] });
    expect(problems).toHaveLength(6);
    expect(problems[0]).toBe('De studie "ruimtevaart" kennen we niet; dat deel van de link is weggelaten.');
  });

  it('keeps at most four schools to compare, and opens the comparison only with two or more', () => {
    const five = parseFinderQuery('kies=a&kies=b&kies=c&kies=d&kies=e&vergelijk=1', known);
    expect(five.query.selected).toEqual(['a', 'b', 'c', 'd']);
    expect(five.problems).toEqual(['Je kan 4 scholen tegelijk vergelijken; de eerste 4 zijn gekozen.']);
    expect(parseFinderQuery('kies=a&vergelijk=1', known).query.compare).toBe(false);
  });

  it('never throws on random input', () => {
    const alphabet = 'abc=&?%#+ 9kiesplaatstudie-0é\u0000\uD800';
    for (let i = 0; i < 1000; i++) {
      let text = '';
      const length = Math.floor(Math.random() * 60);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(Math.random() * alphabet.length)];
      const { query } = parseFinderQuery(text, known);
      expect(query.selected.length).toBeLessThanOrEqual(4);
      expect(parseFinderQuery(finderQueryString(query), known).query).toEqual(query);
    }
  });
});
