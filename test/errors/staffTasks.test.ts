import { describe, expect, it } from 'vitest';
import { mergeTasks, planDraw, staffTasks, tasksFromDraw, type JointTask } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

const input = generateDirectory({ size: 2_000, seed: 'merge' });
const plan = rightOf(planDraw(input, { seed: 'merge-2024-Q1' }));
const joint = rightOf(mergeTasks(input, rightOf(tasksFromDraw(input, plan)))).joint;
const first = joint[0] as JointTask;
const options = { seed: 'staff-2024-Q1' };

describe('staffTasks returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, {}, []])('refuses the input %o with a pointer to parsePlanningInput (R4)', (value) => {
    expect(leftOf(staffTasks(value as never, joint, options)).issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], rule: 'R4' })]);
  });

  it.each([undefined, null, 42, 'seed', []])('refuses options %o that are not an object: a programming error', (value) => {
    const [issue] = leftOf(staffTasks(input, joint, value as never)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['options'], rule: 'R19' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('refuses a bad seed at $.options.seed (R27), a misspelt option with a suggestion, and a bad calendar', () => {
    for (const seed of [undefined, 42, '', ' padded']) {
      expect(leftOf(staffTasks(input, joint, { seed } as never)).issues).toEqual([expect.objectContaining({ code: 'seed/invalid', path: ['options', 'seed'], at: '$.options.seed', rule: 'R27' })]);
    }
    expect(leftOf(staffTasks(input, joint, { ...options, calender: { fallback: 'weekends' } } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/unrecognized_keys', path: ['options', 'calender'], suggestion: 'calendar' }),
    ]);
    expect(leftOf(staffTasks(input, joint, { sed: 'staff-2024-Q1' } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/misspelt-key', path: ['options', 'sed'], suggestion: 'seed' }),
    ]);
    expect(leftOf(staffTasks(input, joint, { ...options, calendar: { fallback: 'never' } } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_value', path: ['options', 'calendar', 'fallback'] }),
    ]);
  });

  it('refuses tasks that are not an array, and malformed tasks at their paths', () => {
    expect(leftOf(staffTasks(input, null as never, options)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks'], rule: 'R19' })]);
    expect(leftOf(staffTasks(input, [first, 42] as never, options)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 1] })]);
    expect(leftOf(staffTasks(input, [{ ...first, departments: 'samr' }] as never, options)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 0, 'departments'] })]);
    expect(leftOf(staffTasks(input, [{ ...first, items: [3] }] as never, options)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 0, 'items', 0] })]);
  });

  // Recorded with staffTasks as it was before it validated its arguments (b1c2250~1), on this
  // input as generateDirectory makes it since its roster scales with the directory (#15).
  it('gives the same staffing as before', () => {
    expect(fingerprint(rightOf(staffTasks(input, joint, options)))).toBe('c737cb9951c4a03f');
  });
});
