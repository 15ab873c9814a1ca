import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { streamFromSeed, uniformBelow } from '../../src/random/seed.js';
import { STAFF_ALGORITHM } from '../../src/staffing/staffTasks.js';

// The vectors of docs/staffing.md. A change here is a breaking change of double-random/staff/v1.
const SEED = '2024-Q2 公证 7 3 9 1 4 0';
const TASK = 'joint:91350100M000100Y43';
const purpose = (...parts: string[]): string => [STAFF_ALGORITHM, ...parts].join('\u001f');

describe('staffing algorithm double-random/staff/v1 (golden vectors)', () => {
  it('keeps its id', () => {
    expect(STAFF_ALGORITHM).toBe('double-random/staff/v1');
  });

  it('derives a stream from SHA-256 of the purpose and seed', () => {
    const message = ['double-random/stream/v1', purpose('inspectors', TASK, 'samr'), SEED].join('\u001f');
    expect(bytesToHex(sha256(utf8ToBytes(message)))).toBe('3a517e24068dd9e83ba636f2bd950dad964b85df404d2ea9f9d237222487f24a');
    const rng = streamFromSeed(SEED, purpose('inspectors', TASK, 'samr'));
    expect([rng.next() >>> 0, rng.next() >>> 0, rng.next() >>> 0, rng.next() >>> 0]).toEqual([3290621845, 3327172626, 3838742409, 34999048]);
  });

  it('shuffles a pool by Fisher–Yates from the front, and picks the first day', () => {
    const rng = streamFromSeed(SEED, purpose('inspectors', TASK, 'samr'));
    const pool = ['samr-1', 'samr-2', 'samr-3', 'samr-4', 'samr-5', 'samr-6', 'samr-7', 'samr-8'];
    for (let i = 0; i < pool.length; i++) {
      const j = i + uniformBelow(rng, pool.length - i);
      [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
    }
    expect(pool.join(' ')).toBe('samr-7 samr-1 samr-8 samr-4 samr-2 samr-3 samr-6 samr-5');
    expect(uniformBelow(streamFromSeed(SEED, purpose('date', TASK)), 61)).toBe(45);
  });

  it('draws uniform integers from the high end of the outputs, rejecting the top sliver', () => {
    const outputs = [0xffff_ffff, 0x8000_0000, 0];
    const rng = { next: (): number => outputs.shift() ?? 0, clone: () => rng, getState: () => [] };
    // q = ⌊2^32 / 3⌋ = 1431655765; 0xffffffff ≥ 3q is rejected; 0x80000000 / q = 1.
    expect(uniformBelow(rng, 3)).toBe(1);
    expect(uniformBelow(rng, 1)).toBe(0);
  });
});
