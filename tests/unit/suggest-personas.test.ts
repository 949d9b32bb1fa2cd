/**
 * The suggestion engine on the real catalogue: personas of every stage and attest type, a property over generated
 * profiles (every suggestion is legal per the route rules), and determinism.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { suggest } from '../../src/lib/suggest/engine.ts';
import type { ProfileData } from '../../src/lib/suggest/profile.ts';
import { resolveProfile, type ResolvedProfile } from '../../src/lib/suggest/resolve-profile.ts';
import { parseWeights } from '../../src/schemas/weights.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const weights = parseWeights(readFileSync('content/questionnaire/weights.yaml', 'utf8'), 'weights.yaml');
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));

function resolve(profile: ProfileData): ResolvedProfile {
  const resolved = resolveProfile(catalogue, profile);
  if ('problems' in resolved) throw new Error(JSON.stringify(resolved.problems));
  return resolved.profile;
}
const run = (profile: ProfileData) => suggest(catalogue, resolve(profile), weights, { domainNames });
const ids = (profile: ProfileData) => run(profile).suggestions.map((s) => s.id);
const finaliteitOf = (id: string) => catalogue.get(id)?.finaliteit;

describe('personas', () => {
  it('1. basisonderwijs with getuigschrift: 1A first, 1B only with a condition', () => {
    const result = run({ version: 1, stage: 'basisonderwijs', attest: { getuigschrift: true } });
    expect(result.suggestions[0]!.id).toBe('eerste-leerjaar-a');
    const b = result.suggestions.find((s) => s.id === 'eerste-leerjaar-b')!;
    expect(b.status).toBe('voorwaarde');
    expect(b.reasons[0]).toMatch(/^Voorwaarde: .*CLB/);
  });

  it('2. basisonderwijs without getuigschrift: 1B first; 1A needs the toelatingsklassenraad', () => {
    const result = run({ version: 1, stage: 'basisonderwijs', attest: { getuigschrift: false }, interests: { 'Voeding en horeca': 5 } });
    expect(result.suggestions[0]!.id).toBe('eerste-leerjaar-b');
    // BuSO needs a CLB verslag: never ranked on interests, but listed with why.
    expect(result.suggestions.some((s) => catalogue.get(s.id)!.kind === 'buso')).toBe(false);
    expect(result.notSuggested.find((n) => n.id === 'buso-opleidingsvorm-3')!.reasons[0]).toMatch(/verslag van het CLB/);
    expect(result.suggestions.find((s) => s.id === 'eerste-leerjaar-a')!.reasons[0]).toMatch(/toelatingsklassenraad/);
  });

  it('3. 1A with an A-attest who loves STEM and thinks theoretically: STEM-wetenschappen on top', () => {
    const top = ids({ version: 1, stage: '1A', year: 1, attest: { type: 'A' }, interests: { STEM: 5, 'Taal en cultuur': 2 }, style: { theory: 5, wiskunde: 5 }, goal: 'hoger-onderwijs' });
    expect(top[0]).toBe('basisoptie-stem-wetenschappen');
  });

  it('4. 1A with a C-attest: only repeating, 1A first', () => {
    const result = run({ version: 1, stage: '1A', year: 1, attest: { type: 'C' }, interests: { Sport: 5 } });
    expect(result.suggestions[0]!.id).toBe('eerste-leerjaar-a');
    expect(result.reachable.every((id) => ['eerste-leerjaar-a', 'eerste-leerjaar-b'].includes(id))).toBe(true);
  });

  it('5. 1B with an A-attest who likes food and working with hands: 2B and Voeding en horeca', () => {
    const top = ids({ version: 1, stage: '1B', year: 1, attest: { type: 'A' }, interests: { 'Voeding en horeca': 5 }, style: { theory: 1, handen: 5 } });
    expect(top.slice(0, 3)).toContain('basisoptie-voeding-en-horeca');
    expect(top.indexOf('tweede-leerjaar-a')).not.toBe(0);
  });

  it('5b. 1B: a basisoptie suggestion says 2A or 2B, and the 2B one is open while the 2A one needs the klassenraad', () => {
    const result = run({ version: 1, stage: '1B', year: 1, attest: { type: 'A' }, interests: { 'Voeding en horeca': 5 }, style: { theory: 1, handen: 5 } });
    const all = [...result.suggestions, ...result.notSuggested].filter((s) => s.id === 'basisoptie-voeding-en-horeca');
    expect(all.map((s) => s.stroom).sort()).toEqual(['A', 'B']);
    expect(result.suggestions.find((s) => s.id === 'basisoptie-voeding-en-horeca' && s.stroom === 'B')?.status).toBe('open');
  });

  it('6. 2A with an A-attest, care and people: a Maatschappij en welzijn richting first, with the reason', () => {
    const result = run({ version: 1, stage: '2A', year: 2, attest: { type: 'A' }, interests: { 'Maatschappij en welzijn': 5, STEM: 1 }, style: { mensen: 5 }, goal: 'open' });
    const first = catalogue.get(result.suggestions[0]!.id)!;
    expect(first.domein).toContain('maatschappij-en-welzijn');
    expect(result.suggestions[0]!.reasons.join(' ')).toMatch(/Het studiedomein Maatschappij en welzijn boeit je \(5 op 5\)/);
    expect(result.suggestions.every((s) => !catalogue.get(s.id)!.domein.includes('stem') || catalogue.get(s.id)!.domein.length > 1)).toBe(true);
  });

  it('7. 2A with a B-attest excluding doorstroom: no doorstroom richting is suggested, and the note says why', () => {
    const result = run({ version: 1, stage: '2A', year: 2, attest: { type: 'B', excluded: ['doorstroom'] }, interests: { 'Taal en cultuur': 5 }, style: { theory: 5, talen: 5 }, goal: 'hoger-onderwijs' });
    expect(result.suggestions.every((s) => finaliteitOf(s.id) !== 'doorstroom')).toBe(true);
    expect(result.notes.join(' ')).toMatch(/Met je B-attest zijn \d+ richtingen uitgesloten/);
    const latijn = result.notSuggested.find((n) => n.id === 'latijn-2de-graad')!;
    expect(latijn.score).toBeNull();
    expect(latijn.reasons[0]).toMatch(/Met je B-attest is dit uitgesloten/);
  });

  it('8. 2B with an A-attest: arbeidsmarkt first; dubbele finaliteit only as "vraag raad"', () => {
    const result = run({ version: 1, stage: '2B', year: 2, attest: { type: 'A' }, interests: { STEM: 4 }, style: { theory: 2 }, goal: 'werken' });
    expect(finaliteitOf(result.suggestions[0]!.id)).toBe('arbeidsmarkt');
    for (const s of result.suggestions.filter((s) => finaliteitOf(s.id) !== 'arbeidsmarkt')) expect(s.status).toBe('vraag-raad');
  });

  it('9. graad 2 doorstroom, 4de jaar, A-attest: continues to related doorstroom richtingen', () => {
    const result = run({ version: 1, stage: 'latijn-2de-graad', year: 4, attest: { type: 'A' }, interests: { 'Taal en cultuur': 4 }, style: { theory: 5, talen: 5, wiskunde: 4 }, goal: 'hoger-onderwijs' });
    const latijn = result.suggestions.slice(0, 3).find((s) => s.id.startsWith('latijn-'))!;
    expect(latijn.reasons).toContain('Dit sluit aan bij wat je nu volgt.');
    expect(result.suggestions.every((s) => finaliteitOf(s.id) === 'doorstroom')).toBe(true);
  });

  it('10. graad 2 dubbele finaliteit, 3de jaar, B-attest excluding the own richting', () => {
    const result = run({ version: 1, stage: 'elektrotechnieken-2de-graad', year: 3, attest: { type: 'B', excluded: ['elektrotechnieken-2de-graad'] }, interests: { STEM: 5 } });
    expect(result.suggestions.map((s) => s.id)).not.toContain('elektrotechnieken-2de-graad');
    expect(result.notSuggested.find((n) => n.id === 'elektrotechnieken-2de-graad')?.reasons[0]).toMatch(/uitgesloten/);
  });

  it('11. graad 2 arbeidsmarkt, 4de jaar, wants hoger onderwijs: arbeidsmarkt richtingen stay, uncertain steps are flagged', () => {
    const result = run({ version: 1, stage: 'elektriciteit-2de-graad', year: 4, attest: { type: 'A' }, interests: { STEM: 5 }, goal: 'hoger-onderwijs' });
    for (const s of result.suggestions) if (finaliteitOf(s.id) !== 'arbeidsmarkt') expect(s.reasons[0]).toMatch(/^Vraag raad/);
  });

  it('12. graad 3 doorstroom, 6de jaar, diploma, wants hoger onderwijs: bachelors first', () => {
    const top = ids({ version: 1, stage: 'wetenschappen-wiskunde-3de-graad', year: 6, attest: { type: 'A' }, goal: 'hoger-onderwijs', style: { theory: 5 } });
    expect(top.slice(0, 2).sort()).toEqual(['academische-bachelor', 'professionele-bachelor']);
  });

  it('13. graad 3 arbeidsmarkt, 6de jaar, wants hoger onderwijs: the voorbereidend 7de jaar, never a bachelor', () => {
    const result = run({ version: 1, stage: 'haarverzorging-3de-graad', year: 6, attest: { type: 'A' }, goal: 'hoger-onderwijs' });
    expect(result.suggestions.map((s) => s.id)).toContain('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar');
    expect(result.suggestions.map((s) => s.id)).not.toContain('professionele-bachelor');
    expect(result.notSuggested.find((n) => n.id === 'professionele-bachelor')!.reasons.join(' ')).toMatch(/7de jaar/);
  });

  it('14. graad 3 arbeidsmarkt, 6de jaar, wants to work: werken and the matching specialisatiejaar', () => {
    const top = ids({ version: 1, stage: 'haarverzorging-3de-graad', year: 6, attest: { type: 'A' }, goal: 'werken', style: { theory: 1 } });
    expect(top).toContain('werken');
    expect(top).toContain('kapper-stylist-7de-jaar');
  });

  it('15. graad 3 dubbele finaliteit, 6de jaar, C-attest: repeat the 6de jaar in the same richting first', () => {
    const result = run({ version: 1, stage: 'elektrotechnieken-3de-graad', year: 6, attest: { type: 'C' } });
    expect(result.suggestions[0]!.id).toBe('elektrotechnieken-3de-graad');
    expect(result.suggestions[0]!.year).toBe(6);
  });

  it('16. a 7de jaar voorbereidend: bachelors and graduaat', () => {
    const top = ids({ version: 1, stage: 'voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', year: 7, attest: { type: 'A' }, goal: 'hoger-onderwijs' });
    expect(top).toEqual(expect.arrayContaining(['academische-bachelor', 'professionele-bachelor', 'graduaat']));
  });

  it('17. OKAN: every step depends on the klassenraad, and says so', () => {
    const result = run({ version: 1, stage: 'okan', interests: { 'Voeding en horeca': 5 } });
    expect(result.suggestions.every((s) => s.status === 'voorwaarde' && /klassenraad/.test(s.reasons[0]!))).toBe(true);
  });

  // matrix.md §7 and §10: going on in OV3 is an option, and work next year only within the leerplicht.
  it('18. BuSO OV3 wanting to work: going on in OV3 and werken first, werken with the leerplicht', () => {
    const result = run({ version: 1, stage: 'buso-opleidingsvorm-3', goal: 'werken' });
    expect(result.suggestions.slice(0, 2).map((s) => s.id).sort()).toEqual(['buso-opleidingsvorm-3', 'werken']);
    const werken = result.suggestions.find((s) => s.id === 'werken')!;
    expect(werken.status).toBe('voorwaarde');
    expect(werken.reasons.join(' ')).toMatch(/leerplichtig tot je 18/);
    const onward = result.suggestions.find((s) => s.id === 'buso-opleidingsvorm-3')!;
    expect(onward.status).toBe('open');
    expect(onward.reasons).toContain('Je wil gaan werken: dit is een stap naar werk.');
  });

  it('18b. BuSO OV1/2: going on in your opleidingsvorm is suggested next to werken', () => {
    const result = run({ version: 1, stage: 'buso-opleidingsvorm-1-en-2', goal: 'werken' });
    expect(result.suggestions.map((s) => s.id).sort()).toEqual(['buso-opleidingsvorm-1-en-2', 'werken']);
    expect(result.suggestions.find((s) => s.id === 'werken')!.reasons.join(' ')).toMatch(/leerplichtig tot je 18/);
  });

  it('19. reasons against a step say "Let op:" and come after the reasons for (review: 2A, B-attest excluding doorstroom)', () => {
    const resolved = resolveProfile(catalogue, { version: 1, stage: '2A', year: 2, attest: { type: 'B', excluded: ['doorstroom'] }, items: { gasten: 2, tekenen: 2 }, interests: { 'Kunst en creatie': 2 }, style: { theory: 1, talen: 2 }, goal: 'hoger-onderwijs' }, content.questions);
    if ('problems' in resolved) throw new Error(JSON.stringify(resolved.problems));
    const result = suggest(catalogue, resolved.profile, weights, { domainNames });
    const all = [...result.suggestions, ...result.notSuggested.filter((n) => n.score !== null)];
    const toerisme = all.find((s) => s.id === 'toerisme-2de-graad')!;
    expect(toerisme.reasons).toContain('Let op: je vindt ‘gasten ontvangen en bedienen in een restaurant of hotel’ niet leuk (2 op 5), en dat hoort bij deze richting.');
    expect(all.find((s) => s.id === 'creatie-en-mode-2de-graad')!.reasons.join(' ')).toMatch(/Let op: je vindt ‘tekenen of schilderen’ niet leuk \(2 op 5\)/);
    for (const s of all) {
      // A step below the suggestions opens with a summary line ("Mag wel, maar past minder goed …"); the rest follows.
      const reasons = s.reasons.filter((r) => !/^(Mag wel|Past even goed)/.test(r));
      const marked = reasons.map((r) => r.startsWith('Let op:'));
      // Every sentence that speaks against the step is marked, and the marked ones come last.
      for (const r of reasons) if (/niet leuk|boeit je minder|houdt minder van|gaat je minder|liggen je minder|liever niet|, maar /.test(r)) expect(r, s.id).toMatch(/^Let op:/);
      expect(marked.indexOf(true) === -1 || marked.slice(marked.indexOf(true)).every(Boolean), `${s.id}: ${s.reasons.join(' | ')}`).toBe(true);
    }
  });

  it('20. 6de jaar arbeidsmarkt who wants to study on and learns practically: the goal outweighs the fit of a specialisatiejaar', () => {
    for (const items of [{ kapsalon: 5 }, { kapsalon: 5, tekenen: 5, organiseren: 5 }] as Record<string, number>[]) {
      const resolved = resolveProfile(catalogue, { version: 1, stage: 'schoonheidsverzorging-3de-graad', year: 6, attest: { type: 'A' }, items, interests: { 'Kunst en creatie': 5 }, style: { theory: 1, handen: 5 }, goal: 'hoger-onderwijs' }, content.questions);
      if ('problems' in resolved) throw new Error(JSON.stringify(resolved.problems));
      const result = suggest(catalogue, resolved.profile, weights, { domainNames });
      const ranked = [...result.suggestions, ...result.notSuggested.filter((n) => n.score !== null)];
      const voorbereidend = ranked.find((s) => s.id === 'voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar')!;
      const grimeur = ranked.find((s) => s.id === 'grimeur-7de-jaar')!;
      expect(result.suggestions.map((s) => s.id)).toContain(voorbereidend.id);
      expect(voorbereidend.score).toBeGreaterThan(grimeur.score!);
      // Every specialisatiejaar (a step to work) ranks below the only way to a bachelor.
      for (const s of ranked) if (catalogue.get(s.id)?.kind === 'zevende-jaar' && s.id !== voorbereidend.id) expect(s.score, s.id).toBeLessThan(voorbereidend.score!);
      expect(grimeur.reasons).toContain('Let op: je wil verder studeren, maar dit is een stap naar werk.');
    }
  });

  it('no attest given: assumes an A-attest and says so', () => {
    expect(run({ version: 1, stage: '2A', year: 2 }).notes[0]).toMatch(/We gaan uit van een A-attest/);
  });
});

describe('properties over generated profiles', () => {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const domains = ['STEM', 'Taal en cultuur', 'Kunst en creatie', 'Land- en tuinbouw', 'Economie en organisatie', 'Maatschappij en welzijn', 'Sport', 'Voeding en horeca'];
  const positions = catalogue.studies.flatMap((s) => (s.leerjaren.length > 0 ? s.leerjaren : [0]).map((year) => ({ id: s.id, year })));

  function generate(): ProfileData {
    const where = random() < 0.1 ? null : pick(positions);
    const exclusions = ['doorstroom', 'dubbele finaliteit', 'arbeidsmarkt', 'STEM', 'aso', 'Latijn'];
    const interests = Object.fromEntries(domains.filter(() => random() < 0.7).map((d) => [d, 1 + Math.floor(random() * 5)]));
    const type = pick(['A', 'B', 'C'] as const);
    return {
      version: 1,
      stage: where ? where.id : 'basisonderwijs',
      ...(where && where.year > 0 ? { year: where.year } : {}),
      attest: where ? { type, excluded: type === 'B' ? exclusions.filter(() => random() < 0.3) : [] } : { getuigschrift: random() < 0.5 },
      interests,
      style: { theory: 1 + Math.floor(random() * 5), talen: 1 + Math.floor(random() * 5), handen: 1 + Math.floor(random() * 5) },
      goal: pick(['hoger-onderwijs', 'werken', 'open'] as const),
    };
  }

  it('every suggestion is a legal, not excluded step per the route rules; scores are 0-100 and sorted; same profile, same result', () => {
    for (let i = 0; i < 400; i++) {
      const profile = generate();
      const resolved = resolve(profile);
      const result = suggest(catalogue, resolved, weights);
      const legal = nextSteps(catalogue, resolved.position, resolved.attest).steps.filter((s) => s.status !== 'uitgesloten');
      for (const s of result.suggestions) {
        expect(legal.some((l) => l.id === s.id && l.year === s.year), `${JSON.stringify(profile)} → ${s.id}`).toBe(true);
        expect(result.reachable).toContain(s.id);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.reasons.length).toBeGreaterThan(0);
      }
      const scores = result.suggestions.map((s) => s.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      // An option with the same score as a suggestion is never called a worse fit.
      for (const n of result.notSuggested) if (n.score !== null && scores.includes(n.score)) expect(n.reasons[0]).not.toMatch(/minder goed/);
      expect(suggest(catalogue, resolve(profile), weights)).toEqual(result);
    }
  });
});
