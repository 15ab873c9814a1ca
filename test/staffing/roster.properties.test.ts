/**
 * The roster's count shortcut against the plain walk (R19, N1, N2): whenever `decided` answers from
 * the counts, the walk over the department's random order gives the same answer, whatever the
 * bookings, recusals and day.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { DepartmentId, Inspector, IsoDate, ItemId, SkippedInspector, TeamMember, Uscc } from '../../src/index.js';
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

  // Orders shuffled in one scratch copy noting their swaps in one array, released between tasks, against each order in fresh arrays of its own.
  const arbOrders = fc.record({ pool: fc.uniqueArray(fc.nat(500), { minLength: 1, maxLength: 40 }), walks: fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.nat(45)), { minLength: 1, maxLength: 6 }) });
  test.prop([arbOrders], { numRuns: 1000 })('an order shuffled in the shared scratch copy and released equals one shuffled in a copy of its own, walk after walk (#25)', ({ pool, walks }) => {
    const entries = Int32Array.from(pool);
    const scratch = entries.slice();
    const swaps = new Int32Array(entries.length);
    for (const [seed, depth] of walks) {
      const reach = Math.min(depth, entries.length - 1);
      const shared = new LazyOrder(entries, () => streamFromSeed(seed, 'order-test'), scratch, swaps);
      const own = new LazyOrder(entries, () => streamFromSeed(seed, 'order-test'));
      // Read out of order, as the test walk and the recording walk of a task do.
      const read = (order: LazyOrder) => [order.at(Math.floor(reach / 2)), ...Array.from({ length: reach + 1 }, (_, i) => order.at(i))];
      expect(read(shared)).toEqual(read(own));
      shared.release();
      expect([...scratch]).toEqual(pool);
      shared.release();
      expect([...scratch]).toEqual(pool);
    }
  });
});

/**
 * The walk against a plain reference written from docs/staffing.md: take the random order's
 * inspectors in turn, pass over the recused, the absent, those at capacity and, once the seats are
 * filled, those who hold no kind still missing; stop when the seats are filled and every kind is
 * held. For a department of 3 kinds (kinds kept as bits) and of 35 (kinds kept by name).
 */
describe('Roster.walk against a plain reference (#25)', () => {
  const arbWalk = fc.record({
    wide: fc.boolean(),
    // Kinds 31–34 of the wide department have no bit of their own: a need with one of them keeps its kinds by name.
    members: fc.array(fc.record({ kinds: fc.uniqueArray(fc.constantFrom(0, 1, 2, 31, 32, 33, 34), { minLength: 1, maxLength: 3 }), away: fc.constantFrom(false, false, false, true), conflict: fc.boolean(), capacity: fc.integer({ min: 1, max: 2 }), booked: fc.constantFrom(0, 0, 0, 1, 2) }), { minLength: 1, maxLength: 12 }),
    needed: fc.uniqueArray(fc.constantFrom(0, 1, 2, 31, 32, 33, 34), { minLength: 1, maxLength: 4 }),
    // One seat most often, so that the seats are filled before the kinds and the not needed are passed over.
    seats: fc.constantFrom(1, 1, 1, 2, 3),
    recused: fc.boolean(),
    seed: fc.stringMatching(/^[a-z0-9]{1,6}$/),
  });
  const day = '2024-04-08' as IsoDate;
  const checkWalk = ({ wide, members, needed, seats, recused, seed }: typeof arbWalk extends fc.Arbitrary<infer T> ? T : never): string | string[] => {
    const count = wide ? 35 : 3;
    const kind = (k: number): string => `big:k${String(k % count).padStart(2, '0')}`;
    const items = Array.from({ length: count }, (_, k) => ({ id: `big/${k}` as ItemId, name: `k${k}`, department: 'big' as DepartmentId, kind: kind(k), level: 'district' as const, importance: 'general' as const, scope: 'general' as const, industries: [] }));
    const inspectors = members.map((m, i) => ({
      ...inspector(`big-${String(i).padStart(2, '0')}`, 'samr', { department: 'big' as DepartmentId, qualifications: [...new Set(m.kinds.map(kind))], unavailable: m.away ? [day] : [], capacityPerDay: m.capacity, conflicts: m.conflict ? [USCCS[0] as Uscc] : [] }),
    }));
    const input = world(inspectors, { items, departments: [{ id: 'big' as DepartmentId, name: '大', level: 'district' }] });
    const roster = new Roster(input, [day], undefined);
    const booked = members.flatMap((m, i) => Array.from({ length: m.booked }, () => i));
    roster.book(booked, 0);
    const kinds = [...new Set(needed.map(kind))].sort();
    const need: Need = { department: 'big' as DepartmentId, kinds, seats, ...roster.pool('big' as DepartmentId, kinds) };
    const recusedSet = recused ? roster.recusedFor(USCCS[0] as string) : undefined;
    const record = { team: [] as TeamMember[], skipped: [] as SkippedInspector[], picked: [] as number[] };
    const walked = roster.walk(need, new LazyOrder(need.pool, () => streamFromSeed(seed, 'walk-test')), 0, recusedSet, record);

    // The reference, on the inspectors' own fields.
    const order = new LazyOrder(need.pool, () => streamFromSeed(seed, 'walk-test'));
    const load = new Map<number, number>();
    for (const n of booked) load.set(n, (load.get(n) ?? 0) + 1);
    // Fewer certified inspectors free that day than seats: the department fails before any walk.
    const free = roster.inspectors.filter((who, n) => !who.unavailable.includes(day) && (load.get(n) ?? 0) < who.capacityPerDay).length;
    if (free < seats) {
      expect([walked, record.team, record.skipped]).toEqual([false, [], []]);
      return 'too few free';
    }
    const missing = new Set(kinds);
    const team: string[] = [];
    const skipped: [string, string][] = [];
    for (let position = 0; position < order.length && (team.length < seats || missing.size > 0); position++) {
      const n = order.at(position);
      const who = roster.inspectors[n] as Inspector;
      const reason = recusedSet?.has(n) === true ? 'recused' : who.unavailable.includes(day) ? 'unavailable' : (load.get(n) ?? 0) >= who.capacityPerDay ? 'at-capacity'
        : team.length >= seats && !who.qualifications.some((q) => missing.has(q)) ? 'not-needed' : undefined;
      if (reason !== undefined) skipped.push([who.id, reason]);
      else {
        team.push(who.id);
        for (const q of who.qualifications) missing.delete(q);
      }
    }
    expect(record.team.map((m) => m.inspector)).toEqual(team);
    expect(record.skipped.map((s) => [s.inspector, s.reason])).toEqual(skipped);
    expect(walked).toBe(team.length >= seats && missing.size === 0);
    return [`${need.bits < 0 ? 'wide' : 'bits'} ${walked ? 'staffed' : 'not staffed'}`, ...(skipped.some(([, r]) => r === 'not-needed') ? ['passes over the not needed'] : [])];
  };
  test.prop([arbWalk], { numRuns: 1000 })('takes the same team and passes over the same inspectors for the same reasons', (c) => {
    checkWalk(c);
  });

  test('the cases reach staffed and failed walks of both kinds of department, and passes over the not needed', () => {
    const share = shares(arbWalk, checkWalk, 1000);
    for (const label of ['wide staffed', 'bits staffed', 'wide not staffed', 'bits not staffed', 'too few free']) expect(share(label), label).toBeGreaterThan(1);
    expect(share('passes over the not needed')).toBeGreaterThan(1);
  });
});

describe('Roster bookings past 65 535 a day (outside review of #25)', () => {
  test.prop([fc.integer({ min: 65_536, max: 140_000 })], { numRuns: 5 })('an inspector of a large capacity is at capacity after that many bookings, not free again (N1, R19)', (capacity) => {
    const day = '2024-04-08' as IsoDate;
    const input = world([inspector('samr-1', 'samr', { capacityPerDay: capacity })]);
    const roster = new Roster(input, [day], undefined);
    const kinds = ['samr:food'];
    const need: Need = { department: 'samr' as DepartmentId, kinds, seats: 1, ...roster.pool('samr' as DepartmentId, kinds) };
    roster.book(new Array<number>(capacity - 1).fill(0), 0);
    expect(roster.walk(need, new LazyOrder(need.pool, () => streamFromSeed('s', 'cap')), 0, undefined, undefined)).toBe(true);
    roster.book([0], 0);
    expect(roster.decided(need, 0, undefined)).toBe(false);
    const record = { team: [] as TeamMember[], skipped: [] as SkippedInspector[], picked: [] as number[] };
    expect(roster.walk(need, new LazyOrder(need.pool, () => streamFromSeed('s', 'cap')), 0, undefined, record)).toBe(false);
  });
});
