/**
 * The questionnaire's state. Answers live in memory only, unless the user ticks "bewaar op dit toestel": then every
 * change is written to localStorage under one versioned key. "Wis alles" empties memory and every key the site
 * wrote.
 */
import { atom } from 'nanostores';
import { wipeSiteKeys } from '../lib/choices/wipe-keys.ts';
import { EMPTY_ANSWERS, STORAGE_KEY, serializeAnswers, type Answers } from '../lib/questionnaire/answers.ts';

export const $answers = atom<Answers>(structuredClone(EMPTY_ANSWERS));
export const $step = atom(0);
export const $saveOnDevice = atom(false);
/** A message about storage (broken saved data, a full quota, everything wiped). */
export const $storageMessage = atom<string | null>(null);

export function setAnswers(change: Partial<Answers>) {
  $answers.set({ ...$answers.get(), ...change });
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Writes the answers when saving was chosen; a full or blocked storage is reported, not thrown. */
export function persist() {
  if (!$saveOnDevice.get()) return;
  try {
    storage()?.setItem(STORAGE_KEY, serializeAnswers($answers.get()));
  } catch {
    $storageMessage.set('Je antwoorden konden niet bewaard worden op dit toestel (het geheugen is vol of geblokkeerd). Ze blijven wel staan tot je deze pagina sluit.');
  }
}

export function setSaveOnDevice(on: boolean) {
  $saveOnDevice.set(on);
  if (on) persist();
  else storage()?.removeItem(STORAGE_KEY);
}

/** Removes every trace: answers in memory, and every key this site wrote in localStorage and sessionStorage. */
export function wipeEverything() {
  $answers.set(structuredClone(EMPTY_ANSWERS));
  $step.set(0);
  $saveOnDevice.set(false);
  try {
    wipeSiteKeys([storage(), typeof window === 'undefined' ? null : window.sessionStorage].filter((s): s is Storage => s !== null));
  } catch {
    // A blocked storage holds nothing of ours.
  }
  $storageMessage.set('Alles is gewist: je antwoorden staan nergens meer op dit toestel.');
}
