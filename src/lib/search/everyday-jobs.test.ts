/**
 * Jobs as pupils and parents name them (review s17): "kinderverzorgster", "juf", "kapster", "beenhouwer". Over the
 * full index the site builds (studies, terms, programmes, studiegebieden, beroepen). The search page shows its hits
 * grouped, studies first, so "first results" means: among the first 3 of its own group, and in the top 15 overall.
 * Every target is a real id of the content, so a renamed page fails here, not silently.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { siteSearchRecords } from '../../../scripts/lib/search-records.ts';
import { createSearchEngine, groupHits } from './engine.ts';
import { expandEveryday, wholeWordOnly, WORDS } from './everyday.ts';
import { normalizeTerm, tokenize } from './normalize.ts';

const root = join(import.meta.dirname, '../../..');
const content = loadContent(join(root, 'content'), root);
const records = siteSearchRecords(content);
const engine = createSearchEngine(records);

const KINDEROPVANG = ['kinderbegeleider-7de-jaar', 'beroep:kinderbegeleider'];
const JUF = ['opleiding:educatieve-bachelor-lager-onderwijs', 'opleiding:educatieve-bachelor-kleuteronderwijs', 'beroep:leraar-lager-onderwijs', 'beroep:leraar-kleuteronderwijs', 'opvoeding-en-begeleiding-3de-graad'];
const ONDERWIJZER = ['opleiding:educatieve-bachelor-lager-onderwijs', 'beroep:leraar-lager-onderwijs'];
const LERAAR = ['opleiding:educatieve-bachelor-lager-onderwijs', 'opleiding:educatieve-bachelor-kleuteronderwijs', 'opleiding:educatieve-bachelor-secundair-onderwijs', 'beroep:leraar', 'maatschappij-en-welzijn-2de-graad'];
const KLEUTERJUF = ['opleiding:educatieve-bachelor-kleuteronderwijs', 'beroep:leraar-kleuteronderwijs', 'opvoeding-en-begeleiding-3de-graad', 'maatschappij-en-welzijn-2de-graad'];
const VERPLEEGSTER = ['opleiding:bachelor-in-de-verpleegkunde', 'hbo5-verpleegkunde', 'beroep:verpleegkundige', 'gezondheidszorg-3de-graad'];
const ARTS = ['opleiding:bachelor-in-de-geneeskunde', 'beroep:arts', 'studiegebied:geneeskunde'];
const KAPPER = ['haarverzorging-3de-graad', 'kapper-stylist-7de-jaar', 'beroep:kapper'];
const GARAGIST = ['autotechnieken-3de-graad', 'polyvalent-mecanicien-personenwagens-en-lichte-bedrijfsvoertuigen-7de-jaar', 'beroep:automecanicien'];
const SLAGER = ['slagerij-3de-graad', 'slager-charcutier-7de-jaar', 'beroep:slager'];
const KOK = ['kok-7de-jaar', 'restaurant-en-keuken-3de-graad', 'beroep:kok'];
const BOEKHOUDER = ['beroep:boekhouder', 'opleiding:graduaat-in-de-accounting-administration', 'bedrijfswetenschappen-3de-graad'];
const ADVOCAAT = ['beroep:advocaat', 'opleiding:bachelor-in-de-rechten'];
const DIERENARTS = ['beroep:dierenarts', 'opleiding:bachelor-in-de-diergeneeskunde'];
const POLITIE = ['defensie-en-veiligheid-3de-graad', 'integrale-veiligheid-7de-jaar', 'opleiding:bachelor-in-de-maatschappelijke-veiligheid', 'beroep:politieagent'];
const BRANDWEER = ['defensie-en-veiligheid-3de-graad', 'integrale-veiligheid-7de-jaar', 'beroep:brandweerman-of-brandweervrouw'];
const INFORMATICUS = ['informatica-en-communicatiewetenschappen-3de-graad', 'applicatie-en-databeheer-3de-graad', 'opleiding:graduaat-in-het-programmeren', 'beroep:programmeur'];

/** [what is typed, the ids that must each come first] */
export const JOB_WORDS: [string, string[]][] = [
  ['kinderverzorgster', [...KINDEROPVANG, 'zorg-en-welzijn-2de-graad']],
  ['kinderverzorger', [...KINDEROPVANG, 'zorg-en-welzijn-2de-graad']],
  ['kinderopvang', [...KINDEROPVANG, 'opvoeding-en-begeleiding-3de-graad', 'opleiding:bachelor-in-de-pedagogie-van-het-jonge-kind']],
  ['gastouder', KINDEROPVANG],
  ['juf', JUF],
  ['juffrouw', JUF],
  ['meester', JUF],
  ['onderwijzer', ONDERWIJZER],
  ['onderwijzeres', ONDERWIJZER],
  ['leerkracht', LERAAR],
  ['leraar', LERAAR],
  ['lerares', LERAAR],
  ['lesgeven', LERAAR],
  ['docent', ['opleiding:educatieve-bachelor-secundair-onderwijs', 'beroep:leraar-secundair-onderwijs']],
  ['kleuterjuf', KLEUTERJUF],
  ['kleuterleidster', KLEUTERJUF],
  ['kleuteronderwijzeres', KLEUTERJUF],
  ['verpleegster', VERPLEEGSTER],
  ['verpleger', VERPLEEGSTER],
  ['verpleegkundige', VERPLEEGSTER],
  ['dokter', ARTS],
  ['arts', ARTS],
  ['huisarts', ARTS],
  ['geneesheer', ARTS],
  ['kapster', KAPPER],
  ['kapper', KAPPER],
  ['coiffeuse', KAPPER],
  ['loodgieter', ['beroep:loodgieter', 'sanitaire-en-verwarmingsinstallaties-3de-graad']],
  ['chauffagist', ['sanitaire-en-verwarmingsinstallaties-3de-graad', 'beroep:technicus-verwarming']],
  ['elektricien', ['beroep:elektricien', 'elektriciteit-2de-graad', 'elektrische-installaties-3de-graad']],
  ['mecanicien', ['polyvalent-mecanicien-personenwagens-en-lichte-bedrijfsvoertuigen-7de-jaar', 'beroep:automecanicien']],
  ['garagist', GARAGIST],
  ['automonteur', GARAGIST],
  ['bakker', ['bakkerij-2de-graad', 'beroep:bakker']],
  ['slager', SLAGER],
  ['beenhouwer', SLAGER],
  ['kok', KOK],
  ['kokkin', KOK],
  ['boekhouder', BOEKHOUDER],
  ['boekhoudster', BOEKHOUDER],
  ['advocaat', ADVOCAAT],
  ['advocate', ADVOCAAT],
  ['dierenarts', DIERENARTS],
  ['veearts', DIERENARTS],
  ['politie', POLITIE],
  ['flik', POLITIE],
  ['brandweer', BRANDWEER],
  ['pompier', BRANDWEER],
  ['brandweervrouw', BRANDWEER],
  ['informaticus', INFORMATICUS],
  ['programmeur', INFORMATICUS],
  ['developer', INFORMATICUS],
  ['metser', ['ruwbouw-3de-graad', 'beroep:metselaar']],
  ['poetsvrouw', ['schoonmaker-2de-graad', 'beroep:schoonmaker']],
  ['verkoopster', ['beroep:verkoper']],
  ['opvoedster', ['beroep:opvoeder', 'opvoeding-en-begeleiding-3de-graad']],
  ['verzorgster', ['verzorgende-zorgkundige-7de-jaar', 'beroep:verzorgende']],
  ['secretaresse', ['beroep:secretariaatsmedewerker']],
];

/** Where each id stands: overall, and inside its own group as the search page shows it. */
function places(query: string): Map<string, { overall: number; inGroup: number }> {
  const hits = engine.search(query);
  const result = new Map<string, { overall: number; inGroup: number }>();
  for (const group of groupHits(hits)) {
    group.hits.forEach((h, i) => result.set(h.record.id, { overall: hits.indexOf(h) + 1, inGroup: i + 1 }));
  }
  return result;
}

describe('jobs by their everyday names', () => {
  it('every target is a page of the content', () => {
    const ids = new Set(records.map((r) => r.id));
    const missing = JOB_WORDS.flatMap(([, targets]) => targets).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  it.each(JOB_WORDS)('"%s" puts each target among the first of its group', (word, targets) => {
    const found = places(word);
    for (const id of targets) {
      const place = found.get(id);
      expect(place, `${word} → ${id} not found`).toBeDefined();
      expect(place!.inGroup, `${word} → ${id} is number ${place!.inGroup} in its group`).toBeLessThanOrEqual(3);
      expect(place!.overall, `${word} → ${id} is number ${place!.overall} overall`).toBeLessThanOrEqual(15);
    }
  });

  it.each([
    // Typo tolerance on an added word would find these words that only look alike.
    ['juf', /slager/],
    ['onderwijzer', /slager/],
    ['leerkracht', /slager/],
    ['politie', /politieke/],
    ['pompier', /papier/],
    ['beenhouwer', /steenhouwer/],
  ])('"%s" finds nothing that merely looks alike (%s)', (word, unwanted) => {
    const ids = engine.search(word).map((h) => h.record.id);
    expect(ids.filter((id) => unwanted.test(id))).toEqual([]);
  });

  it('every catalogue word of the everyday list is a word of the content (as a word, or the start of one)', () => {
    const terms = new Set<string>();
    for (const r of records) {
      for (const text of [r.name, ...r.synonyms, ...r.beroepen, ...r.subjects, ...r.domains]) {
        for (const token of tokenize(text)) terms.add(normalizeTerm(token)!);
      }
    }
    const all = [...terms];
    const absent = Object.entries(WORDS).flatMap(([word, catalogue]) =>
      tokenize(catalogue)
        .map((t) => normalizeTerm(t)!)
        .filter((t) => (wholeWordOnly(t) ? !terms.has(t) : !all.some((x) => x.startsWith(t))))
        .map((t) => `${word} → ${t}`),
    );
    expect(absent).toEqual([]);
  });
});

describe('control words (no everyday word) keep their results', () => {
  it.each([
    ['verpleegkunde', 'hbo5-verpleegkunde'],
    ['loodgieter', 'beroep:loodgieter'],
    ['boekhouder', 'beroep:boekhouder'],
    ['elektromechanica', 'elektromechanische-technieken'],
    ['latijn', 'latijn'],
  ])('"%s" is searched as typed and finds %s in the top 3', (word, expected) => {
    expect(expandEveryday(word)).toEqual({ typed: word, catalogue: '' });
    expect(engine.search(word).slice(0, 3).some((h) => h.record.id.startsWith(expected))).toBe(true);
  });

  it('keeps the typed words beside an everyday word, with their typo tolerance', () => {
    expect(expandEveryday('ik wil juf worden')).toEqual({ typed: 'worden', catalogue: 'juf kleuterjuf lager kleuteronderwijs' });
    // "verpleegkunde" misspelled, next to an everyday word: the typed word still finds its programme.
    expect(engine.search('kapster verplegkunde').map((h) => h.record.id)).toContain('opleiding:bachelor-in-de-verpleegkunde');
  });
});
