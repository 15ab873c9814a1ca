import { describe, expect, it } from 'vitest';
import { jointShare, mergeTasks, planDraw, tasksFromDraw, wuxiPolicy } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';

describe('jointShare returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, {}, 'tasks'])('refuses tasks %o that are not an array: a programming error', (value) => {
    const [issue] = leftOf(jointShare(value as never)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['tasks'], at: '$.tasks', rule: 'R7' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('refuses a task without a list of departments, at its path', () => {
    expect(leftOf(jointShare([{ departments: ['samr'] }, 42] as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 1] })]);
    expect(leftOf(jointShare([{ departments: 'samr' }] as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 0, 'departments'], at: '$.tasks[0].departments' })]);
    expect(leftOf(jointShare([{ departments: ['samr', 3] }] as never)).issues).toEqual([expect.objectContaining({ code: 'schema/invalid_type', path: ['tasks', 0, 'departments', 1] })]);
    expect(leftOf(jointShare([{ departmnets: ['samr'] }] as never)).issues).toEqual([expect.objectContaining({ path: ['tasks', 0, 'departments'] })]);
  });

  it.each([
    [25, 'schema/too_big', /not a percentage: 25 % is 0.25/], [1.5, 'schema/too_big', /\[0, 1\]/], [-0.1, 'schema/too_small', /\[0, 1\]/],
    [Number.NaN, 'schema/invalid_type', /received NaN/], ['0.25', 'schema/invalid_type', /programming error/], [{}, 'schema/invalid_type', /programming error/],
  ])('refuses the target %o (%s)', (target, code, message) => {
    const [issue] = leftOf(jointShare([], target as never)).issues;
    expect(issue).toMatchObject({ code, path: ['target'], at: '$.target', rule: 'R7' });
    expect(issue.message).toMatch(message);
  });

  it('gives the same share as before', () => {
    const tasks = [{ departments: ['samr', 'health'] }, { departments: ['samr'] }, { departments: ['fire'] }];
    expect(rightOf(jointShare(tasks, wuxiPolicy.jointShareTarget))).toEqual({ joint: 1, total: 3, share: 1 / 3, target: 0.25, met: true });
    expect(rightOf(jointShare(tasks))).toEqual({ joint: 1, total: 3, share: 1 / 3, target: null, met: null });
    expect(rightOf(jointShare([], 0))).toEqual({ joint: 0, total: 0, share: 0, target: 0, met: true });
    const input = generateDirectory({ size: 2_000, seed: 'merge' });
    const joint = rightOf(mergeTasks(input, rightOf(tasksFromDraw(input, rightOf(planDraw(input, { seed: 'merge-2024-Q1' })))))).joint;
    expect(rightOf(jointShare(joint, 0.25))).toEqual({ joint: 56, total: 71, share: 0.7887323943661971, target: 0.25, met: true });
  });
});
