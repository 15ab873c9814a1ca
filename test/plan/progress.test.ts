/**
 * Progress (#15): planDraw, planPeriod, verifyDraw, verifyPlan and parsePlanningInput report their
 * stages through an optional callback, which cannot change the result; verify refuses misspelt
 * options like every other function (#14).
 */
import { describe, expect, it } from 'vitest';
import { parsePlanningInput, planDraw, planPeriod, verifyDraw, verifyPlan, type Progress } from '../../src/index.js';
import { generateDirectory } from '../../src/testing/index.js';

const input = generateDirectory({ size: 70_000, seed: 'progress', inspectorsPerDepartment: 40 });
const seen = (run: (onProgress: (p: Progress) => void) => unknown): Progress[] => {
  const reports: Progress[] = [];
  run((p) => reports.push(p));
  return reports;
};

describe('progress callbacks (#15)', () => {
  it('planDraw reports each stage from 0 to its total, and ticks inside the long ones', () => {
    const reports = seen((onProgress) => planDraw(input, { seed: 's', onProgress }));
    const stages = [...new Set(reports.map((r) => r.stage))];
    expect(stages).toEqual(['read', 'classify', 'select', 'settle', 'digest']);
    for (const stage of stages) {
      const mine = reports.filter((r) => r.stage === stage);
      expect(mine[0]?.done).toBe(0);
      expect(mine.at(-1)?.done).toBe(mine.at(-1)?.total);
      expect(mine.every((r, i) => i === 0 || r.done >= (mine[i - 1] as Progress).done)).toBe(true);
    }
    expect(reports.filter((r) => r.stage === 'classify').map((r) => r.done)).toEqual([0, 65_536, 70_000]);
  });

  it('planPeriod adds merge and staff; the plan is the same with or without a callback', () => {
    let plain: unknown;
    const reports = seen((onProgress) => {
      const withCallback = planPeriod(input, { seed: 's', onProgress });
      plain = planPeriod(input, { seed: 's' });
      expect(JSON.stringify(withCallback)).toBe(JSON.stringify(plain));
    });
    expect([...new Set(reports.map((r) => r.stage))]).toEqual(['read', 'classify', 'select', 'settle', 'digest', 'merge', 'staff']);
  });

  it('a callback that throws is not called again and changes nothing', () => {
    let calls = 0;
    const plan = planPeriod(input, { seed: 's', onProgress: () => { calls++; throw new Error('bar broken'); } });
    expect(calls).toBe(1);
    expect(JSON.stringify(plan)).toBe(JSON.stringify(planPeriod(input, { seed: 's' })));
  });

  it('verifyDraw and verifyPlan report the replay and the comparison', () => {
    const draw = planDraw(input, { seed: 's' });
    const plan = planPeriod(input, { seed: 's' });
    if (draw._tag === 'Left' || plan._tag === 'Left') throw new Error('plan');
    const d = seen((onProgress) => expect(verifyDraw(draw.right.record, input, { seed: 's', onProgress }).valid).toBe(true));
    expect(d.at(-1)).toEqual({ stage: 'compare', done: 1, total: 1 });
    const p = seen((onProgress) => expect(verifyPlan(JSON.parse(JSON.stringify(plan.right)), input, { seed: 's', onProgress }).valid).toBe(true));
    expect(p.map((r) => r.stage)).toContain('staff');
    expect(p.at(-1)).toEqual({ stage: 'compare', done: 1, total: 1 });
  });

  it('parsePlanningInput reports the rows it parses', () => {
    const raw = JSON.parse(JSON.stringify(input));
    const reports = seen((onProgress) => expect(parsePlanningInput(raw, { onProgress })._tag).toBe('Right'));
    expect(reports.map((r) => r.done)).toEqual([0, 65_536, 70_000]);
    expect(reports.every((r) => r.stage === 'parse' && r.total === 70_000)).toBe(true);
  });

  it('refuses an onProgress that is not a function, and misspelt verify options with a suggestion', () => {
    const bad = planDraw(input, { seed: 's', onProgress: 'yes' } as never);
    expect(bad._tag === 'Left' && bad.left.issues[0]?.at).toBe('$.options.onProgress');
    const draw = planDraw(input, { seed: 's' });
    if (draw._tag === 'Left') throw new Error('draw');
    const misspelt = verifyDraw(draw.right.record, input, { seed: 's', limt: 5 } as never);
    expect(misspelt.valid).toBe(false);
    expect(misspelt.differences[0]).toMatchObject({ path: 'options.limt', expected: expect.stringContaining('did you mean "limit"') });
    expect(verifyPlan({}, input, { seed: 's', trigered: [] } as never).differences[0]).toMatchObject({ path: 'options.trigered' });
  });
});
