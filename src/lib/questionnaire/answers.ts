/**
 * The questionnaire's answers and how they become a pupil profile (shared/profile.md). Also reads answers saved
 * on the device: anything that does not fit is reported, never trusted.
 */
import { DOMAIN_IDS, type DomainId } from '../../schemas/enums.ts';
import type { Question } from '../../schemas/question.ts';
import type { RouteCatalogue } from '../routes/catalogue.ts';
import { exclusionOf, parseStartKey, positionOf, yearToAsk } from '../routes/explorer-state.ts';
import type { Exclusion } from '../routes/types.ts';
import type { ProfileData, StyleKey } from '../suggest/profile.ts';
import { profileItems } from '../suggest/items.ts';
import type { ResolvedProfile } from '../suggest/resolve-profile.ts';

export type ItemAnswer = 1 | 2 | 3 | 4 | 5 | 'weet-niet';
/** The values each answer can take; also what a share link may hold (src/lib/choices/shared-answers.ts). */
export const ATTEST_ANSWERS = ['A', 'B', 'C', 'weet-niet'] as const;
export const GETUIGSCHRIFT_ANSWERS = ['ja', 'nee', 'weet-niet'] as const;
export const GOALS = ['hoger-onderwijs', 'werken', 'open'] as const;
export const isItemAnswer = (v: unknown): v is ItemAnswer => v === 'weet-niet' || (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5);

export interface Answers {
  /** `basisonderwijs`, or `<study id>@<year>` with `:A`/`:B` for a basisoptie of 2A or 2B. */
  stage: string | null;
  attest: (typeof ATTEST_ANSWERS)[number] | null;
  getuigschrift: (typeof GETUIGSCHRIFT_ANSWERS)[number] | null;
  /** Exclusion keys as in the route explorer: `f:doorstroom`, `d:stem`, `o:aso`, `s:<id>`. */
  excluded: string[];
  goal: (typeof GOALS)[number] | null;
  items: Record<string, ItemAnswer>;
  /** Changes made on the result page; they win over the item answers. */
  adjust: { interests: Partial<Record<DomainId, number>>; theory: number | null };
}

export const EMPTY_ANSWERS: Answers = {
  stage: null,
  attest: null,
  getuigschrift: null,
  excluded: [],
  goal: null,
  items: {},
  adjust: { interests: {}, theory: null },
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Mean of the answered items (1-5), "weet ik niet" left out; undefined when nothing was answered. */
function mean(values: (ItemAnswer | undefined)[]): number | undefined {
  const numbers = values.filter((v): v is 1 | 2 | 3 | 4 | 5 => typeof v === 'number');
  return numbers.length > 0 ? round1(numbers.reduce((a, b) => a + b, 0) / numbers.length) : undefined;
}

/** Interest per domein from the items (before adjustments). */
export function interestsFromItems(answers: Answers, questions: Question[]): Partial<Record<DomainId, number>> {
  const result: Partial<Record<DomainId, number>> = {};
  for (const domein of DOMAIN_IDS) {
    const value = mean(questions.filter((q) => q.soort === 'interesse' && q.domein === domein).map((q) => answers.items[q.id]));
    if (value !== undefined) result[domein] = value;
  }
  return result;
}

export function styleFromItems(answers: Answers, questions: Question[]): Partial<Record<StyleKey, number>> {
  const result: Partial<Record<StyleKey, number>> = {};
  for (const key of ['theory', 'talen', 'wiskunde', 'handen', 'mensen'] as const) {
    const values = questions
      .filter((q) => q.soort === 'stijl' && q.kenmerk === key)
      .map((q) => {
        const v = answers.items[q.id];
        return typeof v === 'number' && q.soort === 'stijl' && q.omgekeerd ? ((6 - v) as ItemAnswer) : v;
      });
    const value = mean(values);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/**
 * "Waar zit je nu" is fully answered: basisonderwijs, or a study with its school year. A study of more years
 * without a chosen year is not (the questionnaire asks it; nothing guesses it).
 */
export function stageComplete(catalogue: RouteCatalogue, stage: string | null): boolean {
  return stage === 'basisonderwijs' || (stage !== null && positionOf(catalogue, stage) !== null);
}

/** The profile the answers describe, or null while "waar zit je nu" is not answered. */
export function profileFromAnswers(answers: Answers, questions: Question[], domainNames: Record<string, string>): ProfileData | null {
  if (!answers.stage) return null;
  const profile: ProfileData = { version: 1, stage: 'basisonderwijs' };
  if (answers.stage !== 'basisonderwijs') {
    const parsed = parseStartKey(answers.stage);
    if (!parsed) return null;
    profile.stage = parsed.id;
    if (parsed.year > 0) profile.year = parsed.year;
    if (parsed.stroom) profile.stroom = parsed.stroom;
    if (answers.attest && answers.attest !== 'weet-niet') {
      profile.attest = {
        type: answers.attest,
        // The value after "f:", "d:", "o:" or "s:" is a finaliteit, domein, onderwijsvorm or study id: all names
        // the profile format accepts.
        excluded: answers.attest === 'B' ? answers.excluded.map((key) => key.slice(2)) : [],
      };
    }
  } else if (answers.getuigschrift && answers.getuigschrift !== 'weet-niet') {
    profile.attest = { getuigschrift: answers.getuigschrift === 'ja' };
  }
  const interests = { ...interestsFromItems(answers, questions), ...answers.adjust.interests };
  profile.interests = Object.fromEntries(Object.entries(interests).map(([d, v]) => [domainNames[d] ?? d, v]));
  const style = styleFromItems(answers, questions);
  if (answers.adjust.theory !== null) style.theory = answers.adjust.theory;
  if (Object.keys(style).length > 0) profile.style = style;
  if (answers.goal) profile.goal = answers.goal;
  const items = profileItems(answers.items, questions);
  if (items.length > 0) profile.items = Object.fromEntries(items.map((i) => [i.id, i.value]));
  return profile;
}

/**
 * The resolved profile straight from the answers, which hold ids: the same result as resolveProfile on
 * profileFromAnswers (tested), without the name matching the browser does not need.
 */
export function resolvedFromAnswers(answers: Answers, questions: Question[], catalogue: RouteCatalogue): ResolvedProfile | null {
  if (!answers.stage) return null;
  const gbo = answers.getuigschrift;
  const key = answers.stage === 'basisonderwijs' ? (gbo === 'nee' ? 'bao-nee' : 'bao-ja') : answers.stage;
  const position = positionOf(catalogue, key);
  if (!position) return null;
  const known = answers.stage === 'basisonderwijs' ? gbo === 'ja' || gbo === 'nee' : answers.attest !== null && answers.attest !== 'weet-niet';
  const type = answers.stage === 'basisonderwijs' || !known ? 'A' : (answers.attest as 'A' | 'B' | 'C');
  const exclusions = type === 'B' ? answers.excluded.map((k) => exclusionOf(catalogue, k)).filter((e): e is Exclusion => e !== null) : [];
  const style = styleFromItems(answers, questions);
  if (answers.adjust.theory !== null) style.theory = answers.adjust.theory;
  const items = profileItems(answers.items, questions);
  return {
    position,
    attest: { type, exclusions },
    attestAssumed: !known,
    interests: { ...interestsFromItems(answers, questions), ...answers.adjust.interests },
    style,
    goal: answers.goal ?? 'open',
    ...(items.length > 0 ? { items } : {}),
  };
}

export const STORAGE_KEY = 'richtingwijzer:vragenlijst:v1';

/** Where answers are kept: for this tab (sessionStorage, the default) or on this device (localStorage, chosen). */
export type AnswersPlace = 'tab' | 'device';


export interface SavedAnswers {
  /** The answers read, or null when there were none or they could not be read at all. */
  answers: Answers | null;
  /** The page the pupil was on (0 when unknown). */
  step: number;
  /** A plain-Dutch problem: data that could not be read (then `answers` is null and the data was left alone) or answers skipped. */
  problem: string | null;
}

/**
 * Reads answers kept in this tab or on this device. Returns the answers and the page, or a plain-Dutch problem when
 * the data is broken, from another version, or not ours; such data is never removed here (the caller keeps it until
 * the user decides). Unknown question ids are dropped (a question may have been removed since).
 */
export function readSavedAnswers(text: string | null, catalogue: RouteCatalogue, questions: Question[], place: AnswersPlace = 'device'): SavedAnswers {
  if (text === null || text === '') return { answers: null, step: 0, problem: null };
  const where = place === 'device' ? 'op dit toestel' : 'in dit tabblad';
  const unreadable = (problem: string): SavedAnswers => ({ answers: null, step: 0, problem });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return unreadable(`Je bewaarde antwoorden ${where} zijn beschadigd en konden niet gelezen worden. We hebben ze niet gewist.`);
  }
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== 1) {
    return unreadable(`${where === 'op dit toestel' ? 'Op dit toestel' : 'In dit tabblad'} staan antwoorden van een andere versie van Richtingwijzer. We konden ze niet gebruiken en hebben ze niet gewist.`);
  }
  const raw = (data as { answers?: unknown }).answers;
  if (typeof raw !== 'object' || raw === null) return unreadable(`Je bewaarde antwoorden ${where} zijn onvolledig. We konden ze niet gebruiken en hebben ze niet gewist.`);
  const r = raw as Record<string, unknown>;
  const itemIds = new Set(questions.map((q) => q.id));
  const answers: Answers = structuredClone(EMPTY_ANSWERS);
  let dropped = 0;
  const take = <T,>(value: unknown, ok: (v: unknown) => v is T, set: (v: T) => void) => {
    if (value === null || value === undefined) return;
    if (ok(value)) set(value);
    else dropped += 1;
  };
  // A study whose year is missing (or one it does not have) is kept as the study alone: the questionnaire asks the year.
  take(
    r.stage,
    (v): v is string => typeof v === 'string' && (v === 'basisonderwijs' || catalogue.get(parseStartKey(v)?.id ?? '') !== undefined || yearToAsk(catalogue, v) !== null),
    (v) => (answers.stage = yearToAsk(catalogue, v)?.id ?? v),
  );
  take(r.attest, (v): v is Answers['attest'] => (ATTEST_ANSWERS as readonly unknown[]).includes(v), (v) => (answers.attest = v));
  take(r.getuigschrift, (v): v is Answers['getuigschrift'] => (GETUIGSCHRIFT_ANSWERS as readonly unknown[]).includes(v), (v) => (answers.getuigschrift = v));
  take(r.goal, (v): v is Answers['goal'] => (GOALS as readonly unknown[]).includes(v), (v) => (answers.goal = v));
  if (Array.isArray(r.excluded)) answers.excluded = r.excluded.filter((k): k is string => typeof k === 'string' && /^[fdos]:[a-z0-9-]+$/.test(k));
  if (typeof r.items === 'object' && r.items !== null) {
    for (const [id, value] of Object.entries(r.items)) {
      if (itemIds.has(id) && isItemAnswer(value)) answers.items[id] = value;
      else dropped += 1;
    }
  }
  const adjust = r.adjust as { interests?: unknown; theory?: unknown } | undefined;
  if (adjust && typeof adjust.interests === 'object' && adjust.interests !== null) {
    for (const [d, v] of Object.entries(adjust.interests)) {
      if ((DOMAIN_IDS as readonly string[]).includes(d) && typeof v === 'number' && v >= 1 && v <= 5) answers.adjust.interests[d as DomainId] = v;
      else dropped += 1;
    }
  }
  if (adjust && typeof adjust.theory === 'number' && adjust.theory >= 1 && adjust.theory <= 5) answers.adjust.theory = adjust.theory;
  const rawStep = (data as { step?: unknown }).step;
  const step = typeof rawStep === 'number' && Number.isInteger(rawStep) && rawStep >= 0 && rawStep < 100 ? rawStep : 0;
  return { answers, step, problem: dropped > 0 ? `${dropped} bewaarde ${dropped === 1 ? 'antwoord klopte' : 'antwoorden klopten'} niet en ${dropped === 1 ? 'werd' : 'werden'} overgeslagen.` : null };
}

/** The answers and the page the pupil is on, as kept in storage. */
export function serializeAnswers(answers: Answers, step = 0): string {
  return JSON.stringify({ version: 1, answers, step });
}
