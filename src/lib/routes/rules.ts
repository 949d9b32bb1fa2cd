/**
 * The route rules of Flemish secondary education as data: what each rule says in plain Dutch and how sure we are.
 * Where each rule comes from is in rule-sources.ts (kept apart so the browser bundle does not carry it). The
 * decisions in next-steps.ts refer to these ids, so every step a pupil sees can show
 * the rule and its source. Confidence follows the source: an official page (Edulex, onderwijs.vlaanderen.be,
 * vlaanderen.be, onderwijskiezer.be), an umbrella organisation or a hogeschool about its own admission, a school
 * page, or not confirmed at all. Unconfirmed rules are shown as "vraag raad", never as a yes or no.
 */

export type Confidence = 'officieel' | 'koepel' | 'school' | 'onbevestigd';

export interface Rule {
  title: string;
  /** The rule in plain Dutch (B1, "je"). */
  text: string;
  confidence: Confidence;
}

/**
 * How to still reach what an attest excludes, in one place for the B-attest rule (/routes/, study pages) and every
 * excluded step (/vragenlijst/ "niet voorgesteld"). Repeating a year you passed is not the pupil's own choice: the
 * delibererende klassenraad must agree, after advice of the CLB (vlaanderen.be "A-attest, B-attest of C-attest";
 * rules-verified.md §10), unless an A-attest in the 1ste leerjaar excludes at least half of the basisopties.
 */
export function repeatToReachExcluded(what: 'richting' | 'basisoptie', repeatIsARight = false): string {
  const first = `Een uitgesloten ${what} kan je pas volgen als je het jaar overdoet.`;
  return repeatIsARight
    ? `${first} Omdat je attest minstens de helft van de basisopties uitsluit, mag je het jaar altijd overdoen.`
    : `${first} Dat kan alleen als de klassenraad akkoord gaat, na advies van het CLB.`;
}

export const RULES = {
  'a-attest': {
    title: 'A-attest: vrije keuze',
    text: 'Met een A-attest ben je geslaagd. Je mag vrij kiezen welke richting je volgend jaar volgt, als je voldoet aan de toelatingsvoorwaarden van die richting.',
    confidence: 'officieel',
  },
  'b-attest': {
    title: 'B-attest: clausulering',
    text: `Met een B-attest ben je geslaagd, maar de klassenraad sluit bepaalde richtingen, finaliteiten, studiedomeinen of onderwijsvormen uit voor volgend jaar. De school moet dat schriftelijk motiveren. ${repeatToReachExcluded('richting')}`,
    confidence: 'officieel',
  },
  'c-attest': {
    title: 'C-attest: jaar overdoen',
    text: 'Met een C-attest ben je niet geslaagd. Je doet het jaar over, in dezelfde of in een andere richting.',
    confidence: 'officieel',
  },
  overzitten: {
    title: 'Een jaar overdoen na een A- of B-attest',
    text: 'Wil je een jaar overdoen terwijl je geslaagd bent (A- of B-attest)? Dan moet de delibererende klassenraad akkoord gaan en heb je het advies van het CLB nodig.',
    confidence: 'officieel',
  },
  'overzitten-na-uitsluiting': {
    title: 'Overzitten na een A-attest met veel uitsluitingen in het 1ste leerjaar',
    text: 'Sluit je A-attest in het 1ste leerjaar minstens de helft van de basisopties van 2A of 2B uit, dan mag je het jaar altijd overdoen.',
    confidence: 'koepel',
  },
  'attesten-eerste-leerjaar': {
    title: 'Geen B-attest in het 1ste leerjaar',
    text: 'Na 1A of 1B bestaat er geen B-attest. Je krijgt een A-attest (soms met verplichte remediëring of met uitsluiting van basisopties) of een C-attest.',
    confidence: 'officieel',
  },
  'getuigschrift-naar-1a': {
    title: 'Met een getuigschrift basisonderwijs naar 1A',
    text: 'Met een getuigschrift basisonderwijs ga je naar het 1ste leerjaar A.',
    confidence: 'officieel',
  },
  'getuigschrift-naar-1b': {
    title: 'Met een getuigschrift basisonderwijs naar 1B',
    text: 'Met een getuigschrift basisonderwijs kan je ook naar het 1ste leerjaar B, op advies van het CLB en met akkoord van je ouders. Sommige scholen vragen ook een beslissing van de toelatingsklassenraad.',
    confidence: 'officieel',
  },
  'zonder-getuigschrift-naar-1b': {
    title: 'Zonder getuigschrift basisonderwijs naar 1B',
    text: 'Zonder getuigschrift basisonderwijs mag je naar het 1ste leerjaar B. Dat kan ook als je het 6de leerjaar niet afwerkte, als je uiterlijk op 31 december 12 jaar wordt.',
    confidence: 'school',
  },
  'zonder-getuigschrift-naar-1a': {
    title: 'Zonder getuigschrift basisonderwijs naar 1A',
    text: 'Zonder getuigschrift basisonderwijs kan je toch naar het 1ste leerjaar A als je het 6de leerjaar volgde, de toelatingsklassenraad gunstig beslist en je ouders akkoord gaan na het advies van het CLB.',
    confidence: 'school',
  },
  'getuigschrift-in-b-stroom': {
    title: 'Je getuigschrift basisonderwijs halen in de B-stroom',
    text: 'Slaag je in het 1ste of 2de leerjaar B, dan behaal je alsnog je getuigschrift basisonderwijs.',
    confidence: 'officieel',
  },
  'naar-2a': {
    title: 'Van 1A naar 2A',
    text: 'Ben je geslaagd in het 1ste leerjaar A, dan ga je naar het 2de leerjaar A. Je kiest er een basisoptie, behalve de basisopties die de klassenraad uitsloot.',
    confidence: 'school',
  },
  'naar-2b': {
    title: 'Toelating tot 2B',
    text: 'Naar het 2de leerjaar B mag je als je het 1ste leerjaar A of B met vrucht afwerkte (een A-attest).',
    confidence: 'koepel',
  },
  opstroom: {
    title: 'Van 1B naar 1A of 2A',
    text: 'Na het 1ste leerjaar B kan je uitzonderlijk naar 1A ("opstroom") of naar 2A, als de klassenraad dat goedkeurt.',
    confidence: 'koepel',
  },
  '2b-naar-2a': {
    title: 'Van 2B naar 2A',
    text: 'Na een geslaagd 2de leerjaar B kan je naar het 2de leerjaar A als de toelatingsklassenraad gunstig beslist.',
    confidence: 'school',
  },
  '2b-naar-arbeidsmarkt': {
    title: 'Na 2B naar de arbeidsmarktfinaliteit',
    text: 'Met een A-attest na 2B kies je in de 2de graad een richting met arbeidsmarktfinaliteit.',
    confidence: 'koepel',
  },
  '2b-naar-andere-finaliteit': {
    title: 'Na 2B naar dubbele finaliteit of doorstroom',
    text: 'Of je na 2B meteen naar een richting met dubbele finaliteit of doorstroomfinaliteit mag, vonden we niet in de regelgeving. Scholen wijzen na 2B naar de arbeidsmarktfinaliteit. Vraag raad aan je klassenraad of CLB.',
    confidence: 'onbevestigd',
  },
  'latijn-klassieke-talen': {
    title: 'Latijn en Grieks na de basisoptie Klassieke talen',
    text: 'Voor Latijn of Grieks in de 2de graad vragen scholen dat je de basisoptie Klassieke talen volgde. Dat is schoolpraktijk; een wettelijke toelatingsvoorwaarde vonden we niet. Vraag het aan de school.',
    confidence: 'onbevestigd',
  },
  'richting-veranderen-2de-graad': {
    title: 'Van richting veranderen na het 3de jaar',
    text: 'Na het 3de jaar mag je met een A-attest van richting veranderen, als je voldoet aan de toelatingsvoorwaarden. Bespreek met de school wat je van het 3de jaar van die richting mist.',
    confidence: 'officieel',
  },
  'derde-graad-zelfde-richting': {
    title: 'De 3de graad volg je in één richting',
    text: 'Het 5de en 6de jaar volg je in principe in dezelfde richting. Na het 5de jaar van richting veranderen kan alleen als de school of de toelatingsklassenraad akkoord gaat. Vraag raad aan je klassenraad of CLB.',
    confidence: 'school',
  },
  'naar-3de-graad': {
    title: 'Van de 2de naar de 3de graad',
    text: 'Om in de 3de graad te starten, moet je geslaagd zijn in de 2de graad. Naar een richting met arbeidsmarktfinaliteit in de 3de graad mag je na een geslaagd 4de jaar uit elke finaliteit.',
    confidence: 'officieel',
  },
  'finaliteit-omhoog': {
    title: 'Naar een meer theoretische finaliteit',
    text: 'Of je met een A-attest zomaar naar een finaliteit met meer theorie mag (van arbeidsmarkt naar dubbele finaliteit of doorstroom, of van dubbele finaliteit naar doorstroom), vonden we niet in de regelgeving. Vroeger kon je na bso alleen binnen bso kiezen; scholen raden de stap vaak af. Vraag raad aan je klassenraad of CLB.',
    confidence: 'onbevestigd',
  },
  'getuigschrift-tweede-graad': {
    title: 'Getuigschrift van de 2de graad',
    text: 'Slaag je in het 4de jaar, dan krijg je het getuigschrift van de 2de graad. Daarmee kan je naar de 3de graad.',
    confidence: 'officieel',
  },
  leerplicht: {
    title: 'Leerplicht tot 18 jaar',
    text: 'Je bent leerplichtig tot je 18 bent (of tot je een diploma secundair onderwijs hebt). Vanaf 15 jaar, als je de eerste twee jaren secundair volgde, of vanaf 16 jaar mag je leren en werken combineren, bijvoorbeeld in duaal leren of in een centrum voor deeltijds onderwijs.',
    confidence: 'officieel',
  },
  'duaal-leeftijd': {
    title: 'Duaal leren vanaf 15 of 16 jaar',
    text: 'Duaal leren (leren op school en op de werkplek) kan als je niet meer voltijds leerplichtig bent: vanaf 16 jaar, of vanaf 15 jaar als je de eerste twee jaren secundair volgde.',
    confidence: 'officieel',
  },
  'diploma-secundair': {
    title: 'Diploma secundair onderwijs na het 6de jaar',
    text: 'Slaag je in het 6de jaar, dan krijg je een diploma secundair onderwijs: na doorstroom of dubbele finaliteit op kwalificatieniveau 4, na arbeidsmarktfinaliteit (sinds juni 2025) op niveau 3.',
    confidence: 'koepel',
  },
  'bachelor-toelating': {
    title: 'Naar een bachelor',
    text: 'Met een diploma secundair onderwijs van doorstroom of dubbele finaliteit mag je starten in elke bachelor. Voor arts en tandarts leg je eerst een toelatingsexamen af; voor kunstopleidingen een artistieke toelatingsproef.',
    confidence: 'officieel',
  },
  'bachelor-na-arbeidsmarkt': {
    title: 'Na arbeidsmarktfinaliteit pas naar een bachelor na het voorbereidend 7de jaar',
    text: 'Na het 6de jaar arbeidsmarktfinaliteit kan je meteen naar een graduaatsopleiding. Voor een professionele of academische bachelor volg je eerst het 7de jaar dat voorbereidt op het hoger onderwijs. Bronnen noemen september 2025 of september 2026 als start; voor wie nu in het secundair zit, geldt de regel.',
    confidence: 'koepel',
  },
  'graduaat-toelating': {
    title: 'Naar een graduaatsopleiding',
    text: 'Met een diploma secundair onderwijs mag je starten in een graduaatsopleiding. Zonder diploma kan het vanaf 18 jaar als je slaagt voor de toelatingsproef. Je moet ook voldoende Nederlands kennen.',
    confidence: 'koepel',
  },
  'graduaat-naar-bachelor': {
    title: 'Na een graduaat naar een bachelor',
    text: 'Met een graduaatsdiploma kan je vaak via een verkort traject naar een verwante professionele bachelor. Niet elke bachelor heeft zo een traject: vraag het aan de hogeschool.',
    confidence: 'koepel',
  },
  'opleiding-toelatingsexamen': {
    title: 'Een toelatingsexamen of toelatingsproef voor een opleiding',
    text: 'Voor geneeskunde, tandheelkunde en diergeneeskunde moet je eerst slagen voor het toelatingsexamen en gunstig gerangschikt zijn. Voor een artistieke bachelor moet je slagen voor de artistieke toelatingsproef. Een diploma secundair onderwijs alleen is dan niet genoeg.',
    confidence: 'officieel',
  },
  'opleiding-voorwaarde': {
    title: 'Een extra voorwaarde voor een opleiding',
    text: 'Sommige opleidingen vragen nog iets extra, zoals de starttoets voor een lerarenopleiding of ervaring in een beroep. Wat precies, staat bij de opleiding en op de website van de hogeschool.',
    confidence: 'koepel',
  },
  'hbo5-toelating': {
    title: 'Naar HBO5 Verpleegkunde',
    text: 'HBO5 Verpleegkunde (nu Basisverpleegkunde) is hoger beroepsonderwijs op niveau 5, georganiseerd door secundaire scholen. De precieze toelatingsvoorwaarden hebben we niet in een officiële bron nagekeken: vraag ze aan de school.',
    confidence: 'onbevestigd',
  },
  'voorbereidend-jaar': {
    title: 'Het 7de jaar dat voorbereidt op het hoger onderwijs',
    text: 'Het voorbereidend jaar op het hoger onderwijs is er na een diploma van arbeidsmarktfinaliteit (onderwijskwalificatie niveau 3, "na OK3"). Daarna kan je naar een bachelor.',
    confidence: 'officieel',
  },
  'zevende-jaar-na-ok4': {
    title: '7de jaren "na OK4"',
    text: 'Sommige 7de jaren zijn er na een diploma van doorstroom of dubbele finaliteit (onderwijskwalificatie niveau 4, "na OK4"), zoals de bijzondere vormingen.',
    confidence: 'officieel',
  },
  'zevende-jaar-toelating': {
    title: 'Toelating tot een specialisatiejaar',
    text: 'Een 7de specialisatiejaar volg je na een diploma van het 6de jaar. Welke richtingen toegang geven tot welk 7de jaar, hebben we niet per jaar in een officiële bron nagekeken. Vraag het aan de school of je CLB.',
    confidence: 'onbevestigd',
  },
  'specialisatiejaar-hoger-onderwijs': {
    title: 'Na een specialisatiejaar naar een bachelor',
    text: 'Een specialisatiejaar na arbeidsmarktfinaliteit opent zelf geen bachelors: daarvoor volg je het voorbereidend 7de jaar. Had je al een diploma van doorstroom of dubbele finaliteit, dan mocht je al naar een bachelor.',
    confidence: 'koepel',
  },
  'okan-vervolg': {
    title: 'Na OKAN',
    text: 'Na het onthaaljaar stap je over naar het gewone secundair onderwijs. De klassenraad van je nieuwe school beslist in welk jaar en welke richting je start; een vervolgschoolcoach helpt je.',
    confidence: 'koepel',
  },
  'buso-verslag': {
    title: 'Buitengewoon secundair onderwijs',
    text: 'Naar het buitengewoon secundair onderwijs (BuSO) ga je met een verslag van het CLB. Opleidingsvorm 4 volgt dezelfde richtingen als het gewoon onderwijs.',
    confidence: 'officieel',
  },
  'buso-ov4': {
    title: 'Opleidingsvorm 4 van het BuSO',
    text: 'Opleidingsvorm 4 volgt hetzelfde programma als het gewoon secundair onderwijs: dezelfde graden, richtingen, overgangsregels, attesten en diploma’s, met aangepaste ondersteuning.',
    confidence: 'officieel',
  },
  'buso-naar-gewoon': {
    title: 'Van het BuSO naar het gewoon secundair onderwijs',
    text: 'Kom je uit het buitengewoon onderwijs, dan kan de toelatingsklassenraad van de nieuwe school je toelaten tot een richting van het gewoon onderwijs.',
    confidence: 'school',
  },
  'buso-vervolg': {
    title: 'Verder in je opleiding in het BuSO',
    text: 'Je opleiding in het buitengewoon onderwijs duurt meerdere schooljaren. In opleidingsvorm 3 start je met een observatieperiode en volg je daarna de opleiding voor een beroep, tot je kwalificatiegetuigschrift. Ben je nog niet klaar, dan ga je volgend schooljaar verder in je opleiding. Hoe lang jouw opleiding nog duurt, bespreek je met je school en het CLB.',
    confidence: 'officieel',
  },
  'buso-werken': {
    title: 'Na het BuSO aan het werk',
    text: 'Opleidingsvorm 3 bereidt voor op werken in een gewone omgeving (met een kwalificatiegetuigschrift). Opleidingsvorm 1 en 2 bereiden voor op leven en werken in een begeleide omgeving.',
    confidence: 'officieel',
  },
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function rule(id: RuleId): Rule {
  return RULES[id];
}
