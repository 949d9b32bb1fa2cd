import { describe, expect, it } from 'vitest';
import type { Question } from '../../schemas/question.ts';
import { testCatalogue } from '../routes/test-catalogue.ts';
import { resolveProfile } from '../suggest/resolve-profile.ts';
import { EMPTY_ANSWERS, profileFromAnswers, readSavedAnswers, resolvedFromAnswers, serializeAnswers, type Answers } from './answers.ts';

const questions: Question[] = [
  { id: 'stem-1', soort: 'interesse', tekst: 'Iets bouwen', domein: 'stem', riasec: 'R' },
  { id: 'stem-2', soort: 'interesse', tekst: 'Een proef doen', domein: 'stem', riasec: 'I' },
  { id: 'zorg-1', soort: 'interesse', tekst: 'Zorgen voor iemand', domein: 'maatschappij-en-welzijn', riasec: 'S' },
  { id: 'praktijk', soort: 'stijl', tekst: 'Ik doe liever', kenmerk: 'theory', omgekeerd: true },
  { id: 'theorie', soort: 'stijl', tekst: 'Ik denk graag na', kenmerk: 'theory', omgekeerd: false },
  { id: 'talen', soort: 'stijl', tekst: 'Talen liggen me', kenmerk: 'talen', omgekeerd: false },
];
const names = { stem: 'STEM', 'maatschappij-en-welzijn': 'Maatschappij en welzijn' };
const catalogue = testCatalogue();
const answers = (change: Partial<Answers>): Answers => ({ ...structuredClone(EMPTY_ANSWERS), ...change });

describe('profileFromAnswers', () => {
  it('averages the items per domein, leaves out "weet ik niet", and reverses reversed style items', () => {
    const profile = profileFromAnswers(
      answers({ stage: 'tweede-leerjaar-a@2', attest: 'B', excluded: ['f:doorstroom', 'd:stem'], goal: 'werken', items: { 'stem-1': 5, 'stem-2': 4, 'zorg-1': 'weet-niet', praktijk: 5, theorie: 2, talen: 4 } }),
      questions,
      names,
    );
    expect(profile).toEqual({
      version: 1,
      stage: 'tweede-leerjaar-a',
      year: 2,
      attest: { type: 'B', excluded: ['doorstroom', 'stem'] },
      interests: { STEM: 4.5 },
      style: { theory: 1.5, talen: 4 },
      goal: 'werken',
      items: { 'stem-1': 5, 'stem-2': 4 },
    });
    // The profile is valid for the resolver (the same names the CLI accepts).
    expect('profile' in resolveProfile(catalogue, profile!)).toBe(true);
  });

  it('basisonderwijs uses the getuigschrift; adjustments on the result page win over the items', () => {
    const profile = profileFromAnswers(
      answers({ stage: 'basisonderwijs', getuigschrift: 'nee', items: { 'stem-1': 2 }, adjust: { interests: { stem: 5 }, theory: 4 } }),
      questions,
      names,
    );
    expect(profile).toMatchObject({ stage: 'basisonderwijs', attest: { getuigschrift: false }, interests: { STEM: 5 }, style: { theory: 4 } });
  });

  it('"weet ik niet" for the attest leaves it out; no stage means no profile yet', () => {
    expect(profileFromAnswers(answers({ stage: 'latijn-2de-graad@3', attest: 'weet-niet' }), questions, names)!.attest).toBeUndefined();
    expect(profileFromAnswers(answers({}), questions, names)).toBeNull();
    expect(profileFromAnswers(answers({ stage: 'basisoptie-stem-technieken@2:B' }), questions, names)).toMatchObject({ stage: 'basisoptie-stem-technieken', stroom: 'B' });
  });
});

describe('readSavedAnswers', () => {
  it('round-trips answers', () => {
    const saved = answers({ stage: 'latijn-2de-graad@4', attest: 'A', goal: 'open', items: { 'stem-1': 3, talen: 'weet-niet' }, adjust: { interests: { stem: 2 }, theory: 5 } });
    expect(readSavedAnswers(serializeAnswers(saved), catalogue, questions)).toEqual({ answers: saved, step: 0, problem: null });
    expect(readSavedAnswers(serializeAnswers(saved, 7), catalogue, questions, 'tab')).toEqual({ answers: saved, step: 7, problem: null });
    expect(readSavedAnswers(null, catalogue, questions)).toEqual({ answers: null, step: 0, problem: null });
  });

  it('reads answers kept before the page was stored (no step) from the first page, and ignores a nonsense step', () => {
    const saved = answers({ stage: 'latijn-2de-graad@4' });
    expect(readSavedAnswers(JSON.stringify({ version: 1, answers: saved }), catalogue, questions).step).toBe(0);
    expect(readSavedAnswers(JSON.stringify({ version: 1, answers: saved, step: -3 }), catalogue, questions).step).toBe(0);
    expect(readSavedAnswers(JSON.stringify({ version: 1, answers: saved, step: '4' }), catalogue, questions).step).toBe(0);
  });

  it('says where unreadable data is and that it was left alone', () => {
    expect(readSavedAnswers('{not json', catalogue, questions, 'tab').problem).toBe('Je bewaarde antwoorden in dit tabblad zijn beschadigd en konden niet gelezen worden. We hebben ze niet gewist.');
    expect(readSavedAnswers('{"version":2}', catalogue, questions, 'device').problem).toMatch(/^Op dit toestel .* niet gewist\.$/);
    expect(readSavedAnswers('{"version":1}', catalogue, questions, 'tab')).toEqual({ answers: null, step: 0, problem: expect.stringMatching(/in dit tabblad zijn onvolledig/) });
  });

  it('reports broken, old or foreign data in plain Dutch and never throws', () => {
    expect(readSavedAnswers('{not json', catalogue, questions).problem).toMatch(/beschadigd/);
    expect(readSavedAnswers('{"version":0,"answers":{}}', catalogue, questions).problem).toMatch(/andere versie/);
    expect(readSavedAnswers('"hallo"', catalogue, questions).problem).toMatch(/andere versie/);
    const partly = readSavedAnswers(JSON.stringify({ version: 1, answers: { stage: 'bestaat-niet@3', items: { 'stem-1': 9, onbekend: 3, 'stem-2': 4 } } }), catalogue, questions);
    expect(partly.answers).toMatchObject({ stage: null, items: { 'stem-2': 4 } });
    expect(partly.problem).toMatch(/3 bewaarde antwoorden klopten niet/);
    let seed = 3;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const base = serializeAnswers(answers({ stage: 'latijn-2de-graad@4', items: { 'stem-1': 3 } }));
    for (let i = 0; i < 1000; i++) {
      const chars = [...base];
      for (let j = 0; j < 3; j++) chars[Math.floor(random() * chars.length)] = String.fromCharCode(32 + Math.floor(random() * 90));
      expect(() => readSavedAnswers(chars.join(''), catalogue, questions)).not.toThrow();
    }
  });
});

describe('resolvedFromAnswers', () => {
  it('gives the same resolved profile as resolving the exported profile by name', () => {
    const cases: Partial<Answers>[] = [
      { stage: 'tweede-leerjaar-a@2', attest: 'B', excluded: ['f:doorstroom', 'd:stem', 'o:aso', 's:latijn-2de-graad'], goal: 'werken', items: { 'stem-1': 5, praktijk: 4 } },
      { stage: 'basisonderwijs', getuigschrift: 'nee' },
      { stage: 'basisonderwijs', getuigschrift: 'weet-niet', items: { 'zorg-1': 2 } },
      { stage: 'latijn-2de-graad@3', attest: 'weet-niet', adjust: { interests: { stem: 4 }, theory: 2 } },
      { stage: 'basisoptie-stem-technieken@2:B', attest: 'C' },
      { stage: 'okan@0', attest: 'A' },
    ];
    for (const change of cases) {
      const a = answers(change);
      const byName = resolveProfile(catalogue, profileFromAnswers(a, questions, names)!, questions);
      expect('profile' in byName && byName.profile, JSON.stringify(change)).toEqual(resolvedFromAnswers(a, questions, catalogue));
    }
  });
});
