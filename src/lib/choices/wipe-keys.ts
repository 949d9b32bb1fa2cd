/** "Wis alles" in storage: every key this site wrote, in any storage; without zod, so every store can use it. */
import { SITE_PREFIX } from './keys.ts';

/** The keys this site wrote in one storage. */
function siteKeys(storage: Pick<Storage, 'length' | 'key'>): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(SITE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** How many keys this site wrote in the given storages (what "Wis alles" would remove). */
export function siteKeyCount(storages: readonly Pick<Storage, 'length' | 'key'>[]): number {
  return storages.reduce((n, storage) => n + siteKeys(storage).length, 0);
}

/** Removes every key this site wrote from the given storages; returns how many were removed. */
export function wipeSiteKeys(storages: readonly Pick<Storage, 'length' | 'key' | 'removeItem'>[]): number {
  let removed = 0;
  for (const storage of storages) {
    const keys = siteKeys(storage);
    for (const key of keys) storage.removeItem(key);
    removed += keys.length;
  }
  return removed;
}
