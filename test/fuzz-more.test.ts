/**
 * Any value a caller can pass gives a result, never a throw (#14), for the functions that used to
 * throw on garbage or take it silently: fast-check's anything() for each argument, then a valid
 * planning input (or other valid arguments) with anything for the rest.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as lib from '../src/index.js';
import { generateDirectory } from '../src/testing/index.js';

const any = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true });

/** Each function, called with the three values as its arguments; it must return a `Result`. */
const calls: [string, (a: unknown, b: unknown, c: unknown) => lib.Result<lib.InputError, unknown>][] = [
  ['defaultDraws', (a) => lib.defaultDraws(a as never)],
  ['isExempt', (a, b, c) => lib.isExempt(a as never, b as never, c as never)],
  ['ticketOf', (a, b) => lib.ticketOf(a as never, b as never)],
  ['drawSample', (a, b, c) => lib.drawSample(a as never, b as never, c as never)],
  ['inputDigest', (a) => lib.inputDigest(a as never)],
  ['selectionSql', (a, b) => lib.selectionSql(a as never, b as never)],
  ['isWorkingDay', (a, b) => lib.isWorkingDay(a as never, b as never)],
  ['addWorkingDays', (a, b, c) => lib.addWorkingDays(a as never, b as never, c as never)],
  ['workingDaysBetween', (a, b, c) => lib.workingDaysBetween(a as never, b as never, c as never)],
  ['mergeTasks', (a, b) => lib.mergeTasks(a as never, b as never)],
  ['staffTasks', (a, b, c) => lib.staffTasks(a as never, b as never, c as never)],
  ['tasksFromDraw', (a, b) => lib.tasksFromDraw(a as never, b as never)],
  ['inspectionMode', (a, b, c) => lib.inspectionMode(a as never, b as never, c as never)],
  ['jointShare', (a, b) => lib.jointShare(a as never, b as never)],
];

/** A result is a `Right` or a `Left` with at least one issue, each with its path, JSONPath, message and rule. */
function expectResult(result: lib.Result<lib.InputError, unknown>): void {
  expect(['Left', 'Right']).toContain(result._tag);
  if (result._tag === 'Right') return;
  expect(result.left.issues.length).toBeGreaterThan(0);
  for (const issue of result.left.issues) {
    expect(typeof issue.code).toBe('string');
    expect(Array.isArray(issue.path)).toBe(true);
    expect(issue.at.startsWith('$')).toBe(true);
    expect(typeof issue.message).toBe('string');
    expect(Object.keys(lib.RULES)).toContain(issue.rule);
  }
}

describe('no function that used to throw or take garbage silently throws on any value (#14)', () => {
  for (const [name, call] of calls) {
    test.prop([any, any, any], { numRuns: 1000 })(name, (a, b, c) => {
      let result: lib.Result<lib.InputError, unknown> | undefined;
      expect(() => {
        result = call(a, b, c);
      }).not.toThrow();
      expectResult(result as lib.Result<lib.InputError, unknown>);
    });
  }
});

describe('... nor when the other arguments are valid and one is anything (#14)', () => {
  const input = generateDirectory({ size: 200, seed: 'fuzz-more', inspectorsPerDepartment: 3 });
  const drawn = lib.planDraw(input, { seed: 'fuzz-more' });
  if (drawn._tag === 'Left') throw new Error('draw');
  const plan = drawn.right;
  const tasks = lib.tasksFromDraw(input, plan);
  if (tasks._tag === 'Left') throw new Error('tasks');
  const merged = lib.mergeTasks(input, tasks.right);
  if (merged._tag === 'Left') throw new Error('merge');
  const joint = merged.right.joint;
  const enterprise = input.enterprises[0] as lib.Enterprise;
  const codes = input.enterprises.slice(0, 20).map((e) => e.uscc);
  const query = { enterprise: enterprise.uscc, kind: 'samr:food-safety', date: input.period.start, reason: 'random' as const };
  const rule = input.policy.sameYearExemption;
  const deep: [string, (a: unknown, b: unknown) => lib.Result<lib.InputError, unknown>][] = [
    ['isExempt (query)', (a) => lib.isExempt(a as never, input.history, rule)],
    ['isExempt (history)', (a) => lib.isExempt(query, a as never, rule)],
    ['isExempt (rule)', (a) => lib.isExempt(query, input.history, a as never)],
    ['ticketOf (code)', (a) => lib.ticketOf('fuzz-more', a as never)],
    ['ticketOf (seed)', (a) => lib.ticketOf(a as never, enterprise.uscc)],
    ['drawSample (codes, k)', (a, b) => lib.drawSample('fuzz-more', a as never, b as never)],
    ['drawSample (k)', (a) => lib.drawSample('fuzz-more', codes, a as never)],
    ['selectionSql (options)', (a) => lib.selectionSql('fuzz-more', a as never)],
    ['isWorkingDay (options)', (a) => lib.isWorkingDay('2024-10-01', a as never)],
    ['addWorkingDays (n, options)', (a, b) => lib.addWorkingDays('2024-10-01', a as never, b as never)],
    ['addWorkingDays (n, weekends)', (a) => lib.addWorkingDays('2024-10-01', a as never, { fallback: 'weekends' })],
    ['workingDaysBetween (to, options)', (a, b) => lib.workingDaysBetween('2024-10-01', a as never, b as never)],
    ['mergeTasks (tasks)', (a) => lib.mergeTasks(input, a as never)],
    ['staffTasks (tasks, options)', (a, b) => lib.staffTasks(input, a as never, b as never)],
    ['staffTasks (options)', (a) => lib.staffTasks(input, joint, a as never)],
    ['staffTasks (calendar)', (a) => lib.staffTasks(input, joint, { seed: 'fuzz-more', calendar: a } as never)],
    ['tasksFromDraw (plan)', (a) => lib.tasksFromDraw(input, a as never)],
    ['tasksFromDraw (targets)', (a) => lib.tasksFromDraw(input, { ...plan, targets: a } as never)],
    ['inspectionMode (enterprise)', (a, b) => lib.inspectionMode(a as never, input.policy, b as never)],
    ['inspectionMode (policy, items)', (a, b) => lib.inspectionMode(enterprise, a as never, b as never)],
    ['inspectionMode (items)', (a) => lib.inspectionMode(enterprise, input.policy, a as never)],
    ['jointShare (target)', (a) => lib.jointShare(joint, a as never)],
    ['jointShare (tasks)', (a) => lib.jointShare(a as never, 0.25)],
  ];
  for (const [name, call] of deep) {
    test.prop([any, any], { numRuns: 1000 })(name, (a, b) => {
      let result: lib.Result<lib.InputError, unknown> | undefined;
      expect(() => {
        result = call(a, b);
      }).not.toThrow();
      expectResult(result as lib.Result<lib.InputError, unknown>);
    });
  }

  test.prop([fc.array(fc.constantFrom(...codes), { maxLength: 30 }), fc.integer({ min: -3, max: 40 })], { numRuns: 300 })(
    'drawSample on valid codes, possibly repeated, with any whole k: a sample, or a Left for a repeat or a negative k',
    (list, k) => {
      const result = lib.drawSample('fuzz-more', list, k);
      const valid = new Set(list).size === list.length && k >= 0;
      expect(result._tag).toBe(valid ? 'Right' : 'Left');
      if (result._tag === 'Right') expect(result.right).toHaveLength(Math.min(k, list.length));
    },
  );
});
