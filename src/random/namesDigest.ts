import { createSha256 } from '#sha256';
import { updateText, utf8Bytes } from './sha256.js';

/**
 * The names digest (R4, R23): SHA-256 (64 lowercase hex digits) of the UTF-8 bytes of the canonical
 * JSON of the `[uscc, name]` pairs of the given enterprises, sorted by USCC, each once. It binds the
 * enterprises' names that a publication shows to the plan, since the input digest leaves names out
 * (docs/draw-algorithm.md, "The names digest").
 */
export function namesDigestOf(names: ReadonlyMap<string, string>): string {
  return namesDigestOfSorted([...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** {@link namesDigestOf} of (code, name) pairs already in code order, each code once. */
export function namesDigestOfSorted(pairs: readonly (readonly [string, string])[]): string {
  const hash = createSha256();
  // An array of string pairs has no keys to sort: its canonical JSON is JSON.stringify's text, written
  // five to eight times faster than by the general canonicalJson.
  updateText(hash, JSON.stringify(pairs));
  return hash.hex();
}

/**
 * The visit secret's digest (R26): SHA-256 (hex) of the UTF-8 bytes of
 * `double-random/visit-secret/v1` ‖ 0x1F ‖ secret. A plan records it, so the secret published
 * after the visits can be checked against the plan published before them.
 */
export function secretDigestOf(secret: string): string {
  const hash = createSha256();
  hash.update(utf8Bytes(`double-random/visit-secret/v1\u001f${secret}`));
  return hash.hex();
}
