import { Sha256Stream, type Sha256Hasher } from '../sha256.js';

/**
 * A SHA-256 hasher in JavaScript ({@link Sha256Stream}): what the package's `#sha256` import
 * gives where `node:crypto` is not known to exist (browsers, workers; the `default` condition).
 * src/random/hash/node.ts gives the same digests with Node's native SHA-256.
 */
export function createSha256(): Sha256Hasher {
  return new Sha256Stream();
}
