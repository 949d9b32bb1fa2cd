/**
 * Suggestions of programmes of higher education over the real content, for pupils in the 3de graad and 7de jaren.
 * The expectations follow from the content, not from ids: a persona whose interests point to care expects a
 * studiegebied linked to Maatschappij en welzijn in the top 3, whichever programmes the content holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { KIND_DESTINATION } from '../../src/lib/ho/aansluiting.ts';
import { toHoData } from '../../src/lib/ho/ho-data.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { suggestProgrammes } from '../../src/lib/suggest/programmes.ts';
import type { ProfileData } from '../../src/lib/suggest/profile.ts';
import { resolveProfile } from '../../src/lib/suggest/resolve-profile.ts';
import type { DomainId } from '../../src/schemas/enums.ts';
import { parseWeights } from '../../src/schemas/weights.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const weights = parseWeights(readFileSync('content/questionnaire/weights.yaml', 'utf8'), 'weights.yaml');
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name])) as Record<DomainId, string>;
const data = toHoData(content.programmes, content.studiegebieden);
const gebied = (id: string) => data.studiegebieden.find((g) => g.id === id)!;

function run(profile: ProfileData) {
  const resolved = resolveProfile(catalogue, profile, content.questions);
  if ('problems' in resolved) throw new Error(JSON.stringify(resolved.problems));
  const result = suggestProgrammes(catalogue, data, resolved.profile, weights, { domainNames });
  if (!result) throw new Error('no programme suggestions');
  return result;
}

/** A richting of the 3de graad with this finaliteit in this domein, found in the content (first by id). */
function richting(finaliteit: string, domein: DomainId): string {
  const found = catalogue.richtingen(3).filter((s) => s.finaliteit === finaliteit && s.domein.includes(domein)).sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!found) throw new Error(`no ${finaliteit} richting in ${domein}`);
  return found.id;
}

/** The studiegebieden whose domeinen include the domein: the expected top for a persona who loves that domein. */
const gebiedenOf = (domein: DomainId) => data.studiegebieden.filter((g) => g.domeinen.includes(domein)).map((g) => g.id);
/** Programmes that ask for work experience first: never a step straight after secondary school. */
const needsExperience = (id: string) => data.programmes.find((p) => p.id === id)!.admission.some((a) => a.kind === 'beroepservaring');
const top3 = (result: ReturnType<typeof run>) => result.studiegebieden.slice(0, 3).map((g) => g.id);
const hasProgrammes = (domein: DomainId) => gebiedenOf(domein).some((g) => data.programmes.some((p) => p.studiegebied === g));

const care: Partial<ProfileData> = { interests: { 'Maatschappij en welzijn': 5, STEM: 2, 'Kunst en creatie': 2 }, style: { mensen: 5 } };

describe('programme suggestions: personas in the 3de graad', () => {
  it('1. 6de jaar arbeidsmarkt in Maatschappij en welzijn: a graduaat first, never a bachelor; a welzijn studiegebied in the top 3', () => {
    const stage = richting('arbeidsmarkt', 'maatschappij-en-welzijn');
    const result = run({ version: 1, stage, year: 6, ...care, goal: 'hoger-onderwijs' });
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.suggestions.every((s) => s.kind === 'graduaat')).toBe(true);
    const excluded = result.notSuggested.filter((n) => n.score === null && !needsExperience(n.id));
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.every((n) => data.programmes.find((p) => p.id === n.id)!.kind !== 'graduaat')).toBe(true);
    expect(excluded[0]!.reasons.join(' ')).toMatch(/7de jaar/);
    if (hasProgrammes('maatschappij-en-welzijn')) expect(top3(result).some((g) => gebiedenOf('maatschappij-en-welzijn').includes(g))).toBe(true);
  });

  it('2. 6de jaar dubbele finaliteit in Maatschappij en welzijn (care): a professionele bachelor or graduaat on top, linked to the richting', () => {
    const stage = richting('dubbele-finaliteit', 'maatschappij-en-welzijn');
    const result = run({ version: 1, stage, year: 6, ...care, style: { mensen: 5, theory: 3 }, goal: 'hoger-onderwijs' });
    expect(['professionele-bachelor', 'graduaat']).toContain(result.suggestions[0]!.kind);
    expect(top3(result).some((g) => gebiedenOf('maatschappij-en-welzijn').includes(g))).toBe(true);
    expect(result.suggestions[0]!.reasons.join(' ')).toMatch(/hoort bij het studiedomein Maatschappij en welzijn/);
  });

  it('3. 6de jaar doorstroom, broad and theoretical, who likes people and science: an academische bachelor in the top 3', () => {
    const stage = richting('doorstroom', 'domeinoverschrijdend');
    const result = run({ version: 1, stage, year: 6, interests: { 'Maatschappij en welzijn': 5 }, style: { theory: 5, wiskunde: 5, mensen: 4 }, goal: 'hoger-onderwijs' });
    expect(result.suggestions.slice(0, 3).some((s) => s.kind === 'academische-bachelor')).toBe(true);
    expect(top3(result).some((g) => gebied(g).domeinen.includes('domeinoverschrijdend'))).toBe(true);
  });

  it('4. a 7de jaar (voorbereidend jaar): bachelors are open again', () => {
    const voorbereidend = catalogue.zevendeJaren().find((s) => /voorbereidend/i.test(s.name))!;
    const result = run({ version: 1, stage: voorbereidend.id, year: 7, ...care, goal: 'hoger-onderwijs' });
    expect(result.suggestions.some((s) => s.kind !== 'graduaat')).toBe(true);
    expect(result.notSuggested.every((n) => n.score !== null || needsExperience(n.id))).toBe(true);
    expect(top3(result).some((g) => gebiedenOf('maatschappij-en-welzijn').includes(g))).toBe(true);
  });

  it('5. 5de jaar with a B-attest in an arbeidsmarkt richting: still no bachelor, and a note that this is after the 6de jaar', () => {
    const stage = richting('arbeidsmarkt', 'maatschappij-en-welzijn');
    const result = run({ version: 1, stage, year: 5, attest: { type: 'B', excluded: ['doorstroom'] }, ...care });
    expect(result.suggestions.every((s) => s.kind === 'graduaat')).toBe(true);
    expect(result.notes[0]).toMatch(/na het 6de jaar/);
    expect(top3(result).some((g) => gebiedenOf('maatschappij-en-welzijn').includes(g))).toBe(true);
  });

  it('6. 6de jaar kunst (doorstroom) who loves art: the art studiegebied on top, with the artistieke toelatingsproef as condition', () => {
    const stage = richting('doorstroom', 'kunst-en-creatie');
    const result = run({ version: 1, stage, year: 6, interests: { 'Kunst en creatie': 5, 'Maatschappij en welzijn': 2 }, goal: 'hoger-onderwijs' });
    if (!hasProgrammes('kunst-en-creatie')) return;
    expect(gebiedenOf('kunst-en-creatie')).toContain(result.studiegebieden[0]!.id);
    for (const s of result.suggestions.filter((x) => data.programmes.find((p) => p.id === x.id)!.admission.length > 0)) {
      expect(s.status).toBe('voorwaarde');
      expect(s.reasons[0]).toMatch(/^Voorwaarde: /);
    }
  });

  it('7. a 4de jaar gets no programme suggestions (not yet in the 3de graad)', () => {
    const resolved = resolveProfile(catalogue, { version: 1, stage: catalogue.richtingen(2)[0]!.id, year: 4 });
    if ('problems' in resolved) throw new Error('bad profile');
    expect(suggestProgrammes(catalogue, data, resolved.profile, weights)).toBeNull();
  });
});

describe('programme suggestions over every richting of the 3de graad', () => {
  const starts = [...catalogue.richtingen(3).map((s) => ({ id: s.id, year: 6 })), ...catalogue.zevendeJaren().map((s) => ({ id: s.id, year: 7 }))];

  it('suggests only kinds the route rules open after the richting, each with reasons, the same every time', () => {
    for (const { id, year } of starts) {
      const profile: ProfileData = { version: 1, stage: id, year, interests: { 'Maatschappij en welzijn': 4, STEM: 3 }, style: { theory: 3 } };
      const result = run(profile);
      const steps = nextSteps(catalogue, { kind: 'study', id, year }, { type: 'A', exclusions: [] }).steps;
      for (const s of result.suggestions) {
        const status = steps.find((step) => step.id === KIND_DESTINATION[s.kind])?.status;
        expect(status, `${s.id} after ${id}`).not.toBe('uitgesloten');
        expect(s.reasons.length, `${s.id} after ${id}`).toBeGreaterThan(0);
      }
      if (catalogue.get(id)!.finaliteit === 'arbeidsmarkt') expect(result.suggestions.every((s) => s.kind === 'graduaat'), id).toBe(true);
      expect(run(profile)).toEqual(result);
    }
  });
});

describe('cli suggest', async () => {
  const { suggestCommand } = await import('../../src/lib/suggest/cli-suggest.ts');
  const answer = (profile: ProfileData, args: string[] = []) =>
    suggestCommand(catalogue, weights, ['p.json', ...args], () => JSON.stringify(profile), domainNames, content.questions, data);

  it('returns programmes and studiegebieden for a 3de-graad profile, the rest only with --all', () => {
    const profile: ProfileData = { version: 1, stage: richting('dubbele-finaliteit', 'maatschappij-en-welzijn'), year: 6, ...care };
    const plain = answer(profile);
    expect(plain.programmes!.suggestions.length).toBeGreaterThan(0);
    expect(plain.programmes!.studiegebieden.length).toBeGreaterThan(0);
    expect(plain.programmes!.notSuggested).toBeUndefined();
    expect(answer(profile, ['--all']).programmes!.notSuggested).toBeDefined();
  });

  it('has no programmes for a pupil in the 1ste graad', () => {
    expect(answer({ version: 1, stage: '1A', year: 1 }).programmes).toBeUndefined();
  });
});
