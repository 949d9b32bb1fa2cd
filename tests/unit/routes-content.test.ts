/**
 * The route rules over the real catalogue (content/studies), and the CLI as a real process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { routesTo } from '../../src/lib/routes/routes-to.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import type { Attest } from '../../src/lib/routes/types.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const A: Attest = { type: 'A', exclusions: [] };

const positions = catalogue.positions();

describe('route rules on the real catalogue', () => {
  it('finds the pages the rules are built on', () => {
    for (const [year, stroom] of [[1, 'A'], [1, 'B'], [2, 'A'], [2, 'B']] as const) expect(catalogue.firstGraadYear(year, stroom)).toBeDefined();
    for (const id of ['academische-bachelor', 'professionele-bachelor', 'graduaat', 'werken', 'voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar']) {
      expect(catalogue.get(id), id).toBeDefined();
    }
  });

  it('every position gives steps to pages that exist, in the next school year or the same one', () => {
    // Over 100,000 steps: collect what is wrong and assert once (an expect per step takes 40× the rules' own time).
    const wrong: string[] = [];
    let checked = 0;
    for (const position of positions) {
      for (const attest of [A, { type: 'C', exclusions: [] } as Attest]) {
        const { steps } = nextSteps(catalogue, position, attest);
        for (const step of steps) {
          checked += 1;
          const at = `${JSON.stringify(position)} ${attest.type} → ${step.id}`;
          const target = catalogue.get(step.id);
          if (!target) wrong.push(`${at}: geen pagina`);
          else if (step.year !== null && step.year > 0 && !target.leerjaren.includes(step.year)) wrong.push(`${at}: geen leerjaar ${step.year}`);
          if (step.reasons.length === 0) wrong.push(`${at}: geen reden`);
        }
      }
    }
    expect(checked).toBeGreaterThan(positions.length);
    expect(wrong).toEqual([]);
  });

  it('with an A-attest every studierichting can be reached from somewhere, and every 6de jaar leads on', () => {
    const reached = new Set<string>();
    for (const position of positions) for (const s of nextSteps(catalogue, position, A).steps) if (s.status !== 'uitgesloten') reached.add(s.id);
    for (const s of catalogue.studies.filter((s) => s.kind === 'studierichting' || s.kind === 'zevende-jaar')) expect(reached.has(s.id), s.id).toBe(true);
    for (const s of catalogue.richtingen(3)) {
      const open = nextSteps(catalogue, { kind: 'study', id: s.id, year: 6 }, A).steps.filter((step) => step.status === 'open');
      expect(open.map((step) => step.id), s.id).toEqual(expect.arrayContaining(['graduaat', 'werken']));
    }
  });

  it('a B-attest after 2A excluding doorstroom excludes exactly the doorstroom richtingen of the 2de graad', () => {
    const { steps } = nextSteps(catalogue, { kind: 'study', id: 'tweede-leerjaar-a', year: 2 }, { type: 'B', exclusions: [{ kind: 'finaliteit', value: 'doorstroom' }] });
    const excluded = steps.filter((s) => s.status === 'uitgesloten').map((s) => s.id).sort();
    const doorstroom = catalogue.richtingen(2).filter((s) => s.finaliteit === 'doorstroom').map((s) => s.id).sort();
    expect(excluded).toEqual(doorstroom);
    expect(doorstroom.length).toBeGreaterThan(20);
  });

  it('from 2B to a professionele bachelor, the sure route passes the voorbereidend 7de jaar', () => {
    const [best] = routesTo(catalogue, { kind: 'study', id: 'tweede-leerjaar-b', year: 2 }, A, 'professionele-bachelor');
    expect(best!.status).toBe('open');
    expect(best!.legs.map((l) => l.id)).toContain('voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar');
  });
});

describe('npm run cli -- routes', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'routes', ...args], { encoding: 'utf8' });

  it('prints JSON for an official name', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'routes', '--from', 'Latijn', '--attest', 'B', '--exclude', 'doorstroom'], { encoding: 'utf8' });
    const answer = JSON.parse(out);
    expect(answer.from).toMatchObject({ id: 'latijn-2de-graad', year: 4 });
    const forward = answer.reachable.filter((r: { move: string }) => r.move === 'verder');
    expect(forward.length).toBeGreaterThan(50);
    expect(forward.every((r: { id: string }) => catalogue.get(r.id)?.finaliteit !== 'doorstroom')).toBe(true);
    expect(answer.reachable[0]).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), graad: 3, conditions: expect.any(Array) }));
  });

  it('exits with 2 and the closest matches for an unknown name', () => {
    const result = cli('--from', 'Latjin');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Onbekende studie "Latjin"[\s\S]*Latijn \(2de graad\) \[latijn-2de-graad\]/);
  });
});

describe('npm run cli -- schools', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', 'schools', ...args], { encoding: 'utf8' });

  it('prints schools near a postcode, nearest first', () => {
    const result = run('--near', '2018', '--study', 'Gezondheidszorg', '--max-km', '15');
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout) as { id: string; km: number; offers: string[] }[];
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.map((s) => s.km)).toEqual([...answer.map((s) => s.km)].sort((a, b) => a - b));
    expect(answer.every((s) => s.offers.includes('gezondheidszorg-3de-graad') && s.km <= 15)).toBe(true);
  });

  it('exits with 2 for an unknown postcode', () => {
    const result = run('--near', '0000');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Onbekende postcode 0000/);
  });
});
