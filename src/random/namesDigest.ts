import { createSha256 } from '#sha256';
import { canonicalJson } from './inputDigest.js';
import { utf8Bytes } from './sha256.js';

/**
 * The names digest (R4, R23): SHA-256 (64 lowercase hex digits) of the UTF-8 bytes of the canonical
 * JSON of the `[uscc, name]` pairs of the given enterprises, sorted by USCC, each once. It binds the
 * enterprises' names that a publication shows to the plan, since the input digest leaves names out
 * (docs/draw-algorithm.md, "The names digest").
 */
export function namesDigestOf(names: ReadonlyMap<string, string>): string {
  const pairs = [...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const hash = createSha256();
  hash.update(utf8Bytes(canonicalJson(pairs)));
  return hash.hex();
}
