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

/**
 * Nothing beyond the studies and schools is ticked until the pupil ticks it: the attest, the answers behind the
 * suggestions, the agreements and the place say something about the pupil, and whoever gets the link can read them.
 * Privacy by default: the pupil chooses what goes in, instead of having to remember what to leave out.
 */
export const DEFAULT_SHARE_PARTS: Readonly<ShareParts> = { situation: false, suggestions: false, notes: false, place: false };

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

/** "a", "a en b", "a, b en c". */
function joinDutch(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

const count = (n: number, one: string, many: string) => (n === 0 ? [] : [n === 1 ? `je ${one}` : `je ${n} ${many}`]);

/**
 * One or two plain sentences saying what a link with this content holds, and what the pupil could add but left out.
 * Read from the content itself (what sharedFor made), so the sentence cannot say something the link does not do.
 */
export function describeShare(shared: SharedV2, can: ShareParts): string {
  const inLink = [...count(shared.choices.studies.length, 'studie', 'studies'), ...count(shared.choices.schools.length, 'school', 'scholen')];
  const left: string[] = [];
  (shared.answers ? inLink : can.situation ? left : []).push('waar je nu staat en je attest');
  (shared.suggestions ? inLink : can.suggestions ? left : []).push('je voorstellen met waarom (daarin staan je antwoorden over wat je graag doet)');
  (shared.choices.notes.trim() !== '' ? inLink : can.notes ? left : []).push('je afspraken');
  if (shared.place !== undefined) inLink.push(`de plaats ${shared.place}`);
  else if (can.place) left.push('de plaats waarvan je scholen vergeleek');
  const first = inLink.length === 0 ? 'In de link staat nog niets: bewaar eerst een studie of een school.' : `In de link komt: ${joinDutch(inLink)}.`;
  return left.length === 0 ? first : `${first} Niet in de link: ${joinDutch(left)}.`;
}
