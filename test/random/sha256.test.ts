import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Sha256Stream, sha256Padded } from '../../src/random/sha256.js';

/** SHA-256 of a message as 8 big-endian words, through sha256Padded with buffers of its own. */
function sha256Words(message: Uint8Array): Int32Array {
  const buffer = new Uint8Array(message.length + 72);
  buffer.set(message);
  const state = new Int32Array(8);
  sha256Padded(buffer, message.length, state, new Int32Array(64));
  return state;
}

const hex = (words: Int32Array): string => Array.from(words, (w) => (w >>> 0).toString(16).padStart(8, '0')).join('');

describe('sha256Padded (the SHA-256 behind the streams)', () => {
  test.prop([fc.uint8Array({ minLength: 0, maxLength: 300 })], { numRuns: 1000 })('equals @noble/hashes sha256 on any message, padding boundaries included', (message) => {
    expect(hex(sha256Words(message))).toBe(bytesToHex(sha256(message)));
  });

  test.prop([fc.constantFrom(0, 55, 56, 63, 64, 65, 119, 120, 128)], { numRuns: 20 })('at the block boundaries', (length) => {
    const message = Uint8Array.from({ length }, (_, i) => (i * 37) & 0xff);
    expect(hex(sha256Words(message))).toBe(bytesToHex(sha256(message)));
  });

  test.prop([fc.constant(null)], { numRuns: 1 })('the FIPS 180-2 vector for "abc"', () => {
    expect(hex(sha256Words(new TextEncoder().encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('Sha256Stream (the SHA-256 behind the input digest)', () => {
  // Any message, cut into any pieces (empty ones included), hashes as @noble/hashes hashes it whole.
  const pieces = fc.array(fc.uint8Array({ minLength: 0, maxLength: 150 }), { maxLength: 8 });
  test.prop([pieces, fc.nat(4)], { numRuns: 1000 })('equals @noble/hashes sha256 of the pieces joined, whatever the cuts', (parts, pad) => {
    const stream = new Sha256Stream();
    const whole: number[] = [];
    for (const part of parts) {
      // The piece sits inside a larger array, read from an offset: `from` and `to` are honoured.
      const holder = new Uint8Array(part.length + 2 * pad).fill(0xee);
      holder.set(part, pad);
      stream.update(holder, pad, pad + part.length);
      whole.push(...part);
    }
    expect(stream.hex()).toBe(bytesToHex(sha256(Uint8Array.from(whole))));
  });

  test.prop([fc.constantFrom(0, 55, 56, 63, 64, 65, 119, 120, 128, 1000)], { numRuns: 20 })('at the block boundaries, fed a byte at a time', (length) => {
    const message = Uint8Array.from({ length }, (_, i) => (i * 37) & 0xff);
    const stream = new Sha256Stream();
    for (let i = 0; i < length; i++) stream.update(message, i, i + 1);
    expect(stream.hex()).toBe(bytesToHex(sha256(message)));
  });
});
