/**
 * The route rules against the texts they come from. Each test names its source; the full references are in
 * rule-sources.ts (RULE_SOURCES[...]).
 */
import { describe, expect, it } from 'vitest';
import { nextSteps, RouteError } from './next-steps.ts';
import { programmeSteps } from './programme-steps.ts';
import { RULE_SOURCES } from './rule-sources.ts';
import { repeatToReachExcluded, RULES, type RuleId } from './rules.ts';
import { testCatalogue } from './test-catalogue.ts';
import type { Attest, Exclusion, Position, Step } from './types.ts';

const catalogue = testCatalogue();
const A: Attest = { type: 'A', exclusions: [] };
const B = (...exclusions: Exclusion[]): Attest => ({ type: 'B', exclusions });
const C: Attest = { type: 'C', exclusions: [] };
const at = (id: string, year: number): Position => ({ kind: 'study', id, year });

function run(from: Position, attest: Attest = A) {
  const result = nextSteps(catalogue, from, attest);
  const find = (id: string, move: Step['move'] = 'verder') => {
    const step = result.steps.find((s) => s.id === id && s.move === move);
    if (!step) throw new Error(`no ${move} step to ${id}; steps: ${result.steps.map((s) => `${s.id}/${s.move}`).join(', ')}`);
    return step;
  };
  const rules = (id: string, move: Step['move'] = 'verder') => find(id, move).reasons.map((r) => r.rule);
  return { result, find, rules, has: (id: string) => result.steps.some((s) => s.id === id) };
}

describe('rules data', () => {
  it('every rule has a plain-Dutch text and at least one https source', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.text.length, id).toBeGreaterThan(30);
      const sources = RULE_SOURCES[id as RuleId];
      expect(sources.length, id).toBeGreaterThan(0);
      for (const source of sources) expect(source.url, id).toMatch(/^https:\/\//);
    }
  });

  it('an unconfirmed rule tells the pupil to ask for advice instead of giving a yes or no', () => {
    const unconfirmed = Object.entries(RULES).filter(([, r]) => r.confidence === 'onbevestigd');
    expect(unconfirmed.length).toBeGreaterThan(3);
    for (const [id, rule] of unconfirmed) expect(rule.text, id).toMatch(/vraag (raad|het|ze)/i);
  });
});

describe('from basisonderwijs (onderwijs.vlaanderen.be "Naar het voltijds gewoon secundair onderwijs"; school toelatingsvoorwaarden)', () => {
  it('with the getuigschrift basisonderwijs you go to 1A; 1B is possible on CLB advice with your parents\' agreement', () => {
    const { find } = run({ kind: 'basisonderwijs', getuigschrift: true });
    expect(find('eerste-leerjaar-a').status).toBe('open');
    expect(find('eerste-leerjaar-b').status).toBe('voorwaarde');
    expect(find('eerste-leerjaar-b').reasons[0]!.text).toMatch(/advies van het CLB/);
  });

  it('without the getuigschrift you are admitted to 1B; 1A only with a favourable toelatingsklassenraad', () => {
    const { find, rules } = run({ kind: 'basisonderwijs', getuigschrift: false });
    expect(find('eerste-leerjaar-b').status).toBe('open');
    expect(find('eerste-leerjaar-a').status).toBe('voorwaarde');
    expect(rules('eerste-leerjaar-a')).toContain('zonder-getuigschrift-naar-1a');
    expect(find('eerste-leerjaar-a').reasons[0]!.text).toMatch(/toelatingsklassenraad/);
  });

  it('BuSO is an option with a verslag of the CLB (onderwijs.vlaanderen.be, het buitengewoon secundair onderwijs)', () => {
    const { find } = run({ kind: 'basisonderwijs', getuigschrift: true });
    expect(find('buso-opleidingsvorm-3').status).toBe('voorwaarde');
    expect(find('buso-opleidingsvorm-3').reasons[0]!.text).toMatch(/verslag van het CLB/);
  });
});

describe('eerste graad (vlaanderen.be "A-attest, B-attest of C-attest"; KOV on 2B admission, 2019)', () => {
  it('1A with an A-attest: 2A and 2B and every basisoptie are open', () => {
    const { find } = run(at('eerste-leerjaar-a', 1));
    expect(find('tweede-leerjaar-a').status).toBe('open');
    expect(find('tweede-leerjaar-b').status).toBe('open');
    expect(find('basisoptie-klassieke-talen').status).toBe('open');
    expect(find('basisoptie-opstroomoptie').status).toBe('open');
  });

  it('there is no B-attest after 1A: a "B" is read as an A-attest met uitsluiting of the named basisopties', () => {
    const { result, find } = run(at('eerste-leerjaar-a', 1), B({ kind: 'study', ids: ['basisoptie-klassieke-talen'], label: 'Klassieke talen' }));
    expect(result.attest.type).toBe('A');
    expect(result.notes.map((n) => n.rule)).toContain('attesten-eerste-leerjaar');
    expect(find('basisoptie-klassieke-talen').status).toBe('uitgesloten');
    expect(find('basisoptie-klassieke-talen').reasons[0]!.text).toMatch(/sluit Klassieke talen uit\. Een uitgesloten basisoptie .* klassenraad akkoord gaat/);
    expect(find('basisoptie-stem-technieken').status).toBe('open');
  });

  it('repeating 1A after an A-attest needs the klassenraad, unless at least half of the basisopties of 2A or 2B are excluded (KOV "Overzitten")', () => {
    expect(run(at('eerste-leerjaar-a', 1)).find('eerste-leerjaar-a', 'overzitten').status).toBe('voorwaarde');
    const half = run(
      at('eerste-leerjaar-a', 1),
      { type: 'A', exclusions: [{ kind: 'study', ids: ['basisoptie-klassieke-talen', 'basisoptie-stem-technieken'], label: 'twee basisopties' }] },
    );
    expect(half.find('eerste-leerjaar-a', 'overzitten').status).toBe('open');
    expect(half.rules('eerste-leerjaar-a', 'overzitten')).toEqual(['overzitten-na-uitsluiting']);
    expect(half.find('basisoptie-klassieke-talen').reasons[0]!.text).toMatch(/mag je het jaar altijd overdoen\.$/);
  });

  it('1B with an A-attest: 2B is open; 1A (opstroom) and 2A only with the klassenraad (Stedelijk Onderwijs Antwerpen)', () => {
    const { result, find } = run(at('eerste-leerjaar-b', 1));
    expect(find('tweede-leerjaar-b').status).toBe('open');
    expect(find('eerste-leerjaar-a').status).toBe('voorwaarde');
    expect(find('tweede-leerjaar-a').status).toBe('voorwaarde');
    expect(find('basisoptie-klassieke-talen').status).toBe('voorwaarde');
    // vlaanderen.be "Het getuigschrift basisonderwijs behalen": passing 1B or 2B still gives the getuigschrift.
    expect(result.notes.map((n) => n.rule)).toContain('getuigschrift-in-b-stroom');
  });

  it('a C-attest in 1B means repeating 1B; 1A instead is a question for the klassenraad', () => {
    const { result, find } = run(at('eerste-leerjaar-b', 1), C);
    expect(result.steps.every((s) => s.move === 'overzitten')).toBe(true);
    expect(find('eerste-leerjaar-b', 'overzitten').status).toBe('open');
    expect(find('eerste-leerjaar-a', 'overzitten').status).toBe('vraag-raad');
  });

  it('2A with an A-attest opens every richting of the 2de graad, Latijn as school practice only after Klassieke talen (sgkracht)', () => {
    const fromPage = run(at('tweede-leerjaar-a', 2));
    expect(fromPage.find('elektriciteit-2de-graad').status).toBe('open');
    expect(fromPage.find('economische-wetenschappen-2de-graad').status).toBe('open');
    expect(fromPage.find('latijn-2de-graad').status).toBe('vraag-raad');
    expect(fromPage.rules('latijn-2de-graad')).toContain('latijn-klassieke-talen');
    const fromKlassiek = run({ kind: 'study', id: 'basisoptie-klassieke-talen', year: 2 });
    expect(fromKlassiek.find('latijn-2de-graad').status).toBe('open');
    expect(fromKlassiek.find('latijn-2de-graad').logical).toBe(true);
  });

  it('a B-attest after 2A that excludes a whole finaliteit excludes every richting of it, and says how to still get there', () => {
    const { find, result, rules } = run(at('tweede-leerjaar-a', 2), B({ kind: 'finaliteit', value: 'doorstroom' }));
    for (const id of ['latijn-2de-graad', 'economische-wetenschappen-2de-graad']) {
      expect(find(id).status).toBe('uitgesloten');
      expect(find(id).reasons[0]!.text).toMatch(/sluit de doorstroomfinaliteit uit.*jaar overdoet/);
      expect(find(id).reasons[0]!.rule).toBe('b-attest');
      // Repeating a year you passed needs the klassenraad (rule "overzitten"); the A-attest's free choice does not apply.
      expect(find(id).reasons[0]!.text).toMatch(/alleen als de klassenraad akkoord gaat, na advies van het CLB\.$/);
      expect(rules(id)).not.toContain('a-attest');
      expect(find(id).reasons.map((r) => r.text).join(' ')).not.toMatch(/vrij kiezen/);
    }
    // The same sentence in the B-attest rule itself (/routes/, every study page of the 2de and 3de graad).
    expect(RULES['b-attest'].text).toContain(repeatToReachExcluded('richting'));
    expect(RULES['b-attest'].text).not.toMatch(/moet je het jaar overdoen/);
    expect(find('elektrotechnieken-2de-graad').status).toBe('open');
    expect(find('elektriciteit-2de-graad').status).toBe('open');
    expect(find('tweede-leerjaar-a', 'overzitten').status).toBe('voorwaarde');
    expect(result.attest.type).toBe('B');
  });

  it('2B with an A-attest: arbeidsmarktfinaliteit is open; other finaliteiten unconfirmed; 2A with the toelatingsklassenraad', () => {
    const { find, rules } = run(at('tweede-leerjaar-b', 2));
    expect(find('elektriciteit-2de-graad').status).toBe('open');
    expect(find('elektrotechnieken-2de-graad').status).toBe('vraag-raad');
    expect(rules('elektrotechnieken-2de-graad')).toContain('2b-naar-andere-finaliteit');
    expect(find('tweede-leerjaar-a').status).toBe('voorwaarde');
  });

  it('a richting only offered as duaal leren has the leerplicht age condition (onderwijskiezer "wie kan duaal leren")', () => {
    const { find, rules } = run(at('tweede-leerjaar-b', 2));
    expect(find('aanloop-bouw-2de-graad').status).toBe('voorwaarde');
    expect(rules('aanloop-bouw-2de-graad')).toContain('duaal-leeftijd');
  });

  it('a duaal richting of the 3de graad has the admission rules of that graad, not the age rule (issue 16)', () => {
    const { find, rules } = run(at('elektriciteit-2de-graad', 4));
    expect(rules('dakwerken-3de-graad')).not.toContain('duaal-leeftijd');
    expect(find('dakwerken-3de-graad').status).toBe(find('elektriciteit-3de-graad').status);
  });
});

describe('tweede graad', () => {
  it('after the 3de jaar you continue your richting, or change richting with an A-attest (vlaanderen.be; WatWat)', () => {
    const { find, rules } = run(at('economische-wetenschappen-2de-graad', 3));
    expect(find('economische-wetenschappen-2de-graad').year).toBe(4);
    expect(find('economische-wetenschappen-2de-graad').status).toBe('open');
    expect(find('economische-wetenschappen-2de-graad').logical).toBe(true);
    expect(find('elektrotechnieken-2de-graad').status).toBe('open');
    expect(rules('elektrotechnieken-2de-graad')).toContain('richting-veranderen-2de-graad');
    expect(find('elektrotechnieken-2de-graad').year).toBe(4);
  });

  it('changing after the 3de jaar to a more theoretical finaliteit is not confirmed: vraag raad', () => {
    const { find, rules } = run(at('elektriciteit-2de-graad', 3));
    expect(find('elektrotechnieken-2de-graad').status).toBe('vraag-raad');
    expect(rules('elektrotechnieken-2de-graad')).toContain('finaliteit-omhoog');
    expect(find('aanloop-bouw-2de-graad').status).toBe('voorwaarde');
  });

  it('a B-attest after the 3de jaar can exclude your own richting for the 4de jaar', () => {
    const { find } = run(at('economische-wetenschappen-2de-graad', 3), B({ kind: 'study', ids: ['economische-wetenschappen-2de-graad'], label: 'Economische wetenschappen' }));
    expect(find('economische-wetenschappen-2de-graad').status).toBe('uitgesloten');
    expect(find('toerisme-2de-graad').status).toBe('open');
  });

  it('leaving the 2de graad with its getuigschrift: the 3de graad in any finaliteit at or below yours, and no full-time work before 18', () => {
    const { result, find, rules } = run(at('elektrotechnieken-2de-graad', 4));
    expect(result.notes.map((n) => n.rule)).toContain('getuigschrift-tweede-graad');
    expect(find('elektrotechnieken-3de-graad').status).toBe('open');
    expect(find('elektrotechnieken-3de-graad').logical).toBe(true);
    // onderwijskiezer: admission to the 5de jaar arbeidsmarkt after a passed 4de jaar "alle finaliteiten"
    expect(find('elektriciteit-3de-graad').status).toBe('open');
    expect(find('latijn-wiskunde-3de-graad').status).toBe('vraag-raad');
    expect(find('werken').status).toBe('voorwaarde');
    expect(rules('werken')).toEqual(['leerplicht']);
    expect(result.steps.some((s) => s.id === 'professionele-bachelor')).toBe(false);
  });

  it('from arbeidsmarktfinaliteit to doorstroom or dubbele finaliteit in the 3de graad is not confirmed (edulogos, old rule: only within bso)', () => {
    const { find } = run(at('elektriciteit-2de-graad', 4));
    expect(find('elektrotechnieken-3de-graad').status).toBe('vraag-raad');
    expect(find('moderne-talen-3de-graad').status).toBe('vraag-raad');
    expect(find('elektriciteit-3de-graad').status).toBe('open');
  });

  it('a B-attest after the 4de jaar excluding a studiedomein excludes a richting only when all its domeinen are excluded', () => {
    const { find } = run(at('economische-wetenschappen-2de-graad', 4), B({ kind: 'domein', value: 'stem' }));
    expect(find('elektriciteit-3de-graad').status).toBe('uitgesloten');
    expect(find('moderne-talen-3de-graad').status).toBe('open');
  });

  it('an excluded onderwijsvorm (aso) excludes the aso richtingen', () => {
    const { find } = run(at('latijn-2de-graad', 4), B({ kind: 'onderwijsvorm', value: 'aso' }));
    expect(find('latijn-wiskunde-3de-graad').status).toBe('uitgesloten');
    expect(find('elektrotechnieken-3de-graad').status).toBe('open');
  });
});

describe('derde graad, diploma and 7de jaar', () => {
  it('the 5de and 6de jaar are followed in one richting; changing is a question for the school (Sjabi; WatWat)', () => {
    const { find, rules } = run(at('moderne-talen-3de-graad', 5));
    expect(find('moderne-talen-3de-graad').status).toBe('open');
    expect(find('moderne-talen-3de-graad').year).toBe(6);
    expect(find('latijn-wiskunde-3de-graad').status).toBe('vraag-raad');
    expect(rules('latijn-wiskunde-3de-graad')).toContain('derde-graad-zelfde-richting');
  });

  it('a diploma of doorstroom opens every bachelor and graduaat; the voorbereidend 7de jaar is only "na OK3"', () => {
    const { find, result } = run(at('moderne-talen-3de-graad', 6));
    expect(find('academische-bachelor').status).toBe('open');
    expect(find('professionele-bachelor').status).toBe('open');
    expect(find('graduaat').status).toBe('open');
    expect(find('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar').status).toBe('uitgesloten');
    expect(find('bijzondere-wetenschappelijke-vorming-7de-jaar').status).toBe('open');
    expect(result.steps.some((s) => s.move === 'overzitten')).toBe(false);
  });

  it('a 7de jaar after arbeidsmarktfinaliteit: the voorbereidend jaar opens bachelors; graduaat is direct (AP Hogeschool; Stedelijk Onderwijs)', () => {
    const { find, rules } = run(at('elektriciteit-3de-graad', 6));
    expect(find('graduaat').status).toBe('open');
    expect(find('professionele-bachelor').status).toBe('uitgesloten');
    expect(rules('professionele-bachelor')).toEqual(['bachelor-na-arbeidsmarkt']);
    expect(find('academische-bachelor').status).toBe('uitgesloten');
    expect(find('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar').status).toBe('open');
    expect(find('bijzondere-wetenschappelijke-vorming-7de-jaar').status).toBe('uitgesloten');
    expect(find('elektrotechnicus-7de-jaar').status).toBe('voorwaarde');
    expect(find('technicus-hernieuwbare-energietechnieken-7de-jaar').status).toBe('vraag-raad');
  });

  it('after the voorbereidend 7de jaar every bachelor is open; after a specialisatiejaar only with an earlier level-4 diploma', () => {
    expect(run(at('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', 7)).find('academische-bachelor').status).toBe('open');
    const special = run(at('elektrotechnicus-7de-jaar', 7));
    expect(special.find('professionele-bachelor').status).toBe('voorwaarde');
    expect(special.rules('professionele-bachelor')).toEqual(['specialisatiejaar-hoger-onderwijs']);
    expect(special.find('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar').status).toBe('voorwaarde');
    expect(special.find('werken').status).toBe('open');
  });

  it('there is no B-attest in the final year: the answer explains it and shows what passing opens', () => {
    const { result, find } = run(at('moderne-talen-3de-graad', 6), B({ kind: 'finaliteit', value: 'doorstroom' }));
    expect(result.attest).toEqual({ type: 'A', exclusions: [] });
    expect(result.notes[0]!.text).toMatch(/geen B-attest/);
    expect(find('academische-bachelor').status).toBe('open');
  });

  it('a C-attest in the 6de jaar: repeat it, in another richting only after asking (onderwijs.vlaanderen.be)', () => {
    const { result, find } = run(at('moderne-talen-3de-graad', 6), C);
    expect(result.steps.every((s) => s.move === 'overzitten' && s.year === 6)).toBe(true);
    expect(find('moderne-talen-3de-graad', 'overzitten').status).toBe('open');
    expect(find('latijn-wiskunde-3de-graad', 'overzitten').status).toBe('vraag-raad');
  });

  it('a C-attest in the 2de graad: repeat the year, also in another richting at or below your finaliteit', () => {
    const { find } = run(at('elektrotechnieken-2de-graad', 3), C);
    expect(find('elektrotechnieken-2de-graad', 'overzitten').status).toBe('open');
    expect(find('elektriciteit-2de-graad', 'overzitten').status).toBe('open');
    expect(find('latijn-2de-graad', 'overzitten').status).toBe('vraag-raad');
  });
});

describe('outside the graden', () => {
  it('after OKAN the klassenraad of the new school decides where you start', () => {
    const { result } = run(at('okan', 0));
    expect(result.steps.length).toBeGreaterThan(10);
    expect(new Set(result.steps.map((s) => s.status))).toEqual(new Set(['voorwaarde']));
    expect(new Set(result.steps.flatMap((s) => s.reasons.map((r) => r.rule)))).toEqual(new Set<RuleId>(['okan-vervolg']));
  });

  it('BuSO OV3 prepares for work; OV4 can move to the gewoon onderwijs with the toelatingsklassenraad', () => {
    expect(run(at('buso-opleidingsvorm-3', 0)).find('werken').status).toBe('voorwaarde');
    expect(run(at('buso-opleidingsvorm-4', 2)).find('latijn-2de-graad').status).toBe('voorwaarde');
  });

  it('BuSO OV4 follows the ordinary years and attests: the next year only, B- and C-attests count, a diploma after the 6de jaar', () => {
    const third = nextSteps(catalogue, at('buso-opleidingsvorm-4', 3), A);
    expect(third.steps.find((s) => s.id === 'buso-opleidingsvorm-4')).toMatchObject({ year: 4, status: 'open', move: 'verder' });
    expect(new Set(third.steps.filter((s) => s.move === 'verder').map((s) => s.year))).toEqual(new Set([4]));
    // Already in the BuSO: no note about getting there with a CLB verslag.
    expect(third.notes.map((n) => n.rule)).not.toContain('buso-verslag');
    expect(third.notes.map((n) => n.rule)).toContain('buso-ov4');
    const b = nextSteps(catalogue, at('buso-opleidingsvorm-4', 4), B({ kind: 'finaliteit', value: 'doorstroom' }));
    expect(b.attest.type).toBe('B');
    expect(b.steps.find((s) => s.id === 'latijn-wiskunde-3de-graad')?.status).toBe('uitgesloten');
    const c = nextSteps(catalogue, at('buso-opleidingsvorm-4', 4), C);
    expect(c.steps.map((s) => [s.id, s.year, s.move])).toEqual([['buso-opleidingsvorm-4', 4, 'overzitten']]);
    const last = nextSteps(catalogue, at('buso-opleidingsvorm-4', 6), A);
    expect(last.steps.find((s) => s.id === 'werken')?.status).toBe('open');
    expect(last.steps.find((s) => s.id === 'professionele-bachelor')?.status).toBe('voorwaarde');
    expect(last.steps.some((s) => s.id === 'buso-opleidingsvorm-4')).toBe(false);
  });

  // matrix.md §7 (leerplicht until 18, for every pupil) and §10 (OV3: an observation year plus training phases).
  // OV4 follows the ordinary school years: going on is its next year (the test above).
  it('in OV1/2 and OV3 you can go on with your training; work next year carries the leerplicht', () => {
    for (const id of ['buso-opleidingsvorm-1-en-2', 'buso-opleidingsvorm-3']) {
      const { find, rules, result } = run(at(id, 0));
      const onward = find(id);
      expect(onward.status, id).toBe('open');
      expect(onward.logical, id).toBe(true);
      expect(rules(id), id).toEqual(['buso-vervolg']);
      expect(result.steps[0]!.id, `${id}: going on comes first`).toBe(id);
      const werken = result.steps.find((s) => s.id === 'werken');
      if (werken) {
        expect(werken.status, id).toBe('voorwaarde');
        expect(werken.reasons.map((r) => r.rule), id).toContain('leerplicht');
      }
    }
    expect(run(at('buso-opleidingsvorm-3', 0)).rules('werken')).toEqual(['buso-werken', 'leerplicht']);
    expect(run(at('buso-opleidingsvorm-1-en-2', 0)).rules('werken')).toEqual(['buso-werken', 'leerplicht']);
  });

  it('after a graduaat a related professionele bachelor via a shortened route (Odisee)', () => {
    expect(run(at('graduaat', 0)).find('professionele-bachelor').status).toBe('voorwaarde');
  });
});

describe('behaviour', () => {
  it('is deterministic', () => {
    const attest = B({ kind: 'finaliteit', value: 'doorstroom' });
    expect(nextSteps(catalogue, at('tweede-leerjaar-a', 2), attest)).toEqual(nextSteps(catalogue, at('tweede-leerjaar-a', 2), attest));
  });

  it('rejects a position that does not exist', () => {
    expect(() => nextSteps(catalogue, at('bestaat-niet', 3), A)).toThrow(RouteError);
    expect(() => nextSteps(catalogue, at('latijn-2de-graad', 6), A)).toThrow(/geen 6de jaar/);
  });

  it('every rule in rules.ts is used by some situation (no dead rule, no rule without a test path)', () => {
    const used = new Set<string>();
    const positions = catalogue.positions();
    const attests = [
      A,
      C,
      B({ kind: 'finaliteit', value: 'doorstroom' }),
      { type: 'A' as const, exclusions: [{ kind: 'study' as const, ids: ['basisoptie-klassieke-talen', 'basisoptie-stem-technieken'], label: 'x' }] },
    ];
    for (const position of positions) {
      for (const attest of attests) {
        const result = nextSteps(catalogue, position, attest);
        const programmes = programmeSteps(catalogue, position, attest);
        for (const reason of [...result.notes, ...result.steps.flatMap((s) => s.reasons), ...programmes.flatMap((s) => s.reasons)]) used.add(reason.rule);
      }
    }
    expect([...used].sort()).toEqual(Object.keys(RULES).sort());
  });

  it('every reason names a rule that exists', () => {
    for (const position of catalogue.positions()) {
      for (const attest of [A, C, B({ kind: 'finaliteit', value: 'arbeidsmarkt' })]) {
        const result = nextSteps(catalogue, position, attest);
        for (const reason of [...result.notes, ...result.steps.flatMap((s) => s.reasons)]) expect(RULES).toHaveProperty(reason.rule);
      }
    }
  });
});
