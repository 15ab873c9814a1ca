// The library's compression function writes eight rounds per turn of its loop, its variables
// rotating by name (src/random/sha256.ts). It must equal the one-round loop of FIPS 180-4 §6.2.2,
// kept here as the reference, on any state and block.
import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
// The round constants are shared with the library: test/random/sha256.test.ts checks them, through
// whole digests, against @noble/hashes; this test checks the rounds.
import { compress, K } from '../../src/random/sha256.js';

/** The compression function as FIPS 180-4 §6.2.2 writes it: a message schedule of 64 words, then 64 rounds. */
function reference(state: Int32Array, block: Int32Array): void {
  const w = new Int32Array(64);
  w.set(block.subarray(0, 16));
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let [a, b, c, d, e, f, g, h] = Array.from(state) as [number, number, number, number, number, number, number, number];
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    [h, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
  }
  [a, b, c, d, e, f, g, h].forEach((v, i) => (state[i] = ((state[i] as number) + v) | 0));
}

const words = (n: number) => fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: n, maxLength: n }).map((a) => Int32Array.from(a));

test.prop([words(8), words(16)], { numRuns: 2000 })('eight rounds a turn equal one round a turn on any state and block, and the block is kept', (state, block) => {
  const expected = state.slice();
  reference(expected, block);
  const got = state.slice();
  const schedule = new Int32Array(64);
  schedule.set(block);
  compress(got, schedule);
  expect(Array.from(got)).toEqual(Array.from(expected));
  expect(Array.from(schedule.subarray(0, 16))).toEqual(Array.from(block));
});
