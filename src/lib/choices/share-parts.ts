/**
 * What goes into a share link: the pupil ticks the parts before the link is made. Studies and schools are always
 * in it (that is what the link is for); the situation with the attest, the suggestions with their reasons, the
 * agreements and the place only when ticked. Pure, so the same choice gives the same link content.
 */
import type { Answers } from '../questionnaire/answers.ts';
import type { Choices } from './choices.ts';
import type { Shared, SharedV2 } from './shared.ts';

export interface ShareParts {
  /** Where the pupil is now, the attest and what it excludes, the goal. */
  situation: boolean;
  /** The suggestions and the reasons the pupil saw (needs the situation: they are computed from it). */
  suggestions: boolean;
  notes: boolean;
  place: boolean;
}

/** What can be shared at all: a part without content cannot be ticked. */
export function availableParts(choices: Choices, answers: Answers | null, place: string): ShareParts {
  const situation = answers?.stage != null;
  return { situation, suggestions: situation, notes: choices.notes.trim() !== '', place: place.trim() !== '' };
}

/** The content of the link for the ticked parts; a part that is not available is left out whatever is ticked. */
export function sharedFor(choices: Choices, answers: Answers | null, place: string, ticked: ShareParts): SharedV2 {
  const can = availableParts(choices, answers, place);
  const situation = can.situation && ticked.situation;
  const suggestions = situation && can.suggestions && ticked.suggestions;
  const shared: SharedV2 = { v: 2, choices: { ...choices, notes: can.notes && ticked.notes ? choices.notes : '' }, suggestions };
  if (situation && answers) {
    shared.answers = suggestions
      ? answers
      : { ...answers, items: {}, adjust: { interests: {}, theory: null } };
  }
  if (can.place && ticked.place) shared.place = place.trim();
  return shared;
}

/** Whether a shared view shows the suggestions: version 1 links showed them whenever they held answers. */
export function showsSuggestions(shared: Shared): boolean {
  return shared.v === 1 ? shared.answers !== undefined : shared.suggestions;
}
