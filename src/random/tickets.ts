import { assertSeed } from './seed.js';
import { compress, SHA256_IV, sha256Of, utf8Bytes } from './sha256.js';

/** The id of the target draw algorithm; part of every ticket's message and of every draw record. */
export const TARGET_ALGORITHM = 'double-random/prn/v1';

/** Bytes of the first block: the algorithm id, zero-padded to 32 bytes, then SHA-256(seed). */
export function firstBlock(seed: string, algorithm: string = TARGET_ALGORITHM): Uint8Array {
  const id = utf8Bytes(algorithm);
  if (id.length > 32) throw new RangeError(`firstBlock: the algorithm id must be at most 32 bytes`);
  const block = new Uint8Array(64);
  block.set(id, 0);
  block.set(sha256Of(utf8Bytes(seed)), 32);
  return block;
}

/**
 * Computes tickets for one seed: ticket(uscc) = the first 64 bits of
 * SHA-256(firstBlock(seed) ‖ ASCII(uscc)), as two unsigned 32-bit halves. The first block is
 * compressed once; each code then costs one compression of its padded last block.
 */
export interface Ticketer {
  /** Writes the ticket of a valid 18-character code into `hi[i]` and `lo[i]`. */
  readonly write: (uscc: string, hi: Uint32Array, lo: Uint32Array, i: number) => void;
  /** The seed's midstate, the state after the first block (for `ticketQueue`'s SIMD path, src/random/ticketQueue.ts). */
  readonly midstate: Int32Array;
}

/** The character codes of the 16 lower-case hex digits. */
const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/**
 * A ticket's two unsigned 32-bit halves as 16 lower-case hex digits. Written digit by digit:
 * `toString(16)` of a number above 2³⁰ took about 1 µs in V8, some 30 ms for the targets of a
 * 10⁶-row draw (docs/performance.md).
 */
export function ticketHex(hi: number, lo: number): string {
  const h = (x: number, shift: number): number => HEX[(x >>> shift) & 15] as number;
  return String.fromCharCode(h(hi, 28), h(hi, 24), h(hi, 20), h(hi, 16), h(hi, 12), h(hi, 8), h(hi, 4), h(hi, 0), h(lo, 28), h(lo, 24), h(lo, 20), h(lo, 16), h(lo, 12), h(lo, 8), h(lo, 4), h(lo, 0));
}

/** Makes the {@link Ticketer} of a seed (which must be a usable seed string). */
export function ticketer(caller: string, seed: string): Ticketer {
  assertSeed(caller, seed);
  const block = firstBlock(seed);
  const mid = Int32Array.from(SHA256_IV);
  const w = new Int32Array(64);
  const view = new DataView(block.buffer, block.byteOffset, 64);
  for (let t = 0; t < 16; t++) w[t] = view.getInt32(4 * t);
  compress(mid, w);
  const state = new Int32Array(8);
  // Words 5–15 of the last block never change: zeros, then the length in bits (64 + 18 bytes = 656).
  // `compress` writes only words 16–63, so they are set once here.
  w.fill(0, 5, 15);
  w[15] = (64 + 18) * 8;
  const write = (uscc: string, hi: Uint32Array, lo: Uint32Array, i: number): void => {
    codeWords(uscc, w, 0, 1);
    // Eight stores: `state.set(mid)` was a builtin call per ticket, about 20 ns (docs/performance.md).
    for (let k = 0; k < 8; k++) state[k] = mid[k] as number;
    compress(state, w);
    hi[i] = state[0] as number;
    lo[i] = state[1] as number;
  };
  return { write, midstate: mid };
}

/**
 * Writes the first five words of a code's last block (its 18 bytes, then the 0x80 pad byte) into
 * `w[at]`, `w[at + stride]`, … (the other words of that block never change).
 */
export function codeWords(uscc: string, w: Int32Array, at: number, stride: number): void {
  w[at] = (uscc.charCodeAt(0) << 24) | (uscc.charCodeAt(1) << 16) | (uscc.charCodeAt(2) << 8) | uscc.charCodeAt(3);
  w[at + stride] = (uscc.charCodeAt(4) << 24) | (uscc.charCodeAt(5) << 16) | (uscc.charCodeAt(6) << 8) | uscc.charCodeAt(7);
  w[at + 2 * stride] = (uscc.charCodeAt(8) << 24) | (uscc.charCodeAt(9) << 16) | (uscc.charCodeAt(10) << 8) | uscc.charCodeAt(11);
  w[at + 3 * stride] = (uscc.charCodeAt(12) << 24) | (uscc.charCodeAt(13) << 16) | (uscc.charCodeAt(14) << 8) | uscc.charCodeAt(15);
  w[at + 4 * stride] = (uscc.charCodeAt(16) << 24) | (uscc.charCodeAt(17) << 16) | 0x8000;
}
