/**
 * Small checks for what the browser reads from storage or a share link, in place of zod (14 KB gzip in the
 * islands). Each parse function returns a fresh copy of the value when it fits, else undefined; nothing throws.
 */

/** A plain JSON object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object with no keys besides `allowed` (zod's `.strict()`). */
export const hasOnlyKeys = (v: Record<string, unknown>, allowed: readonly string[]): boolean => Object.keys(v).every((k) => allowed.includes(k));

/** A string of at most `max` UTF-16 units that matches `pattern` when one is given. */
export const isText = (v: unknown, max: number, pattern?: RegExp): v is string => typeof v === 'string' && v.length <= max && (!pattern || pattern.test(v));

/** A number from `min` to `max` (NaN fails). */
export const isBetween = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && v >= min && v <= max;

/** One of a few literal values. */
export const isOneOf = <T extends string | number | boolean>(v: unknown, values: readonly T[]): v is T => values.includes(v as T);

/** An array of at most `max` items that each pass `ok`; the copy, or undefined. */
export function parseList<T>(v: unknown, max: number, ok: (item: unknown) => item is T): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const list: T[] = [];
  for (let i = 0; i < v.length; i++) {
    const item: unknown = v[i];
    if (!ok(item)) return undefined;
    list.push(item);
  }
  return list;
}

/** An object used as a map: at most `max` keys, each key and value checked; the copy, or undefined. */
export function parseMap<T>(v: unknown, max: number, keyOk: (key: string) => boolean, ok: (value: unknown) => value is T): Record<string, T> | undefined {
  if (!isObject(v)) return undefined;
  const entries = Object.entries(v);
  if (entries.length > max || !entries.every(([key, value]) => keyOk(key) && ok(value))) return undefined;
  return Object.fromEntries(entries) as Record<string, T>;
}
