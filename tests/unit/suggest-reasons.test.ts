/**
 * Every reason template of the suggestion engine, rendered for every value it can take (scores in steps of 0,1, every
 * domein, item, trait, balance, goal and finaliteit, the school figures), checked for Dutch that reads right.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { BALANCES, FINALITEITEN } from '../../src/schemas/enums.ts';
import {
  changeReason,
  conditionReason,
  CONTINUES_REASON,
  CROSS_DOMAIN_REASON,
  domainReason,
  goalReason,
  itemReason,
  leadsToReason,
  lowerReason,
  RIASEC_WORDS,
  sameAsShownReason,
  sameDomainReason,
  schoolsReason,
  styleReason,
  traitReason,
  typeReason,
  type Riasec,
} from '../../src/lib/suggest/reasons.ts';

import { contentLink, kindAccess, preparesForHigherEducation } from '../../src/lib/ho/aansluiting.ts';
import { gebiedGroupSentence } from '../../src/lib/ho/aansluiting-view.ts';
import { toHoData } from '../../src/lib/ho/ho-data.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { DOMAIN_IDS } from '../../src/schemas/enums.ts';

const content = loadContent('content');
const weights = content.weights!;
const domainNames = content.domains.filter((d) => d.id !== 'domeinoverschrijdend').map((d) => d.data.name);
const scores = Array.from({ length: 41 }, (_, i) => Math.round((1 + i * 0.1) * 10) / 10);

/** Finite verb forms that agree with "je" (second person singular) in these templates. */
const SINGULAR_AFTER_JE = /^(gaf|wil|kan|mag|vindt|houdt|werkt|leert|volgt|blijft)$/;

function problems(text: string): string[] {
  const found: string[] = [];
  if (/\$\{|[{}]|undefined|NaN|null|\[object/.test(text)) found.push('unfilled placeholder');
  if (!/[.]$/.test(text)) found.push('does not end with a period');
  if (!/^[A-Z‘]/.test(text)) found.push('does not start with a capital');
  if (/ {2}| [,.;:)]|\( /.test(text)) found.push('stray space');
  const doubled = /(?<![\p{L}-])(\p{L}+)\s+\1(?![\p{L}-])/iu.exec(text);
  if (doubled) found.push(`doubled word "${doubled[1]}"`);
  if (/\d\.\d/.test(text)) found.push('decimal point instead of comma');
  // "je" as the subject takes a singular verb; the broken "dat werken met je handen je liggen" is caught here.
  for (const match of text.matchAll(/(?:^|[.:;] |^Let op: )[Jj]e (\p{L}+)/gu)) if (!SINGULAR_AFTER_JE.test(match[1]!)) found.push(`"Je ${match[1]}": verb does not agree`);
  if (/\bje (liggen|boeien|gaan|zijn|hebben|vinden|houden|werken|leren|willen)\b/i.test(text)) found.push('plural verb after "je"');
  // Two subjects joined by "en" take a plural verb: "Wiskunde en wetenschappen liggen je".
  const pair = /^\p{Lu}\p{L}* en \p{L}+ (\p{L}+) je\b/u.exec(text);
  if (pair && !/en$/.test(pair[1]!)) found.push(`"${pair[0]}": plural subject with a singular verb`);
  // A single subject takes a singular verb: "STEM boeit je", never "STEM boeien je".
  if (/^\p{L}+ (boeien|liggen) je\b/u.test(text)) found.push('singular subject with a plural verb');
  if ((text.match(/‘/g) ?? []).length !== (text.match(/’/g) ?? []).length) found.push('unbalanced quotes');
  return found;
}

function renderAll(): string[] {
  const out: string[] = [CROSS_DOMAIN_REASON, CONTINUES_REASON];
  for (const d of domainNames) for (const v of scores) out.push(domainReason(d, v));
  for (const q of content.questions) if (q.soort === 'interesse') for (const v of [1, 2, 4, 5] as const) out.push(itemReason(q.tekst, v), itemReason(q.tekst, v, 'opleiding'));
  for (const t of Object.keys(RIASEC_WORDS) as Riasec[]) for (const v of scores) out.push(typeReason(t, v));
  for (const b of BALANCES) for (const v of scores) for (const fits of [true, false]) out.push(styleReason(v, b, fits));
  for (const k of weights.kenmerken) for (const v of scores) if (v !== 3) out.push(traitReason(v > 3 ? k.ja : k.nee, v));
  for (const goal of ['hoger-onderwijs', 'werken'] as const) {
    for (const f of FINALITEITEN) out.push(goalReason(goal, f, weights.doel[goal][f]));
    for (const to of ['hoger-onderwijs', 'werken'] as const) out.push(leadsToReason(goal, to));
  }
  for (const d of domainNames) out.push(sameDomainReason(d));
  for (const a of BALANCES) for (const b of BALANCES) if (a !== b) out.push(changeReason(a, b));
  // Every consistent combination: a school within the radius means the nearest is within it too.
  for (const km of [null, 0.4, 3.25, 9.96, 10, 27.5, 140]) {
    for (const count of km !== null && km <= weights.scholen.dichtbijKm ? [1, 2, 12] : [0]) out.push(schoolsReason(count, weights.scholen.dichtbijKm, km));
  }
  for (const status of ['voorwaarde', 'vraag-raad'] as const) out.push(conditionReason(status, 'Dat beslist de klassenraad.'));
  for (let score = 0; score <= 100; score++) out.push(lowerReason(score), sameAsShownReason(score, weights.voorstellen));
  // The aansluiting (src/lib/ho): every kind sentence and every content link after every richting of the 3de graad
  // and 7de jaar, with every studiegebied (and one that lists every domein, so each link sentence is rendered).
  const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
  const ho = toHoData(content.programmes, content.studiegebieden);
  const name = (d: string) => content.domains.find((x) => x.id === d)?.data.name ?? d;
  const every = { id: 'alles', name: 'Alle domeinen', domeinen: [...DOMAIN_IDS] };
  for (const study of catalogue.studies.filter(preparesForHigherEducation)) {
    for (const access of Object.values(kindAccess(catalogue, study))) out.push(...access.reasons);
    for (const gebied of [...ho.studiegebieden, every]) {
      const link = contentLink(study, { ...ho.programmes[0]!, aansluiting: [] }, gebied, name);
      if (link) out.push(...link.reasons, gebiedGroupSentence(study.name, { via: link.via, gebieden: [gebied] }, name).replace(/:$/, '.'));
    }
  }
  return out;
}

describe('reason templates', () => {
  const all = renderAll();

  it('render grammatical, complete Dutch for every value', () => {
    expect(all.length).toBeGreaterThan(1000);
    const bad = all.flatMap((text) => problems(text).map((p) => `${p}: ${text}`));
    expect(bad).toEqual([]);
  });

  it('the checks catch the sentences of issue 17 and other broken ones', () => {
    expect(problems('Je gaf aan dat werken met je handen je liggen (5 op 5): dat komt hier veel aan bod.')).toContain('plural verb after "je"');
    expect(problems('Wiskunde en wetenschappen ligt je (4 op 5).')).not.toEqual([]);
    expect(problems('Je werken graag met je handen.')).not.toEqual([]);
    expect(problems('Je vindt ${item} leuk.')).toContain('unfilled placeholder');
    expect(problems('Je vindt vindt dit leuk.')).not.toEqual([]);
    expect(problems('Je vindt dit leuk (3.5 op 5).')).toContain('decimal point instead of comma');
    expect(problems('Je vindt dit leuk')).toContain('does not end with a period');
  });

  it('mark every sentence that counts against the step with "Let op:" (review: listed as if in its favour)', () => {
    expect(itemReason('Gasten ontvangen en bedienen in een restaurant of hotel', 2)).toBe('Let op: je vindt ‘gasten ontvangen en bedienen in een restaurant of hotel’ niet leuk (2 op 5), en dat hoort bij deze richting.');
    expect(typeReason('R', 2)).toBe('Let op: je houdt minder van praktisch werk met materiaal, gereedschap, machines, planten of dieren (praktisch: 2 op 5), en zulk werk doe je hier veel.');
    expect(leadsToReason('hoger-onderwijs', 'werken')).toBe('Let op: je wil verder studeren, maar dit is een stap naar werk.');
    expect(leadsToReason('werken', 'hoger-onderwijs')).toMatch(/^Let op:/);
    expect(leadsToReason('werken', 'werken')).toBe('Je wil gaan werken: dit is een stap naar werk.');
    expect(domainReason('Sport', 2)).toMatch(/^Let op: het studiedomein Sport boeit je minder/);
    expect(goalReason('hoger-onderwijs', 'arbeidsmarkt', weights.doel['hoger-onderwijs'].arbeidsmarkt)).toMatch(/^Let op:/);
    expect(goalReason('werken', 'doorstroom', weights.doel.werken.doorstroom)).toMatch(/^Let op:/);
    for (const k of weights.kenmerken) expect(traitReason(k.nee, 2)).toMatch(/^Let op: /);
    // The sentences for a step never say "Let op:".
    for (const text of [itemReason('Tekenen of schilderen', 4), typeReason('A', 4), domainReason('Sport', 4), traitReason(weights.kenmerken[0]!.ja, 4), leadsToReason('hoger-onderwijs', 'hoger-onderwijs')]) expect(text).not.toMatch(/Let op/);
  });

  it('give a different sentence for each score band', () => {
    expect(new Set([domainReason('STEM', 4), domainReason('STEM', 3), domainReason('STEM', 2)]).size).toBe(3);
    expect(itemReason('Keukenkasten maken of tegels leggen', 5)).toBe('Je vindt ‘keukenkasten maken of tegels leggen’ heel leuk (5 op 5), en dat past bij deze richting.');
    expect(itemReason('Iemand helpen die het moeilijk heeft', 4, 'opleiding')).toBe('Je vindt ‘iemand helpen die het moeilijk heeft’ leuk (4 op 5), en dat past bij deze opleiding.');
    expect(schoolsReason(1, 10, 2.34)).toBe('Binnen 10 km biedt één school dit aan: de dichtste ligt op 2,3 km.');
    expect(schoolsReason(3, 25, 12.6)).toBe('Binnen 25 km bieden 3 scholen dit aan: de dichtste ligt op 13 km.');
  });
});
