/**
 * The start of the questionnaire and the route explorer over the real catalogue: which year, which attest, and the
 * notes about them (review findings on stages and attests, 2026-12-05).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { EMPTY_ANSWERS, readSavedAnswers, resolvedFromAnswers, serializeAnswers, stageComplete, type Answers } from '../../src/lib/questionnaire/answers.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { decodeState, encodeState, positionOf, yearToAsk } from '../../src/lib/routes/explorer-state.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { startFromSelect, startGroups, withYear } from '../../src/lib/routes/start-options.ts';
import { attestKindAt } from '../../src/lib/routes/attest-kind.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { suggest } from '../../src/lib/suggest/engine.ts';
import { parseWeights } from '../../src/schemas/weights.ts';
import { readFileSync } from 'node:fs';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const weights = parseWeights(readFileSync('content/questionnaire/weights.yaml', 'utf8'), 'weights.yaml');
const answers = (change: Partial<Answers>): Answers => ({ ...structuredClone(EMPTY_ANSWERS), ...change });

describe('the school year is chosen, never pre-selected', () => {
  it('choosing a richting of two years leaves the year open, in the questionnaire and the explorer', () => {
    for (const id of ['humane-wetenschappen-3de-graad', 'humane-wetenschappen-2de-graad']) {
      const start = startFromSelect(catalogue, id);
      expect(positionOf(catalogue, start)).toBeNull();
      expect(yearToAsk(catalogue, start)?.id).toBe(id);
      expect(stageComplete(catalogue, start)).toBe(false);
      expect(resolvedFromAnswers(answers({ stage: start }), [], catalogue)).toBeNull();
    }
    // Every study of more than one year asks; every other study needs no year question.
    for (const study of catalogue.studies) {
      const start = startFromSelect(catalogue, study.id);
      expect(stageComplete(catalogue, start), study.id).toBe(study.leerjaren.length < 2);
    }
  });

  it('the chosen year makes the stage complete: a 5de-jaar pupil gets the 6de jaar, not what comes after it', () => {
    const start = withYear(startFromSelect(catalogue, 'humane-wetenschappen-3de-graad'), 5);
    expect(start).toBe('humane-wetenschappen-3de-graad@5');
    expect(resolvedFromAnswers(answers({ stage: start, attest: 'A' }), [], catalogue)?.position).toEqual({ kind: 'study', id: 'humane-wetenschappen-3de-graad', year: 5 });
  });

  it('share links and saved answers with a year keep working; without a year they ask', () => {
    expect(decodeState(catalogue, '#van=humane-wetenschappen-3de-graad@5&attest=B').state.start).toBe('humane-wetenschappen-3de-graad@5');
    const plain = decodeState(catalogue, '#van=humane-wetenschappen-3de-graad');
    expect(plain).toEqual({ state: expect.objectContaining({ start: 'humane-wetenschappen-3de-graad' }), problem: null });
    expect(decodeState(catalogue, `#${encodeState(plain.state)}`).state).toEqual(plain.state);
    expect(decodeState(catalogue, '#van=okan').state.start).toBe('okan@0');

    const saved = (stage: string) => readSavedAnswers(serializeAnswers(answers({ stage })), catalogue, []).answers?.stage;
    expect(saved('humane-wetenschappen-3de-graad@6')).toBe('humane-wetenschappen-3de-graad@6');
    expect(saved('humane-wetenschappen-3de-graad')).toBe('humane-wetenschappen-3de-graad');
    expect(saved('humane-wetenschappen-3de-graad@0')).toBe('humane-wetenschappen-3de-graad');
  });
});

describe('BuSO opleidingsvorm 4 follows the ordinary years and attests', () => {
  const ov4 = 'buso-opleidingsvorm-4';

  it('asks the school year and the A-, B- or C-attest, like an ordinary richting', () => {
    expect(yearToAsk(catalogue, startFromSelect(catalogue, ov4))?.id).toBe(ov4);
    for (const year of [1, 2, 3, 4, 5]) expect(attestKindAt(catalogue, { kind: 'study', id: ov4, year })).toBe('orientering');
    expect(attestKindAt(catalogue, { kind: 'study', id: ov4, year: 6 })).toBe('studiebewijs');
    for (const id of ['okan', 'buso-opleidingsvorm-3', 'buso-opleidingsvorm-1-en-2']) expect(attestKindAt(catalogue, { kind: 'study', id, year: 0 })).toBe('geen');
  });

  it('a 3de-jaar OV4 pupil gets the 4de jaar only, without the note for pupils not yet in the BuSO', () => {
    const result = nextSteps(catalogue, { kind: 'study', id: ov4, year: 3 }, { type: 'A', exclusions: [] });
    expect(new Set(result.steps.filter((s) => s.move === 'verder').map((s) => s.year))).toEqual(new Set([4]));
    expect(result.notes.map((n) => n.text).join(' ')).not.toMatch(/verslag van het CLB/);
    expect(result.notes.map((n) => n.text).join(' ')).toMatch(/dezelfde graden, richtingen, overgangsregels, attesten en diploma/);
  });
});

describe('the note about an assumed attest only where an attest exists', () => {
  const notesOf = (stage: string) => suggest(catalogue, resolvedFromAnswers(answers({ stage }), [], catalogue)!, weights).notes.join(' ');

  it('OKAN, OV1-2 and OV3 give no attest, so nothing is assumed', () => {
    for (const stage of ['okan@0', 'buso-opleidingsvorm-3@0', 'buso-opleidingsvorm-1-en-2@0']) expect(notesOf(stage), stage).not.toMatch(/attest/i);
  });

  it('an ordinary year and OV4 assume an A-attest; the last year assumes the diploma', () => {
    expect(notesOf('humane-wetenschappen-3de-graad@5')).toMatch(/We gaan uit van een A-attest/);
    expect(notesOf('buso-opleidingsvorm-4@3')).toMatch(/We gaan uit van een A-attest/);
    expect(notesOf('humane-wetenschappen-3de-graad@6')).toMatch(/We gaan ervan uit dat je slaagt en je diploma/);
  });
});

describe('options a pupil can tell apart', () => {
  it('no two options in a group of "waar zit je nu" carry the same label; the two Topsport richtingen name their finaliteit', () => {
    const groups = startGroups(catalogue, []);
    for (const group of groups) {
      const labels = group.options.map((o) => o.label);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i), group.label).toEqual([]);
    }
    const second = groups.find((g) => g.options.some((o) => o.value === 'topsport-arbeidsmarkt-2de-graad'))!;
    expect(second.options.find((o) => o.value === 'topsport-arbeidsmarkt-2de-graad')!.label).toBe('Topsport (arbeidsmarktfinaliteit)');
    expect(second.options.find((o) => o.value === 'topsport-dubbele-finaliteit-2de-graad')!.label).toBe('Topsport (dubbele finaliteit)');
  });
});

describe('the last year has a studiebewijs, not an oriënteringsattest', () => {
  it('the 6de jaar and a 7de jaar ask whether you pass; the 5de jaar asks for an A-, B- or C-attest', () => {
    expect(attestKindAt(catalogue, { kind: 'study', id: 'humane-wetenschappen-3de-graad', year: 6 })).toBe('studiebewijs');
    expect(attestKindAt(catalogue, { kind: 'study', id: 'kapper-stylist-7de-jaar', year: 7 })).toBe('studiebewijs');
    expect(attestKindAt(catalogue, { kind: 'study', id: 'humane-wetenschappen-3de-graad', year: 5 })).toBe('orientering');
    expect(attestKindAt(catalogue, { kind: 'study', id: 'humane-wetenschappen-2de-graad', year: 4 })).toBe('orientering');
  });
});

describe('after OKAN the year depends on age', () => {
  it('the result says so, since the list holds every year from 1A to the 5de jaar', () => {
    const result = suggest(catalogue, resolvedFromAnswers(answers({ stage: 'okan@0' }), [], catalogue)!, weights);
    expect(new Set(result.suggestions.concat().map((s) => s.year)).size + new Set(result.notSuggested.map((s) => s.year)).size).toBeGreaterThan(1);
    expect(result.notes.join(' ')).toMatch(/hangt vooral af van je leeftijd.*Jonge leerlingen starten vaak in het 1ste leerjaar A of B/);
  });
});
