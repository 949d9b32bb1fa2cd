/**
 * Routes into higher education over the real content: every programme in content/programmes against every 6de jaar
 * (by finaliteit) and every 7de jaar in content/studies. Holds for any valid content, whatever the number of
 * programmes; the CLI is run as a real process.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { KIND_DESTINATION, RouteCatalogue, isVoorbereidendJaar } from '../../src/lib/routes/catalogue.ts';
import { isEntranceExam, programmeSteps } from '../../src/lib/routes/programme-steps.ts';
import { routesTo } from '../../src/lib/routes/routes-to.ts';
import { toRouteProgramme, toRouteStudy } from '../../src/lib/routes/route-study.ts';
import type { Attest, Position, RouteProgramme, Step } from '../../src/lib/routes/types.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(
  content.studies.map((s) => toRouteStudy(s.id, s.data)),
  content.programmes.map((p) => toRouteProgramme(p.id, p.data)),
);
const A: Attest = { type: 'A', exclusions: [] };
const programmes = catalogue.programmes;
const sixth = catalogue.richtingen(3).map((s) => ({ study: s, position: { kind: 'study' as const, id: s.id, year: 6 } }));
const seventh = catalogue.zevendeJaren().map((s) => ({ study: s, position: { kind: 'study' as const, id: s.id, year: 7 } }));
const arbeidsmarkt = sixth.filter((s) => s.study.finaliteit === 'arbeidsmarkt');
const isBachelor = (p: RouteProgramme) => p.kind !== 'graduaat';
const withExam = programmes.filter((p) => p.admission.some((a) => isEntranceExam(a.kind)));
const stepsCache = new Map<string, Step[]>();
/** The programme steps after a 6de or 7de jaar, computed once per position. */
const stepsAt = (position: Position & { kind: 'study' }) => {
  const key = `${position.id}@${position.year}`;
  if (!stepsCache.has(key)) stepsCache.set(key, programmeSteps(catalogue, position, A));
  return stepsCache.get(key)!;
};

describe('routes into higher education on the real content', () => {
  it('the content has programmes of every kind, 6de jaren of every finaliteit and the voorbereidend 7de jaar', () => {
    expect(programmes.length).toBe(content.programmes.length);
    expect(new Set(programmes.map((p) => p.kind))).toEqual(new Set(Object.keys(KIND_DESTINATION)));
    expect(new Set(sixth.map((s) => s.study.finaliteit))).toEqual(new Set(['doorstroom', 'dubbele-finaliteit', 'arbeidsmarkt']));
    expect(seventh.some((s) => isVoorbereidendJaar(s.study))).toBe(true);
  });

  it('every programme is reachable from some 6de or 7de jaar, and every 6de and 7de jaar reaches some programme', () => {
    const reached = new Set<string>();
    for (const { study, position } of [...sixth, ...seventh]) {
      const open = stepsAt(position).filter((s) => s.status !== 'uitgesloten');
      expect(open.length, study.id).toBeGreaterThan(0);
      for (const step of open) reached.add(step.id);
    }
    for (const p of programmes) expect(reached.has(p.id), p.id).toBe(true);
  });

  it('after a 6de jaar doorstroom or dubbele finaliteit every programme is one step away', () => {
    for (const { study, position } of sixth.filter((s) => s.study.finaliteit !== 'arbeidsmarkt')) {
      const steps = stepsAt(position);
      expect(steps.map((s) => s.id).sort(), study.id).toEqual(programmes.map((p) => p.id).sort());
      expect(steps.filter((s) => s.status === 'uitgesloten' || s.status === 'vraag-raad'), study.id).toEqual([]);
    }
  });

  it('no bachelor as a direct step after a 6de jaar arbeidsmarktfinaliteit; graduaten are (the diploma gives access)', () => {
    expect(arbeidsmarkt.length).toBeGreaterThan(0);
    for (const { study, position } of arbeidsmarkt) {
      for (const step of stepsAt(position)) {
        const programme = catalogue.programme(step.id)!;
        if (isBachelor(programme)) {
          expect(step.status, `${study.id} → ${step.id}`).toBe('uitgesloten');
          expect(step.reasons.map((r) => r.rule)).toContain('bachelor-na-arbeidsmarkt');
        } else {
          expect(step.status, `${study.id} → ${step.id}`).not.toBe('uitgesloten');
          expect(step.reasons.map((r) => r.rule)).toContain('graduaat-toelating');
        }
      }
    }
  });

  it('every route from a 6de jaar arbeidsmarkt to a bachelor has the voorbereidend 7de jaar (or a graduaat) right before it', () => {
    const oneOfEachKind = ['professionele-bachelor', 'academische-bachelor'].map((kind) => programmes.find((p) => p.kind === kind)!);
    for (const { study, position } of arbeidsmarkt) {
      for (const programme of oneOfEachKind) {
        const routes = routesTo(catalogue, position, A, programme.id);
        expect(routes.length, `${study.id} → ${programme.id}`).toBeGreaterThan(0);
        // The surest route: the voorbereidend 7de jaar, then the bachelor.
        expect(isVoorbereidendJaar(catalogue.get(routes[0]!.legs[0]!.id)!), study.id).toBe(true);
        for (const route of routes) {
          const before = catalogue.get(route.legs.at(-2)?.id ?? study.id)!;
          // The voorbereidend 7de jaar, or first a graduaat or HBO5 (then the bachelor is a step on condition).
          const via = isVoorbereidendJaar(before) || before.id === KIND_DESTINATION.graduaat || before.kind === 'hbo5';
          expect(via, `${study.id}: ${route.legs.map((l) => l.id).join(' > ')}`).toBe(true);
        }
      }
    }
  });

  it('every programme with an entrance exam shows it as a condition on the step into it, on every route', () => {
    const starts = [sixth.find((s) => s.study.finaliteit === 'doorstroom')!, sixth.find((s) => s.study.finaliteit === 'dubbele-finaliteit')!, arbeidsmarkt[0]!, seventh.find((s) => isVoorbereidendJaar(s.study))!];
    for (const programme of withExam) {
      const notes = programme.admission.filter((a) => isEntranceExam(a.kind)).map((a) => a.note);
      for (const { study, position } of [...sixth, ...seventh]) {
        const step = stepsAt(position).find((s) => s.id === programme.id)!;
        if (step.status === 'uitgesloten') continue;
        expect(step.status, `${study.id} → ${programme.id}`).not.toBe('open');
        expect(step.reasons.map((r) => r.text)).toEqual(expect.arrayContaining(notes));
      }
      for (const { study, position } of starts) {
        for (const route of routesTo(catalogue, position, A, programme.id)) {
          const last = route.legs.at(-1)!;
          expect(last.id).toBe(programme.id);
          expect(last.status, `${study.id} → ${programme.id}`).not.toBe('open');
          expect(last.reasons.filter((r) => r.rule === 'opleiding-toelatingsexamen').map((r) => r.text)).toEqual(notes);
        }
      }
    }
  });
});

describe('npm run cli -- routes --goal <programme>', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'routes', ...args], { encoding: 'utf8' });
  const arbeidsmarktName = arbeidsmarkt.find((s) => catalogue.studies.filter((o) => o.name === s.study.name).length === 1)!.study.name;
  const bachelor = programmes.find(isBachelor)!;

  it('returns the routes to a programme named by its official name', () => {
    const result = cli('--from', arbeidsmarktName, '--goal', bachelor.name);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout) as { routes: { status: string; steps: { id: string; name: string; year: number | null; conditions: string[] }[] }[] };
    expect(answer.routes.length).toBeGreaterThan(0);
    for (const route of answer.routes) {
      expect(route.steps.at(-1)).toMatchObject({ id: bachelor.id, name: bachelor.name, year: null });
      expect(route.steps.length).toBeGreaterThan(1);
    }
  });

  it('exits with 2 and "Bedoel je" with the closest programmes for an unknown programme', () => {
    const typo = `${bachelor.name.slice(0, -2)}xx`;
    const result = cli('--from', arbeidsmarktName, '--goal', typo);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Onbekend doel "${typo}"`);
    expect(result.stderr).toMatch(new RegExp(`Bedoel je:[\\s\\S]*\\[${bachelor.id}\\]`));
  });
});
