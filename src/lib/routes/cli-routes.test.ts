import { describe, expect, it } from 'vitest';
import { routesCommand, UsageError } from './cli-routes.ts';
import { testCatalogue } from './test-catalogue.ts';

const catalogue = testCatalogue();
const run = (...args: string[]) => routesCommand(catalogue, args);

describe('routes command', () => {
  it('prints the reachable steps with name, graad and conditions; excluded ones apart', () => {
    const answer = run('--from', '2A', '--attest', 'B', '--exclude', 'doorstroom');
    expect(answer.from).toEqual({ kind: 'study', id: 'tweede-leerjaar-a', name: '2de leerjaar A', graad: 1, year: 2 });
    expect(answer.attest).toBe('B');
    const ids = answer.reachable.map((r) => r.id);
    expect(ids).toContain('elektrotechnieken-2de-graad');
    expect(ids).not.toContain('latijn-2de-graad');
    expect(answer.excluded.map((e) => e.id).sort()).toEqual(['economische-wetenschappen-2de-graad', 'latijn-2de-graad']);
    const aanloop = answer.reachable.find((r) => r.id === 'aanloop-bouw-2de-graad')!;
    expect(aanloop).toMatchObject({ name: 'Aanloop bouw', graad: 2, year: 3, status: 'voorwaarde' });
    expect(aanloop.conditions.join(' ')).toMatch(/15 jaar/);
    expect(answer.reachable.find((r) => r.id === 'elektriciteit-2de-graad')!.conditions).toEqual([]);
  });

  it('reads basisonderwijs with --getuigschrift, and --year for the 1ste year of a graad', () => {
    expect(run('--from', 'basisonderwijs', '--getuigschrift', 'no').reachable[0]).toMatchObject({ id: 'eerste-leerjaar-b', status: 'open' });
    const third = run('--from', 'Economische wetenschappen', '--year', '3');
    expect(third.reachable[0]).toMatchObject({ id: 'economische-wetenschappen-2de-graad', year: 4 });
  });

  it('several --exclude options add up', () => {
    const answer = run('--from', 'latijn-2de-graad', '--attest', 'B', '--exclude', 'doorstroom', '--exclude', 'Elektrotechnieken');
    expect(answer.excluded.map((e) => e.id)).toEqual(expect.arrayContaining(['moderne-talen-3de-graad', 'elektrotechnieken-3de-graad']));
  });

  it('adds routes to a goal with --goal', () => {
    const answer = run('--from', 'Klassieke talen', '--goal', 'Latijn-wiskunde');
    expect(answer.routes![0]!.steps.map((s) => s.id)).toEqual(['latijn-2de-graad', 'latijn-2de-graad', 'latijn-wiskunde-3de-graad']);
  });

  it('rejects unknown names with the closest matches, and bad options', () => {
    expect(() => run('--from', 'Latin')).toThrow(UsageError);
    expect(() => run('--from', 'Latin')).toThrow(/Onbekende studie "Latin"\.\nBedoel je:\n  - Latijn \(2de graad\)/);
    expect(() => run('--from', 'Latijn', '--exclude', 'Onbestaand')).toThrow(/Onbekende richting, finaliteit of studiedomein/);
    expect(() => run('--from', 'Latijn', '--attest', 'D')).toThrow(/--attest moet A, B of C zijn/);
    expect(() => run('--from', 'Latijn', '--attest', 'C', '--exclude', 'aso')).toThrow(/C-attest/);
    expect(() => run('--from', 'Latijn', '--year', '9')).toThrow(/--year/);
    expect(() => run('--from', 'Latijn', '--colour', 'red')).toThrow(/Onbekende optie/);
    expect(() => run()).toThrow(/--from/);
  });
});

describe('routes command with a programme of higher education as goal', () => {
  it('gives the routes to a programme by name, with the entrance exam as a condition on the last step', () => {
    const answer = run('--from', 'Elektriciteit', '--year', '6', '--goal', 'Bachelor in de testgeneeskunde');
    const [first] = answer.routes!;
    expect(first!.steps.map((s) => s.id)).toEqual(['voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar', 'bachelor-testgeneeskunde']);
    expect(first!.steps[1]).toMatchObject({ name: 'Bachelor in de testgeneeskunde', year: null, status: 'voorwaarde' });
    expect(first!.steps[1]!.conditions).toContain('Testnota: je slaagt eerst voor het toelatingsexamen arts.');
  });

  it('an unknown programme is a usage error with "Bedoel je"', () => {
    expect(() => run('--from', 'Moderne talen', '--goal', 'Bachelor in de testkunne')).toThrow(UsageError);
    expect(() => run('--from', 'Moderne talen', '--goal', 'Bachelor in de testkunne')).toThrow(/Onbekend doel[\s\S]*Bedoel je:[\s\S]*bachelor-testkunde/);
  });
});
