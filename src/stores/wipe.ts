/** "Wis alles" for the whole site: choices, questionnaire answers and every key the site wrote in this browser. */
import { wipeChoicesAndStorage } from './choices.ts';
import { $storageMessage, wipeEverything } from './questionnaire.ts';

export function wipeAllTraces() {
  wipeChoicesAndStorage();
  wipeEverything();
  $storageMessage.set(null);
}
