/**
 * Reading and writing "mijn keuzes" in browser storage under one versioned key. Reading never throws: broken,
 * older or foreign data gives a plain-Dutch message and no choices, so the caller can keep that data untouched.
 */
import { hasOnlyKeys, isObject } from './check.ts';
import { parseChoices, type Choices } from './choices.ts';

export type StoredRead =
  | { status: 'empty' }
  | { status: 'ok'; choices: Choices }
  | { status: 'broken' | 'old-version' | 'foreign'; message: string };

/** The stored format: our app name and a version, so foreign or older data is recognised as such. */
function parseStored(data: unknown): Choices | undefined {
  if (!isObject(data) || !hasOnlyKeys(data, ['app', 'v', 'choices']) || data.app !== 'richtingwijzer' || data.v !== 1) return undefined;
  return parseChoices(data.choices);
}

export function readStored(text: string | null): StoredRead {
  if (text === null || text === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { status: 'broken', message: 'Je bewaarde keuzes op dit toestel zijn beschadigd en konden niet gelezen worden. We hebben ze niet gewist.' };
  }
  const choices = parseStored(data);
  if (choices) return { status: 'ok', choices };
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
  if (record?.app === 'richtingwijzer' && record.v !== 1) {
    return { status: 'old-version', message: 'Op dit toestel staan keuzes van een andere versie van Richtingwijzer. We konden ze niet lezen en hebben ze niet gewist.' };
  }
  if (record?.app === 'richtingwijzer') {
    return { status: 'broken', message: 'Je bewaarde keuzes op dit toestel zijn onvolledig of aangepast. We konden ze niet lezen en hebben ze niet gewist.' };
  }
  return { status: 'foreign', message: 'Onder de sleutel van Richtingwijzer staan gegevens die niet van Richtingwijzer zijn. We hebben ze niet gebruikt en niet gewist.' };
}

/** Throws on choices that do not fit the format (a programming error; the store reports it as not saved). */
export function serializeStored(choices: Choices): string {
  const checked = parseChoices(choices);
  if (!checked) throw new TypeError('Choices do not fit the stored format');
  return JSON.stringify({ app: 'richtingwijzer', v: 1, choices: checked });
}

/** Keeps only ids the site knows (a study may have left the catalogue since it was saved); says how many were dropped. */
export function keepKnown(choices: Choices, known: { studies: ReadonlySet<string>; schools: ReadonlySet<string> }): { choices: Choices; dropped: number } {
  const studies = choices.studies.filter((id) => known.studies.has(id));
  const schools = choices.schools.filter((id) => known.schools.has(id));
  return { choices: { ...choices, studies, schools }, dropped: choices.studies.length - studies.length + choices.schools.length - schools.length };
}
