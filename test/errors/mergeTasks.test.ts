import { describe, expect, it } from 'vitest';
import { mergeTasks, planDraw, tasksFromDraw, type DepartmentTask } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

const input = generateDirectory({ size: 2_000, seed: 'merge' });
const plan = rightOf(planDraw(input, { seed: 'merge-2024-Q1' }));
const tasks = rightOf(tasksFromDraw(input, plan));
const first = tasks[0] as DepartmentTask;

describe('mergeTasks returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, {}, []])('refuses the input %o with a pointer to parsePlanningInput (R4)', (value) => {
    expect(leftOf(mergeTasks(value as never, tasks)).issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], rule: 'R4' })]);
  });

  it.each([undefined, null, 42, {}, 'tasks'])('refuses tasks %o that are not an array: a programming error', (value) => {
    const [issue] = leftOf(mergeTasks(input, value as never)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['tasks'], at: '$.tasks', rule: 'R15' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('refuses a malformed task at its path, a misspelt key with a suggestion', () => {
    expect(leftOf(mergeTasks(input, [first, 42 as never])).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 1] })]);
    const { reason: _reason, ...rest } = first;
    expect(leftOf(mergeTasks(input, [{ ...rest, reson: 'random' } as never])).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['tasks', 0, 'reson'], suggestion: 'reason' }),
    ]);
    expect(leftOf(mergeTasks(input, [{ ...first, items: 'samr/food-safety' } as never])).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 0, 'items'] })]);
    expect(leftOf(mergeTasks(input, [{ ...first, enterprise: 'nobody' } as never])).issues).toEqual([expect.objectContaining({ code: 'uscc/length', path: ['tasks', 0, 'enterprise'], rule: 'N10' })]);
  });

  it('gives the same joint tasks as before', () => {
    expect(fingerprint(rightOf(mergeTasks(input, tasks)))).toBe('246598dc257bd62b');
  });
});
