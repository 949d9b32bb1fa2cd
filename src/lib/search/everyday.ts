/**
 * Everyday words pupils type (verbs, hobbies, things) that are in no study name: each maps to the words the
 * catalogue uses ("bouwen" → "bouw ruwbouw"). Applied to the query, so the index stays as the content writes it.
 * Checked by everyday.test.ts: every word there must find a sensible study in the top 5.
 */
import { normalizeTerm, tokenize } from './normalize.ts';

const WORDS: Record<string, string> = {
  bouwen: 'bouw ruwbouw',
  bouwvakker: 'bouw ruwbouw',
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
};

/** Words that say little once another word was recognised ("kleren maken", "buiten werken"). */
const FILLER = new Set(['maken', 'werken', 'doen', 'spelen', 'graag', 'ik', 'wil', 'met', 'van', 'de', 'het', 'een'].map((w) => normalizeTerm(w)!));

const BY_TERM = new Map(Object.entries(WORDS).map(([word, terms]) => [normalizeTerm(word)!, terms]));

/** The query with everyday words replaced by the catalogue's words; unchanged when none is recognised. */
export function expandEveryday(query: string): string {
  const tokens = tokenize(query);
  const terms = tokens.map((t) => normalizeTerm(t) ?? t);
  if (!terms.some((t) => BY_TERM.get(t))) return query;
  return tokens
    .map((token, i) => BY_TERM.get(terms[i]!) ?? (FILLER.has(terms[i]!) ? '' : token))
    .filter(Boolean)
    .join(' ');
}
