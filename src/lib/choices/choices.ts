/**
 * What a pupil keeps ("mijn keuzes"): studies, schools and the agreements of a guidance session. Whatever comes
 * from storage or a link is checked before it is used; the limits keep a tampered link from filling the page.
 */
import { isObject, hasOnlyKeys, isText, parseList } from './check.ts';

export const MAX_ITEMS = 12;
export const MAX_NOTES = 2000;

export interface Choices {
  studies: string[];
  schools: string[];
  notes: string;
}

export const EMPTY_CHOICES: Choices = { studies: [], schools: [], notes: '' };

/** A study or school id: a slug of at most 120 characters. */
const isId = (v: unknown): v is string => isText(v, 120, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** At most MAX_ITEMS ids, none twice. */
function parseIds(v: unknown): string[] | undefined {
  const list = parseList(v, MAX_ITEMS, isId);
  return list && new Set(list).size === list.length ? list : undefined;
}

/** The choices when `v` is exactly that shape (no other keys), as a copy; undefined otherwise. */
export function parseChoices(v: unknown): Choices | undefined {
  if (!isObject(v) || !hasOnlyKeys(v, ['studies', 'schools', 'notes'])) return undefined;
  const studies = parseIds(v.studies);
  const schools = parseIds(v.schools);
  if (!studies || !schools || !isText(v.notes, MAX_NOTES)) return undefined;
  return { studies, schools, notes: v.notes };
}
