/**
 * The questionnaire's pages in the browser history, so Back and Forward (also a phone's back gesture) move between
 * the pages the pupil saw instead of leaving the questionnaire. Privacy: an entry holds two page numbers (this page
 * and the one the pupil came from) and never an answer; the URL is not changed at all. Pure: the island does the
 * pushState/replaceState/popstate with what these functions decide.
 */

/** The key under which the questionnaire keeps its numbers in `history.state` (other keys are left as they are). */
export const STEP_ENTRY_KEY = 'rwVraag';

export interface StepEntry {
  step: number;
  /** The page the pupil came from to this entry, or null for the entry the page was opened in. */
  from: number | null;
}

const isStep = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The questionnaire's entry in a history state, or null when the state is not one it wrote (or was tampered with). */
export function readStepEntry(state: unknown): StepEntry | null {
  if (typeof state !== 'object' || state === null) return null;
  const entry = (state as Record<string, unknown>)[STEP_ENTRY_KEY];
  if (typeof entry !== 'object' || entry === null) return null;
  const { step, from } = entry as Record<string, unknown>;
  if (!isStep(step) || (from !== null && !isStep(from))) return null;
  return { step, from };
}

/** A history state with the questionnaire's entry: only the two numbers, whatever else the state already held. */
export function withStepEntry(state: unknown, entry: StepEntry): Record<string, unknown> {
  const base = typeof state === 'object' && state !== null && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
  return { ...base, [STEP_ENTRY_KEY]: { step: entry.step, from: entry.from } };
}

export interface StepLimits {
  pages: number;
  /** The page that asks where the pupil is now. */
  situation: number;
  /** Whether the answers hold a complete school year (the pages after the situation need it). */
  stageComplete: boolean;
}

/**
 * The page to show for a history entry: never past the end, and never past the situation page while the answers
 * lack a school year (after "wis alles", Forward must not skip the question the rest depends on).
 */
export function pageForEntry(entry: StepEntry, limits: StepLimits): number {
  const last = Math.max(0, limits.pages - 1);
  const step = Math.min(entry.step, last);
  return !limits.stageComplete && step > limits.situation ? limits.situation : step;
}

/**
 * How a move to another page is made: "back" when the page asked for is the one this entry was reached from (the
 * button Vorige then does what the browser's Back does, so the history does not grow back and forth), "push"
 * otherwise (a new entry: Back returns here), "none" when it is the same page.
 */
export function stepMove(current: StepEntry | null, step: number, to: number): 'back' | 'push' | 'none' {
  if (to === step) return 'none';
  return current !== null && current.step === step && current.from === to ? 'back' : 'push';
}
