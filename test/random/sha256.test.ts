import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256Padded } from '../../src/random/sha256.js';

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
