/**
 * "Mijn keuzes": studies, schools and agreements. Where they live is the user's choice:
 * - `session` (default): sessionStorage, gone when the tab closes, so the list survives moving between pages;
 * - `device`: localStorage, only after "bewaar op dit toestel";
 * - `memory`: nothing stored at all (the counsellor's session mode).
 * Data that cannot be read is reported and left untouched until the user decides; a full storage is reported and
 * the choices stay in memory. "Wis alles" removes every key this site wrote.
 */
import { atom } from 'nanostores';
import { CHOICES_KEY } from '../lib/choices/keys.ts';
import { EMPTY_CHOICES, MAX_ITEMS, type Choices } from '../lib/choices/choices.ts';
import { readStored, serializeStored } from '../lib/choices/stored.ts';
import { readKey, removeKey, storageOf, wipeStoredKeys, type Tier } from './tier-storage.ts';

export type { Tier };

export const $choices = atom<Choices>(EMPTY_CHOICES);
export const $tier = atom<Tier>('session');
export const $choicesMessage = atom<string | null>(null);
/** Saved data on this device that could not be read: kept as it is until the user replaces or wipes it. */
export const $unreadableOnDevice = atom(false);

let started = false;

/** Reads what was kept, once per page. `memory` starts an unstored session and reads nothing. */
export function initChoices(tier?: Tier) {
  if (tier === 'memory') {
    started = true;
    $tier.set('memory');
    return;
  }
  if (started) return;
  started = true;
  const device = readStored(readKey('device', CHOICES_KEY));
  if (device.status === 'ok') {
    $tier.set('device');
    $choices.set(device.choices);
    return;
  }
  if (device.status !== 'empty') {
    $unreadableOnDevice.set(true);
    $choicesMessage.set(device.message);
  }
  const session = readStored(readKey('session', CHOICES_KEY));
  if (session.status === 'ok') $choices.set(session.choices);
  else if (session.status !== 'empty') $choicesMessage.set(session.message);
}

function persist() {
  const tier = $tier.get();
  // Never write over unreadable data on the device without the user's say.
  if (tier === 'device' && $unreadableOnDevice.get()) return;
  const storage = storageOf(tier);
  if (!storage) return;
  try {
    storage.setItem(CHOICES_KEY, serializeStored($choices.get()));
  } catch {
    $choicesMessage.set('Je keuzes konden niet bewaard worden (het geheugen van de browser is vol of geblokkeerd). Ze blijven staan tot je deze pagina sluit.');
  }
}

export function setChoices(change: Partial<Choices>) {
  $choices.set({ ...$choices.get(), ...change });
  persist();
}

export function isChosen(kind: 'study' | 'school', id: string): boolean {
  return $choices.get()[kind === 'study' ? 'studies' : 'schools'].includes(id);
}

/** Adds or removes a study or school; returns a message when that was not possible (the list is full). */
export function toggleChoice(kind: 'study' | 'school', id: string, on = !isChosen(kind, id)): string | null {
  const key = kind === 'study' ? 'studies' : 'schools';
  const list = $choices.get()[key];
  if (on && !list.includes(id)) {
    if (list.length >= MAX_ITEMS) {
      const message = `Je kan ${MAX_ITEMS} ${kind === 'study' ? 'studies' : 'scholen'} bewaren. Haal er eerst een weg.`;
      $choicesMessage.set(message);
      return message;
    }
    setChoices({ [key]: [...list, id] });
  }
  if (!on && list.includes(id)) setChoices({ [key]: list.filter((x) => x !== id) });
  return null;
}

/** Moves the choices to another place; the old place is emptied so they are never in two places. */
export function setTier(tier: Tier) {
  const before = $tier.get();
  if (before === tier) return;
  if (!(before === 'device' && $unreadableOnDevice.get())) removeKey(before, CHOICES_KEY);
  $tier.set(tier);
  if (tier === 'device' && $unreadableOnDevice.get()) {
    $choicesMessage.set('Op dit toestel staan nog keuzes die we niet konden lezen. Kies eerst "Vervang ze" of "Wis alles".');
    $tier.set(before === 'device' ? 'session' : before);
    return;
  }
  persist();
}

/** The user chose to replace unreadable data on the device with the current choices. */
export function replaceUnreadable() {
  $unreadableOnDevice.set(false);
  $choicesMessage.set(null);
  removeKey('device', CHOICES_KEY);
  persist();
}

/** Removes the choices from memory and every key this site wrote in local and session storage. */
export function wipeChoicesAndStorage() {
  $choices.set(EMPTY_CHOICES);
  $unreadableOnDevice.set(false);
  wipeStoredKeys();
  if ($tier.get() === 'device') $tier.set('session');
}
