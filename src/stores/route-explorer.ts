/**
 * The route explorer's state: one nanostores atom, mirrored in the URL fragment so a counsellor can bookmark or
 * pass on a view; the fragment never reaches a server.
 */
import { atom } from 'nanostores';
import { DEFAULT_STATE, type ExplorerState } from '../lib/routes/explorer-state.ts';

export const $explorer = atom<ExplorerState>(DEFAULT_STATE);

export function updateExplorer(change: Partial<ExplorerState>) {
  $explorer.set({ ...$explorer.get(), ...change });
}
