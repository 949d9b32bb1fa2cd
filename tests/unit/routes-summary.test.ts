/**
 * The route explorer's summary over the real catalogue: every figure in it is the size of a list the page shows
 * (stepGroups), for every position and attest. Before, it counted only "verder" steps for some figures and every
 * step for others, so 2A Moderne talen en wetenschappen said 110/37 while its lists held 73 + 38.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { RouteCatalogue } from '../../src/lib/routes/catalogue.ts';
import { explainResult, stepGroups } from '../../src/lib/routes/explain.ts';
import { nextSteps } from '../../src/lib/routes/next-steps.ts';
import { toRouteStudy } from '../../src/lib/routes/route-study.ts';
import type { Attest, NextStepsResult, Position, StepStatus } from '../../src/lib/routes/types.ts';

const content = loadContent('content');
const catalogue = new RouteCatalogue(content.studies.map((s) => toRouteStudy(s.id, s.data)));
const attests: Attest[] = [
  { type: 'A', exclusions: [] },
  { type: 'B', exclusions: [{ kind: 'finaliteit', value: 'doorstroom' }] },
  { type: 'C', exclusions: [] },
];

/** The figures a summary states, read back from its text. */
function figures(summary: string): Partial<Record<StepStatus | 'allowed', number>> {
  const num = (re: RegExp) => (re.exec(summary) ? Number(re.exec(summary)![1]) : undefined);
  return {
    allowed: num(/(?:kiezen uit|Dat kan op) (\d+)/),
    open: num(/(\d+) zonder voorwaarde/),
    voorwaarde: num(/(\d+) met een voorwaarde/),
    'vraag-raad': num(/Voor (\d+) andere keuzes? is de regel niet zeker/),
    uitgesloten: num(/niet naar .* \((\d+) keuzes?\)\./) ?? num(/(\d+) andere keuzes? (?:kan|kunnen) niet/),
  };
}

function expected(result: NextStepsResult): Partial<Record<StepStatus | 'allowed', number>> {
  const size = (status: StepStatus) => stepGroups(result).find((g) => g.status === status)?.steps.length ?? 0;
  const open = size('open');
  const voorwaarde = size('voorwaarde');
  const nonzero = (n: number) => (n > 0 ? n : undefined);
  return {
    allowed: open + voorwaarde,
    open: voorwaarde > 0 ? open : undefined,
    voorwaarde: nonzero(voorwaarde),
    'vraag-raad': nonzero(size('vraag-raad')),
    uitgesloten: nonzero(size('uitgesloten')),
  };
}

describe('the explorer summary counts what the lists show (real catalogue)', () => {
  it('for every position and attest, each figure is the size of a shown list', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const position of catalogue.positions()) {
      for (const attest of attests) {
        const result = nextSteps(catalogue, position, attest);
        const summary = explainResult(result);
        checked += 1;
        const got = figures(summary);
        const want = expected(result);
        const same = (Object.keys({ ...got, ...want }) as (keyof typeof got)[]).every((k) => got[k] === want[k]);
        if (!same) wrong.push(`${JSON.stringify(position)} ${attest.type}: "${summary}" ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('the reviewer\'s cases: 2A Moderne talen en wetenschappen and 1B include the "jaar overdoen" item', () => {
    const at = (id: string, year: number): Position => ({ kind: 'study', id, year });
    for (const position of [at('basisoptie-moderne-talen-en-wetenschappen', 2), at('eerste-leerjaar-b', 1)]) {
      const result = nextSteps(catalogue, position, attests[0]!);
      const sizes = stepGroups(result).map((g) => g.steps.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(result.steps.length);
      expect(result.steps.some((s) => s.move === 'overzitten')).toBe(true);
      const open = result.steps.filter((s) => s.status === 'open').length;
      const voorwaarde = result.steps.filter((s) => s.status === 'voorwaarde').length;
      expect(explainResult(result)).toContain(`Je kan kiezen uit ${open + voorwaarde} mogelijkheden: ${open} zonder voorwaarde en ${voorwaarde} met een voorwaarde.`);
    }
  });

  it('a sixth year: the impossible ones are named apart from the conditions (no "daarvan" after them)', () => {
    const sixth = catalogue.richtingen(3).find((s) => /schoonheidsverzorging/i.test(s.name))!;
    const summary = explainResult(nextSteps(catalogue, { kind: 'study', id: sixth.id, year: 6 }, attests[0]!));
    expect(summary).toMatch(/andere keuzes? (?:kan|kunnen) niet\./);
    expect(summary).not.toMatch(/daarvan/);
  });
});
