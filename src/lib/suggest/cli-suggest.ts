/**
 * The `suggest` command: reads a profile file, validates it (schema, then names against the catalogue), runs the
 * engine and shapes the JSON answer. Problems name the file and field and end in a UsageError (exit code 2).
 */
import { profileSchema } from '../../schemas/profile.ts';
import type { SuggestWeights } from '../../schemas/weights.ts';
import type { DomainId } from '../../schemas/enums.ts';
import type { Question } from '../../schemas/question.ts';
import type { RouteCatalogue } from '../routes/catalogue.ts';
import { UsageError } from '../routes/cli-routes.ts';
import { suggest } from './engine.ts';
import type { HoData } from '../ho/ho-data.ts';
import { suggestProgrammes, type ProgrammeResult } from './programmes.ts';
import type { ProfileData } from './profile.ts';
import { resolveProfile } from './resolve-profile.ts';

export interface SuggestAnswer {
  reachable: string[];
  suggestions: { id: string; name: string; score: number; reasons: string[] }[];
  notSuggested?: { id: string; name: string; score: number | null; reasons: string[] }[];
  notes: string[];
  /** For a pupil in the 3de graad or a 7de jaar: programmes of higher education and their studiegebieden. */
  programmes?: Omit<ProgrammeResult, 'notSuggested'> & { notSuggested?: ProgrammeResult['notSuggested'] };
}

/** Validates the text of a profile file; every problem names `file › field`. */
export function readProfile(text: string, file: string, catalogue: RouteCatalogue, questions: readonly Question[] = []) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is geen geldige JSON: ${(error as Error).message}`);
  }
  const parsed = profileSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `✖ ${file} › ${i.path.join('.') || '(profiel)'}: ${i.message}`);
    throw new UsageError(`Het profiel klopt niet:\n${lines.join('\n')}`);
  }
  const resolved = resolveProfile(catalogue, parsed.data as ProfileData, questions);
  if ('problems' in resolved) {
    throw new UsageError(`Het profiel klopt niet:\n${resolved.problems.map((p) => `✖ ${file} › ${p.field}: ${p.message}`).join('\n')}`);
  }
  return resolved.profile;
}

export function suggestCommand(
  catalogue: RouteCatalogue,
  weights: SuggestWeights,
  args: string[],
  readFile: (path: string) => string,
  domainNames: Partial<Record<DomainId, string>> = {},
  questions: readonly Question[] = [],
  hoData?: HoData,
): SuggestAnswer {
  const all = args.includes('--all');
  const files = args.filter((a) => a !== '--all');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`Onbekende optie "${unknown}".`);
  if (files.length !== 1) throw new UsageError('Geef precies één profielbestand: npm run --silent cli -- suggest <profiel.json> [--all]');
  const file = files[0]!;
  let text: string;
  try {
    text = readFile(file);
  } catch {
    throw new UsageError(`Kan ${file} niet lezen.`);
  }
  const profile = readProfile(text, file, catalogue, questions);
  const result = suggest(catalogue, profile, weights, { domainNames });
  const programmes = hoData ? suggestProgrammes(catalogue, hoData, profile, weights, { domainNames }) : null;
  return {
    reachable: result.reachable,
    suggestions: result.suggestions.map(({ id, name, score, reasons }) => ({ id, name, score, reasons })),
    ...(all ? { notSuggested: result.notSuggested.map(({ id, name, score, reasons }) => ({ id, name, score, reasons })) } : {}),
    notes: result.notes,
    ...(programmes ? { programmes: all ? programmes : { from: programmes.from, suggestions: programmes.suggestions, studiegebieden: programmes.studiegebieden, notes: programmes.notes } } : {}),
  };
}
