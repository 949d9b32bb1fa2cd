/**
 * The content of a share link: the choices, optionally the questionnaire's answers and the place the schools were
 * compared from. Versioned by `v`; a link of either version is read, only version 2 is written.
 */
import { type Choices, parseChoices } from './choices.ts';
import { isObject, hasOnlyKeys, isText } from './check.ts';
import { type SharedAnswers, parseSharedAnswers } from './shared-answers.ts';

/** Version 1: everything the link held was shown. Still read, never written. */
export interface SharedV1 {
  v: 1;
  choices: Choices;
  answers?: SharedAnswers;
  /** The place the schools were compared from (postcode or municipality as typed). */
  place?: string;
}

/**
 * Version 2: the pupil chose what goes in. `answers` then holds the situation (and the items only when
 * `suggestions` is true); `suggestions` says whether the suggestions and their reasons are shown.
 */
export interface SharedV2 {
  v: 2;
  choices: Choices;
  answers?: SharedAnswers;
  suggestions: boolean;
  place?: string;
}

export type Shared = SharedV1 | SharedV2;

/** The link's content when `v` fits version 1 or 2 exactly (no other keys), as a copy; undefined otherwise. */
export function parseShared(v: unknown): Shared | undefined {
  if (!isObject(v) || (v.v !== 1 && v.v !== 2)) return undefined;
  if (!hasOnlyKeys(v, v.v === 1 ? ['v', 'choices', 'answers', 'place'] : ['v', 'choices', 'answers', 'suggestions', 'place'])) return undefined;
  const choices = parseChoices(v.choices);
  const answers = v.answers === undefined ? undefined : parseSharedAnswers(v.answers);
  if (!choices || (v.answers !== undefined && !answers) || (v.place !== undefined && !isText(v.place, 80))) return undefined;
  if (v.v === 2 && typeof v.suggestions !== 'boolean') return undefined;
  // Built key by key in the format's order, so the link's JSON does not depend on the input's order; an optional
  // key that is there stays, also when it holds undefined (as zod did).
  const shared: Record<string, unknown> = { v: v.v, choices };
  if ('answers' in v) shared.answers = answers;
  if (v.v === 2) shared.suggestions = v.suggestions;
  if ('place' in v) shared.place = v.place;
  return shared as unknown as Shared;
}
