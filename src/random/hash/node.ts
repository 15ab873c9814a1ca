import { createHash } from 'node:crypto';
import type { Sha256Hasher } from '../sha256.js';

/**
 * A SHA-256 hasher on `node:crypto`: what the package's `#sha256` import gives under the `node`
 * condition (Node, and runtimes that claim it: Deno, Bun). The only module of the core that uses a
 * Node built-in; a bundler for browsers resolves `#sha256` to src/random/hash/portable.ts instead.
 * Native hashing is about nine times faster on the input digest's tens of megabytes; a test checks
 * that both give the same digests.
 */
export function createSha256(): Sha256Hasher {
  const hash = createHash('sha256');
  return {
    update(bytes: Uint8Array, from = 0, to = bytes.length): void {
      hash.update(from === 0 && to === bytes.length ? bytes : bytes.subarray(from, to));
    },
    updateText(text: string): void {
      hash.update(text, 'utf8');
    },
    hex: (): string => hash.digest('hex'),
  };
}
