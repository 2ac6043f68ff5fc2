// Kept edits and shared links, as plain functions: the storage key of a cell, the link that carries a
// cell's code (base64url of its UTF-8 in the address's #fragment) and the size limit both obey, so a huge
// edit or link is refused with a message instead of freezing every later visit.

/** The longest code kept or read from a link, in characters (64 KB of text). */
export const MAX_KEPT = 64 * 1024;

/** True when `code` is too long to keep or share, e.g. `tooBig('x'.repeat(70_000))` → true. */
export function tooBig(code: string): boolean {
  return code.length > MAX_KEPT;
}

/** The storage key of a cell's kept edit, e.g. `keptKey('/en/neuron/', 0)` → "nb:/en/neuron/:0". */
export function keptKey(pathname: string, index: number): string {
  return `nb:${pathname}:${index}`;
}

/** base64url of the UTF-8 of `text`, e.g. `toB64url('1 + 1')` → "MSArIDE". */
export function toB64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The text of base64url UTF-8, e.g. `fromB64url('MSArIDE')` → "1 + 1"; throws on damaged input. */
export function fromB64url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The #fragment that shares `code` as cell `index` (0-based), e.g. `linkHash(1, '1 + 1')` → "#cell-2=MSArIDE". */
export function linkHash(index: number, code: string): string {
  return `#cell-${index + 1}=${toB64url(code)}`;
}

/** What an address's #fragment carries: nothing, a cell's code, or a link refused (too big or damaged). */
export type Link = null | { index: number; code: string } | { index: number; refused: 'too-big' | 'damaged' };

/**
 * Reads a shared link from `hash` without decoding more than MAX_KEPT allows,
 * e.g. `readLink('#cell-2=MSArIDE')` → { index: 1, code: '1 + 1' }.
 */
export function readLink(hash: string): Link {
  const head = /^#cell-(\d{1,4})=/.exec(hash);
  if (!head) return null;
  const index = Number(head[1]) - 1;
  // UTF-8 is at most 3 bytes per UTF-16 unit, base64 4 characters per 3 bytes.
  if (hash.length - head[0].length > 4 * MAX_KEPT) return { index, refused: 'too-big' };
  const payload = hash.slice(head[0].length);
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) return { index, refused: 'damaged' };
  try {
    const code = fromB64url(payload);
    return tooBig(code) ? { index, refused: 'too-big' } : { index, code };
  } catch {
    return { index, refused: 'damaged' };
  }
}
