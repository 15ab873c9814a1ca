import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { firstBlock, ticketer, ticketHex } from '../../src/random/tickets.js';
import { validUscc } from '../arbitraries.js';

/** The reference: a general SHA-256 over the whole message. */
function reference(seed: string, uscc: string): [number, number] {
  const message = new Uint8Array(82);
  message.set(firstBlock(seed), 0);
  message.set(utf8ToBytes(uscc), 64);
  const digest = sha256(message);
  const view = new DataView(digest.buffer, digest.byteOffset, 32);
  return [view.getUint32(0), view.getUint32(4)];
}

const seed = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && !/[\u0000-\u001f\u007f-\u009f]/.test(s)); // eslint-disable-line no-control-regex

describe('tickets (R27)', () => {
  test.prop([seed, validUscc], { numRuns: 1000 })('one compression from the midstate equals SHA-256 of the whole message', (s, code) => {
    const hi = new Uint32Array(1);
    const lo = new Uint32Array(1);
    ticketer('test', s).write(code, hi, lo, 0);
    expect([hi[0], lo[0]]).toEqual(reference(s, code));
  });

  it('lays out the first block as the algorithm id padded to 32 bytes, then SHA-256(seed)', () => {
    const block = firstBlock('20240105');
    expect(new TextDecoder().decode(block.slice(0, 20))).toBe('double-random/prn/v1');
    expect([...block.slice(20, 32)].every((b) => b === 0)).toBe(true);
    expect(Buffer.from(block.slice(32)).toString('hex')).toBe(Buffer.from(sha256(utf8ToBytes('20240105'))).toString('hex'));
  });

  // ticketHex writes the digits itself (toString(16) was slow); the reference is the plain definition.
  test.prop([fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })], { numRuns: 2000 })('a ticket hex is its two halves as 8 lower-case hex digits each', (hi, lo) => {
    expect(ticketHex(hi, lo)).toBe(hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0'));
  });

  it('writes extreme and signed halves as unsigned', () => {
    expect(ticketHex(0, 0)).toBe('0000000000000000');
    expect(ticketHex(0xffffffff, 1)).toBe('ffffffff00000001');
    expect(ticketHex(-1, -2)).toBe('fffffffffffffffe');
    expect(ticketHex(0x0a0b0c0d, 0x80000000)).toBe('0a0b0c0d80000000');
  });
});
