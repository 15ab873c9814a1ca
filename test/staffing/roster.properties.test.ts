/**
 * The roster's count shortcut against the plain walk (R19, N1, N2): whenever `decided` answers from
 * the counts, the walk over the department's random order gives the same answer, whatever the
 * bookings, recusals and day.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { DepartmentId, IsoDate, Uscc } from '../../src/index.js';
import { daysFromIsoDate, isoDateFromDays } from '../../src/internal/date.js';
import { streamFromSeed } from '../../src/random/seed.js';
import { LazyOrder, Roster, type Need } from '../../src/staffing/roster.js';
import { shares } from '../arbitraries.js';
import { inspector, USCCS, world } from './world.js';

const KINDS: Readonly<Record<'samr' | 'health', readonly string[]>> = { samr: ['samr:food', 'samr:quality'], health: ['health:hygiene'] };

const arbCase = fc.record({
  samr: fc.array(fc.record({ certified: fc.boolean(), food: fc.boolean(), away: fc.boolean(), capacity: fc.integer({ min: 1, max: 2 }), conflict: fc.boolean() }), { maxLength: 6 }),
  health: fc.array(fc.record({ certified: fc.boolean(), food: fc.boolean(), away: fc.boolean(), capacity: fc.integer({ min: 1, max: 2 }), conflict: fc.boolean() }), { maxLength: 4 }),
  department: fc.constantFrom('samr' as const, 'health' as const),
  kinds: fc.subarray([0, 1], { minLength: 1 }),
  seats: fc.integer({ min: 1, max: 3 }),
  bookings: fc.array(fc.nat(), { maxLength: 6 }),
  recusedEnterprise: fc.boolean(),
  seed: fc.stringMatching(/^[a-z0-9]{1,6}$/),
});

/** Builds the case's roster, books, and compares the shortcut with the walk; returns which answer the shortcut gave. */
function check(c: typeof arbCase extends fc.Arbitrary<infer T> ? T : never): string {
  const day = '2024-04-08' as IsoDate;
  const days = [day, isoDateFromDays(daysFromIsoDate(day) + 1)];
  const make = (department: 'samr' | 'health', list: typeof c.samr) => list.map((f, i) => inspector(`${department}-${i + 1}`, department, {
    certified: f.certified,
    qualifications: department === 'samr' ? (f.food ? ['samr:food', 'samr:quality'] : ['samr:quality']) : ['health:hygiene'],
    unavailable: f.away ? [day] : [],
    capacityPerDay: f.capacity,
    conflicts: f.conflict ? [USCCS[0] as Uscc] : [],
  }));
  const input = world([...make('samr', c.samr), ...make('health', c.health)]);
  const roster = new Roster(input, days, new Set([USCCS[0] as string]));
  // Earlier tasks booked some inspectors on the day.
  if (roster.inspectors.length > 0) roster.book(c.bookings.map((b) => b % roster.inspectors.length), 0);
  const kinds = [...new Set(c.kinds.map((k) => KINDS[c.department][k]).filter((k): k is string => k !== undefined))].sort();
  const need: Need = { department: c.department as DepartmentId, kinds, seats: c.seats, ...roster.pool(c.department as DepartmentId, kinds) };
  const recused = c.recusedEnterprise ? roster.recusedFor(USCCS[0] as string) : undefined;
  const walked = roster.walk(need, new LazyOrder(need.pool, () => streamFromSeed(c.seed, 'roster-test')), 0, recused, undefined);
  const counted = roster.decided(need, 0, recused);
  if (counted !== undefined) expect(counted).toBe(walked);
  return counted === undefined ? 'walked' : counted ? 'decided yes' : 'decided no';
}

describe('Roster (staffing)', () => {
  test.prop([arbCase], { numRuns: 1000 })('decided, when it answers, agrees with the walk', (c) => {
    check(c);
  });

  test('the cases reach every answer of the shortcut', () => {
    const share = shares(arbCase, check, 1000);
    for (const label of ['walked', 'decided yes', 'decided no']) expect(share(label), label).toBeGreaterThan(3);
  });

  // Orders shuffled in one scratch copy, released between tasks, against each order in a fresh copy of its own.
  const arbOrders = fc.record({ pool: fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 40 }), walks: fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.nat(45)), { minLength: 1, maxLength: 6 }) });
  test.prop([arbOrders], { numRuns: 1000 })('an order shuffled in the shared scratch copy and released equals one shuffled in a copy of its own, walk after walk (#25)', ({ pool, walks }) => {
    const entries = Int32Array.from(pool);
    const scratch = entries.slice();
    for (const [seed, depth] of walks) {
      const reach = Math.min(depth, entries.length - 1);
      const shared = new LazyOrder(entries, () => streamFromSeed(seed, 'order-test'), scratch);
      const own = new LazyOrder(entries, () => streamFromSeed(seed, 'order-test'));
      // Read out of order, as the test walk and the recording walk of a task do.
      const read = (order: LazyOrder) => [order.at(Math.floor(reach / 2)), ...Array.from({ length: reach + 1 }, (_, i) => order.at(i))];
      expect(read(shared)).toEqual(read(own));
      shared.release();
      expect([...scratch]).toEqual(pool);
    }
  });
});
