import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { unreadable } from '../internal/text.js';
import { sha256Padded, utf8Bytes, writeUtf8 } from './sha256.js';

/** The id that begins every stream's hashed message. */
const STREAM_ID = 'double-random/stream/v1';

/**
 * Throws a `TypeError` (a misuse, not bad data) when a public seed is not a usable string: seeds
 * are strings, never numbers (a 20-digit number loses digits as a JS number), non-empty, without
 * surrounding white space or control characters that a notary could not read out.
 */
export function assertSeed(caller: string, seed: unknown): asserts seed is string {
  const problem = seedIssue(seed);
  if (problem !== undefined) throw new TypeError(`${caller}: ${problem}`);
}

/** Why a value is not a usable public seed, or `undefined` when it is one (see {@link assertSeed}). */
export function seedIssue(seed: unknown): string | undefined {
  if (typeof seed !== 'string') return `the seed must be a string (got ${typeof seed}); write numeric seeds as strings so no digit is lost`;
  if (seed.length === 0) return 'the seed must not be empty';
  if (seed.trim() !== seed) return 'the seed must not start or end with white space';
  switch (unreadable(seed)) {
    case 'control': return 'the seed must not contain control characters';
    case 'surrogate': return 'the seed must not contain a lone surrogate';
    case 'invisible': return 'the seed must not contain invisible characters (such as a zero-width space or a variation selector)';
    case 'space': return 'the seed must not contain spaces other than the plain space U+0020 (a no-break space looks the same and gives another draw)';
    case 'nfc': return 'the seed must be in Unicode normalization form C (NFC), so that it has one spelling';
    default: break;
  }
  return undefined;
}

/**
 * A xoroshiro128+ stream whose 128-bit state is the first 16 bytes of
 * SHA-256("double-random/stream/v1" ‖ 0x1F ‖ purpose ‖ 0x1F ‖ seed), never `xoroshiro128plus(number)`
 * whose seeding is 32-bit. The generator mutates: never share one between two uses.
 */
export function streamFromSeed(seed: string, purpose: string): RandomGenerator {
  return streamsOf(seed)(purpose);
}

/**
 * The streams of one seed, as {@link streamFromSeed} makes them, hashing each message in buffers
 * owned by the returned function (for callers that derive thousands of streams). The purpose may
 * come in two parts, `purpose ‖ tail`: the bytes of a purpose used again (a constant head such as
 * `…␟inspectors␟`) are encoded once, as are the seed's, and only the tail is encoded per stream.
 * The two parts are encoded apart: a head must not end in half a surrogate pair (the library's heads
 * end in ␟).
 */
export function streamsOf(seed: string): (purpose: string, tail?: string) => RandomGenerator {
  let buffer = new Uint8Array(256);
  const state = new Int32Array(8);
  const w = new Int32Array(64);
  const memo = new Int32Array(25);
  const seedBytes = utf8Bytes(`\u001f${seed}`);
  const heads = new Map<string, Uint8Array>();
  return (purpose, tail = '') => {
    let head = heads.get(purpose);
    if (head === undefined) {
      head = utf8Bytes(`${STREAM_ID}\u001f${purpose}`);
      // A caller that gives every purpose whole would fill the map: keep the first few.
      if (heads.size < 64) heads.set(purpose, head);
    }
    const room = head.length + 3 * tail.length + seedBytes.length + 72;
    if (buffer.length < room) buffer = new Uint8Array(2 * room);
    buffer.set(head, 0);
    let at = writeUtf8(tail, buffer, head.length);
    buffer.set(seedBytes, at);
    at += seedBytes.length;
    sha256Padded(buffer, at, state, w, memo);
    return streamOfState(state, 0);
  };
}

/**
 * The stream whose 128-bit state is the four words of a digest at `words[at…at + 3]` (the first
 * 16 bytes of SHA-256 of its message).
 */
export function streamOfState(words: Int32Array, at: number): RandomGenerator {
  const state: number[] = [words[at] as number, words[at + 1] as number, words[at + 2] as number, words[at + 3] as number];
  // An all-zero state would be stuck at zero; SHA-256 gives it with probability 2^-128.
  if (state[0] === 0 && state[1] === 0 && state[2] === 0 && state[3] === 0) state[3] = 1;
  return xoroshiro128plusFromState(state);
}

/**
 * A uniform integer in [0, n) for 1 ≤ n ≤ 2^32, from the high end of the stream's unsigned 32-bit
 * outputs: with q = ⌊2^32 / n⌋, an output u < q·n gives ⌊u / q⌋, and a larger one is rejected and
 * the next output read (so xoroshiro128+'s weak low bits never decide a small range).
 */
export function uniformBelow(rng: RandomGenerator, n: number): number {
  const q = Math.floor(0x1_0000_0000 / n);
  const limit = q * n;
  for (;;) {
    const u = rng.next() >>> 0;
    if (u < limit) return Math.floor(u / q);
  }
}
