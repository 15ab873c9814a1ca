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

  // A head used again (staffing's `…␟inspectors␟`) and a tail per stream; more heads than the function keeps.
  const head = fc.tuple(fc.string({ unit: 'binary', maxLength: 70 }), fc.nat(80)).map(([h, k]) => `${h}${k}\u001f`);
  test.prop([text, fc.array(head, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), text), { minLength: 1, maxLength: 160 })], { numRuns: 300 })('a purpose given as head and tail hashes as the two joined, heads reused or not (#25)', (seed, heads, calls) => {
    const streams = streamsOf(seed);
    calls.forEach(([pick, tail], i) => {
      // Past the first calls, a fresh head each time as well, so that the kept heads fill up.
      const chosen = i % 2 === 1 ? `${i}\u001f` : (heads[pick % heads.length] as string);
      const words = reference(seed, `${chosen}${tail}`);
      if (words.every((w) => w === 0)) return;
      expect(streams(chosen, tail).getState()).toEqual(words);
    });
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })], { numRuns: 1000 })('writeUtf8 writes what TextEncoder writes', (s) => {
    const buffer = new Uint8Array(3 * s.length);
    const end = writeUtf8(s, buffer, 0);
    expect(Array.from(buffer.subarray(0, end))).toEqual(Array.from(new TextEncoder().encode(s)));
  });
});
