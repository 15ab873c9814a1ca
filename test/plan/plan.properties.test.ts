import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { planPeriod, tasksFromDraw, verifyPlan, type IndustryCode, type Plan, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { pathText, shuffle, shuffleKeys } from './json.js';

const RUNS = 1000;

const SECTIONS = 'ABCDEFGHIJKLMNOPQRST'.split('');

/**
 * Small synthetic batches: a directory, its inspectors (some scarce), a seed. In about half of
 * them the items that apply to every industry (registration checks) are restricted to a few
 * sections, so that drawn enterprises to which no item applies occur (R1).
 */
const arbBatch = fc.record({
  size: fc.integer({ min: 20, max: 160 }),
  directory: fc.stringMatching(/^[a-z]{1,6}$/),
  batch: fc.integer({ min: 1, max: 4 }),
  inspectors: fc.integer({ min: 1, max: 6 }),
  seed: fc.stringMatching(/^[a-z0-9][a-z0-9 ]{0,6}[a-z0-9]$/),
  restrictTo: fc.option(fc.subarray(SECTIONS, { minLength: 1, maxLength: 4 }), { freq: 2 }),
}).map(({ size, directory, batch, inspectors, seed, restrictTo }) => {
  const input = generateDirectory({ size, seed: directory, batch, inspectorsPerDepartment: inspectors });
  const items = restrictTo === null ? input.items : input.items.map((i) => (i.industries.length === 0 ? { ...i, industries: restrictTo as IndustryCode[] } : i));
  return { input: { ...input, items }, seed };
});

function run(input: PlanningInput, seed: string): Plan {
  const result = planPeriod(input, { seed });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

/** A JSON copy of a plan (what a platform stores), without the `outcomeOf` function. */
const stored = (plan: Plan): Record<string, unknown> => JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;

/** Every leaf of a JSON value, as a path of keys. */
function leaves(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  else out.push(path);
  return out;
}

function alter(json: Record<string, unknown>, path: readonly (string | number)[]): void {
  let at = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const v = at[key];
  at[key] = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? `${v}x` : v === null ? 0 : v;
}

describe('whole-plan properties (R15, R19, R27)', () => {
  test.prop([arbBatch, fc.integer()], { numRuns: RUNS })('the same plan, byte for byte, in any row order', ({ input, seed }, salt) => {
    const plan = run(input, seed);
    const shuffled: PlanningInput = {
      ...input,
      enterprises: shuffle(input.enterprises, salt),
      inspectors: shuffle(input.inspectors, salt),
      items: shuffle(input.items, salt),
      departments: shuffle(input.departments, salt),
      jointLists: shuffle(input.jointLists, salt),
      history: shuffle(input.history, salt),
    };
    expect(JSON.stringify(run(shuffled, seed))).toBe(JSON.stringify(plan));
  });

  test.prop([arbBatch], { numRuns: RUNS })('nobody in two tasks beyond their capacity on a day; every team at least the minimum', ({ input, seed }) => {
    const plan = run(input, seed);
    const load = new Map<string, number>();
    for (const t of plan.tasks) {
      expect(t.team.length).toBeGreaterThanOrEqual(t.mode.teamSize);
      for (const d of t.departments) expect(t.team.some((m) => m.department === d)).toBe(true);
      for (const m of t.team) load.set(`${m.inspector}@${t.date}`, (load.get(`${m.inspector}@${t.date}`) ?? 0) + 1);
    }
    const capacity = new Map(input.inspectors.map((i) => [i.id as string, i.capacityPerDay]));
    for (const [key, n] of load) expect(n).toBeLessThanOrEqual(capacity.get(key.split('@')[0] as string) as number);
    expect(plan.metrics.visits).toBe(plan.tasks.length + plan.unplannable.length);
  });

  test.prop([arbBatch], { numRuns: RUNS })('nothing lost: every (enterprise, item) pair asked for is in exactly one visit or dropped once; every visit planned or unplannable', ({ input, seed }) => {
    const plan = run(input, seed);
    const asked = new Set(tasksFromDraw(input, plan.draw).flatMap((t) => t.items.map((i) => `${t.enterprise} ${i}`)));
    const placed = [...plan.tasks, ...plan.unplannable].flatMap((t) => t.items.map((i) => `${t.enterprise} ${i}`));
    const dropped = plan.dropped.map((d) => `${d.enterprise} ${d.item}`);
    expect([...placed, ...dropped].sort()).toEqual([...asked].sort());
    const visited = [...plan.tasks, ...plan.unplannable].map((t) => t.enterprise);
    expect(new Set(visited).size).toBe(visited.length);
    expect(plan.metrics.departmentTasks).toBe(tasksFromDraw(input, plan.draw).length);
    for (const u of plan.unplannable) expect(u.problem.task).toBe(u.id);
  });

  it('the generator reaches the cases: runs that draw, items restricted to some industries, targets no item applies to', () => {
    const lines: string[] = [];
    fc.statistics(arbBatch, ({ input, seed }) => {
      const plan = run(input, seed);
      const labels = [];
      if (plan.draw.targets.length > 0) labels.push('draws something');
      if (input.items.every((i) => i.industries.length > 0)) labels.push('every item industry-restricted');
      if (plan.empty.some((e) => e.reason === 'no-applicable-item')) labels.push('a target no item applies to');
      return labels;
    }, { numRuns: 300, logger: (l) => lines.push(l) });
    const share = (label: string): number => Number(/(\d+(?:\.\d+)?)%/.exec(lines.find((l) => l.includes(label)) ?? '0%')?.[1] ?? 0);
    expect(share('draws something')).toBeGreaterThan(80);
    expect(share('every item industry-restricted')).toBeGreaterThan(20);
    expect(share('a target no item applies to')).toBeGreaterThan(10);
  });

  test.prop([arbBatch], { numRuns: RUNS })('every target lands in exactly one place: a staffed visit, an unplannable visit, or an empty visit with its reason', ({ input, seed }) => {
    const plan = run(input, seed);
    const places = [...plan.tasks, ...plan.unplannable, ...plan.empty].map((t) => t.enterprise).sort();
    expect(places).toEqual(plan.draw.targets.map((t) => t.uscc).sort());
    for (const e of plan.empty) expect(['items-dropped', 'no-applicable-item']).toContain(e.reason);
  });

  test.prop([arbBatch, fc.integer()], { numRuns: RUNS })('verifyPlan accepts every plan, stored as JSON with its keys in any order', ({ input, seed }, salt) => {
    const plan = run(input, seed);
    expect(verifyPlan(shuffleKeys(stored(plan), salt), input, { seed, triggered: [] })).toEqual({ valid: true, differences: [], truncated: false, unchecked: [] });
  });

  test.prop([arbBatch, fc.nat()], { numRuns: RUNS })('verifyPlan rejects any single altered field, naming its path', ({ input, seed }, pick) => {
    const json = stored(run(input, seed));
    const paths = leaves(json).filter((p) => p.join('.') !== 'draw.record.library');
    const path = paths[pick % paths.length] as (string | number)[];
    alter(json, path);
    // The announced seed is passed: a plan with nothing drawn is the same under any seed.
    const verdict = verifyPlan(json, input, { seed, limit: 5 });
    expect(verdict.valid).toBe(false);
    expect(verdict.differences.map((d) => d.path)).toContain(pathText(path));
  });
});
