/**
 * The sources of every route rule (rules.ts). Build-time only: study pages and the rules list on /routes/ show them;
 * the browser bundle of the islands does not need them.
 */
import type { RuleId } from './rules.ts';

export interface RuleSource {
  title: string;
  url: string;
}

const S = {
  attesten: {
    title: 'Vlaanderen.be: A-attest, B-attest of C-attest in het secundair onderwijs',
    url: 'https://www.vlaanderen.be/onderwijs-en-vorming/diplomas-en-getuigschriften/diploma-secundair-onderwijs/a-attest-b-attest-of-c-attest-in-het-secundair-onderwijs',
  },
  attestenOv: {
    title: 'Onderwijs Vlaanderen: Wat is een A-, B- en C-attest?',
    url: 'https://onderwijs.vlaanderen.be/nl/leerlingen/tien-vragen-van-leerlingen/wat-is-een-a-b-en-c-attest',
  },
  naarSecundair: {
    title: 'Onderwijs Vlaanderen: Naar het voltijds gewoon secundair onderwijs',
    url: 'https://www.onderwijs.vlaanderen.be/nl/ouders/starten-op-school/naar-het-secundair-onderwijs/naar-het-voltijds-gewoon-secundair-onderwijs',
  },
  gbo: {
    title: 'Vlaanderen.be: Het getuigschrift basisonderwijs behalen',
    url: 'https://vlaanderen.be/het-getuigschrift-basisonderwijs-behalen',
  },
  ninove: { title: 'Middenschool Ninove: toelatingsvoorwaarden', url: 'https://www.middenschool-ninove.be/toelatingsvoorwaarden/' },
  busleyden: {
    title: 'Busleyden Atheneum: de officiële toelatingsvoorwaarden',
    url: 'https://busleydenatheneum.be/de-offici%C3%ABle-toelatingsvoorwaarden',
  },
  leiepoort: {
    title: 'Leiepoort Sint-Theresia: eerste leerjaar B',
    url: 'https://leiepoort.be/sinttheresia/studieaanbod/eerste-leerjaar-b',
  },
  kov2b: {
    title: 'Katholiek Onderwijs Vlaanderen: toelatingsvoorwaarden tot het tweede leerjaar B ingrijpend gewijzigd (2019)',
    url: 'https://begeleiding-limburg.katholiekonderwijs.vlaanderen/nieuws/toelatingsvoorwaarden-tot-het-tweede-leerjaar-b-ingrijpend-gewijzigd',
  },
  kovToelating: {
    title: 'Katholiek Onderwijs Vlaanderen: toelatingsvoorwaarden secundair onderwijs',
    url: 'https://pro.katholiekonderwijs.vlaanderen/toelatingsvoorwaarden-secundair/toelatingsvoorwaarden',
  },
  kovOverzitten: {
    title: 'Katholiek Onderwijs Vlaanderen: overzitten',
    url: 'https://pro.katholiekonderwijs.vlaanderen/toelatingsvoorwaarden-secundair/overzitten',
  },
  stedelijkAB: {
    title: 'Stedelijk Onderwijs Antwerpen: eerste graad, verschil tussen A en B',
    url: 'https://secundair.stedelijkonderwijs.be/over-het-secundair-onderwijs/en-b-stroom',
  },
  stedelijk7: {
    title: 'Stedelijk Onderwijs Antwerpen: 7e leerjaren',
    url: 'https://secundair.stedelijkonderwijs.be/over-het-secundair-onderwijs/7e-leerjaren',
  },
  sgkracht: { title: 'SG Kracht: naar de 2de graad in het secundair onderwijs', url: 'https://www.sgkracht.be/naar-de-2de-graad-in-het-so/' },
  ovsgDuaal: { title: 'OVSG: duaal leren, toelatingsvoorwaarden per leerjaar', url: 'https://www.ovsg.be/onze-themas/duaal' },
  okDuaalWie: {
    title: 'Onderwijskiezer: wie kan een duale opleiding volgen?',
    url: 'https://www.onderwijskiezer.be/v2/secundair/sec_duaal_leren_info_wie.php',
  },
  okDuaal5: {
    title: 'Onderwijskiezer: toelatingsvoorwaarden 5de jaar duaal (algemene toelatingsvoorwaarden 3de graad)',
    url: 'https://www.onderwijskiezer.be/v2/secundair/sec_duaal_detail.php?detail=1631',
  },
  sintLodewijk: { title: 'Sint-Lodewijk Antwerpen: 3de graad', url: 'https://sintlodewijkantwerpen.be/3de-graad/' },
  edulogos: { title: 'Edulogos: de attesten in het kort (2020, vóór de modernisering)', url: 'https://edulogos.org/en/node/104' },
  sjabi: { title: 'Sjabi: ons aanbod in de derde graad', url: 'https://secundair.sjabi.be/ons-aanbod/derde-graad' },
  watwat: {
    title: 'WatWat: moet ik in januari van richting veranderen?',
    url: 'https://www.watwat.be/studiekeuze/moet-ik-januari-van-richting-veranderen-als-de-school-dat-aanraadt',
  },
  studiebewijzen: {
    title: 'Onderwijs Vlaanderen: diploma en studiebewijzen in het voltijds secundair onderwijs',
    url: 'https://onderwijs.vlaanderen.be/nl/diploma-en-studiebewijzen-in-het-voltijds-secundair-onderwijs',
  },
  leerplicht: { title: 'Vlaanderen.be: leerplicht en schoolplicht', url: 'https://www.vlaanderen.be/leerplicht-en-schoolplicht' },
  erasmus: {
    title: 'Erasmushogeschool Brussel: starten met hoger onderwijs voor bso-leerlingen, wat verandert er?',
    url: 'https://www.erasmushogeschool.be/nl/starten-met-hoger-onderwijs-voor-bso-leerlingen-wat-verandert-er',
  },
  ap: {
    title: 'AP Hogeschool: wat na de A-finaliteit? Alle opties op een rijtje',
    url: 'https://ap.be/wat-na-de-finaliteit-alle-opties-op-een-rijtje',
  },
  naarHoger: {
    title: 'Vlaanderen.be: naar de hogeschool of universiteit',
    url: 'https://www.vlaanderen.be/onderwijs-en-vorming/hoger-onderwijs/naar-de-hogeschool-of-universiteit',
  },
  qEntry: { title: 'Q-entry: toegang tot het hoger onderwijs in Vlaanderen', url: 'https://q-entry.eu/database/q_entry.php?idQentry=190' },
  toelatingsonderzoek: { title: 'Toelatingsonderzoek.be (Vlaamse associaties): toelating graduaatsopleidingen', url: 'https://toelatingsonderzoek.be/' },
  kdg: { title: 'KdG: toelatingsvoorwaarden graduaat', url: 'https://www.kdg.be/inschrijven/toelatingsvoorwaarden-graduaat' },
  odisee: { title: 'Odisee: veelgestelde vragen over graduaatsopleidingen', url: 'https://www.odisee.be/graduaatsopleidingen-faq' },
  toelatingsexamen: {
    title: 'Toelatingsexamen arts en tandarts (Vlaamse overheid): wie moet het examen afleggen?',
    url: 'https://www.toelatingsexamenartstandarts.be/wie-moet-het-examen-afleggen',
  },
  mesen: { title: 'Stad Mesen: de toelatingsexamens arts, tandarts en dierenarts', url: 'https://www.mesen.be/de-toelatingsexamens-arts-tandarts-en-dierenarts' },
  apBachelors: { title: 'AP Hogeschool: toelatingsvoorwaarden voor bachelors (artistieke toelatingsproef, starttoets)', url: 'https://www.ap.be/toelatingsvoorwaarden-voor-bachelors' },
  apGraduaten: { title: 'AP Hogeschool: toelatingsvoorwaarden voor graduaten', url: 'https://www.ap.be/toelatingsvoorwaarden-voor-graduaten' },
  ehbToelating: { title: 'Erasmushogeschool Brussel: toelatingsvoorwaarden (instaptoets lerarenopleidingen, artistieke toelatingsproeven)', url: 'https://www.erasmushogeschool.be/nl/inschrijven/toelatingsvoorwaarden' },
  soaToelating: { title: 'School of Arts Gent: toelatingsvoorwaarden', url: 'https://schoolofartsgent.be/nl/onderwijs/toelatingsvoorwaarden/' },
  catalogus: {
    title: 'Onderwijs Vlaanderen, open data: catalogus van het voltijds secundair onderwijs (administratieve groepen)',
    url: 'https://onderwijs.api.vlaanderen.be/',
  },
  okan: {
    title: 'Onderwijs Vlaanderen: onthaalonderwijs voor anderstalige nieuwkomers',
    url: 'https://www.onderwijs.vlaanderen.be/nl/onthaalonderwijs-voor-anderstalige-nieuwkomers-organiseren-in-het-voltijds-gewoon-secundair',
  },
  buso: { title: 'Onderwijs Vlaanderen: het buitengewoon secundair onderwijs', url: 'https://onderwijs.vlaanderen.be/nl/het-buitengewoon-secundair-onderwijs' },
  taalunieOpleidingsvorm: { title: 'Taalunie, onderwijstermen: opleidingsvorm', url: 'https://onderwijstermen.taalunie.org/term/opleidingsvorm/' },
  so64: {
    title: 'Edulex: omzendbrief SO 64, Structuur en organisatie van het voltijds secundair onderwijs',
    url: 'https://data-onderwijs.vlaanderen.be/edulex/document.aspx?docid=9418',
  },
} satisfies Record<string, RuleSource>;

export const RULE_SOURCES: Record<RuleId, RuleSource[]> = {
  'a-attest': [S.attesten, S.attestenOv],
  'b-attest': [S.attestenOv, S.attesten],
  'c-attest': [S.attestenOv, S.attesten],
  'overzitten': [S.attesten, S.kovOverzitten],
  'overzitten-na-uitsluiting': [S.kovOverzitten],
  'attesten-eerste-leerjaar': [S.attesten],
  'getuigschrift-naar-1a': [S.naarSecundair],
  'getuigschrift-naar-1b': [S.naarSecundair, S.leiepoort],
  'zonder-getuigschrift-naar-1b': [S.ninove, S.busleyden, S.leiepoort],
  'zonder-getuigschrift-naar-1a': [S.ninove, S.busleyden, S.naarSecundair],
  'getuigschrift-in-b-stroom': [S.gbo],
  'naar-2a': [S.ninove, S.busleyden, S.attesten],
  'naar-2b': [S.kov2b, S.gbo],
  'opstroom': [S.stedelijkAB],
  '2b-naar-2a': [S.busleyden],
  '2b-naar-arbeidsmarkt': [S.sgkracht, S.ovsgDuaal],
  '2b-naar-andere-finaliteit': [S.sgkracht, S.so64],
  'latijn-klassieke-talen': [S.sgkracht, S.kovToelating],
  'richting-veranderen-2de-graad': [S.attesten, S.watwat],
  'derde-graad-zelfde-richting': [S.sjabi, S.watwat],
  'naar-3de-graad': [S.okDuaalWie, S.okDuaal5],
  'finaliteit-omhoog': [S.sintLodewijk, S.edulogos, S.so64],
  'getuigschrift-tweede-graad': [S.studiebewijzen, S.okDuaalWie],
  'leerplicht': [S.leerplicht],
  'duaal-leeftijd': [S.okDuaalWie, S.ovsgDuaal],
  'diploma-secundair': [S.stedelijk7, S.erasmus],
  'bachelor-toelating': [S.naarHoger, S.qEntry],
  'bachelor-na-arbeidsmarkt': [S.ap, S.stedelijk7, S.erasmus],
  'graduaat-toelating': [S.toelatingsonderzoek, S.kdg],
  'graduaat-naar-bachelor': [S.odisee, S.ap],
  'opleiding-toelatingsexamen': [S.toelatingsexamen, S.mesen, S.apBachelors, S.soaToelating],
  'opleiding-voorwaarde': [S.apBachelors, S.apGraduaten, S.ehbToelating],
  'hbo5-toelating': [S.catalogus],
  'voorbereidend-jaar': [S.catalogus, S.stedelijk7, S.ap],
  'zevende-jaar-na-ok4': [S.catalogus, S.stedelijk7],
  'zevende-jaar-toelating': [S.stedelijk7, S.so64],
  'specialisatiejaar-hoger-onderwijs': [S.ap, S.stedelijk7],
  'okan-vervolg': [S.okan, S.okDuaal5],
  'buso-verslag': [S.buso],
  'buso-ov4': [S.buso],
  'buso-naar-gewoon': [S.busleyden, S.okDuaal5],
  'buso-vervolg': [S.buso, S.taalunieOpleidingsvorm],
  'buso-werken': [S.buso],
};
