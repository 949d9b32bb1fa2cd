import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testCatalogue } from '../routes/test-catalogue.ts';
import { collectPages, exportFromApi, importExport } from './import.ts';
import { matchOffer, parseOfferName } from './offer-name.ts';

const studies = testCatalogue().studies.map((s) => ({ ...s }));
const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/schools/${name}`, 'utf8'));

describe('offer names', () => {
  it('parses the official names per leerjaar, graad, 7de jaar, first graad and OKAN', () => {
    expect(parseOfferName('1e leerjaar in de 3e graad Aanloop Elektrische installaties duaal DBSO')).toEqual({ graad: 3, leerjaar: 1, richting: 'Aanloop Elektrische installaties', duaal: true });
    expect(parseOfferName('2e leerjaar in de 2e graad Aanloop mechanica-elektriciteit duaal (STEM) DBSO')).toMatchObject({ graad: 2, richting: 'Aanloop mechanica-elektriciteit', duaal: true });
    expect(parseOfferName('7e leerjaar Bijzondere wetenschappelijke vorming na structuuronderdeel met dubbele finaliteit en doorstroomfinaliteit (onderwijskwalificatie 4)')).toEqual({ graad: 3, leerjaar: 3, richting: 'Bijzondere wetenschappelijke vorming', duaal: false });
    expect(parseOfferName('2e leerjaar B Economie en organisatie - Kunst en creatie')).toEqual({ graad: 1, leerjaar: 2, stroom: 'B', basisopties: ['Economie en organisatie', 'Kunst en creatie'] });
    expect(parseOfferName('Onthaaljaar voor anderstalige nieuwkomers')).toEqual({ graad: null, kind: 'okan' });
    expect(parseOfferName('Iets anders')).toBeNull();
  });

  it('matches by graad and name; an "Aanloop" goes to its duaal richting', () => {
    expect(matchOffer(parseOfferName('1e leerjaar in de 2e graad Latijn ASO')!, studies)).toEqual(['latijn-2de-graad']);
    expect(matchOffer(parseOfferName('1e leerjaar in de 3e graad Aanloop Elektriciteit duaal DBSO')!, studies)).toEqual(['elektriciteit-3de-graad']);
    expect(matchOffer(parseOfferName('7e leerjaar Elektrotechnicus')!, studies)).toEqual(['elektrotechnicus-7de-jaar']);
    expect(matchOffer(parseOfferName('2e leerjaar B STEM-technieken')!, studies)).toEqual(['tweede-leerjaar-b', 'basisoptie-stem-technieken']);
    expect(matchOffer(parseOfferName('1e leerjaar in de 3e graad Latijn ASO')!, studies)).toEqual([]);
  });
});

describe('importExport', () => {
  const { schools, report } = importExport(fixture('export.json'), studies);

  const byId = (id: string) => schools.find((s) => s.id === id)!;

  it('imports the good records, reports broken ones and keeps going', () => {
    expect(schools.map((s) => s.id)).toEqual(['basisschool-de-leeg-33333-1', 'sint-voorbeeldcollege-11111-1', 'stedelijk-technicum-22222-3']);
    expect(report.broken).toEqual([
      { where: 'record 2 (Nergensstraat 2, 20)', reason: 'postcode "20" heeft geen 4 cijfers' },
      { where: 'record 3', reason: 'geen object' },
    ]);
    expect(report.locations).toBe(3);
    expect(report).toMatchObject({ schools: 3, withOffer: 2, offerings: 8 });
  });

  it('maps the offer onto study pages and reports what does not map, with how often', () => {
    expect(byId('sint-voorbeeldcollege-11111-1').studies).toEqual(['basisoptie-klassieke-talen', 'eerste-leerjaar-a', 'latijn-2de-graad', 'tweede-leerjaar-a']);
    expect(report.unmapped).toEqual([
      { name: '1e leerjaar in de 2e graad Onderwaterbiologie ASO', code: '5', count: 1, reason: 'geen studiepagina "Onderwaterbiologie" in de 2de graad met finaliteit doorstroom' },
    ]);
    expect(byId('stedelijk-technicum-22222-3').studies).toEqual(['elektriciteit-3de-graad', 'elektrotechnicus-7de-jaar', 'okan']);
    expect(byId('stedelijk-technicum-22222-3').duaal).toEqual(['elektriciteit-3de-graad']);
  });

  it('keeps net and koepel only as stated, drops personal data and unusable links, reports missing coordinates', () => {
    expect(byId('sint-voorbeeldcollege-11111-1')).toMatchObject({ net: 'vrij gesubsidieerd', koepel: 'Katholiek Onderwijs Vlaanderen', website: 'https://www.voorbeeld.be/', coordinates: { lat: 51.2, lon: 4.4 } });
    expect(JSON.stringify(schools)).not.toMatch(/telefoon|email|iemand@|03 000/);
    expect(byId('stedelijk-technicum-22222-3')).toMatchObject({ net: 'officieel gesubsidieerd', koepel: 'OVSG', coordinates: null });
    expect(byId('stedelijk-technicum-22222-3').website).toBeUndefined();
    expect(report.badWebsites).toEqual([{ school: 'Stedelijk Technicum', website: 'https://technicum@stad.be' }]);
    expect(report.missingCoordinates).toEqual(['Stedelijk Technicum (Stationsstraat 5, 9000)']);
  });

  it('keeps a school whose data lists no offer anywhere as a location without offer, and says so in the report', () => {
    expect(byId('basisschool-de-leeg-33333-1')).toMatchObject({ studies: [], offerAt: [] });
    expect(report.withoutOffer).toEqual(['Basisschool De Leeg (Leegstraat 9, 3000)']);
    expect(report.offerElsewhere).toEqual([]);
  });

  it('is idempotent: the same input gives the same output', () => {
    expect(importExport(fixture('export.json'), studies)).toEqual({ schools, report });
  });
});

describe('importExport on the odd values of the full data', () => {
  // Two pages share the name "Topsport" in each graad; only the finaliteit tells them apart.
  const topsport = [
    { id: 'topsport-dubbele-finaliteit-2de-graad', name: 'Topsport', kind: 'studierichting', graad: 2 as const, leerjaren: [3, 4], stroom: [], finaliteit: 'dubbele-finaliteit' },
    { id: 'topsport-arbeidsmarkt-2de-graad', name: 'Topsport', kind: 'studierichting', graad: 2 as const, leerjaren: [3, 4], stroom: [], finaliteit: 'arbeidsmarkt' },
    { id: 'topsport-dubbele-finaliteit-3de-graad', name: 'Topsport', kind: 'studierichting', graad: 3 as const, leerjaren: [5, 6], stroom: [], finaliteit: 'dubbele-finaliteit' },
    { id: 'topsport-arbeidsmarkt-3de-graad', name: 'Topsport', kind: 'studierichting', graad: 3 as const, leerjaren: [5, 6], stroom: [], finaliteit: 'arbeidsmarkt' },
    { id: 'polyvalent-administratief-ondersteuner-2de-graad', name: 'Polyvalent administratief ondersteuner', kind: 'studierichting', graad: 2 as const, leerjaren: [3, 4], stroom: [], finaliteit: 'arbeidsmarkt' },
  ];
  const stamp = { sourceTitle: 'Bron', fallbackUrl: 'https://data-onderwijs.vlaanderen.be/onderwijsaanbod/', checked: '2026-09-01', schoolYear: '2026-2027' };
  const { schools, report } = importExport(fixture('export-odd.json'), [...studies, ...topsport], stamp);
  const byId = (id: string) => schools.find((s) => s.id === id);

  it('one school with an unusable net is skipped alone; the other schools at its address stay', () => {
    expect(report.broken).toEqual([{ where: 'record 0 (Frederik de Merodestraat 18, 2800), School Met Kapot Net', reason: 'scholen.2.net "Privé" is onbekend' }]);
    expect(byId('onafhankelijke-school-90001-1')).toMatchObject({ net: 'onafhankelijk', subsidised: false, mainAddress: true, studies: ['eerste-leerjaar-a'] });
    expect(byId('onafhankelijke-school-90001-1')!.koepel).toBeUndefined();
    expect(report).toMatchObject({ locations: 3, schools: 4, withOffer: 3 });
  });

  it('a campus without offer points to the addresses of its school that have one, main address first', () => {
    expect(byId('campus-zonder-aanbod-90002-2')).toMatchObject({ studies: [], duaal: [], offerAt: ['campus-zonder-aanbod-90002-1', 'campus-zonder-aanbod-90002-9'] });
    expect(byId('campus-zonder-aanbod-90002-1')!.offerAt).toBeUndefined();
    expect(report.offerElsewhere).toEqual(['Campus Zonder Aanbod (Frederik de Merodestraat 18, 2800)']);
  });

  it('keeps an empty house number, an address without coordinates, rounds half pupils and drops mailbox websites', () => {
    expect(byId('campus-zonder-aanbod-90002-9')).toMatchObject({ address: { street: 'Colomalaan', number: '', postcode: '2800', municipality: 'Mechelen' }, coordinates: null, pupils: 941 });
    expect(report.missingCoordinates).toEqual(['Campus Zonder Aanbod (Colomalaan, 2800)']);
    expect(report.fractionalPupils).toHaveLength(3);
    expect(report.badWebsites).toEqual([{ school: 'Campus Zonder Aanbod', website: 'https://campus@voorbeeld.be' }]);
    expect(byId('campus-zonder-aanbod-90002-2')!.website).toBe('https://www.collegevoorbeeld.be/');
  });

  it('maps duaal "DL DBSO" names and Topsport by finaliteit; names every code it cannot use, with the reason', () => {
    expect(byId('campus-zonder-aanbod-90002-9')).toMatchObject({ studies: ['polyvalent-administratief-ondersteuner-2de-graad'], duaal: ['polyvalent-administratief-ondersteuner-2de-graad'] });
    expect(byId('campus-zonder-aanbod-90002-1')!.studies).toEqual(['topsport-arbeidsmarkt-3de-graad', 'topsport-dubbele-finaliteit-2de-graad', 'tweede-leerjaar-a']);
    expect(report.unmapped).toEqual([
      { name: '(naamloos aanbod)', code: '15', count: 1, reason: 'code 15 staat niet in het woordenboek van de bron' },
      { name: '2e leerjaar A Yeshiva', code: '14', count: 1, reason: 'optie "Yeshiva" heeft geen eigen pagina (het leerjaar zelf is wel gekoppeld)' },
    ]);
    expect(report.offerings).toBe(5);
  });

  it('stamps every record with its source, fetch date and school year', () => {
    for (const school of schools) expect(school).toMatchObject({ checked: '2026-09-01', schoolYear: '2026-2027', source: { title: 'Bron' } });
  });
});

describe('the API format', () => {
  const pages = (endpoint: string, count: number) => Array.from({ length: count }, (_, i) => fixture(`api/${endpoint}-page-${i}.json`));

  it('joins pages and notices a missing page', () => {
    expect(collectPages(pages('instellingslocatie', 2), 'instellingslocatie')).toMatchObject({ problems: [] });
    expect(collectPages(pages('instellingslocatie', 1), 'instellingslocatie').problems).toEqual([
      'instellingslocatie: 1 van 2 pagina\'s gevonden',
      'instellingslocatie: de laatste pagina zegt dat er nog pagina\'s volgen',
    ]);
    expect(collectPages([{ foo: 1 }], 'x').problems).toEqual(['x: pagina 0 heeft niet de vorm { meta, content }']);
  });

  it('imports locations, institutions and offer, reporting broken records', () => {
    const locaties = collectPages(pages('instellingslocatie', 2), 'instellingslocatie').content;
    const instellingen = collectPages(pages('instelling', 1), 'instelling').content;
    const aanbod = collectPages(pages('ingerichteadministratievegroep', 1), 'aanbod').content;
    const { records, problems } = exportFromApi(locaties, instellingen, aanbod);
    expect(problems).toEqual(['instelling zonder instelling_nummer overgeslagen', 'aanbod zonder omschrijving overgeslagen (44444|1)']);
    const { schools, report } = importExport(records, studies);
    expect(schools).toEqual([
      expect.objectContaining({
        id: 'go-atheneum-voorbeeld-44444-1',
        net: 'GO!',
        website: 'https://www.atheneum-voorbeeld.be/',
        address: { street: 'Schoolstraat', number: '10', postcode: '8000', municipality: 'Brugge' },
        coordinates: { lat: 51.21, lon: 3.22 },
        studies: ['basisoptie-stem-technieken', 'elektriciteit-2de-graad', 'tweede-leerjaar-b'],
      }),
    ]);
    expect(JSON.stringify(schools)).not.toMatch(/directie@|050/);
    expect(report.broken).toEqual([{ where: 'record 1 (Dorpsplein 1, abcd)', reason: 'postcode "abcd" heeft geen 4 cijfers' }]);
  });
});
