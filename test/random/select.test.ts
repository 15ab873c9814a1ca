import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Candidates, compareRows, orderCandidates, Scratch, selectSmallest, type RankKeys } from '../../src/random/select.js';

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

// Tickets from the full range, or from a few values so that upper halves (and whole tickets) tie;
// the bound is the true one, or a wrong one (too small or too large), which may cost time only.
const ticket = fc.oneof(fc.nat(0xffffffff), fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff));
test.prop([fc.array(fc.tuple(ticket, ticket), { maxLength: 300 }), fc.nat(120), fc.constantFrom('true', 'small', 'large')], { numRuns: 1000 })(
  'orderCandidates orders the smallest like a full sort, whatever the bound',
  (tickets, k, boundKind) => {
    const keys = uniformKeys(tickets);
    const rows = tickets.map((_, i) => i).reverse();
    const candidates = new Candidates(2);
    for (const row of rows) candidates.push(row, keys.hi[row] as number);
    const top = Math.max(0, ...tickets.map((t) => t[0]));
    const bound = boundKind === 'true' ? top + 1 : boundKind === 'small' ? Math.max(1, Math.floor(top / 7)) : 2 ** 32;
    const out = new Int32Array(k);
    const expected = [...rows].sort((a, b) => compareRows(keys, a, b)).slice(0, k);
    expect(orderCandidates(keys, candidates, k, bound, out, new Scratch())).toBe(expected.length);
    expect(Array.from(out.subarray(0, expected.length))).toEqual(expected);
  },
);
