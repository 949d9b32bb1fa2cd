/**
 * "Wis alles" for the whole site: choices, questionnaire answers, every key the site wrote in this browser, and the
 * pages kept for offline reading (which pages a pupil opened says something about them too).
 */
import { VISITED_CACHE } from '../lib/offline/cache-names.ts';
import { wipeChoicesAndStorage } from './choices.ts';
import { $storageMessage, wipeEverything } from './questionnaire.ts';

/** `message`: what the questionnaire shows afterwards (the other pages say it in their own place). */
export function wipeAllTraces(message: string | null = null) {
  wipeChoicesAndStorage();
  wipeEverything();
  $storageMessage.set(message);
  if (typeof caches !== 'undefined') void caches.delete(VISITED_CACHE).catch(() => undefined);
}
