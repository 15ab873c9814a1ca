/**
 * The SHA-256 compression function (FIPS 180-4 §6.2.2), and the three ways the library drives it:
 * a ticket's last block from a midstate, short messages in reused buffers (streams), and one long
 * message fed in pieces (the input digest). A general hasher allocates, copies and dispatches more
 * per block; these run on typed arrays the caller keeps. Property tests check each against
 * @noble/hashes.
 */
/** The 64 round constants (FIPS 180-4 §4.2.2). */
export const K: Int32Array = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/** The initial hash value H(0). */
export const SHA256_IV: Int32Array = Int32Array.from([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

/**
 * Compresses one 512-bit block into `state` (8 words), FIPS 180-4 §6.2.2. `w` holds the block's 16
 * big-endian words on entry and is used as the 64-word message schedule (it must have room for 64
 * words). Eight rounds are written out per turn of the loop, the working variables rotating by name
 * rather than by value (round t's `a` is the variable of (−t) mod 8): about 1.3× faster than one
 * round per turn, at 1.6 KB minified instead of 14 KB for all 64 written out (docs/performance.md).
 * test/random/compress.test.ts checks it against the one-round loop of the standard.
 */
export function compress(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15] as number;
    const y = w[t - 2] as number;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  let t1: number;
  for (let t = 0; t < 64; t += 8) {
    t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + ((e & f) ^ (~e & g)) + (K[t + 0] as number) + (w[t + 0] as number)) | 0;
    d = (d + t1) | 0;
    h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + ((d & e) ^ (~d & f)) + (K[t + 1] as number) + (w[t + 1] as number)) | 0;
    c = (c + t1) | 0;
    g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) ^ (h & b) ^ (a & b))) | 0;
    t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + ((c & d) ^ (~c & e)) + (K[t + 2] as number) + (w[t + 2] as number)) | 0;
    b = (b + t1) | 0;
    f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) ^ (g & a) ^ (h & a))) | 0;
    t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + ((b & c) ^ (~b & d)) + (K[t + 3] as number) + (w[t + 3] as number)) | 0;
    a = (a + t1) | 0;
    e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) ^ (f & h) ^ (g & h))) | 0;
    t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + ((a & b) ^ (~a & c)) + (K[t + 4] as number) + (w[t + 4] as number)) | 0;
    h = (h + t1) | 0;
    d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) ^ (e & g) ^ (f & g))) | 0;
    t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + ((h & a) ^ (~h & b)) + (K[t + 5] as number) + (w[t + 5] as number)) | 0;
    g = (g + t1) | 0;
    c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) ^ (d & f) ^ (e & f))) | 0;
    t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + ((g & h) ^ (~g & a)) + (K[t + 6] as number) + (w[t + 6] as number)) | 0;
    f = (f + t1) | 0;
    b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) ^ (c & e) ^ (d & e))) | 0;
    t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + ((f & g) ^ (~f & h)) + (K[t + 7] as number) + (w[t + 7] as number)) | 0;
    e = (e + t1) | 0;
    a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) ^ (b & d) ^ (c & d))) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/**
 * SHA-256 of `buffer[0, length)` into `state` (8 big-endian words), with {@link compress}. The
 * buffer must have room for the padding (up to `length + 72` bytes) and is overwritten past
 * `length`; `w` is the 64-word schedule. No allocation, so a caller can hash many short messages
 * with one set of buffers.
 */
export function sha256Padded(buffer: Uint8Array, length: number, state: Int32Array, w: Int32Array, memo?: Int32Array): void {
  const blocks = Math.floor((length + 8) / 64) + 1;
  const end = blocks * 64;
  buffer.fill(0, length, end);
  buffer[length] = 0x80;
  writeBitLength(buffer, end, length);
  state.set(SHA256_IV);
  for (let b = 0; b < blocks; b++) {
    loadWords(buffer, 64 * b, w);
    if (b === 0 && memo !== undefined && blocks > 1) firstBlock(state, w, memo);
    else compress(state, w);
  }
}

/**
 * The state after a message's first block, from `memo` when that block is the one it remembers
 * (16 words of the block, then the 8 words of the state after it, then 1 once filled), else
 * compressed and remembered. Streams whose purposes share their first 64 bytes (a task's
 * inspector streams: `…␟inspectors␟joint:` is exactly 64 bytes) compress that block once.
 */
function firstBlock(state: Int32Array, w: Int32Array, memo: Int32Array): void {
  let same = memo[24] === 1;
  for (let t = 0; same && t < 16; t++) same = memo[t] === w[t];
  if (same) {
    state.set(memo.subarray(16, 24));
    return;
  }
  for (let t = 0; t < 16; t++) memo[t] = w[t] as number;
  compress(state, w);
  memo.set(state, 16);
  memo[24] = 1;
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
export function loadWords(bytes: Uint8Array, at: number, w: Int32Array): void {
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
  /** Appends the UTF-8 bytes of `text`, a lone surrogate as U+FFFD (where the platform encodes faster than {@link updateText}'s JavaScript). */
  updateText?(text: string): void;
  /** The digest as 64 lowercase hex digits; the hasher is spent. */
  hex(): string;
}

/** The UTF-8 bytes of `text` (as `TextEncoder` gives them, without needing it in the core's types). */
export function utf8Bytes(text: string): Uint8Array {
  const buffer = new Uint8Array(3 * text.length);
  return buffer.slice(0, writeUtf8(text, buffer, 0));
}

/** Characters encoded per piece by {@link updateText}. */
const TEXT_PIECE = 1 << 14;

/**
 * Feeds the UTF-8 bytes of `text` to `hash`: by the hasher's own `updateText` where it has one
 * (`node:crypto`'s), else a piece at a time through one buffer of 48 KiB: the same bytes as
 * `hash.update(utf8Bytes(text))` (a pair of surrogates is never split between two pieces) without
 * a buffer of three bytes per character of a text of megabytes (an input's head with a year of
 * history).
 */
export function updateText(hash: Sha256Hasher, text: string): void {
  if (hash.updateText !== undefined) {
    hash.updateText(text);
    return;
  }
  const buffer = new Uint8Array(3 * TEXT_PIECE);
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + TEXT_PIECE);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    hash.update(buffer, 0, writeUtf8(from === 0 && to === text.length ? text : text.slice(from, to), buffer, 0));
    from = to;
  }
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
