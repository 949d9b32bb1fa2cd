/**
 * The questionnaire's state and where it is kept, like "mijn keuzes" (src/stores/choices.ts):
 * - `session` (default): sessionStorage, gone when the tab closes, so answers and the current page survive a visit
 *   to another page of the site;
 * - `device`: localStorage, only after "bewaar op dit toestel";
 * - `memory`: nothing stored at all (the counsellor's session mode).
 * Data that cannot be read is reported and left untouched until the user replaces or wipes it; a full storage is
 * reported and the answers stay in memory. "Wis alles" empties memory and every key the site wrote.
 */
import { atom } from 'nanostores';
import { readKey, removeKey, storageOf, wipeStoredKeys, type Tier } from './tier-storage.ts';
import { EMPTY_ANSWERS, STORAGE_KEY, serializeAnswers, type Answers, type AnswersPlace, type SavedAnswers } from '../lib/questionnaire/answers.ts';

export type AnswersTier = Tier;

export const $answers = atom<Answers>(structuredClone(EMPTY_ANSWERS));
export const $step = atom(0);
export const $answersTier = atom<AnswersTier>('session');
/** A message about storage (unreadable saved data, a full quota, everything wiped). */
export const $storageMessage = atom<string | null>(null);
/** Storages holding answers that could not be read: never written over until the user decides. */
export const $unreadableAnswers = atom<readonly Exclude<AnswersTier, 'memory'>[]>([]);

export function setAnswers(change: Partial<Answers>) {
  $answers.set({ ...$answers.get(), ...change });
}

let started = false;

/**
 * Reads what was kept, once per page: answers on the device win over those of the tab. `memory` (the session mode)
 * reads nothing and keeps nothing. `parse` checks the text against the questions and catalogue of this page.
 */
export function initAnswers(parse: (text: string | null, place: AnswersPlace) => SavedAnswers, tier: 'memory' | 'stored' = 'stored') {
  if (tier === 'memory') {
    started = true;
    $answersTier.set('memory');
    return;
  }
  if (started) return;
  started = true;
  const problems: string[] = [];
  const unreadable: Exclude<AnswersTier, 'memory'>[] = [];
  const take = (saved: SavedAnswers, from: 'session' | 'device') => {
    if (saved.problem) problems.push(saved.problem);
    if (saved.answers) {
      $answers.set(saved.answers);
      $step.set(saved.step);
      $answersTier.set(from);
      return true;
    }
    if (saved.problem) unreadable.push(from);
    return false;
  };
  if (!take(parse(readKey('device', STORAGE_KEY), 'device'), 'device')) take(parse(readKey('session', STORAGE_KEY), 'tab'), 'session');
  $unreadableAnswers.set(unreadable);
  if (problems.length > 0) $storageMessage.set(problems.join(' '));
}

/** Writes the answers and the current page where the user chose; a full or blocked storage is reported, not thrown. */
export function persist() {
  const tier = $answersTier.get();
  if (tier === 'memory' || $unreadableAnswers.get().includes(tier)) return;
  try {
    storageOf(tier)?.setItem(STORAGE_KEY, serializeAnswers($answers.get(), $step.get()));
  } catch {
    $storageMessage.set('Je antwoorden konden niet bewaard worden (het geheugen van de browser is vol of geblokkeerd). Ze blijven wel staan tot je deze pagina sluit.');
  }
}

/** "Bewaar op dit toestel" on or off: the answers move, so they are never in two places. */
export function setSaveOnDevice(on: boolean) {
  const from = $answersTier.get();
  const to = on ? 'device' : 'session';
  if (from === 'memory' || from === to) return;
  if ($unreadableAnswers.get().includes(to)) {
    $storageMessage.set(`${to === 'device' ? 'Op dit toestel' : 'In dit tabblad'} staan nog antwoorden die we niet konden lezen. Kies eerst "Vervang ze" of "Wis alles".`);
    return;
  }
  if (!$unreadableAnswers.get().includes(from)) removeKey(from, STORAGE_KEY);
  $answersTier.set(to);
  persist();
}

/** The user chose to replace unreadable answers with the current ones. */
export function replaceUnreadableAnswers() {
  for (const tier of $unreadableAnswers.get()) removeKey(tier, STORAGE_KEY);
  $unreadableAnswers.set([]);
  $storageMessage.set(null);
  persist();
}

/** Removes every trace: answers in memory, and every key this site wrote in localStorage and sessionStorage. */
export function wipeEverything() {
  $answers.set(structuredClone(EMPTY_ANSWERS));
  $step.set(0);
  $unreadableAnswers.set([]);
  if ($answersTier.get() === 'device') $answersTier.set('session');
  wipeStoredKeys();
  $storageMessage.set('Alles is gewist: je antwoorden staan nergens meer op dit toestel.');
}
