/** "Wis alles" in storage: every key this site wrote, in any storage; without zod, so every store can use it. */
import { SITE_PREFIX } from './keys.ts';

/** How many keys this site wrote in the given storages (what "Wis alles" would remove). */
export function siteKeyCount(storages: readonly Pick<Storage, 'length' | 'key'>[]): number {
  let count = 0;
  for (const storage of storages) {
    for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(SITE_PREFIX)) count += 1;
  }
  return count;
}

/** Removes every key this site wrote from the given storages; returns how many were removed. */
export function wipeSiteKeys(storages: readonly Pick<Storage, 'length' | 'key' | 'removeItem'>[]): number {
  let removed = 0;
  for (const storage of storages) {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(SITE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    removed += keys.length;
  }
  return removed;
}
