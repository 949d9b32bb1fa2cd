/**
 * Everyday words a pupil types (verbs, hobbies, things): each must find a sensible study in the top 5. Issue 17:
 * "bouwen" found nothing. Every expectation is a pattern on study ids, so a renamed page fails here, not silently.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../../scripts/lib/load-content.ts';
import { buildSearchRecords } from './build-records.ts';
import { createSearchEngine } from './engine.ts';

const root = join(import.meta.dirname, '../../..');
const content = loadContent(join(root, 'content'), root);
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
const engine = createSearchEngine(buildSearchRecords(content.studies, content.glossary, domainNames));

/** [what the pupil types, the ids one of the top 5 must match] */
export const EVERYDAY_WORDS: [string, RegExp][] = [
  ['bouwen', /^(bouw|aanloop-bouw|ruwbouw)/],
  ['huizen bouwen', /^(bouw|ruwbouw|medewerker-ruwbouw)/],
  ['metselen', /ruwbouw|^bouw/],
  ['timmeren', /hout|schrijnwerk|timmerman/],
  ['meubels maken', /meubel|hout/],
  ['koken', /kok|keuken|horeca/],
  ['bakken', /bakkerij/],
  ['taarten', /bakkerij|desserten/],
  ['tekenen', /beeldend|vormgev|kunst/],
  ['schilderen', /schilder|beeldend/],
  ['dansen', /dans|ballet/],
  ['zingen', /muziek/],
  ['gitaar spelen', /muziek/],
  ['sporten', /sport/],
  ['voetbal', /sport/],
  ['sleutelen', /auto|voertuig|mechani|motorfiets/],
  ['auto', /auto|voertuig/],
  ['brommers', /motorfiets|brom/],
  ['herstellen', /onderhoud|hersteller|mechani/],
  ['repareren', /onderhoud|hersteller|mechani/],
  ['programmeren', /informatica|applicatie|ict/],
  ['computers', /informatica|ict|applicatie|datacommunicatie/],
  ['gamen', /informatica|crossmedia|ict/],
  ['dieren', /dier/],
  ['paarden', /paard|hippisch/],
  ['honden', /dier/],
  ['tuinieren', /tuin|groen/],
  ['bloemen', /florist|groendecoratie/],
  ['buiten werken', /groen|tuin|natuur/],
  ['kinderen', /kinder|opvoeding/],
  ['oudere mensen helpen', /zorg|welzijn|persoonsbegeleider/],
  ['mensen helpen', /zorg|welzijn/],
  ['verpleegster', /verpleeg|gezondheidszorg|zorg/],
  ['dokter', /gezondheidszorg|wetenschappen|verpleeg/],
  ['haar knippen', /haar|kapper/],
  ['make-up', /schoonheid|grimeur/],
  ['verkopen', /verko|commerci|winkel|sales/],
  ['winkel', /winkel|verko|commerci/],
  ['geld', /bedrijf|economi|boekhoud/],
  ['rekenen', /wiskunde/],
  ['talen', /talen/],
  ['engels', /moderne-talen/],
  ['reizen', /toerisme|onthaal/],
  ['vliegtuigen', /vliegtuig/],
  ['boten', /zeevaart|binnenvaart|maritieme|kustvaart/],
  ['vrachtwagen rijden', /vrachtwagen|chauffeur|transport/],
  ['elektriciteit', /elektr/],
  ['lampen', /elektr/],
  ['lassen', /lass/],
  ['filmen', /audiovisu|crossmedia|fotografie/],
  ['foto', /fotografie/],
  ['kleren maken', /mode|kleding|textiel/],
  ['naaien', /mode|kleding|textiel/],
  ['proefjes', /biotechn|chemi|wetenschappen/],
  ['labo', /biotechn|chemi/],
  ['politie', /veiligheid|defensie/],
  ['leger', /defensie/],
  ['toneel', /woordkunst|drama/],
  ['robots', /mechatronica|elektromechani|ict/],
  ['vlees', /slager/],
  ['chocolade', /chocolatier/],
  ['hotel', /hotel|onthaal|horeca/],
];

describe('everyday words in search', () => {
  it('the list has at least 40 words', () => {
    expect(EVERYDAY_WORDS.length).toBeGreaterThanOrEqual(40);
  });
  it.each(EVERYDAY_WORDS)('"%s" finds a sensible study in the top 5', (word, expected) => {
    const top = engine.search(word).slice(0, 5).map((h) => h.record.id);
    expect(top.some((id) => expected.test(id)), `${word} → ${top.join(', ')}`).toBe(true);
  });
});
