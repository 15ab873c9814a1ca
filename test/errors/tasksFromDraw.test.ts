import { describe, expect, it } from 'vitest';
import { planDraw, tasksFromDraw, type DrawPlan } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';
import { leftOf, rightOf } from '../result.js';
import { fingerprint } from './golden.js';

const input = generateDirectory({ size: 2_000, seed: 'merge' });
const plan = rightOf(planDraw(input, { seed: 'merge-2024-Q1' }));

describe('tasksFromDraw returns a Left on bad arguments, never throws (#14)', () => {
  it.each([undefined, null, 42, {}, []])('refuses the input %o with a pointer to parsePlanningInput (R4)', (value) => {
    expect(leftOf(tasksFromDraw(value as never, plan)).issues).toEqual([expect.objectContaining({ code: 'input/not-validated', path: ['input'], rule: 'R4' })]);
  });

  it.each([undefined, null, 42, 'plan', []])('refuses a plan %o that is not an object: a programming error', (value) => {
    const [issue] = leftOf(tasksFromDraw(input, value as never)).issues;
    expect(issue).toMatchObject({ code: 'schema/invalid_type', path: ['plan'], at: '$.plan', rule: 'R15' });
    expect(issue.message).toMatch(/programming error/);
  });

  it('refuses a plan without its record or targets, or with malformed ones, at their paths', () => {
    expect(leftOf(tasksFromDraw(input, {} as never)).issues.map((i) => i.at)).toEqual(['$.plan.record', '$.plan.targets']);
    const target = plan.targets[0] as DrawPlan['targets'][number];
    expect(leftOf(tasksFromDraw(input, { ...plan, targets: [{ ...target, placements: 'all' }] } as never)).issues).toEqual([
      expect.objectContaining({ code: 'schema/invalid_type', path: ['plan', 'targets', 0, 'placements'] }),
    ]);
    expect(leftOf(tasksFromDraw(input, { ...plan, record: { ...plan.record, draws: [{ id: 'x' }] } } as never)).issues[0]).toMatchObject({ path: ['plan', 'record', 'draws', 0, 'departments'] });
  });

  it('refuses a plan whose targets are not in the input: it was drawn from another directory (R2)', () => {
    const other = generateDirectory({ size: 50, seed: 'another' });
    const issues = leftOf(tasksFromDraw(other, plan)).issues;
    expect(issues[0]).toMatchObject({ code: 'reference/enterprise', path: ['plan', 'targets', 0, 'uscc'], rule: 'R2' });
  });

  it('gives the same tasks as before', () => {
    const tasks = rightOf(tasksFromDraw(input, plan));
    expect(tasks).toHaveLength(157);
    expect(fingerprint(tasks)).toBe('5f9b1e6a6bb2e735');
  });
});
