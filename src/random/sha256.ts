/**
 * The SHA-256 compression function (FIPS 180-4 §6.2.2), and the three ways the library drives it:
 * a ticket's last block from a midstate, short messages in reused buffers (streams), and one long
 * message fed in pieces (the input digest). A general hasher allocates, copies and dispatches more
 * per block; these run on typed arrays the caller keeps. Property tests check each against
 * @noble/hashes.
 */
import { compress } from './compress.js';

export { compress };

/** The initial hash value H(0). */
export const SHA256_IV: Int32Array = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * SHA-256 of `buffer[0, length)` into `state` (8 big-endian words), with {@link compress}. The
 * buffer must have room for the padding (up to `length + 72` bytes) and is overwritten past
 * `length`; `w` holds a block's 16 words. No allocation, so a caller can hash many short messages
 * with one set of buffers.
 */
export function sha256Padded(buffer: Uint8Array, length: number, state: Int32Array, w: Int32Array): void {
  const blocks = Math.floor((length + 8) / 64) + 1;
  const end = blocks * 64;
  buffer.fill(0, length, end);
  buffer[length] = 0x80;
  writeBitLength(buffer, end, length);
  state.set(SHA256_IV);
  for (let b = 0; b < blocks; b++) {
    loadWords(buffer, 64 * b, w);
    compress(state, w);
  }
}

/** Writes a message's length in bits as a 64-bit big-endian integer into the 8 bytes before `end`. */
function writeBitLength(buffer: Uint8Array, end: number, length: number): void {
  const high = Math.floor(length / 0x2000_0000);
  const low = (length * 8) >>> 0;
  for (let k = 0; k < 4; k++) {
    buffer[end - 8 + k] = (high >>> (24 - 8 * k)) & 0xff;
    buffer[end - 4 + k] = (low >>> (24 - 8 * k)) & 0xff;
  }
}

/** Loads the 64-byte block at `bytes[at]` into `w[0…15]` as big-endian words. */
function loadWords(bytes: Uint8Array, at: number, w: Int32Array): void {
  for (let t = 0; t < 16; t++) {
    const i = at + 4 * t;
    w[t] = ((bytes[i] as number) << 24) | ((bytes[i + 1] as number) << 16) | ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
  }
}

/**
 * Writes the UTF-8 bytes of `text` at `offset` (room for 3 bytes per UTF-16 unit is the caller's
 * care) and returns the offset after them. A lone surrogate becomes U+FFFD, as `TextEncoder` does.
 */
export function writeUtf8(text: string, buffer: Uint8Array, offset: number): number {
  let at = offset;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      buffer[at++] = c;
      continue;
    }
    if (c < 0x800) {
      buffer[at++] = 0xc0 | (c >> 6);
      buffer[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        buffer[at++] = 0xf0 | (c >> 18);
        buffer[at++] = 0x80 | ((c >> 12) & 0x3f);
        buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
        buffer[at++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    buffer[at++] = 0xe0 | (c >> 12);
    buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
    buffer[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}

/**
 * A SHA-256 of one long message given in pieces: {@link Sha256Stream} here, `node:crypto` where
 * the package's `#sha256` import resolves to it (src/random/hash/).
 */
export interface Sha256Hasher {
  /** Appends `bytes[from, to)` to the message. */
  update(bytes: Uint8Array, from?: number, to?: number): void;
  /** The digest as 64 lowercase hex digits; the hasher is spent. */
  hex(): string;
}

/** The UTF-8 bytes of `text` (as `TextEncoder` gives them, without needing it in the core's types). */
export function utf8Bytes(text: string): Uint8Array {
  const buffer = new Uint8Array(3 * text.length);
  return buffer.slice(0, writeUtf8(text, buffer, 0));
}

/** SHA-256 of `bytes`, as 32 bytes (for short messages: a seed, the setup of a split draw). */
export function sha256Of(bytes: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(bytes.length + 72);
  buffer.set(bytes);
  const state = new Int32Array(8);
  sha256Padded(buffer, bytes.length, state, new Int32Array(64));
  const out = new Uint8Array(32);
  for (let k = 0; k < 32; k++) out[k] = ((state[k >>> 2] as number) >>> (24 - 8 * (k & 3))) & 0xff;
  return out;
}

/** Bytes as lowercase hex digits. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * SHA-256 of one long message given in pieces, on {@link compress}: whole blocks are read straight
 * from the caller's bytes, only a piece's ragged ends are copied. For the input digest, whose
 * message is tens of bytes per enterprise.
 */
export class Sha256Stream implements Sha256Hasher {
  private readonly state = Int32Array.from(SHA256_IV);
  private readonly w = new Int32Array(64);
  private readonly block = new Uint8Array(128);
  private used = 0;
  private length = 0;

  /** Appends `bytes[from, to)` to the message. */
  update(bytes: Uint8Array, from: number = 0, to: number = bytes.length): void {
    let i = from;
    this.length += to - from;
    if (this.used > 0) {
      while (i < to && this.used < 64) this.block[this.used++] = bytes[i++] as number;
      if (this.used < 64) return;
      this.compressAt(this.block, 0);
      this.used = 0;
    }
    for (; to - i >= 64; i += 64) this.compressAt(bytes, i);
    while (i < to) this.block[this.used++] = bytes[i++] as number;
  }

  /** Pads the message and returns its digest as 64 lowercase hex digits; the stream is spent. */
  hex(): string {
    const { block, length } = this;
    let at = this.used;
    block[at++] = 0x80;
    const end = at + 8 <= 64 ? 64 : 128;
    block.fill(0, at, end);
    writeBitLength(block, end, length);
    for (let b = 0; b < end; b += 64) this.compressAt(block, b);
    let out = '';
    for (const word of this.state) out += (word >>> 0).toString(16).padStart(8, '0');
    return out;
  }

  private compressAt(bytes: Uint8Array, at: number): void {
    loadWords(bytes, at, this.w);
    compress(this.state, this.w);
  }
}
