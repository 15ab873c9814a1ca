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

  // Messages that share a first block of 64 bytes (a stream's purposes do), or not, hashed in turn with one memo.
  const sharing = fc.tuple(fc.uint8Array({ minLength: 64, maxLength: 64 }), fc.array(fc.tuple(fc.boolean(), fc.uint8Array({ minLength: 0, maxLength: 150 })), { minLength: 1, maxLength: 8 }));
  test.prop([sharing], { numRuns: 1000 })('with a memo of the first block, equals @noble/hashes sha256 of each message in turn (#25)', ([head, messages]) => {
    const memo = new Int32Array(25);
    const state = new Int32Array(8);
    const w = new Int32Array(64);
    const hit = messages.map(([shared, tail]) => {
      const message = shared ? Uint8Array.from([...head, ...tail]) : tail;
      const buffer = new Uint8Array(message.length + 72);
      buffer.set(message);
      sha256Padded(buffer, message.length, state, w, memo);
      expect(hex(state)).toBe(bytesToHex(sha256(message)));
      return shared;
    });
    expect(hit).toHaveLength(messages.length);
  });

  test.prop([fc.constant(null)], { numRuns: 1 })('the runs reach a memo hit (two shared first blocks in a row) and a miss after one', () => {
    const runs = fc.sample(sharing, 1000).map(([, messages]) => messages.map(([shared]) => shared).join(''));
    expect(runs.filter((r) => r.includes('truetrue')).length).toBeGreaterThan(300);
    expect(runs.filter((r) => r.includes('truefalse')).length).toBeGreaterThan(300);
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
