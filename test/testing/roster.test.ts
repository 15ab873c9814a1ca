/**
 * The synthetic directory's roster, conflicts and item scopes (#15): a default plan of
 * `generateDirectory`'s own output staffs its visits at every size, recuses (N2) and reports
 * drawn enterprises no item applies to (R1); a fixed thin roster is honoured and its shortfall
 * reported (R19).
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planPeriod, type Plan } from '../../src/index.js';
import { generateDirectory, type GenerateDirectoryOptions } from '../../src/testing/index.js';
import { rightOf } from '../result.js';
import { shares } from '../arbitraries.js';

const SEED = '2024-Q2 公证 7 3 9 1 4 0';

function planOf(options: GenerateDirectoryOptions): { readonly plan: Plan; readonly inspectors: number } {
  const input = generateDirectory(options);
  return { plan: rightOf(planPeriod(input, { seed: SEED })), inspectors: input.inspectors.length };
}

/** Planned visits over visits to staff (planned + unplannable). */
function staffedShare(plan: Plan): number {
  return plan.tasks.length / (plan.tasks.length + plan.unplannable.length);
}

const recusals = (plan: Plan): number => plan.tasks.flatMap((t) => t.skipped).filter((s) => s.reason === 'recused').length;

describe('generateDirectory: a roster that scales with the directory', () => {
  // 10⁶ is measured by hand (docs in generateDirectory's TSDoc): too slow for npm test.
  it.each([1_000, 10_000, 100_000])('a default plan of %i enterprises staffs at least 90 % of its visits (R19)', (size) => {
    const { plan, inspectors } = planOf({ size, seed: 'roster', batch: 2 });
    expect(plan.tasks.length + plan.unplannable.length).toBeGreaterThan(size / 100);
    expect(staffedShare(plan)).toBeGreaterThanOrEqual(0.9);
    expect(plan.metrics.planned).toBe(plan.tasks.length);
    expect(inspectors).toBeGreaterThanOrEqual(8 * 12);
  });

  it('grows the roster with the directory, the busiest department most', () => {
    const count = (size: number): Map<string, number> => {
      const by = new Map<string, number>();
      for (const i of generateDirectory({ size, seed: 'roster' }).inspectors) by.set(i.department, (by.get(i.department) ?? 0) + 1);
      return by;
    };
    const small = count(1_000);
    const large = count(100_000);
    expect([...small.values()].every((n) => n >= 12)).toBe(true);
    expect(large.get('samr')).toBeGreaterThan(5 * (small.get('samr') as number));
    // fire's items are all out of random scope (R1): a default plan asks nothing of it.
    expect(large.get('fire')).toBe(12);
  });

  it('a fixed thin roster stays thin, and the plan reports what it cannot staff (R19, N1)', () => {
    const { plan, inspectors } = planOf({ size: 10_000, seed: 'roster', batch: 2, inspectorsPerDepartment: 3 });
    expect(inspectors).toBe(8 * 3);
    expect(plan.unplannable.length).toBeGreaterThan(0);
    expect(staffedShare(plan)).toBeLessThan(0.9);
    expect(plan.metrics.unplannable).toBe(plan.unplannable.length);
    // Each with the reason and a department to blame; nothing lost: every visit is in one place.
    for (const u of plan.unplannable) {
      expect(['no-qualified-inspector', 'all-recused', 'too-few-inspectors', 'no-available-date']).toContain(u.problem.reason);
      expect(u.problem).toHaveProperty('department');
    }
    expect(plan.tasks.length + plan.unplannable.length).toBe(plan.metrics.visits);
  });
});

describe('generateDirectory: conflicts of interest and item scopes in a default plan', () => {
  const { plan } = planOf({ size: 10_000, seed: 'roster', batch: 2 });

  it('recuses inspectors with a declared conflict (N2)', () => {
    expect(recusals(plan)).toBeGreaterThan(0);
    for (const t of plan.tasks) {
      for (const s of t.skipped.filter((k) => k.reason === 'recused')) {
        expect(s.rule).toBe('N2');
        expect(t.team.map((m) => m.inspector)).not.toContain(s.inspector);
      }
    }
  });

  it('reports drawn enterprises no item applies to, and dropped items (R1, R18, R20)', () => {
    const empty = plan.empty.filter((e) => e.reason === 'no-applicable-item');
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((e) => e.rule === 'R1' && e.tasks.length === 0)).toBe(true);
    const drawn = new Set(plan.draw.targets.map((t) => t.uscc));
    expect(empty.every((e) => drawn.has(e.enterprise))).toBe(true);
    expect(plan.dropped.length).toBeGreaterThan(0);
  });

  it('declares conflicts with enterprises the department visits every batch', () => {
    const input = generateDirectory({ size: 10_000, seed: 'roster', batch: 2 });
    const red = new Set(input.enterprises.filter((e) => e.colour === 'red').map((e) => e.uscc));
    const conflicts = input.inspectors.flatMap((i) => i.conflicts);
    expect(conflicts.length).toBeGreaterThan(input.inspectors.length / 5);
    // Red-coded enterprises are in full coverage (R10); fire, whose items are all out of random
    // scope, visits none at random, and its inspectors' conflicts fall on any enterprise.
    const visiting = input.inspectors.filter((i) => i.department !== 'fire').flatMap((i) => i.conflicts);
    expect(visiting.length).toBeGreaterThan(0);
    expect(visiting.every((uscc) => red.has(uscc))).toBe(true);
  });
});

describe('generateDirectory: determinism', () => {
  it('is a pure function of its options: the same options give the same input, byte for byte', () => {
    const options = { size: 5_000, seed: 'pure', batch: 3 };
    expect(JSON.stringify(generateDirectory(options))).toBe(JSON.stringify(generateDirectory({ ...options })));
  });

  it('the roster does not move the history, so nor the draw', () => {
    const wide = generateDirectory({ size: 3_000, seed: 'streams', batch: 3 });
    const thin = generateDirectory({ size: 3_000, seed: 'streams', batch: 3, inspectorsPerDepartment: 3 });
    expect(thin.history).toEqual(wide.history);
    expect(thin.history.length).toBeGreaterThan(0);
    expect(thin.inspectors).not.toEqual(wide.inspectors);
  });
});

describe('generateDirectory: default plans across seeds, sizes and batches', () => {
  const world = fc.record({
    size: fc.integer({ min: 200, max: 3_000 }),
    seed: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    batch: fc.integer({ min: 1, max: 4 }),
  });

  test.prop([world], { numRuns: 12 })('staff at least 90 % of their visits', (options) => {
    const { plan } = planOf(options);
    const visits = plan.tasks.length + plan.unplannable.length;
    // A plan of a few visits (4 at size 200, seed zt7, batch 1) cannot show 90 %: there, at most one unstaffed.
    if (visits >= 10) expect(staffedShare(plan)).toBeGreaterThanOrEqual(0.9);
    else expect(plan.unplannable.length).toBeLessThanOrEqual(1);
  });

  it('recuse someone in most runs (fc.statistics; 95 % with this seed)', () => {
    const share = shares(world, (options) => (recusals(planOf(options).plan) > 0 ? 'recusal' : 'none'), 40);
    expect(share('recusal')).toBeGreaterThan(75);
  });
});
