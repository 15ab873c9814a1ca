import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { drawSample, planDraw, type DepartmentId, type DrawPlan, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { shares, validUscc } from '../arbitraries.js';
import { rightOf } from '../result.js';

const RUNS = 1000;
const seed = fc.stringMatching(/^[0-9A-Za-z-]{1,24}$/);
const codes = fc.uniqueArray(validUscc, { maxLength: 60 });

/** A permutation of `values` that fast-check generates (and shrinks). */
const permutation = <T>(values: readonly T[]): fc.Arbitrary<T[]> => fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length });

function data(plan: DrawPlan): unknown {
  const { outcomeOf: _ignored, ...rest } = plan;
  return rest;
}

function mustPlan(input: PlanningInput, s: string, draws?: Parameters<typeof planDraw>[1]['draws']): DrawPlan {
  const result = planDraw(input, draws === undefined ? { seed: s } : { seed: s, draws });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

/**
 * Small directories. At 4 % a year few of 80 enterprises are drawn, so about two runs in three
 * raise the ratios ten- or twentyfold (as a high-risk locality would): most runs then draw (checked below).
 */
const directory = fc.record({
  size: fc.integer({ min: 0, max: 80 }),
  name: seed,
  batch: fc.integer({ min: 1, max: 4 }),
  raise: fc.constantFrom(1, 10, 20),
}).map(({ size, name, batch, raise }) => {
  const input = generateDirectory({ size, seed: name, batch });
  const r = input.policy.ratios;
  const up = (x: number): number => Math.min(1, x * raise);
  const ratios = { A: up(r.A), B: up(r.B), C: up(r.C), D: up(r.D), unrated: up(r.unrated), yellow: up(r.yellow) };
  return { ...input, policy: { ...input.policy, ratios } };
});

test('the directory generator draws in most runs', () => {
  const share = shares(fc.tuple(directory, seed), ([input, s]) => (mustPlan(input, s).counts.drawn > 0 ? 'draws' : 'draws nothing'));
  expect(share('draws')).toBeGreaterThan(70);
});

// ---- the draw of one stratum -------------------------------------------------------------

test.prop([seed, codes, fc.nat(70)], { numRuns: RUNS })('count = min(k, m), drawn ⊆ population, no duplicates', (s, population, k) => {
  const drawn = rightOf(drawSample(s, population, k));
  expect(drawn.length).toBe(Math.min(k, population.length));
  expect(new Set(drawn).size).toBe(drawn.length);
  expect(drawn.every((c) => population.includes(c))).toBe(true);
});

const codesAndPermutation = codes.chain((population) => fc.tuple(fc.constant(population), permutation(population)));
test.prop([seed, codesAndPermutation, fc.nat(70)], { numRuns: RUNS })('order independence: any permutation gives the same sample', (s, [population, permuted], k) => {
  expect(rightOf(drawSample(s, permuted, k))).toEqual(rightOf(drawSample(s, population, k)));
});

test.prop([seed, codes, fc.nat(70), fc.nat(70)], { numRuns: RUNS })('prefix expansion: a larger quota contains the smaller sample, in order', (s, population, k1, k2) => {
  const [small, large] = k1 <= k2 ? [k1, k2] : [k2, k1];
  expect(rightOf(drawSample(s, population, large)).slice(0, Math.min(small, population.length))).toEqual(rightOf(drawSample(s, population, small)));
});

test.prop([seed, codes, validUscc, fc.nat(70)], { numRuns: RUNS })('locality: adding an enterprise changes the sample by at most one member', (s, population, extra, k) => {
  fc.pre(!population.includes(extra));
  const before = rightOf(drawSample(s, population, k));
  const after = rightOf(drawSample(s, [...population, extra], k));
  const removed = before.filter((c) => !after.includes(c));
  const added = after.filter((c) => !before.includes(c));
  expect(removed.length).toBeLessThanOrEqual(1);
  expect(added.length).toBe(removed.length + (after.length - before.length));
  expect(added.every((c) => c === extra)).toBe(true);
});

// ---- the whole batch -----------------------------------------------------------------------

test.prop([directory, seed], { numRuns: RUNS })('nothing lost: every enterprise has exactly one outcome, the counts add up', (input, s) => {
  const plan = mustPlan(input, s);
  expect(Object.values(plan.counts).reduce((a, b) => a + b, 0)).toBe(input.enterprises.length);
  for (const e of input.enterprises) expect(plan.outcomeOf(e.uscc)).toBeDefined();
  const drawn = input.enterprises.filter((e) => plan.outcomeOf(e.uscc)?.status === 'drawn').map((e) => e.uscc).sort();
  expect(plan.targets.filter((t) => t.status === 'drawn').map((t) => t.uscc)).toEqual(drawn);
});

test.prop([directory, seed], { numRuns: RUNS })('each stratum draws min(quota, eligible) of its own eligible members, once', (input, s) => {
  const plan = mustPlan(input, s);
  const byCode = new Map(input.enterprises.map((e) => [e.uscc as string, e]));
  for (const q of plan.quotas) {
    const stratum = plan.record.strata.find((r) => r.key === q.key);
    expect(stratum?.drawn.length).toBe(Math.min(q.quota, q.eligible));
    expect(q.quota).toBeLessThanOrEqual(q.eligible);
    expect(new Set(stratum?.drawn).size).toBe(stratum?.drawn.length);
    for (const code of stratum?.drawn ?? []) {
      const e = byCode.get(code);
      expect(e?.industry.charAt(0)).toBe(q.industry);
      expect(e?.creditClass).toBe(q.creditClass);
      expect(e?.colour === 'yellow' ? 'yellow' : 'none').toBe(q.colour);
      expect(plan.outcomeOf(code)?.status).toBe('drawn');
    }
  }
});

/** A directory and the same directory with every list in another order, the orders generated by fast-check. */
const directoryAndPermuted = directory.chain((input) =>
  fc.record({
    enterprises: permutation(input.enterprises), history: permutation(input.history), departments: permutation(input.departments),
    items: permutation(input.items), jointLists: permutation(input.jointLists), inspectors: permutation(input.inspectors),
  }).map((lists): [PlanningInput, PlanningInput] => [input, { ...input, ...lists }]),
);

test.prop([directoryAndPermuted, seed], { numRuns: RUNS })('determinism and order independence of the whole batch', ([input, shuffled], s) => {
  const plan = data(mustPlan(input, s));
  expect(data(mustPlan(input, s))).toEqual(plan);
  expect(JSON.stringify(data(mustPlan(shuffled, s)))).toBe(JSON.stringify(plan));
});

test.prop([directory, seed], { numRuns: RUNS })('inputs are never mutated', (input, s) => {
  const copy = structuredClone(input);
  const frozen = deepFreeze(structuredClone(input));
  mustPlan(frozen, s);
  expect(frozen).toEqual(copy);
});

/** Two directed draws of one population by two departments; undefined when the directory lacks two departments with items. */
function coordinated(withHistory: PlanningInput, s: string): { a: unknown[]; b: unknown[] } | undefined {
  // Departments' own histories may differ (R5 counts each department's earlier draws); here they do not.
  // A quarter of F's members is drawn, so that the two samples compared are seldom empty (checked below).
  const input: PlanningInput = { ...withHistory, history: [], policy: { ...withHistory.policy, ratios: { A: 0.25, B: 0.25, C: 0.25, D: 0.25, unrated: 0.25, yellow: 0.25 }, batchMinimumRatio: 0.25 } };
  // Each department draws one kind of check it has in random scope (a draw of a kind no item has is refused).
  const kindOf = new Map(input.items.filter((i) => !input.policy.excludedScopes.includes(i.scope)).map((i) => [i.department as string, i.kind]));
  const [a, b] = input.departments.filter((d) => kindOf.has(d.id));
  if (a === undefined || b === undefined) return undefined;
  const spec = (id: string, department: DepartmentId) => ({ id, departments: [department], kinds: [kindOf.get(department) as string], filter: { industries: ['F'] } });
  const plan = mustPlan(input, s, [spec('a', a.id), spec('b', b.id)]);
  const drawnOf = (draw: string) => plan.record.strata.filter((r) => r.key.startsWith(`${draw}|`)).map((r) => [r.key.slice(draw.length), r.drawn]);
  return { a: drawnOf('a'), b: drawnOf('b') };
}

test.prop([directory, seed], { numRuns: RUNS })('positive coordination: two departments drawing one population draw the same enterprises', (input, s) => {
  const both = coordinated(input, s);
  fc.pre(both !== undefined);
  expect(both.a).toEqual(both.b);
});

test('positive coordination compares non-empty samples in most runs', () => {
  const share = shares(fc.tuple(directory, seed), ([input, s]) => {
    const both = coordinated(input, s);
    return both === undefined ? 'no two departments' : both.a.some((stratum) => ((stratum as [string, readonly string[]])[1]).length > 0) ? 'non-empty samples' : 'empty samples';
  });
  expect(share('non-empty samples')).toBeGreaterThan(60);
});

test.prop([seed, codes, fc.nat(30), fc.nat(30)], { numRuns: RUNS })('positive coordination with different quotas: the smaller sample is inside the larger', (s, population, k1, k2) => {
  const one = rightOf(drawSample(s, population, k1));
  const two = rightOf(drawSample(s, population, k2));
  const [small, large] = one.length <= two.length ? [one, two] : [two, one];
  expect(small.every((c) => large.includes(c))).toBe(true);
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
