import { describe, expect, it } from 'vitest';
import { levelDescription, previousSteps, schoolOrder } from './study-view.ts';
import { termsUsed } from './glossary-match.ts';
import { toOpenStudy } from './open-data.ts';
import { buildMatrix } from '../catalogue/matrix.ts';
import { studySchema } from '../../schemas/study.ts';

describe('previousSteps', () => {
  it('reverses next: where you can come from', () => {
    const previous = previousSteps([
      { id: 'latijn', next: ['latijn-wiskunde', 'latijn-moderne-talen'] },
      { id: 'grieks-latijn', next: ['latijn-wiskunde'] },
      { id: 'latijn-wiskunde', next: [] },
      { id: 'latijn-moderne-talen', next: [] },
    ]);
    expect(previous.get('latijn-wiskunde')).toEqual(['latijn', 'grieks-latijn']);
    expect(previous.get('latijn')).toEqual([]);
  });
});

describe('levelDescription and schoolOrder', () => {
  it('describes where a study sits', () => {
    expect(levelDescription({ kind: 'studierichting', graad: 3, leerjaren: [5, 6], finaliteit: 'arbeidsmarkt', stroom: [] })).toBe(
      '3de graad · 5de en 6de jaar · Arbeidsmarktfinaliteit',
    );
    expect(levelDescription({ kind: 'eerste-graad', graad: 1, leerjaren: [1], finaliteit: null, stroom: ['B'] })).toBe(
      '1ste graad · 1ste jaar · B-stroom',
    );
    expect(levelDescription({ kind: 'bestemming', graad: null, leerjaren: [], finaliteit: null, stroom: [] })).toBe('Na het secundair');
  });
  it('orders first graad before graad 2, graad 3, 7de jaren and destinations', () => {
    const keys = [
      schoolOrder({ kind: 'bestemming', graad: null, leerjaren: [], name: 'Werken' }),
      schoolOrder({ kind: 'zevende-jaar', graad: 3, leerjaren: [7], name: 'Kok' }),
      schoolOrder({ kind: 'studierichting', graad: 2, leerjaren: [3, 4], name: 'Latijn' }),
      schoolOrder({ kind: 'eerste-graad', graad: 1, leerjaren: [1], name: '1ste leerjaar A' }),
    ].sort();
    expect(keys.map((k) => k.split('-')[0])).toEqual(['1', '2', '4', '9']);
  });
});

describe('termsUsed', () => {
  const terms = [
    { id: 'b-attest', forms: ['B-attest', 'b-attesten'] },
    { id: 'finaliteit', forms: ['finaliteit'] },
    { id: 'graad', forms: ['graad'] },
  ];
  it('finds whole words only, in any case', () => {
    expect(termsUsed('Met een B-attest kies je een andere Finaliteit.', terms)).toEqual(['b-attest', 'finaliteit']);
    expect(termsUsed('De graadmeter stijgt.', terms)).toEqual([]);
  });
});

const baseStudy = {
  name: 'Toerisme',
  kind: 'studierichting',
  graad: 3,
  leerjaren: [5, 6],
  stroom: null,
  finaliteit: 'dubbele-finaliteit',
  domein: ['economie-en-organisatie', 'taal-en-cultuur'],
  onderwijsvorm: ['tso'],
  codes: ['1330', '1331'],
  duaal: 'nee',
  duaalCodes: [],
  summary: 'Je leert over reizen, gasten en talen in een toeristische omgeving.',
  profile: 'Voor wie graag met mensen werkt en talen spreekt.',
  balance: 'evenwicht',
  subjects: [],
  next: ['graduaat'],
  beroepen: [],
  source: { title: 'Bron', url: 'https://example.org/' },
  checked: '2026-11-23',
};

describe('study schema', () => {
  it('parses a valid study and normalises stroom to a list', () => {
    const parsed = studySchema.parse(baseStudy);
    expect(parsed.stroom).toEqual([]);
    expect(parsed.checked).toBeInstanceOf(Date);
    expect(studySchema.parse({ ...baseStudy, kind: 'eerste-graad', graad: 1, finaliteit: null, stroom: 'A', domein: [] }).stroom).toEqual(['A']);
  });
  it('rejects inconsistent facts with the field named', () => {
    const paths = (input: object) => {
      const result = studySchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ ...baseStudy, finaliteit: null })).toContain('finaliteit');
    expect(paths({ ...baseStudy, domein: [] })).toContain('domein');
    expect(paths({ ...baseStudy, stroom: 'A' })).toContain('stroom');
    expect(paths({ ...baseStudy, duaalCodes: ['1'] })).toContain('duaal');
    expect(paths({ ...baseStudy, domein: ['ruimtevaart'] })).toContain('domein.0');
    expect(paths({ ...baseStudy, next: ['Not An Id'] })).toContain('next.0');
    expect(paths({ ...baseStudy, source: { title: 'Bron', url: 'geen-url' } })).toContain('source.url');
  });
});

describe('open data', () => {
  it('uses a string for one value and an array for several', () => {
    const open = toOpenStudy('toerisme-3de-graad', studySchema.parse(baseStudy), 'https://richtingwijzer.example/');
    expect(open).toMatchObject({
      code: ['1330', '1331'],
      domein: ['economie-en-organisatie', 'taal-en-cultuur'],
      onderwijsvorm: 'tso',
      stroom: null,
      duaal: false,
      url: 'https://richtingwijzer.example/studies/toerisme-3de-graad/',
      checked: '2026-11-23',
    });
  });
});

describe('buildMatrix', () => {
  it('puts a richting in the cell of each of its domeinen and ignores other graden and kinds', () => {
    const matrix = buildMatrix(
      [
        { id: 'toerisme', kind: 'studierichting', graad: 3, finaliteit: 'dubbele-finaliteit', domein: ['economie-en-organisatie', 'taal-en-cultuur'] },
        { id: 'latijn', kind: 'studierichting', graad: 2, finaliteit: 'doorstroom', domein: ['domeinoverschrijdend'] },
        { id: 'kok', kind: 'zevende-jaar', graad: 3, finaliteit: null, domein: ['voeding-en-horeca'] },
      ],
      3,
    );
    expect(matrix['dubbele-finaliteit']['taal-en-cultuur'].map((s) => s.id)).toEqual(['toerisme']);
    expect(matrix['dubbele-finaliteit']['economie-en-organisatie'].map((s) => s.id)).toEqual(['toerisme']);
    expect(matrix.doorstroom.domeinoverschrijdend).toEqual([]);
    expect(Object.values(matrix.arbeidsmarkt).flat()).toEqual([]);
  });
});
