/** The printable summary on the real content: answers and choices become the lines a pupil takes home. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSummary } from '../../src/lib/choices/summary.ts';
import { EMPTY_ANSWERS, type Answers } from '../../src/lib/questionnaire/answers.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import { finderDataOf, toFinderSchool } from '../../src/lib/schools/finder-data.ts';
import { finderStudiesFromRoutes, studyTitles, toFinderStudy } from '../../src/lib/schools/finder-study.ts';
import { studyTitle } from '../../src/lib/content/study-view.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const domainNames = Object.fromEntries(content.domains.map((d) => [d.id, d.data.name]));
const studies = new Map(content.studies.map((s) => [s.id, toFinderStudy(s.id, s.data, studyTitle(s.data))]));
const schools = new Map(content.schools.map((s) => [s.data.id, toFinderSchool(s.data.id, s.data)]));
const stem = content.questions.filter((q) => q.soort === 'interesse' && q.domein === 'stem').map((q) => q.id);

const base = { questions: content.questions, catalogue, weights: content.weights!, domainNames, studies, schools, date: '2026-11-23' };

describe('studies without the school file', () => {
  it('the islands derive from their route props exactly the studies the finder file holds', () => {
    // /keuzes/ and /sessie/ no longer download the schools to show saved studies: both lists must agree.
    const fromFile = finderDataOf([], content.studies).studies;
    const fromRoutes = finderStudiesFromRoutes(catalogue.studies, studyTitles(content.studies));
    expect(fromRoutes).toEqual(fromFile);
    expect(fromRoutes.length).toBeGreaterThan(300);
    expect(fromRoutes.some((s) => s.graad === 7)).toBe(true);
  });
});

describe('session summary', () => {
  it('turns answers into the situation, interests and top suggestions with reasons, and lists the choices', () => {
    const answers: Answers = {
      ...EMPTY_ANSWERS,
      stage: 'tweede-leerjaar-a@2',
      attest: 'B',
      excluded: ['f:doorstroom'],
      goal: 'werken',
      items: Object.fromEntries(stem.map((id) => [id, 5])),
    };
    const school = [...schools.keys()][0]!;
    const summary = buildSummary({ ...base, answers, choices: { studies: ['elektriciteit-2de-graad', 'niet-meer-in-de-catalogus'], schools: [school], notes: '  Opendeurdag in maart.  ' } });
    expect(summary.situation).toEqual(['Nu: 2de leerjaar A', 'Attest: B-attest (uitgesloten: de doorstroomfinaliteit)', 'Na het secundair: gaan werken']);
    expect(summary.interests[0]).toBe(`${domainNames.stem}: 5 op 5`);
    expect(summary.suggestions.length).toBeGreaterThan(0);
    expect(summary.suggestions.length).toBeLessThanOrEqual(5);
    for (const s of summary.suggestions) {
      expect(s.reasons.length).toBeGreaterThan(0);
      // The B-attest excludes doorstroom: no suggestion may be a doorstroom richting.
      const id = [...studies.values()].find((x) => x.name === s.name)?.id;
      if (id) expect(catalogue.get(id)?.finaliteit).not.toBe('doorstroom');
    }
    expect(summary.studies.map((s) => s.id)).toEqual(['elektriciteit-2de-graad']);
    expect(summary.studies[0]!.title).toBe(studies.get('elektriciteit-2de-graad')!.title);
    // From 2A with a B-attest (no doorstroom): Elektriciteit is the next step, in the 3de jaar.
    expect(summary.studies[0]!.route).toBe('Elektriciteit, 3de jaar');
    expect(summary.schools.map((s) => s.id)).toEqual([school]);
    expect(summary.notes).toBe('Opendeurdag in maart.');
    expect(summary.help.map((h) => h.name)).toEqual(expect.arrayContaining(['Je CLB', 'Clbchat', 'Awel']));
    expect(summary.date).toBe('2026-11-23');
  });

  it('without answers it still lists the choices and the help, with no invented profile', () => {
    const summary = buildSummary({ ...base, answers: null, choices: { studies: [], schools: [], notes: '' } });
    expect(summary.situation).toEqual([]);
    expect(summary.interests).toEqual([]);
    expect(summary.suggestions).toEqual([]);
    const withStudy = buildSummary({ ...base, answers: null, choices: { studies: ['latijn-2de-graad'], schools: [], notes: '' } });
    expect(withStudy.studies[0]!.route).toBeNull();
    expect(summary.help.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the situation follows what the year ends with', () => {
  it('the last year says whether you pass; OKAN shows no attest', () => {
    const situation = (stage: string, attest: 'A' | 'C') =>
      buildSummary({ ...base, answers: { stage, attest, getuigschrift: null, excluded: [], goal: null, items: {}, adjust: { interests: {}, theory: null } }, choices: { studies: [], schools: [], notes: '' } }).situation;
    expect(situation('humane-wetenschappen-3de-graad@6', 'A')).toContain('Laatste jaar: slaagt (diploma of studiebewijs)');
    expect(situation('kapper-stylist-7de-jaar@7', 'C')).toContain('Laatste jaar: slaagt niet (C-attest)');
    expect(situation('humane-wetenschappen-3de-graad@5', 'A')).toContain('Attest: A-attest');
    expect(situation('okan@0', 'A').join(' ')).not.toMatch(/attest/i);
  });
});
