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
}

/** A ticket's two unsigned 32-bit halves as 16 lower-case hex digits. */
export function ticketHex(hi: number, lo: number): string {
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
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
    w[0] = (uscc.charCodeAt(0) << 24) | (uscc.charCodeAt(1) << 16) | (uscc.charCodeAt(2) << 8) | uscc.charCodeAt(3);
    w[1] = (uscc.charCodeAt(4) << 24) | (uscc.charCodeAt(5) << 16) | (uscc.charCodeAt(6) << 8) | uscc.charCodeAt(7);
    w[2] = (uscc.charCodeAt(8) << 24) | (uscc.charCodeAt(9) << 16) | (uscc.charCodeAt(10) << 8) | uscc.charCodeAt(11);
    w[3] = (uscc.charCodeAt(12) << 24) | (uscc.charCodeAt(13) << 16) | (uscc.charCodeAt(14) << 8) | uscc.charCodeAt(15);
    w[4] = (uscc.charCodeAt(16) << 24) | (uscc.charCodeAt(17) << 16) | 0x8000; // last two bytes, then the 0x80 pad byte
    state.set(mid);
    compress(state, w);
    hi[i] = state[0] as number;
    lo[i] = state[1] as number;
  };
  return { write };
}
