/**
 * The `routes` command: parses the CLI arguments, runs the route rules and shapes the JSON answer. Kept out of the
 * script so that tests can call it without a process.
 */
import type { RouteCatalogue } from './catalogue.ts';
import { nextSteps, RouteError } from './next-steps.ts';
import { resolveExclusion, resolveGoal, resolveStart, type Resolved } from './resolve.ts';
import { routesTo } from './routes-to.ts';
import type { Attest, AttestType, Exclusion, Position, Step } from './types.ts';

export class UsageError extends Error {}

export interface RoutesAnswer {
  from: { kind: 'basisonderwijs'; getuigschrift: boolean } | { kind: 'study'; id: string; name: string; graad: number | null; year: number };
  attest: AttestType;
  reachable: { id: string; name: string; graad: number | null; year: number | null; stroom?: Step['stroom']; status: Step['status']; move: Step['move']; conditions: string[]; rules: string[] }[];
  excluded: { id: string; name: string; graad: number | null; year: number | null; reasons: string[]; rules: string[] }[];
  notes: string[];
  routes?: { status: Step['status']; steps: { id: string; name: string; year: number | null; stroom?: Step['stroom']; status: Step['status']; conditions: string[] }[] }[];
}

const SINGLE = new Set(['--from', '--year', '--attest', '--getuigschrift', '--goal', '--stroom']);

function parseArgs(args: string[]): { single: Map<string, string>; excludes: string[] } {
  const single = new Map<string, string>();
  const excludes: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? args[++i];
    if (flag !== '--exclude' && !SINGLE.has(flag)) throw new UsageError(`Onbekende optie "${arg}".`);
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`Geef een waarde na ${flag}.`);
    if (flag === '--exclude') excludes.push(value);
    else if (single.has(flag)) throw new UsageError(`${flag} mag maar één keer.`);
    else single.set(flag, value);
  }
  return { single, excludes };
}

function unwrap<T>(resolved: Resolved<T>): T {
  if (resolved.ok) return resolved.value;
  const list = resolved.suggestions.length > 0 ? `\nBedoel je:\n${resolved.suggestions.map((s) => `  - ${s}`).join('\n')}` : '';
  throw new UsageError(`${resolved.error}${list}`);
}

export function routesCommand(catalogue: RouteCatalogue, args: string[]): RoutesAnswer {
  const { single, excludes } = parseArgs(args);
  const fromText = single.get('--from');
  if (!fromText) throw new UsageError('Geef met --from aan waar je nu bent.');

  const yearText = single.get('--year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && (!Number.isInteger(year) || year < 1 || year > 7)) throw new UsageError(`--year moet een leerjaar van 1 tot 7 zijn, niet "${yearText}".`);

  const getuigschriftText = single.get('--getuigschrift')?.toLowerCase();
  if (getuigschriftText !== undefined && !['yes', 'no', 'ja', 'nee'].includes(getuigschriftText)) {
    throw new UsageError(`--getuigschrift moet yes of no zijn, niet "${single.get('--getuigschrift')}".`);
  }
  const stroom = single.get('--stroom')?.toUpperCase();
  if (stroom !== undefined && stroom !== 'A' && stroom !== 'B') throw new UsageError('--stroom moet A of B zijn.');

  const attestText = (single.get('--attest') ?? 'A').toUpperCase();
  if (attestText !== 'A' && attestText !== 'B' && attestText !== 'C') throw new UsageError(`--attest moet A, B of C zijn, niet "${single.get('--attest')}".`);
  if (excludes.length > 0 && attestText === 'C') throw new UsageError('Met een C-attest sluit de klassenraad niets uit: je doet het jaar over. Laat --exclude weg.');

  const from = unwrap(
    resolveStart(catalogue, fromText, {
      ...(year !== undefined ? { year } : {}),
      ...(getuigschriftText !== undefined ? { getuigschrift: getuigschriftText === 'yes' || getuigschriftText === 'ja' } : {}),
      ...(stroom ? { stroom: stroom as 'A' | 'B' } : {}),
    }),
  );
  const exclusions: Exclusion[] = excludes.map((text) => unwrap(resolveExclusion(catalogue, text)));
  const attest: Attest = { type: attestText, exclusions };

  let result;
  try {
    result = nextSteps(catalogue, from, attest);
  } catch (error) {
    if (error instanceof RouteError) throw new UsageError(error.message);
    throw error;
  }

  const describe = (id: string) => {
    const study = catalogue.get(id);
    return { id, name: study?.name ?? id, graad: study?.graad ?? null };
  };
  const answer: RoutesAnswer = {
    from: describeFrom(catalogue, from),
    attest: result.attest.type,
    reachable: result.steps
      .filter((s) => s.status !== 'uitgesloten')
      .map((s) => ({
        ...describe(s.id),
        year: s.year,
        ...(s.stroom ? { stroom: s.stroom } : {}),
        status: s.status,
        move: s.move,
        conditions: s.status === 'open' ? [] : s.reasons.map((r) => r.text),
        rules: s.reasons.map((r) => r.rule),
      })),
    excluded: result.steps
      .filter((s) => s.status === 'uitgesloten')
      .map((s) => ({ ...describe(s.id), year: s.year, reasons: s.reasons.map((r) => r.text), rules: s.reasons.map((r) => r.rule) })),
    notes: result.notes.map((n) => n.text),
  };

  const goalText = single.get('--goal');
  if (goalText !== undefined) {
    const goal = unwrap(resolveGoal(catalogue, goalText));
    answer.routes = routesTo(catalogue, from, attest, goal).map((route) => ({
      status: route.status,
      steps: route.legs.map((leg) => ({
        id: leg.id,
        name: catalogue.nameOf(leg.id),
        year: leg.year,
        ...(leg.stroom ? { stroom: leg.stroom } : {}),
        status: leg.status,
        conditions: leg.status === 'open' ? [] : leg.reasons.map((r) => r.text),
      })),
    }));
  }
  return answer;
}

function describeFrom(catalogue: RouteCatalogue, from: Position): RoutesAnswer['from'] {
  if (from.kind === 'basisonderwijs') return from;
  const study = catalogue.get(from.id);
  return { kind: 'study', id: from.id, name: study?.name ?? from.id, graad: study?.graad ?? null, year: from.year };
}
