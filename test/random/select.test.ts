import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compareRows, orderByTicket, Scratch, selectSmallest, type RankKeys } from '../../src/random/select.js';

/** Rows with small key ranges, so that ties on priority and on ticket halves are common. */
const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 200 });

function keysOf(data: readonly [number, number, number][]): RankKeys {
  return {
    priority: Uint8Array.from(data.map((d) => d[0])),
    hi: Uint32Array.from(data.map((d) => d[1] * 0x40000000)),
    lo: Uint32Array.from(data.map((d) => d[2] * 0x40000000)),
    code: (row) => `code-${String(row).padStart(4, '0')}`,
  };
}

test.prop([rows, fc.nat(220), fc.nat(10)], { numRuns: 1000 })('chooses exactly the k smallest, sorted, whatever the order of members', (data, k, rotation) => {
  const keys = keysOf(data);
  const all = data.map((_, i) => i);
  const expected = [...all].sort((a, b) => compareRows(keys, a, b)).slice(0, k);
  const members = Int32Array.from([...all.slice(rotation % (all.length || 1)), ...all.slice(0, rotation % (all.length || 1))].reverse());
  const taken = selectSmallest(keys, members, 0, members.length, k);
  expect(taken).toBe(Math.min(k, data.length));
  expect(Array.from(members.subarray(0, taken))).toEqual(expected);
  expect(Array.from(members).sort((a, b) => a - b)).toEqual(all); // a permutation: nothing lost
});

/** Keys of rows with the given uniform tickets and no rank (R8). */
function uniformKeys(tickets: readonly [number, number][]): RankKeys {
  return {
    priority: new Uint8Array(tickets.length),
    hi: Uint32Array.from(tickets.map((t) => t[0])),
    lo: Uint32Array.from(tickets.map((t) => t[1])),
    code: (row) => `c${String(row).padStart(4, '0')}`,
  };
}

test.prop([fc.array(fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)), { maxLength: 400 }), fc.nat(100)], { numRuns: 1000 })(
  'the threshold path (uniform tickets, small quotas) chooses the same as a full sort',
  (tickets, k) => {
    const keys = uniformKeys(tickets);
    const all = tickets.map((_, i) => i);
    const members = Int32Array.from(all);
    const taken = selectSmallest(keys, members, 0, members.length, k);
    expect(Array.from(members.subarray(0, taken))).toEqual([...all].sort((a, b) => compareRows(keys, a, b)).slice(0, k));
    expect(Array.from(members).sort((a, b) => a - b)).toEqual(all);
  },
);

test.prop([fc.array(fc.tuple(fc.nat(0xffffffff), fc.nat(0xffffffff)), { maxLength: 300 }), fc.nat(120)], { numRuns: 1000 })(
  'orderByTicket orders the smallest like a full sort',
  (tickets, k) => {
    const keys = uniformKeys(tickets);
    const rows = tickets.map((_, i) => i).reverse();
    const expected = [...rows].sort((a, b) => compareRows(keys, a, b)).slice(0, k);
    expect(Array.from(orderByTicket(keys, Int32Array.from(rows), k, new Scratch()))).toEqual(expected);
  },
);
