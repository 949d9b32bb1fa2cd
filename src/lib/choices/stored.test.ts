import { describe, expect, it } from 'vitest';
import { siteKeyCount, wipeSiteKeys } from './wipe-keys.ts';
import { keepKnown } from './stored.ts';

/** A Storage stand-in with the three members the wipe uses. */
function memoryStorage(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (key: string) => void map.delete(key),
    keys: () => [...map.keys()],
  };
}

describe('choices in storage', () => {
  it('drops ids the site no longer knows and counts them', () => {
    const known = { studies: new Set(['a']), schools: new Set(['s']) };
    expect(keepKnown({ studies: ['a', 'gone'], schools: ['s', 'old'], notes: 'x' }, known)).toEqual({ choices: { studies: ['a'], schools: ['s'], notes: 'x' }, dropped: 2 });
  });

  it('wipes every key of this site from every storage and leaves other keys alone', () => {
    const local = memoryStorage({ 'richtingwijzer:keuzes:v1': '{}', 'richtingwijzer:vragenlijst:v1': '{}', 'other-site': '1' });
    const session = memoryStorage({ 'richtingwijzer:sessie': '1' });
    expect(siteKeyCount([local, session])).toBe(3);
    expect(wipeSiteKeys([local, session])).toBe(3);
    expect(siteKeyCount([local, session])).toBe(0);
    expect(local.keys()).toEqual(['other-site']);
    expect(session.keys()).toEqual([]);
  });
});
