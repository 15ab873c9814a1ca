import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { streamsOf } from '../../src/random/seed.js';
import { writeUtf8 } from '../../src/random/sha256.js';

/** The stream's first state words, computed the plain way: TextEncoder and @noble/hashes. */
function reference(seed: string, purpose: string): number[] {
  const digest = sha256(utf8ToBytes(['double-random/stream/v1', purpose, seed].join('\u001f')));
  const view = new DataView(digest.buffer, digest.byteOffset, digest.byteLength);
  return [view.getInt32(0), view.getInt32(4), view.getInt32(8), view.getInt32(12)];
}

describe('streams: the hashed message of each purpose', () => {
  // Any UTF-16 text, lone surrogates included, and long enough to need a larger buffer.
  const text = fc.string({ unit: 'binary', maxLength: 120 });
  test.prop([text, fc.array(text, { minLength: 1, maxLength: 4 })], { numRuns: 1000 })('streamsOf hashes as TextEncoder + @noble/hashes do, call after call', (seed, purposes) => {
    const streams = streamsOf(seed);
    for (const purpose of purposes) {
      const words = reference(seed, purpose);
      if (words.every((w) => w === 0)) continue;
      expect(streams(purpose).getState()).toEqual(words);
    }
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 1000 })('writeUtf8 writes what TextEncoder writes', (s) => {
    const buffer = new Uint8Array(3 * s.length);
    const end = writeUtf8(s, buffer, 0);
    expect(Array.from(buffer.subarray(0, end))).toEqual(Array.from(new TextEncoder().encode(s)));
  });
});
