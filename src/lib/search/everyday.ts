/**
 * Everyday words pupils type (verbs, hobbies, things) that are in no study name: each maps to the words the
 * catalogue uses ("bouwen" → "bouw ruwbouw"). Applied to the query, so the index stays as the content writes it.
 * Checked by everyday.test.ts: every word there must find a sensible study in the top 5.
 */
import { normalizeTerm, tokenize } from './normalize.ts';

export const WORDS: Readonly<Record<string, string>> = {
  bouwen: 'bouw ruwbouw',
  bouwvakker: 'bouwvakker bouw ruwbouw',
  huis: 'bouw',
  huizen: 'bouw',
  metselen: 'ruwbouw metselwerk',
  timmeren: 'hout schrijnwerk',
  meubels: 'meubelmaker hout',
  koken: 'kok keuken horeca',
  bakken: 'bakkerij',
  taart: 'bakkerij banketbakkerij',
  taarten: 'bakkerij banketbakkerij',
  gebak: 'bakkerij banketbakkerij',
  voetbal: 'sport',
  voetballen: 'sport',
  sporten: 'sport',
  sleutelen: 'autotechnieken voertuigtechnieken mechanica',
  repareren: 'herstellen onderhoud mechanica',
  gamen: 'informatica crossmedia',
  games: 'informatica crossmedia',
  gamer: 'informatica crossmedia',
  hond: 'dierenzorg dieren',
  honden: 'dierenzorg dieren',
  kat: 'dierenzorg dieren',
  katten: 'dierenzorg dieren',
  buiten: 'natuur groen tuin',
  dokter: 'arts geneeskunde gezondheidszorg verpleegkunde',
  // The word itself stays: it is also a beroep and the goal of the programme geneeskunde.
  arts: 'arts geneeskunde gezondheidszorg verpleegkunde',
  rekenen: 'wiskunde',
  cijfers: 'wiskunde',
  boot: 'zeevaart binnenvaart',
  boten: 'zeevaart binnenvaart',
  schip: 'zeevaart binnenvaart',
  schepen: 'zeevaart binnenvaart',
  lamp: 'elektriciteit',
  lampen: 'elektriciteit',
  stroom: 'elektriciteit',
  film: 'audiovisuele crossmedia',
  filmen: 'audiovisuele crossmedia fotografie',
  video: 'audiovisuele crossmedia',
  youtube: 'audiovisuele crossmedia',
  kleren: 'mode textiel kleding',
  proefjes: 'biotechnieken chemische labo',
  experimenten: 'biotechnieken chemische labo',

  // Jobs as pupils and parents name them (review s17): feminine and masculine forms, older names, and the word from
  // the Netherlands beside the Flemish one. Each maps to words the content holds for that job: the beroep, and the
  // richtingen and programmes that name it (everyday.test.ts checks that each target exists and comes first).
  kinderverzorgster: 'kinderbegeleider kinderzorg kinderverzorging',
  kinderverzorger: 'kinderbegeleider kinderzorg kinderverzorging',
  kinderopvang: 'kinderopvang kinderbegeleider',
  // Netherlands: "pedagogisch medewerker"; Flanders: "kinderbegeleider". Only the Dutch "gastouder" is one word.
  gastouder: 'kinderbegeleider kinderopvang',
  juf: 'juf kleuterjuf lager kleuteronderwijs',
  juffrouw: 'juf kleuterjuf lager kleuteronderwijs',
  meester: 'meester lager kleuteronderwijs',
  onderwijzer: 'onderwijzer lager',
  onderwijzeres: 'onderwijzer lager',
  leerkracht: 'leraar leerkracht lerarenopleiding kleuteronderwijs lager regent',
  leerkrachten: 'leraar leerkracht lerarenopleiding kleuteronderwijs lager regent',
  leraar: 'leraar lerarenopleiding kleuteronderwijs lager regent',
  lerares: 'leraar lerarenopleiding kleuteronderwijs lager regent',
  leraren: 'leraar lerarenopleiding kleuteronderwijs lager regent',
  // In the Netherlands a secondary-school teacher; in Flanders "docent" teaches at a hogeschool or university.
  docent: 'leraar secundair lerarenopleiding',
  lesgeven: 'leraar lerarenopleiding kleuteronderwijs lager regent',
  kleuterjuf: 'kleuterjuf kleuteronderwijs',
  kleuterjuffrouw: 'kleuterjuf kleuteronderwijs',
  kleuterleidster: 'kleuterjuf kleuteronderwijs',
  kleuterleider: 'kleuterjuf kleuteronderwijs',
  kleuteronderwijzer: 'kleuterjuf kleuteronderwijs',
  kleuteronderwijzeres: 'kleuterjuf kleuteronderwijs',
  kleuterleerkracht: 'kleuterjuf kleuteronderwijs',
  verpleegster: 'verpleegkundige verpleegkunde verpleging',
  verpleger: 'verpleegkundige verpleegkunde verpleging',
  huisarts: 'arts geneeskunde',
  geneesheer: 'arts geneeskunde',
  kapster: 'kapper haarverzorging',
  kappers: 'kapper haarverzorging',
  coiffeur: 'kapper haarverzorging',
  coiffeuse: 'kapper haarverzorging',
  automonteur: 'automecanicien autotechnicus autotechnieken personenwagens',
  garagist: 'automecanicien autotechnicus autotechnieken personenwagens garage',
  automecanicien: 'automecanicien autotechnicus autotechnieken personenwagens',
  mecanicien: 'mecanicien automecanicien',
  beenhouwer: 'slager slagerij beenhouwer',
  kokkin: 'kok keuken',
  boekhoudster: 'boekhouder boekhouden accounting',
  advocate: 'advocaat rechten',
  veearts: 'dierenarts diergeneeskunde',
  politie: 'politie politieagent',
  politieagente: 'politie politieagent',
  // Flemish for a police officer.
  flik: 'politie politieagent',
  flikken: 'politie politieagent',
  pompier: 'brandweer brandweerman brandweervrouw',
  brandweer: 'brandweer brandweerman brandweervrouw',
  brandweerman: 'brandweer brandweerman brandweervrouw',
  brandweervrouw: 'brandweer brandweerman brandweervrouw',
  informaticus: 'informatica programmeur applicatieontwikkelaar ict',
  informatici: 'informatica programmeur applicatieontwikkelaar ict',
  developer: 'programmeur softwareontwikkelaar applicatieontwikkelaar programmeren',
  verkoopster: 'verkoper verkoop',
  opvoedster: 'opvoeder opvoeding',
  verzorgster: 'verzorgende zorgkundige',
  secretaresse: 'secretariaatsmedewerker secretariaat secretaris',
  // Flemish "poetsvrouw" and "kuisvrouw"; the content says "schoonmaker".
  poetsvrouw: 'schoonmaker schoonmaak',
  kuisvrouw: 'schoonmaker schoonmaak',
  // Flemish "metser"; the content says "metselaar", as in the Netherlands.
  metser: 'metselaar metselwerk ruwbouw',
  // Flemish for a heating installer.
  chauffagist: 'verwarming',
};

/**
 * Catalogue words that longer words start with but that mean something else ("politie" → "politieke wetenschappen"):
 * matched only as whole words. Other catalogue words also find the compounds they start ("sport" → "sportbegeleiding").
 */
const WHOLE_WORDS = new Set(['politie'].map((w) => normalizeTerm(w)!));

/** Whether a (normalised) catalogue word may only match itself, not the longer words it starts. */
export function wholeWordOnly(term: string): boolean {
  return WHOLE_WORDS.has(term);
}

/** Words that say little once another word was recognised ("kleren maken", "buiten werken"). */
const FILLER = new Set(['maken', 'werken', 'doen', 'spelen', 'graag', 'ik', 'wil', 'met', 'van', 'de', 'het', 'een'].map((w) => normalizeTerm(w)!));

const BY_TERM = new Map(Object.entries(WORDS).map(([word, terms]) => [normalizeTerm(word)!, terms]));

/** A query split into what the pupil typed and the catalogue's words for the everyday words in it. */
export interface ExpandedQuery {
  /** The typed words that are no everyday word (nor filler beside one): searched with the usual typo tolerance. */
  typed: string;
  /**
   * The catalogue's words for the everyday words: searched as the content writes them (prefix, but no typo
   * tolerance), so that an added word never drifts to one that merely looks alike ("lager" must not find "slager").
   * See also wholeWordOnly.
   */
  catalogue: string;
}

/** The query with everyday words replaced by the catalogue's words; all of it in `typed` when none is recognised. */
export function expandEveryday(query: string): ExpandedQuery {
  const tokens = tokenize(query);
  const terms = tokens.map((t) => normalizeTerm(t) ?? t);
  if (!terms.some((t) => BY_TERM.get(t))) return { typed: query, catalogue: '' };
  const typed: string[] = [];
  const catalogue: string[] = [];
  tokens.forEach((token, i) => {
    const mapped = BY_TERM.get(terms[i]!);
    if (mapped) catalogue.push(mapped);
    else if (!FILLER.has(terms[i]!)) typed.push(token);
  });
  return { typed: typed.join(' '), catalogue: catalogue.join(' ') };
}
