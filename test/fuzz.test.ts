/**
 * Any value a caller can pass gives a result, never a throw (#14): fast-check's anything() for each
 * argument of the functions that return a Result or a verdict.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as lib from '../src/index.js';
import { generateDirectory } from '../src/testing/index.js';

const any = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true });
const calls: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['parsePlanningInput', (a, b) => lib.parsePlanningInput(a, b as never)],
  ['parseUscc', (a) => lib.parseUscc(a as never)],
  ['normalizeUscc', (a) => lib.normalizeUscc(a as never)],
  ['isValidUscc', (a) => lib.isValidUscc(a as never)],
  ['formatIssue', (a, b) => lib.formatIssue(a as never, b as never)],
  ['planDraw', (a, b) => lib.planDraw(a as never, b as never)],
  ['planPeriod', (a, b) => lib.planPeriod(a as never, b as never)],
  ['countShard', (a, b) => lib.countShard(a as never, b as never)],
  ['drawShard', (a, b, c) => lib.drawShard(a as never, b as never, c as never)],
  ['shardMembers', (a, b) => lib.shardMembers(a as never, b as never)],
  ['splitQuotas', (a, b) => lib.splitQuotas(a as never, b as never)],
  ['mergeShards', (a, b, c) => lib.mergeShards(a as never, b as never, c as never)],
  ['annualPlan', (a, b) => lib.annualPlan(a as never, b as never)],
  ['highRiskDraws', (a, b, c) => lib.highRiskDraws(a as never, b as never, c as never)],
  ['keyIndustryLists', (a, b) => lib.keyIndustryLists(a as never, b as never)],
  ['checkSheet', (a, b) => lib.checkSheet(a as never, b as never)],
  ['escalate', (a, b) => lib.escalate(a, b as never)],
  ['verifyDraw', (a, b, c) => lib.verifyDraw(a, b as never, c as never)],
  ['verifyPlan', (a, b, c) => lib.verifyPlan(a, b as never, c as never)],
  ['publicCodes', (a, b) => lib.publicCodes(a as never, b as never)],
];

describe('no exported function that returns a result throws on any value (#14)', () => {
  for (const [name, call] of calls) {
    test.prop([any, any, any], { numRuns: 1000 })(name, (a, b, c) => {
      expect(() => call(a, b, c)).not.toThrow();
    });
  }
});

describe('... nor when the input is valid and the other arguments are anything (#14)', () => {
  const input = generateDirectory({ size: 200, seed: 'fuzz', inspectorsPerDepartment: 3 });
  const planned = lib.planPeriod(input, { seed: 'fuzz' });
  if (planned._tag === 'Left') throw new Error('plan');
  const plan = planned.right;
  const task = plan.tasks[0];
  const sheet = task === undefined ? undefined : lib.checkSheet(task, input);
  const deep: [string, (a: unknown, b: unknown) => unknown][] = [
    ['planDraw', (a) => lib.planDraw(input, a as never)],
    ['planPeriod', (a) => lib.planPeriod(input, a as never)],
    ['countShard', (a) => lib.countShard(input, a as never)],
    ['drawShard', (a, b) => lib.drawShard(input, a as never, b as never)],
    ['shardMembers', (a) => lib.shardMembers(input, a as never)],
    ['splitQuotas', (a) => lib.splitQuotas(a as never, input)],
    ['annualPlan', (a) => lib.annualPlan(input, a as never)],
    ['highRiskDraws', (a, b) => lib.highRiskDraws(input, a as never, b as never)],
    ['keyIndustryLists', (a) => lib.keyIndustryLists(input, a as never)],
    ['checkSheet', (a) => lib.checkSheet(a as never, input)],
    ['sheetResult', (a) => (sheet?._tag === 'Right' ? lib.sheetResult(sheet.right, a as never) : undefined)],
    ['publicationRecords', (a, b) => lib.publicationRecords(plan, a as never, b as never)],
    ['publicationRecords (input)', (a, b) => lib.publicationRecords(plan, a as never, { input, seed: 'fuzz', triggered: [], asOf: '2024-12-31', calendar: b } as never)],
    ['publicationRecords (seed, triggered)', (a, b) => lib.publicationRecords(plan, [], { input, seed: a, triggered: b, asOf: '2024-12-31' } as never)],
    ['publicCodes', (a) => lib.publicCodes(input, a as never)],
    ['verifyDraw', (a, b) => lib.verifyDraw(a, input, b as never)],
    ['verifyPlan', (a, b) => lib.verifyPlan(a, input, b as never)],
  ];
  for (const [name, call] of deep) {
    test.prop([any, any], { numRuns: 1000 })(name, (a, b) => {
      expect(() => call(a, b)).not.toThrow();
    });
  }
});

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

/** A copy of `value` with the value at `path` replaced. */
function replaced(value: unknown, path: readonly (string | number)[], by: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1) as string | number] = by;
  return copy;
}

describe('... nor when one field deep inside a valid argument is anything (#14: a BigInt in a date threw)', () => {
  const input = generateDirectory({ size: 6, seed: 'fuzz-deep', inspectorsPerDepartment: 1 });
  const raw = JSON.parse(JSON.stringify({ ...input, jointLists: input.jointLists.slice(0, 2), items: input.items.slice(0, 12), history: input.history.slice(0, 3) }));
  const paths = pathsOf(raw);
  const sections = new Set(paths.map((p) => p[0]));

  test.prop([fc.constantFrom(...paths), any], { numRuns: 3000 })('parsePlanningInput', (path, value) => {
    fc.pre(sections.size > 8);
    expect(() => lib.parsePlanningInput(replaced(raw, path, value))).not.toThrow();
  });

  const food = input.items[0]!;
  const result = {
    enterprise: input.enterprises[0]!.uscc, date: '2024-09-27', reason: 'complaint', lead: food.department, departments: [food.department],
    contact: 'operating', findings: [{ item: food.id, outcome: 'violation', severity: 'general', spread: 'single' }],
  };
  test.prop([fc.constantFrom(...pathsOf(result)), any], { numRuns: 1000 })('escalate', (path, value) => {
    expect(() => lib.escalate(replaced(result, path, value), { creditClass: 'B', items: [food] })).not.toThrow();
  });
});

describe('the fuzz tests cover every function the package exports (#14)', () => {
  it('each function export of src/index.ts is called with anything in test/fuzz.test.ts or test/fuzz-more.test.ts', async () => {
    const { readFileSync } = await import('node:fs');
    const sources = ['test/fuzz.test.ts', 'test/fuzz-more.test.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
    const exported = Object.entries(lib).filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(exported.length).toBeGreaterThan(30);
    expect(exported.filter((name) => !sources.includes(`lib.${name}(`))).toEqual([]);
  });
});
