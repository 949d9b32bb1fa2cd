import { describe, expect, it } from 'vitest';
import { testCatalogue } from '../routes/test-catalogue.ts';
import { contentLink, kindAccess, programmesAfter, richtingenBefore } from './aansluiting.ts';
import type { HoData, HoProgrammeLite } from './ho-data.ts';

const catalogue = testCatalogue();
const study = (id: string) => catalogue.get(id)!;

const programme = (id: string, over: Partial<HoProgrammeLite> & Pick<HoProgrammeLite, 'kind' | 'studiegebied'>): HoProgrammeLite => ({
  id,
  name: id,
  educatief: false,
  synonyms: [],
  admission: [],
  aansluiting: [],
  ...over,
});

const data: HoData = {
  studiegebieden: [
    { id: 'industriele-wetenschappen', name: 'Industriële wetenschappen en technologie', domeinen: ['stem'] },
    { id: 'geneeskunde', name: 'Geneeskunde', domeinen: ['domeinoverschrijdend'] },
    { id: 'taal', name: 'Taal- en letterkunde', domeinen: [] },
  ],
  programmes: [
    programme('graduaat-elektromechanische-systemen', { kind: 'graduaat', studiegebied: 'industriele-wetenschappen' }),
    programme('bachelor-elektromechanica', { kind: 'professionele-bachelor', studiegebied: 'industriele-wetenschappen' }),
    programme('bachelor-geneeskunde', { kind: 'academische-bachelor', studiegebied: 'geneeskunde', admission: [{ kind: 'toelatingsexamen-arts', note: 'Je slaagt eerst voor het toelatingsexamen arts.' }] }),
    programme('bachelor-taal', {
      kind: 'academische-bachelor',
      studiegebied: 'taal',
      aansluiting: [{ richting: 'moderne-talen-3de-graad', reason: 'In Moderne talen leer je drie of vier talen: een goede start voor taalstudies.' }],
    }),
  ],
};

describe('kindAccess', () => {
  it('doorstroom: both bachelors prepare well, a graduaat is possible', () => {
    const access = kindAccess(catalogue, study('latijn-wiskunde-3de-graad'));
    expect(access['academische-bachelor']).toMatchObject({ status: 'open', fit: 'goed' });
    expect(access['professionele-bachelor']).toMatchObject({ status: 'open', fit: 'goed' });
    expect(access.graduaat).toMatchObject({ status: 'open', fit: 'mogelijk' });
    expect(access['academische-bachelor'].reasons[0]).toMatch(/doorstroomfinaliteit/);
  });

  it('dubbele finaliteit: professionele bachelor and graduaat prepare well, academische with more effort', () => {
    const access = kindAccess(catalogue, study('elektrotechnieken-3de-graad'));
    expect(access['professionele-bachelor'].fit).toBe('goed');
    expect(access.graduaat.fit).toBe('goed');
    expect(access['academische-bachelor'].fit).toBe('mogelijk');
    expect(access['academische-bachelor'].reasons[0]).toMatch(/meer inzet/);
  });

  it('arbeidsmarkt: a graduaat directly; a bachelor is excluded by the route rules, with their sentence', () => {
    const access = kindAccess(catalogue, study('elektriciteit-3de-graad'));
    expect(access.graduaat).toMatchObject({ status: 'open', fit: 'goed' });
    expect(access['professionele-bachelor']).toMatchObject({ status: 'uitgesloten', fit: 'later' });
    expect(access['academische-bachelor'].reasons.join(' ')).toMatch(/voorbereidend|7de jaar/);
  });

  it('the voorbereidend 7de jaar opens the bachelors; a specialisatiejaar only on a condition', () => {
    expect(kindAccess(catalogue, study('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar'))['professionele-bachelor']).toMatchObject({ status: 'open', fit: 'goed' });
    const special = kindAccess(catalogue, study('elektrotechnicus-7de-jaar'));
    expect(special.graduaat).toMatchObject({ status: 'open', fit: 'goed' });
    expect(special['professionele-bachelor']).toMatchObject({ status: 'voorwaarde', fit: 'mogelijk' });
    expect(special['professionele-bachelor'].reasons.at(-1)).toMatch(/^Voorwaarde: /);
  });
});

describe('contentLink', () => {
  const gebied = (id: string) => data.studiegebieden.find((g) => g.id === id);
  it('links by a shared studiedomein, naming the domein and the studiegebied', () => {
    const link = contentLink(study('elektriciteit-3de-graad'), data.programmes[0]!, gebied('industriele-wetenschappen'));
    expect(link).toMatchObject({ explicit: false });
    expect(link!.reasons[0]).toBe('Elektriciteit hoort bij het studiedomein STEM. Daar sluit het studiegebied Industriële wetenschappen en technologie goed bij aan.');
  });

  it('links a domeinoverschrijdend richting only to a studiegebied that lists domeinoverschrijdend', () => {
    expect(contentLink(study('latijn-wiskunde-3de-graad'), data.programmes[2]!, gebied('geneeskunde'))).not.toBeNull();
    expect(contentLink(study('latijn-wiskunde-3de-graad'), data.programmes[0]!, gebied('industriele-wetenschappen'))).toBeNull();
  });

  it('an explicit entry of the programme links a richting the domeinen do not, with its own reason', () => {
    const link = contentLink(study('moderne-talen-3de-graad'), data.programmes[3]!, gebied('taal'));
    expect(link).toEqual({ level: 'richting', explicit: true, via: [], reasons: ['In Moderne talen leer je drie of vier talen: een goede start voor taalstudies.'], sources: [] });
    expect(contentLink(study('latijn-wiskunde-3de-graad'), data.programmes[3]!, gebied('taal'))).toBeNull();
  });
});

describe('programmesAfter', () => {
  it('after a STEM richting with arbeidsmarktfinaliteit: the graduaat first, the bachelor later', () => {
    const fits = programmesAfter(catalogue, study('elektriciteit-3de-graad'), data);
    expect(fits.map((f) => [f.programme.id, f.fit])).toEqual([
      ['graduaat-elektromechanische-systemen', 'goed'],
      ['bachelor-elektromechanica', 'later'],
    ]);
    for (const f of fits) expect(f.reasons.length).toBeGreaterThanOrEqual(2);
  });

  it('explicit links come before links by domein at the same fit', () => {
    const fits = programmesAfter(catalogue, study('moderne-talen-3de-graad'), data);
    expect(fits.map((f) => f.programme.id)).toEqual(['bachelor-taal', 'bachelor-geneeskunde']);
  });

  it('orders by how specific the link is: the richting named, its domein named, a shared domein, the broad basis', () => {
    const levels: HoData = {
      studiegebieden: [
        { id: 'breed', name: 'A breed', domeinen: ['domeinoverschrijdend'] },
        { id: 'stem', name: 'B stem', domeinen: ['stem'] },
      ],
      programmes: [
        programme('a-breed', { kind: 'academische-bachelor', studiegebied: 'breed' }),
        programme('b-gebied', { kind: 'academische-bachelor', studiegebied: 'stem' }),
        programme('c-domein', { kind: 'academische-bachelor', studiegebied: 'breed', aansluiting: [{ domein: 'stem', reason: 'Richtingen in STEM geven je een goede basis.' }] }),
        programme('d-richting', { kind: 'academische-bachelor', studiegebied: 'breed', aansluiting: [{ richting: 'elektrotechnieken-3de-graad', reason: 'Deze richting noemt de opleiding zelf.' }] }),
      ],
    };
    const tw = study('elektrotechnieken-3de-graad');
    // The test catalogue's richting is in STEM only; give it the broad basis too, to see all four levels at once.
    const both = { ...tw, domein: [...tw.domein, 'domeinoverschrijdend' as const] };
    const fits = programmesAfter(catalogue, both, levels);
    expect(fits.map((f) => [f.programme.id, f.link])).toEqual([
      ['d-richting', 'richting'],
      ['c-domein', 'domein'],
      ['b-gebied', 'gebied'],
      ['a-breed', 'breed'],
    ]);
  });

  it('groups a level by studiegebied, the one with most programmes first, and keeps that order for any input order', () => {
    const grouped: HoData = {
      studiegebieden: [
        { id: 'a', name: 'A klein', domeinen: ['domeinoverschrijdend'] },
        { id: 'z', name: 'Z groot', domeinen: ['domeinoverschrijdend'] },
      ],
      programmes: [
        programme('a-1', { kind: 'academische-bachelor', studiegebied: 'a' }),
        programme('z-2', { kind: 'academische-bachelor', studiegebied: 'z' }),
        programme('z-1', { kind: 'academische-bachelor', studiegebied: 'z' }),
      ],
    };
    const order = programmesAfter(catalogue, study('latijn-wiskunde-3de-graad'), grouped).map((f) => f.programme.id);
    expect(order).toEqual(['z-1', 'z-2', 'a-1']);
    const reversed = { ...grouped, programmes: [...grouped.programmes].reverse() };
    expect(programmesAfter(catalogue, study('latijn-wiskunde-3de-graad'), reversed).map((f) => f.programme.id)).toEqual(order);
  });

  it('is empty for studies before the 3de graad', () => {
    expect(programmesAfter(catalogue, study('latijn-2de-graad'), data)).toEqual([]);
  });
});

describe('richtingenBefore', () => {
  it('lists the richtingen and 7de jaren that prepare, best fit first', () => {
    const fits = richtingenBefore(catalogue, data.programmes[1]!, data);
    expect(fits.map((f) => [f.study.id, f.fit])).toEqual([
      ['elektrotechnieken-3de-graad', 'goed'],
      ['elektrotechnicus-7de-jaar', 'mogelijk'],
      ['technicus-hernieuwbare-energietechnieken-7de-jaar', 'mogelijk'],
      ['dakwerken-3de-graad', 'later'],
      ['elektriciteit-3de-graad', 'later'],
    ]);
  });
});

describe('aansluiting view', async () => {
  const { gebiedGroups, gebiedGroupSentence, groupByFit, groupByKind } = await import('./aansluiting-view.ts');
  it('groups programmes by kind, best fit first, with the kind reasons once and a count of the rest', () => {
    const groups = groupByKind(programmesAfter(catalogue, study('elektriciteit-3de-graad'), data), 1);
    expect(groups.map((g) => [g.kind, g.fit, g.shown.length, g.more])).toEqual([
      ['graduaat', 'goed', 1, 0],
      ['professionele-bachelor', 'later', 1, 0],
    ]);
    expect(groups[0]!.reasons[0]).toMatch(/arbeidsmarktfinaliteit/);
    const [gebieden] = gebiedGroups(groups);
    expect(gebieden).toEqual({ via: ['stem'], gebieden: [{ id: 'industriele-wetenschappen', name: 'Industriële wetenschappen en technologie' }] });
    expect(gebiedGroupSentence('Elektriciteit', gebieden!, (d) => d.toUpperCase())).toBe('Elektriciteit hoort bij het studiedomein STEM. Daar sluit dit studiegebied goed bij aan:');
  });

  it('after arbeidsmarktfinaliteit, names an academische bachelor only when the programme names the richting or its domein', () => {
    const byDomein: HoData = { ...data, programmes: [...data.programmes, programme('academisch-stem', { kind: 'academische-bachelor', studiegebied: 'industriele-wetenschappen' })] };
    expect(programmesAfter(catalogue, study('elektriciteit-3de-graad'), byDomein).map((f) => f.programme.id)).toEqual(['graduaat-elektromechanische-systemen', 'bachelor-elektromechanica']);
    expect(richtingenBefore(catalogue, byDomein.programmes.at(-1)!, byDomein).map((f) => f.study.id)).not.toContain('elektriciteit-3de-graad');
    // After dubbele finaliteit the same programme is named (possible now, with more effort).
    expect(programmesAfter(catalogue, study('elektrotechnieken-3de-graad'), byDomein).map((f) => f.programme.id)).toContain('academisch-stem');
  });

  it('says a kind sentence that repeats the previous group once', () => {
    const both: HoData = { ...data, programmes: [...data.programmes, programme('academisch-stem', { kind: 'academische-bachelor', studiegebied: 'industriele-wetenschappen', aansluiting: [{ domein: 'stem', reason: 'De opleiding noemt STEM zelf.' }] })] };
    const groups = groupByKind(programmesAfter(catalogue, study('elektriciteit-3de-graad'), both), 3);
    expect(groups.map((g) => [g.kind, g.reasons.length > 0])).toEqual([['graduaat', true], ['academische-bachelor', true], ['professionele-bachelor', false]]);
  });

  it('at the same fit, puts the kind with the most specific link first', () => {
    const mixed: HoData = {
      ...data,
      programmes: [
        programme('educatief-breed', { kind: 'professionele-bachelor', studiegebied: 'geneeskunde' }),
        programme('academisch-genoemd', { kind: 'academische-bachelor', studiegebied: 'taal', aansluiting: [{ richting: 'latijn-wiskunde-3de-graad', reason: 'De richting noemt deze opleiding zelf.' }] }),
      ],
    };
    const groups = groupByKind(programmesAfter(catalogue, study('latijn-wiskunde-3de-graad'), mixed), 4);
    expect(groups.map((g) => [g.kind, g.fit])).toEqual([['academische-bachelor', 'goed'], ['professionele-bachelor', 'goed']]);
  });

  it('cuts a kind at perKind and counts the rest', () => {
    const many: HoData = { ...data, programmes: [1, 2, 3].map((n) => programme(`graduaat-${n}`, { kind: 'graduaat', studiegebied: 'industriele-wetenschappen' })) };
    const [group] = groupByKind(programmesAfter(catalogue, study('elektriciteit-3de-graad'), many), 2);
    expect([group!.shown.map((f) => f.programme.id), group!.rest.map((f) => f.programme.id), group!.more]).toEqual([['graduaat-1', 'graduaat-2'], ['graduaat-3'], 1]);
  });

  it('groups richtingen by fit', () => {
    const groups = groupByFit(richtingenBefore(catalogue, data.programmes[1]!, data));
    expect(groups.map((g) => [g.fit, g.items.length])).toEqual([['goed', 1], ['mogelijk', 2], ['later', 2]]);
  });
});
