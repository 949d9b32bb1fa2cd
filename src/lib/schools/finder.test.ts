import { describe, expect, it } from 'vitest';
import type { FinderData, FinderSchool, FinderStudy, Place } from './finder-data.ts';
import { EMPTY_QUERY, type FinderQuery } from './finder-query.ts';
import { describeResults, findSchools, offerByGraad, resolveStudyText, studyFieldText } from './finder.ts';

const study = (id: string, name: string, graad: FinderStudy['graad'], finaliteit: FinderStudy['finaliteit'], domains: FinderStudy['domains']): FinderStudy => ({
  id, name, title: `${name} (${graad})`, graad, finaliteit, domains, balance: null, next: [],
});
const studies = [
  study('latijn-2', 'Latijn', 2, 'doorstroom', ['taal-en-cultuur']),
  study('latijn-3', 'Latijn', 3, 'doorstroom', ['taal-en-cultuur']),
  study('elektriciteit-2', 'Elektriciteit', 2, 'arbeidsmarkt', ['stem']),
  study('kok-7', 'Restaurant en keuken', 7, 'arbeidsmarkt', ['voeding-en-horeca']),
  study('eerste-a', '1A', 1, null, []),
];
const school = (id: string, name: string, net: FinderSchool['net'], lat: number | null, lon: number | null, offers: string[], municipality = 'Gent', postcode = '9000'): FinderSchool => ({
  id, name, net, street: 'Straat 1', postcode, municipality, lat, lon, studies: offers, duaal: [], source: 'Open data', checked: '2026-11-23',
});
const data: FinderData = {
  studies,
  schools: [
    school('far', 'Verre school', 'GO!', 51.2194, 4.4025, ['latijn-2', 'latijn-3'], 'Antwerpen', '2000'),
    school('near', 'Nabije school', 'vrij gesubsidieerd', 51.05, 3.72, ['latijn-2', 'eerste-a']),
    school('mid', 'Middenschool', 'officieel gesubsidieerd', 51.10, 3.80, ['elektriciteit-2', 'kok-7'], 'Gent', '9050'),
    school('nowhere', 'School zonder coördinaten', 'GO!', null, null, ['latijn-2'], 'Gent', '9050'),
  ],
};
const gent: Place = { postcode: '9000', name: 'Gent', municipality: 'Gent', lat: 51.0543, lon: 3.7174 };
const q = (change: Partial<FinderQuery>): FinderQuery => ({ ...EMPTY_QUERY, ...change });

describe('findSchools', () => {
  it('sorts nearest first from a place, with schools without coordinates last', () => {
    const results = findSchools(data, q({}), gent);
    expect(results.map((r) => r.school.id)).toEqual(['near', 'mid', 'far', 'nowhere']);
    expect(results[0]!.km).toBe(0.5);
    expect(results.at(-1)!.km).toBeNull();
  });

  it('gives each place its own order when the finder goes back and forth between places (the order is kept per place)', () => {
    const antwerpen: Place = { postcode: '2000', name: 'Antwerpen', municipality: 'Antwerpen', lat: 51.2194, lon: 4.4025 };
    const ids = (place: Place | null, change: Partial<FinderQuery> = {}) => findSchools(data, q(change), place).map((r) => r.school.id);
    for (let round = 0; round < 3; round++) {
      expect(ids(gent)).toEqual(['near', 'mid', 'far', 'nowhere']);
      expect(ids(antwerpen)).toEqual(['far', 'mid', 'near', 'nowhere']);
      expect(ids(null)).toEqual(['far', 'mid', 'near', 'nowhere']);
      expect(ids(antwerpen, { maxKm: 40 })).toEqual(['far']);
      expect(ids(gent, { maxKm: 10 })).toEqual(['near', 'mid']);
    }
    // Other data with the same place never reuses this data's order.
    const other: FinderData = { studies, schools: [data.schools[2]!, data.schools[1]!] };
    expect(findSchools(other, q({}), gent).map((r) => r.school.id)).toEqual(['near', 'mid']);
    expect(findSchools(other, q({}), antwerpen).map((r) => [r.school.id, r.km])).toEqual([['mid', findSchools(data, q({}), antwerpen)[1]!.km], ['near', findSchools(data, q({}), antwerpen)[2]!.km]]);
  });

  it('sorts by municipality and name without a place, and gives no distances', () => {
    const results = findSchools(data, q({}), null);
    expect(results.map((r) => r.school.id)).toEqual(['far', 'mid', 'near', 'nowhere']);
    expect(results.every((r) => r.km === null)).toBe(true);
  });

  it('keeps schools offering a chosen study and names the matching offers', () => {
    const results = findSchools(data, q({ studies: ['latijn-2', 'latijn-3'] }), gent);
    expect(results.map((r) => [r.school.id, r.matches])).toEqual([
      ['near', ['latijn-2']],
      ['far', ['latijn-2', 'latijn-3']],
      ['nowhere', ['latijn-2']],
    ]);
  });

  it('filters by domein, finaliteit and graad together (a 7de jaar is graad 7)', () => {
    expect(findSchools(data, q({ finaliteit: 'arbeidsmarkt' }), gent).map((r) => [r.school.id, r.matches])).toEqual([['mid', ['elektriciteit-2', 'kok-7']]]);
    expect(findSchools(data, q({ finaliteit: 'arbeidsmarkt', graden: [7] }), gent).map((r) => r.matches)).toEqual([['kok-7']]);
    expect(findSchools(data, q({ domain: 'taal-en-cultuur', graden: [3] }), gent).map((r) => r.school.id)).toEqual(['far']);
    expect(findSchools(data, q({ graden: [1] }), gent).map((r) => r.school.id)).toEqual(['near']);
  });

  it('filters by net and by distance; a distance filter leaves out schools without coordinates', () => {
    expect(findSchools(data, q({ nets: ['GO!'] }), gent).map((r) => r.school.id)).toEqual(['far', 'nowhere']);
    expect(findSchools(data, q({ maxKm: 10 }), gent).map((r) => r.school.id)).toEqual(['near', 'mid']);
    // Without a place the distance filter cannot apply, and nothing is hidden because of it.
    expect(findSchools(data, q({ maxKm: 10 }), null)).toHaveLength(4);
  });

  it('never hides a school of the postcode itself behind the distance limit: it comes after the schools within it', () => {
    // 9000's point stands for the whole postcode; a school of 9000 8 km from it is still in 9000, one of 9050 is not.
    const own: FinderData = {
      studies,
      schools: [
        school('near', 'Nabije school', 'GO!', 51.05, 3.72, ['latijn-2']),
        school('own-far', 'School aan de rand', 'GO!', 51.125, 3.72, ['latijn-2']),
        school('other-far', 'School over de grens', 'GO!', 51.125, 3.7175, ['latijn-2'], 'Gent', '9050'),
        school('own-unknown', 'School zonder punt', 'vrij gesubsidieerd', null, null, ['elektriciteit-2']),
      ],
    };
    const ids = (query: Partial<FinderQuery>, place: Place | null = gent) => findSchools(own, q(query), place).map((r) => [r.school.id, r.km]);
    expect(ids({ maxKm: 5 })).toEqual([['near', 0.5], ['own-far', 7.9], ['own-unknown', null]]);
    expect(ids({ maxKm: 10 })).toEqual([['near', 0.5], ['own-far', 7.9], ['other-far', 7.9], ['own-unknown', null]]);
    // The filters still apply to them.
    expect(ids({ maxKm: 5, nets: ['GO!'] })).toEqual([['near', 0.5], ['own-far', 7.9]]);
    expect(ids({ maxKm: 5, studies: ['elektriciteit-2'] })).toEqual([['own-unknown', null]]);
    // A position has no postcode: the limit is the limit.
    expect(ids({ maxKm: 5 }, { ...gent, postcode: '', name: 'jouw locatie' })).toEqual([['near', 0.5]]);
    // And the sentence never counts them as within the limit.
    const query = q({ maxKm: 5 });
    expect(describeResults(findSchools(own, query, gent), query, gent, { studies: '', domain: null })).toBe(
      '1 school binnen 5 km van 9000 Gent en 2 scholen verder weg in postcode 9000 zelf.',
    );
    const latin = q({ maxKm: 5, studies: ['latijn-2'] });
    expect(describeResults(findSchools(own, latin, gent), latin, gent, { studies: 'Latijn (2)', domain: null })).toBe(
      '1 school binnen 5 km van 9000 Gent en 1 school verder weg in postcode 9000 zelf, met aanbod: Latijn (2).',
    );
  });

  it('sums up the result in one sentence', () => {
    const query = q({ studies: ['latijn-2'], maxKm: 10, nets: ['vrij gesubsidieerd'] });
    const results = findSchools(data, query, gent);
    expect(describeResults(results, query, gent, { studies: 'Latijn (2)', domain: null })).toBe(
      '1 school binnen 10 km van 9000 Gent met aanbod: Latijn (2). Onderwijsnet: vrij gesubsidieerd.',
    );
    expect(describeResults([], q({ graden: [2, 7] }), null, { studies: '', domain: null })).toBe('0 scholen met aanbod: in de 2de graad of een 7de jaar.');
  });
});

describe('studies typed in the finder', () => {
  it('resolves a title to one study and a name to every study with that name', () => {
    expect(resolveStudyText(studies, 'Latijn (2)')).toEqual({ ok: true, value: ['latijn-2'] });
    expect(resolveStudyText(studies, ' latijn ')).toEqual({ ok: true, value: ['latijn-2', 'latijn-3'] });
    expect(resolveStudyText(studies, 'kok-7')).toEqual({ ok: true, value: ['kok-7'] });
  });

  it('suggests close titles for a typo and says when nothing is close', () => {
    const typo = resolveStudyText(studies, 'Elektricitijd');
    expect(typo.ok).toBe(false);
    if (!typo.ok) expect(typo.suggestions).toEqual(['Elektriciteit (2)']);
    const none = resolveStudyText(studies, 'ruimtevaart');
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.suggestions).toEqual([]);
    expect(resolveStudyText(studies, '   ').ok).toBe(false);
  });

  it('suggests a study whose title holds the text, or whose name is in the text, and still filters nothing', () => {
    const part = resolveStudyText(studies, 'keuken 7');
    expect(part).toEqual({ ok: false, error: 'Geen richting gevonden met de naam "keuken 7".', suggestions: ['Restaurant en keuken (7)'] });
    const titled = (id: string, name: string) => ({ ...study(id, name, 2, 'doorstroom', []), title: `${name} (2de graad, doorstroomfinaliteit)` });
    const start = resolveStudyText([titled('grieks-latijn-2', 'Grieks-Latijn'), titled('latijn-2', 'Latijn')], 'Latijn 2de graad');
    expect(start.ok).toBe(false);
    if (!start.ok) expect(start.suggestions).toEqual(['Latijn (2de graad, doorstroomfinaliteit)', 'Grieks-Latijn (2de graad, doorstroomfinaliteit)']);
    const longer = resolveStudyText(studies, 'Latijn in Gent');
    expect(longer.ok).toBe(false);
    if (!longer.ok) expect(longer.suggestions).toEqual(['Latijn (2)', 'Latijn (3)']);
  });

  it('shows one title, or the shared name for several ids', () => {
    const byId = new Map(studies.map((s) => [s.id, s]));
    expect(studyFieldText(['latijn-2'], byId)).toBe('Latijn (2)');
    expect(studyFieldText(['latijn-2', 'latijn-3'], byId)).toBe('Latijn');
    expect(studyFieldText(['unknown'], byId)).toBe('');
  });

  it('groups an offer per graad in school order', () => {
    const byId = new Map(studies.map((s) => [s.id, s]));
    expect(offerByGraad(['kok-7', 'latijn-3', 'eerste-a', 'gone', 'elektriciteit-2', 'latijn-2'], byId).map((g) => [g.label, g.studies.map((s) => s.id)])).toEqual([
      ['1ste graad', ['eerste-a']],
      ['2de graad', ['elektriciteit-2', 'latijn-2']],
      ['3de graad', ['latijn-3']],
      ['7de jaar', ['kok-7']],
    ]);
  });
});
