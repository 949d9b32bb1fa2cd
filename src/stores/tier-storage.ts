/**
 * Where the stores keep what a pupil entered: `memory` (nothing stored, the counsellor's session), `session`
 * (sessionStorage, the default) or `device` (localStorage, chosen). Every access is guarded: a browser that blocks
 * storage, or the server during the build, simply has none.
 */
import { siteKeyCount, wipeSiteKeys } from '../lib/choices/wipe-keys.ts';

export type Tier = 'memory' | 'session' | 'device';

/** The browser storage of a tier; null in memory, on the server, or where the browser blocks storage. */
export function storageOf(tier: Tier): Storage | null {
  if (tier === 'memory' || typeof window === 'undefined') return null;
  try {
    return tier === 'device' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The text under `key`, or null where there is none or storage is blocked. */
export function readKey(tier: Tier, key: string): string | null {
  try {
    return storageOf(tier)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function removeKey(tier: Tier, key: string) {
  try {
    storageOf(tier)?.removeItem(key);
  } catch {
    // Nothing to remove where storage is blocked.
  }
}

/** The storages this site may write to: on the device and in the tab. */
const siteStorages = () => (['device', 'session'] as const).map(storageOf).filter((s): s is Storage => s !== null);

/** Whether this site stored anything on the device or in the tab (answers, choices). */
export function hasStoredKeys(): boolean {
  try {
    return siteKeyCount(siteStorages()) > 0;
  } catch {
    return false;
  }
}

/** Removes every key this site wrote, on the device and in the tab. */
export function wipeStoredKeys() {
  try {
    wipeSiteKeys(siteStorages());
  } catch {
    // A blocked storage holds nothing of ours.
  }
}
