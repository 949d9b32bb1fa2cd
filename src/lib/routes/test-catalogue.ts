/**
 * A small catalogue for the route-rule tests: one or two studies of every kind the rules distinguish, with the
 * same shape as the real content (tests over the real catalogue live in tests/unit/routes-content.test.ts).
 */
import { RouteCatalogue } from './catalogue.ts';
import type { RouteProgramme, RouteStudy } from './types.ts';

function study(id: string, fields: Partial<RouteStudy> & Pick<RouteStudy, 'name' | 'kind'>): RouteStudy {
  return {
    id,
    graad: null,
    leerjaren: [],
    stroom: [],
    finaliteit: null,
    domein: [],
    onderwijsvorm: [],
    duaal: 'nee',
    next: [],
    ...fields,
  };
}

const g2 = (id: string, name: string, finaliteit: RouteStudy['finaliteit'], domein: RouteStudy['domein'], extra: Partial<RouteStudy> = {}) =>
  study(id, { name, kind: 'studierichting', graad: 2, leerjaren: [3, 4], finaliteit, domein, ...extra });
const g3 = (id: string, name: string, finaliteit: RouteStudy['finaliteit'], domein: RouteStudy['domein'], extra: Partial<RouteStudy> = {}) =>
  study(id, { name, kind: 'studierichting', graad: 3, leerjaren: [5, 6], finaliteit, domein, ...extra });
const seventh = (id: string, name: string, extra: Partial<RouteStudy> = {}) =>
  study(id, { name, kind: 'zevende-jaar', graad: 3, leerjaren: [7], domein: ['stem'], ...extra });

export const TEST_STUDIES: RouteStudy[] = [
  study('eerste-leerjaar-a', { name: '1ste leerjaar A', kind: 'eerste-graad', graad: 1, leerjaren: [1], stroom: ['A'], next: ['tweede-leerjaar-a', 'tweede-leerjaar-b'] }),
  study('eerste-leerjaar-b', { name: '1ste leerjaar B', kind: 'eerste-graad', graad: 1, leerjaren: [1], stroom: ['B'], next: ['tweede-leerjaar-b'] }),
  study('tweede-leerjaar-a', { name: '2de leerjaar A', kind: 'eerste-graad', graad: 1, leerjaren: [2], stroom: ['A'] }),
  study('tweede-leerjaar-b', { name: '2de leerjaar B', kind: 'eerste-graad', graad: 1, leerjaren: [2], stroom: ['B'] }),
  study('basisoptie-klassieke-talen', { name: 'Klassieke talen', kind: 'basisoptie', graad: 1, leerjaren: [2], stroom: ['A'], domein: ['domeinoverschrijdend'], next: ['latijn-2de-graad'] }),
  study('basisoptie-stem-technieken', { name: 'STEM-technieken', kind: 'basisoptie', graad: 1, leerjaren: [2], stroom: ['A', 'B'], domein: ['stem'], next: ['elektrotechnieken-2de-graad', 'elektriciteit-2de-graad'] }),
  study('basisoptie-economie-en-organisatie', { name: 'Economie en organisatie', kind: 'basisoptie', graad: 1, leerjaren: [2], stroom: ['A', 'B'], domein: ['economie-en-organisatie'] }),
  study('basisoptie-opstroomoptie', { name: 'Opstroomoptie', kind: 'basisoptie', graad: 1, leerjaren: [2], stroom: ['B'] }),
  g2('latijn-2de-graad', 'Latijn', 'doorstroom', ['domeinoverschrijdend'], { onderwijsvorm: ['aso'], next: ['latijn-wiskunde-3de-graad', 'moderne-talen-3de-graad'] }),
  g2('economische-wetenschappen-2de-graad', 'Economische wetenschappen', 'doorstroom', ['economie-en-organisatie'], { onderwijsvorm: ['aso'], next: ['moderne-talen-3de-graad'] }),
  g2('elektrotechnieken-2de-graad', 'Elektrotechnieken', 'dubbele-finaliteit', ['stem'], { onderwijsvorm: ['tso'], next: ['elektrotechnieken-3de-graad'] }),
  g2('toerisme-2de-graad', 'Toerisme', 'dubbele-finaliteit', ['economie-en-organisatie', 'taal-en-cultuur'], { onderwijsvorm: ['tso'] }),
  g2('elektriciteit-2de-graad', 'Elektriciteit', 'arbeidsmarkt', ['stem'], { onderwijsvorm: ['bso'], duaal: 'ook', next: ['elektriciteit-3de-graad'] }),
  g2('aanloop-bouw-2de-graad', 'Aanloop bouw', 'arbeidsmarkt', ['stem'], { onderwijsvorm: ['bso'], duaal: 'enkel' }),
  g3('latijn-wiskunde-3de-graad', 'Latijn-wiskunde', 'doorstroom', ['domeinoverschrijdend'], { onderwijsvorm: ['aso'], next: ['academische-bachelor'] }),
  g3('moderne-talen-3de-graad', 'Moderne talen', 'doorstroom', ['domeinoverschrijdend'], { onderwijsvorm: ['aso'], next: ['academische-bachelor'] }),
  g3('elektrotechnieken-3de-graad', 'Elektrotechnieken', 'dubbele-finaliteit', ['stem'], { onderwijsvorm: ['tso'], next: ['technicus-hernieuwbare-energietechnieken-7de-jaar', 'professionele-bachelor'] }),
  g3('elektriciteit-3de-graad', 'Elektriciteit', 'arbeidsmarkt', ['stem'], { onderwijsvorm: ['bso'], next: ['elektrotechnicus-7de-jaar', 'werken'] }),
  g3('dakwerken-3de-graad', 'Dakwerken', 'arbeidsmarkt', ['stem'], { onderwijsvorm: ['bso'], duaal: 'enkel' }),
  seventh('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', 'Voorbereidend jaar op hoger onderwijs', { domein: ['domeinoverschrijdend'] }),
  seventh('bijzondere-wetenschappelijke-vorming-7de-jaar', 'Bijzondere wetenschappelijke vorming', { domein: ['domeinoverschrijdend'] }),
  seventh('elektrotechnicus-7de-jaar', 'Elektrotechnicus'),
  seventh('technicus-hernieuwbare-energietechnieken-7de-jaar', 'Technicus hernieuwbare energietechnieken'),
  study('okan', { name: 'Onthaalklas voor anderstalige nieuwkomers (OKAN)', kind: 'okan' }),
  study('buso-opleidingsvorm-3', { name: 'Buitengewoon secundair onderwijs: opleidingsvorm 3', kind: 'buso', finaliteit: 'arbeidsmarkt', next: ['werken'] }),
  study('buso-opleidingsvorm-1-en-2', { name: 'Buitengewoon secundair onderwijs: opleidingsvorm 1 en 2', kind: 'buso' }),
  study('buso-opleidingsvorm-4', { name: 'Buitengewoon secundair onderwijs: opleidingsvorm 4', kind: 'buso', leerjaren: [1, 2, 3, 4, 5, 6] }),
  study('hbo5-verpleegkunde', { name: 'HBO5 Verpleegkunde', kind: 'hbo5' }),
  study('academische-bachelor', { name: 'Academische bachelor', kind: 'bestemming' }),
  study('professionele-bachelor', { name: 'Professionele bachelor', kind: 'bestemming' }),
  study('graduaat', { name: 'Graduaat', kind: 'bestemming', next: ['professionele-bachelor'] }),
  study('werken', { name: 'Werken', kind: 'bestemming' }),
];

/** Programmes of higher education: one of each kind, with and without admission conditions (notes are made up). */
export const TEST_PROGRAMMES: RouteProgramme[] = [
  { id: 'graduaat-testopleiding', name: 'Graduaat in de testopleiding', kind: 'graduaat', admission: [] },
  { id: 'bachelor-testzorg', name: 'Bachelor in de testzorg', kind: 'professionele-bachelor', admission: [] },
  {
    id: 'educatieve-bachelor-test',
    name: 'Educatieve bachelor test',
    kind: 'professionele-bachelor',
    admission: [{ kind: 'starttoets-lerarenopleiding', note: 'Testnota: je doet eerst de starttoets.' }],
  },
  {
    id: 'bachelor-testgeneeskunde',
    name: 'Bachelor in de testgeneeskunde',
    kind: 'academische-bachelor',
    admission: [{ kind: 'toelatingsexamen-arts', note: 'Testnota: je slaagt eerst voor het toelatingsexamen arts.' }],
  },
  { id: 'bachelor-testkunde', name: 'Bachelor in de testkunde', kind: 'academische-bachelor', admission: [] },
];

export const testCatalogue = () => new RouteCatalogue(TEST_STUDIES, TEST_PROGRAMMES);
