import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { SHA256_IV } from '../../src/random/sha256.js';
import { GROUPS, simdTicketRun, type WasmApi } from '../../src/random/simdTickets.js';
import { ticketQueue } from '../../src/random/ticketQueue.js';
import { firstBlock, ticketer } from '../../src/random/tickets.js';
import { validUscc } from '../arbitraries.js';
import { parsePlanningInput, planDraw } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { rightOf } from '../result.js';

/** The reference: a general SHA-256 over the whole ticket message (R27). */
function reference(seed: string, uscc: string): [number, number] {
  const message = new Uint8Array(82);
  message.set(firstBlock(seed), 0);
  message.set(utf8ToBytes(uscc), 64);
  const view = new DataView(sha256(message).buffer);
  return [view.getUint32(0), view.getUint32(4)];
}

/** Tickets of `codes` through a queue told to expect `expected` codes, in rows shuffled by `offset`. */
function queued(seed: string, codes: readonly string[], expected: number): [number, number][] {
  const n = codes.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const queue = ticketQueue(ticketer('test', seed), hi, lo, expected);
  // Rows in an order other than the queue's, so that a result written to the wrong row shows.
  codes.forEach((code, k) => queue.add(code, (k * 7 + 3) % n));
  queue.flush();
  return codes.map((_, k) => [hi[(k * 7 + 3) % n] as number, lo[(k * 7 + 3) % n] as number]);
}

const seed = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && !/[\u0000-\u001f\u007f-\u009f]/.test(s)); // eslint-disable-line no-control-regex
/** Lengths coprime with 7 (the row shuffle), around the edges: empty, part of a group, one page of groups, more. */
const count = fc.oneof(fc.constantFrom(1, 3, 4, 5, GROUPS * 4 - 1, GROUPS * 4 + 1, 2 * GROUPS * 4 + 5), fc.integer({ min: 1, max: 5000 })).filter((n) => n % 7 !== 0);

describe('tickets four at a time with WebAssembly SIMD (R27)', () => {
  it('runs here (Node 20 has WebAssembly SIMD): the tests below test the SIMD path, not the fallback', () => {
    expect(simdTicketRun(Int32Array.from(SHA256_IV))).toBeDefined();
  });

  test.prop([seed, count.chain((n) => fc.array(validUscc, { minLength: n, maxLength: n }))], { numRuns: 40 })('the queue gives every code the ticket of the plain definition, in its own row', (s, codes) => {
    const out = queued(s, codes, codes.length + 1024);
    const first = codes.length > 0 ? reference(s, codes[0] as string) : undefined;
    expect(out[0]).toEqual(first);
    codes.forEach((code, k) => {
      if (k % 97 === 0 || k === codes.length - 1) expect(out[k]).toEqual(reference(s, code));
    });
    // Every code: against the JavaScript compression (itself checked against the reference in tickets.test.ts).
    expect(out).toEqual(queued(s, codes, 0));
  });

  it('reaches partial groups, exactly full pages and several flushes (what the generator reaches)', () => {
    const stats: string[] = [];
    fc.assert(fc.property(count, (n) => {
      stats.push(n > GROUPS * 4 ? 'several pages' : n % 4 === 0 ? 'whole groups' : 'a partial group');
    }), { numRuns: 200 });
    expect(new Set(stats)).toEqual(new Set(['several pages', 'whole groups', 'a partial group']));
  });

  it('gives no run where WebAssembly is missing, refuses the module (no SIMD), may not compile it or cannot instantiate it, and the queue then computes in JavaScript', () => {
    const mid = Int32Array.from(SHA256_IV);
    const noSimd: WasmApi = { validate: () => false, Module: class {}, Instance: class { readonly exports = {}; } };
    const forbidden: WasmApi = {
      validate: () => true,
      Module: class { constructor() { throw new Error('Refused to compile WebAssembly: content security policy'); } },
      Instance: class { readonly exports = {}; },
    };
    // An engine that cannot reserve the module's memory (an address-space limit) throws when instantiating (outside review).
    const noMemory: WasmApi = {
      validate: () => true,
      Module: class {},
      Instance: class {
        readonly exports = {};
        constructor() {
          throw new RangeError('WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance');
        }
      },
    };
    expect(simdTicketRun(mid, { WebAssembly: noMemory })).toBeUndefined();
    expect(simdTicketRun(mid, {})).toBeUndefined();
    expect(simdTicketRun(mid, { WebAssembly: noSimd })).toBeUndefined();
    expect(simdTicketRun(mid, { WebAssembly: forbidden })).toBeUndefined();
    const codes = fc.sample(validUscc, { numRuns: 20, seed: 7 });
    expect(queued('20240105', codes, 0)).toEqual(codes.map((c) => reference('20240105', c)));
  });

  it.each([1023, 1024, 3000])('publishes with every target of a %i-enterprise draw the ticket of the plain definition (the SIMD path from 1 024)', (size) => {
    const input = rightOf(parsePlanningInput(JSON.parse(JSON.stringify(generateDirectory({ size, seed: `simd-${size}` })))));
    const plan = rightOf(planDraw(input, { seed: '20241201' }));
    expect(plan.targets.length).toBeGreaterThan(10);
    for (const target of plan.targets) {
      const [hi, lo] = reference('20241201', target.uscc);
      expect(target.ticket).toBe(hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0'));
    }
  });
});
