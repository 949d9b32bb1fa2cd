/**
 * The share link: choices, answers and place in the URL fragment (`/keuzes/#k=1.…`), which browsers never send to
 * a server. Compact: JSON, deflate-compressed (CompressionStream, in every current browser and in Node), base64url.
 * Versioned: `1.` is compressed JSON of version 1; `1j.` the same without compression for browsers that lack it.
 * Decoding never throws: a truncated, mutated or foreign link gives a message.
 */
import { parseShared, type Shared } from './shared.ts';

export const SHARE_PARAM = 'k';
const MAX_LINK = 6000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([new Uint8Array(bytes)]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The fragment value (without `#k=`) for a shared state; throws only on a programming error (invalid state). */
export async function encodeShare(shared: Shared): Promise<string> {
  const checked = parseShared(shared);
  if (!checked) throw new TypeError('Shared state does not fit the share format');
  const json = new TextEncoder().encode(JSON.stringify(checked));
  if (!canCompress()) return `1j.${toBase64Url(json)}`;
  return `1.${toBase64Url(await transform(json, new CompressionStream('deflate-raw')))}`;
}

export type ShareRead = { ok: true; shared: Shared } | { ok: false; message: string };

const BROKEN: ShareRead = {
  ok: false,
  message: 'Deze gedeelde link is beschadigd of onvolledig (misschien is hij niet helemaal gekopieerd). Vraag een nieuwe link of scan de QR-code opnieuw.',
};

/** Reads a fragment value made by encodeShare. */
export async function decodeShare(value: string): Promise<ShareRead> {
  if (value.length > MAX_LINK) return BROKEN;
  const match = /^(\d+)(j?)\.(.*)$/s.exec(value);
  if (!match) return BROKEN;
  if (match[1] !== '1') {
    return { ok: false, message: 'Deze link komt uit een andere versie van Richtingwijzer en kan hier niet gelezen worden. Vraag een nieuwe link.' };
  }
  const bytes = fromBase64Url(match[3]!);
  if (!bytes) return BROKEN;
  let text: string;
  try {
    let raw = bytes;
    if (match[2] !== 'j') {
      if (!canCompress()) return { ok: false, message: 'Deze browser kan de gedeelde link niet openen. Probeer een recente browser.' };
      raw = await transform(bytes, new DecompressionStream('deflate-raw'));
    }
    if (raw.length > MAX_LINK * 8) return BROKEN;
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return BROKEN;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return BROKEN;
  }
  const shared = parseShared(data);
  return shared ? { ok: true, shared } : BROKEN;
}

/** The share value from a location hash (`#k=…`), or null when the hash holds none. */
export function shareValueFromHash(hash: string): string | null {
  const match = new RegExp(`^#?${SHARE_PARAM}=(.*)$`, 's').exec(hash);
  return match ? match[1]! : null;
}
