/**
 * The school finder's state: one nanostores atom, mirrored in the URL query so a parent can bookmark or share a
 * search (a postcode and a study; nothing about the person).
 */
import { atom } from 'nanostores';
import { EMPTY_QUERY, MAX_COMPARE, type FinderQuery } from '../lib/schools/finder-query.ts';

export const $finder = atom<FinderQuery>(EMPTY_QUERY);

export function updateFinder(change: Partial<FinderQuery>) {
  const next = { ...$finder.get(), ...change };
  $finder.set({ ...next, compare: next.compare && next.selected.length >= 2 });
}

/** Adds or removes a school from the comparison; at most MAX_COMPARE. */
export function toggleSelected(id: string, on: boolean) {
  const { selected } = $finder.get();
  if (on && !selected.includes(id) && selected.length < MAX_COMPARE) updateFinder({ selected: [...selected, id] });
  if (!on) updateFinder({ selected: selected.filter((s) => s !== id) });
}
