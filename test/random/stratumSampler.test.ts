import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compareRows, ticketThreshold, type RankKeys } from '../../src/random/select.js';
import { StratumSampler } from '../../src/random/stratumSampler.js';
import { shares } from '../arbitraries.js';

/**
 * The stratum sampler (docs/draw-algorithm.md §3) against the plain reference: sort
 * each stratum's members by (priority, ticket, USCC) and take the first `quota`. Thresholds are the
 * library's own or deliberately too low, so that the rescan fallback is reached on purpose.
 */

// Upper ticket halves from the whole range or from a few values, so that ties are common.
const half = fc.oneof(fc.nat(0xffffffff), fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff));
const member = fc.record({ late: fc.oneof(fc.constant(false), fc.boolean()), hi: half, lo: half });
const stratum = fc.array(member, { maxLength: 120 }).chain((members) => fc.record({ members: fc.constant(members), quota: fc.nat(members.length) }));
const THRESHOLDS = {
  library: ticketThreshold,
  quarter: (k: number, m: number) => ticketThreshold(k, m) / 4,
  zero: () => 0,
} as const;
const arbCase = fc.record({
  strata: fc.array(stratum, { minLength: 1, maxLength: 4 }),
  threshold: fc.constantFrom(...(Object.keys(THRESHOLDS) as (keyof typeof THRESHOLDS)[])),
  order: fc.nat(),
});
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

/** The rows of all strata in one set of keys, with each row's stratum. */
function keysOf(c: Case): { readonly keys: RankKeys; readonly stratumOf: readonly number[] } {
  const all = c.strata.flatMap((s, j) => s.members.map((m) => ({ ...m, j })));
  return {
    keys: {
      priority: Uint8Array.from(all.map((m) => (m.late ? 1 : 0))),
      hi: Uint32Array.from(all.map((m) => m.hi)),
      lo: Uint32Array.from(all.map((m) => m.lo)),
      code: (row) => `c${String(row).padStart(4, '0')}`,
    },
    stratumOf: all.map((m) => m.j),
  };
}

function sample(c: Case) {
  const { keys, stratumOf } = keysOf(c);
  const sampler = new StratumSampler(keys, c.strata.length, THRESHOLDS[c.threshold]);
  c.strata.forEach((s, j) => {
    const late = s.members.filter((m) => m.late).length;
    sampler.size(j, { quota: s.quota, early: s.members.length - late, late });
  });
  // Members are offered in an order unrelated to their strata: rotated, then reversed.
  const rows = stratumOf.map((_, row) => row);
  const turn = rows.length === 0 ? 0 : c.order % rows.length;
  const offered = [...rows.slice(turn), ...rows.slice(0, turn)].reverse();
  const refused = new Set(offered.filter((row) => !sampler.offer(stratumOf[row] as number, row)));
  const drawn = c.strata.map((_, j) => {
    const before = sampler.rescans;
    const sample = sampler.draw(j, (keep) => rows.filter((row) => stratumOf[row] === j).forEach(keep));
    return { ...sample, rescanned: sampler.rescans > before };
  });
  return { keys, stratumOf, rows, refused, drawn, rescans: sampler.rescans };
}

describe('the stratum sampler (R8, §3)', () => {
  test.prop([arbCase], { numRuns: 1000 })('chooses what a full sort of each stratum chooses, whatever the thresholds and the order of offers', (c) => {
    const { keys, stratumOf, rows, refused, drawn } = sample(c);
    c.strata.forEach((s, j) => {
      const own = rows.filter((row) => stratumOf[row] === j);
      const expected = own.sort((a, b) => compareRows(keys, a, b)).slice(0, s.quota);
      const { pool, chosen, rescanned } = drawn[j] as (typeof drawn)[number];
      expect(Array.from(chosen)).toEqual(expected);
      // The pool holds the chosen; a refused member is chosen only through a rescan of its stratum.
      expect(expected.every((row) => Array.from(pool).includes(row))).toBe(true);
      if (!rescanned) expect(expected.some((row) => refused.has(row))).toBe(false);
    });
  });

  test.prop([arbCase], { numRuns: 1000 })('rescans only when the kept candidates cannot hold a sample, and never with the library\'s thresholds on a stratum drawn whole', (c) => {
    const { rescans } = sample(c);
    const whole = c.strata.every((s) => s.quota * 4 >= s.members.length);
    if (c.threshold === 'library' && whole) expect(rescans).toBe(0);
    if (c.threshold === 'zero') expect(rescans).toBe(c.strata.filter((s) => s.quota > 0).length);
  });

  test('the generator reaches the rescan, members ranked last, ties and empty quotas', () => {
    const share = shares(arbCase, (c) => {
      const { rescans } = sample(c);
      const labels = [rescans > 0 ? 'rescan' : 'no rescan'];
      if (c.strata.some((s) => s.quota > 0 && s.members.some((m) => m.late) && s.members.some((m) => !m.late))) labels.push('mixed ranks');
      if (c.strata.some((s) => new Set(s.members.map((m) => m.hi)).size < s.members.length)) labels.push('tied halves');
      if (c.strata.some((s) => s.quota === 0)) labels.push('quota 0');
      if (c.strata.some((s) => s.quota > 0 && s.quota * 4 < s.members.length)) labels.push('small quota');
      return labels;
    });
    expect(share('rescan')).toBeGreaterThan(25);
    expect(share('no rescan')).toBeGreaterThan(25);
    expect(share('mixed ranks')).toBeGreaterThan(25);
    expect(share('tied halves')).toBeGreaterThan(25);
    expect(share('quota 0')).toBeGreaterThan(10);
    expect(share('small quota')).toBeGreaterThan(10);
  });
});
