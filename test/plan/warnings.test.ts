/**
 * Warnings are data (#14): a plan that is valid but probably not what was meant says so, with a
 * code, a path and a rule, instead of planning nothing without a word.
 */
import { describe, expect, it } from 'vitest';
import { planDraw, verifyPlan, planPeriod, type DepartmentId, type PlanningInput } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input: PlanningInput = generateDirectory({ size: 300, seed: 'warnings', inspectorsPerDepartment: 2 });

describe('warnings (#14)', () => {
  it('warns of an empty directory', () => {
    const empty = planDraw({ ...input, enterprises: [] }, { seed: 's' });
    expect(empty._tag === 'Right' && empty.right.warnings.map((w) => [w.at, w.code, w.rule])).toEqual(expect.arrayContaining([['$.enterprises', 'directory/empty', 'R4']]));
  });

  it('warns of a draw whose population holds nobody, at its path in the record', () => {
    const kinds = [...new Set(input.items.filter((i) => i.department === 'samr' && i.scope === 'general').map((i) => i.kind))];
    const draws = [{ id: 'nowhere', departments: ['samr' as DepartmentId], kinds, filter: { regions: ['999999'] } }];
    const plan = planDraw(input, { seed: 's', draws });
    expect(plan._tag === 'Right' && plan.right.warnings.map((w) => [w.at, w.code, w.rule])).toEqual([['$.record.draws[0]', 'draw/empty-population', 'N7']]);
  });

  it('has no warning for an ordinary batch, and a plan with warnings still verifies', () => {
    const plan = planDraw(input, { seed: 's' });
    expect(plan._tag === 'Right' && plan.right.warnings).toEqual([]);
    const full = planPeriod({ ...input, enterprises: [] }, { seed: 's' });
    if (full._tag === 'Left') throw new Error(JSON.stringify(full.left.issues));
    expect(full.right.draw.warnings.length).toBeGreaterThan(0);
    expect(verifyPlan(JSON.parse(JSON.stringify(full.right)), { ...input, enterprises: [] }, { seed: 's', triggered: [] }).valid).toBe(true);
  });
});

describe('plan warnings: a window with no working day, a joint-share target the joint lists cannot meet (#14)', () => {
  it('warns when the batch window has no working day (N3): every visit is unplannable', () => {
    const golden = { ...input, period: { ...input.period, start: '2024-10-01', end: '2024-10-07' } } as PlanningInput;
    const plan = planPeriod(golden, { seed: 's' });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    expect(plan.right.tasks).toEqual([]);
    expect(plan.right.warnings.map((w) => [w.at, w.code, w.rule])).toContainEqual(['$.period', 'period/no-working-day', 'N3']);
    expect(verifyPlan(JSON.parse(JSON.stringify(plan.right)), golden, { seed: 's', triggered: [] }).valid).toBe(true);
  });

  it('warns when the joint lists leave the target out of reach (R7), and not when it is met', () => {
    const noLists = { ...input, jointLists: [], policy: { ...input.policy, jointShareTarget: 0.99, singleDepartmentTasks: true } } as PlanningInput;
    const plan = planPeriod(noLists, { seed: 's' });
    if (plan._tag === 'Left') throw new Error(JSON.stringify(plan.left.issues));
    expect(plan.right.metrics.jointShare.met).toBe(false);
    const warning = plan.right.warnings.find((w) => w.code === 'policy/joint-share-unreachable');
    expect(warning).toMatchObject({ at: '$.policy.jointShareTarget', rule: 'R7' });
    expect(warning?.message).toContain('target of 99 %');
    const met = planPeriod({ ...input, policy: { ...input.policy, jointShareTarget: 0.01 } } as PlanningInput, { seed: 's', secret: 'warnings visit secret 5c1e8a3f9b27d0' });
    expect(met._tag === 'Right' && met.right.metrics.jointShare.met && met.right.warnings).toEqual([]);
  });
});
