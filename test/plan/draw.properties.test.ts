import { expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { drawSample, planDraw, type DepartmentId, type DrawPlan, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { validUscc } from '../arbitraries.js';

const RUNS = 1000;
const seed = fc.stringMatching(/^[0-9A-Za-z-]{1,24}$/);
const codes = fc.uniqueArray(validUscc, { maxLength: 60 });

/** A deterministic permutation (a seeded Fisher–Yates), for order-independence checks. */
function shuffle<T>(values: readonly T[], salt: number): T[] {
  const out = [...values];
  let state = salt >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function data(plan: DrawPlan): unknown {
  const { outcomeOf: _ignored, ...rest } = plan;
  return rest;
}

function mustPlan(input: PlanningInput, s: string, draws?: Parameters<typeof planDraw>[1]['draws']): DrawPlan {
  const result = planDraw(input, draws === undefined ? { seed: s } : { seed: s, draws });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

const directory = fc.record({ size: fc.integer({ min: 0, max: 80 }), name: seed, batch: fc.integer({ min: 1, max: 4 }) }).map(({ size, name, batch }) => generateDirectory({ size, seed: name, batch }));

// ---- the draw of one stratum -------------------------------------------------------------

test.prop([seed, codes, fc.nat(70)], { numRuns: RUNS })('count = min(k, m), drawn ⊆ population, no duplicates', (s, population, k) => {
  const drawn = drawSample(s, population, k);
  expect(drawn.length).toBe(Math.min(k, population.length));
  expect(new Set(drawn).size).toBe(drawn.length);
  expect(drawn.every((c) => population.includes(c))).toBe(true);
});

test.prop([seed, codes, fc.nat(70), fc.nat()], { numRuns: RUNS })('order independence: any permutation gives the same sample', (s, population, k, salt) => {
  expect(drawSample(s, shuffle(population, salt), k)).toEqual(drawSample(s, population, k));
});

test.prop([seed, codes, fc.nat(70), fc.nat(70)], { numRuns: RUNS })('prefix expansion: a larger quota contains the smaller sample, in order', (s, population, k1, k2) => {
  const [small, large] = k1 <= k2 ? [k1, k2] : [k2, k1];
  expect(drawSample(s, population, large).slice(0, Math.min(small, population.length))).toEqual(drawSample(s, population, small));
});

test.prop([seed, codes, validUscc, fc.nat(70)], { numRuns: RUNS })('locality: adding an enterprise changes the sample by at most one member', (s, population, extra, k) => {
  fc.pre(!population.includes(extra));
  const before = drawSample(s, population, k);
  const after = drawSample(s, [...population, extra], k);
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

test.prop([directory, seed, fc.nat()], { numRuns: RUNS })('determinism and order independence of the whole batch', (input, s, salt) => {
  const plan = data(mustPlan(input, s));
  expect(data(mustPlan(input, s))).toEqual(plan);
  const shuffled: PlanningInput = {
    ...input,
    enterprises: shuffle(input.enterprises, salt),
    history: shuffle(input.history, salt + 1),
    departments: shuffle(input.departments, salt + 2),
    items: shuffle(input.items, salt + 3),
    jointLists: shuffle(input.jointLists, salt + 4),
    inspectors: shuffle(input.inspectors, salt + 5),
  };
  expect(JSON.stringify(data(mustPlan(shuffled, s)))).toBe(JSON.stringify(plan));
});

test.prop([directory, seed], { numRuns: 200 })('inputs are never mutated', (input, s) => {
  const copy = structuredClone(input);
  const frozen = deepFreeze(structuredClone(input));
  mustPlan(frozen, s);
  expect(frozen).toEqual(copy);
});

test.prop([directory, seed], { numRuns: 300 })('positive coordination: two departments drawing one population draw the same enterprises', (withHistory, s) => {
  // Departments' own histories may differ (R5 counts each department's earlier draws); here they do not.
  const input: PlanningInput = { ...withHistory, history: [] };
  // Each department draws one kind of check it has in random scope (a draw of a kind no item has is refused).
  const kindOf = new Map(input.items.filter((i) => !input.policy.excludedScopes.includes(i.scope)).map((i) => [i.department as string, i.kind]));
  const [a, b] = input.departments.filter((d) => kindOf.has(d.id));
  fc.pre(a !== undefined && b !== undefined);
  const spec = (id: string, department: DepartmentId) => ({ id, departments: [department], kinds: [kindOf.get(department) as string], filter: { industries: ['F'] } });
  const plan = mustPlan(input, s, [spec('a', (a as { id: DepartmentId }).id), spec('b', (b as { id: DepartmentId }).id)]);
  const drawnOf = (draw: string) => plan.record.strata.filter((r) => r.key.startsWith(`${draw}|`)).map((r) => [r.key.slice(draw.length), r.drawn]);
  expect(drawnOf('a')).toEqual(drawnOf('b'));
});

test.prop([seed, codes, fc.nat(30), fc.nat(30)], { numRuns: RUNS })('positive coordination with different quotas: the smaller sample is inside the larger', (s, population, k1, k2) => {
  const one = drawSample(s, population, k1);
  const two = drawSample(s, population, k2);
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
