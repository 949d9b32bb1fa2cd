import { describe, expect, it } from 'vitest';
import { admissionSummary, cities, countByKind, kindLabel, loadText, programmeOrder, studiegebiedenOfDomein } from './programme-view.ts';

describe('programme view', () => {
  it('writes the study load with a decimal comma for half years', () => {
    expect(loadText({ credits: 90, years: 1.5 })).toBe('90 studiepunten, voltijds 1,5 jaar');
    expect(loadText({ credits: 240, years: 4 })).toBe('240 studiepunten, voltijds 4 jaar');
  });

  it('says plainly when the study load was not verified, instead of guessing', () => {
    expect(loadText({ credits: null, years: null })).toBe('studieomvang nog niet nagekeken: zie de pagina van de instelling');
    expect(loadText({ credits: 180, years: null })).toBe('180 studiepunten, duur nog niet nagekeken');
    expect(loadText({ credits: null, years: 3 })).toBe('studiepunten nog niet nagekeken, voltijds 3 jaar');
  });

  it('names educatieve programmes as lerarenopleidingen', () => {
    expect(kindLabel({ kind: 'professionele-bachelor', educatief: true })).toBe('Educatieve bachelor');
    expect(kindLabel({ kind: 'graduaat', educatief: true })).toBe('Educatief graduaat');
    expect(kindLabel({ kind: 'academische-bachelor', educatief: false })).toBe('Academische bachelor');
  });

  it('sorts graduaten before professionele before academische bachelors, then by name', () => {
    const names = [
      { kind: 'academische-bachelor' as const, name: 'A' },
      { kind: 'graduaat' as const, name: 'Z' },
      { kind: 'professionele-bachelor' as const, name: 'B' },
    ]
      .sort((a, b) => programmeOrder(a).localeCompare(programmeOrder(b), 'nl'))
      .map((p) => p.name);
    expect(names).toEqual(['Z', 'B', 'A']);
  });

  it('lists each known city once, sorted', () => {
    const offerings = [
      { institution: 'X', city: 'Gent', url: 'https://x.be' },
      { institution: 'Y', city: 'Antwerpen', url: 'https://y.be' },
      { institution: 'Z', city: 'Gent', url: 'https://z.be' },
      { institution: 'W', city: null, url: 'https://w.be' },
    ];
    expect(cities({ offerings })).toEqual(['Antwerpen', 'Gent']);
  });

  it('counts programmes per kind with educatieve bachelors apart', () => {
    expect(
      countByKind([
        { kind: 'graduaat', educatief: false },
        { kind: 'professionele-bachelor', educatief: true },
        { kind: 'professionele-bachelor', educatief: false },
        { kind: 'graduaat', educatief: false },
      ]),
    ).toEqual({ Graduaat: 2, 'Educatieve bachelor': 1, 'Professionele bachelor': 1 });
  });

  it('lists the studiegebieden linked to a studiedomein, by name, and none for a domain nobody names', () => {
    const gebieden = [
      { id: 'z', data: { name: 'Zorg', domeinen: ['maatschappij-en-welzijn'] } },
      { id: 'a', data: { name: 'Architectuur', domeinen: ['stem', 'kunst-en-creatie'] } },
      { id: 'g', data: { name: 'Gezondheid', domeinen: ['maatschappij-en-welzijn', 'stem'] } },
    ];
    expect(studiegebiedenOfDomein(gebieden, 'stem').map((g) => g.id)).toEqual(['a', 'g']);
    expect(studiegebiedenOfDomein(gebieden, 'sport')).toEqual([]);
  });

  it('names each kind of admission condition once, in the order first met', () => {
    const proef = { kind: 'artistieke-toelatingsproef' as const };
    expect(admissionSummary([proef, proef, { kind: 'taalvoorwaarde-nederlands' as const }, proef])).toBe('Artistieke toelatingsproef, Taalvoorwaarde Nederlands');
    expect(admissionSummary([])).toBe('');
  });
});
