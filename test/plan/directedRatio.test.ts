/**
 * A directed draw's own ratio (R11, N7; Shenyang 002 §四(十二)): high-risk fields get directed
 * draws with a higher ratio. `DrawSpec.ratio` raises every stratum of the draw to at least that
 * yearly ratio (docs/draw-algorithm.md §4.3); a draw without it is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { planDraw, verifyDraw, type DepartmentId, type DrawPlan, type DrawSpec, type PlanningInput } from '../../src/index.js';
import { allEligible } from './fixtures.js';

const input: PlanningInput = allEligible(4_000);
const kinds = [...new Set(input.items.filter((i) => i.department === 'samr' && i.scope === 'general').map((i) => i.kind))];
const transport: DrawSpec = { id: 'high-risk/road-transport', departments: ['samr' as DepartmentId], kinds, filter: { industries: ['G'] } };
const general: DrawSpec = { id: 'general', departments: ['samr' as DepartmentId], kinds, filter: { excludeIndustries: ['G'] } };

function plan(draws: readonly DrawSpec[], seed = 'directed-ratio'): DrawPlan {
  const result = planDraw(input, { seed, draws });
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left.issues));
  return result.right;
}

describe('a directed draw\'s own ratio (R11, N7)', () => {
  it('raises each stratum of the draw to at least its ratio, and records it', () => {
    const raised = plan([{ ...transport, ratio: 0.3 }, general]);
    const own = raised.quotas.filter((q) => q.draw === transport.id);
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) {
      expect(q.ratio).toBe(0.3);
      expect(q.exact).toBeCloseTo(Math.max((q.base * 0.3) / 4 - q.alreadyDrawn, q.base * input.policy.batchMinimumRatio), 9);
    }
    for (const q of raised.quotas.filter((s) => s.draw === 'general')) expect(q.ratio).toBe(input.policy.ratios.B);
    expect(raised.record.draws.find((d) => d.id === transport.id)?.ratio).toBe(0.3);
    expect('ratio' in (raised.record.draws.find((d) => d.id === 'general') as object)).toBe(false);
    // Five times the class ratio over the section: far more drawn than without it.
    const plain = plan([transport, general]);
    const count = (p: DrawPlan): number => p.quotas.filter((q) => q.draw === transport.id).reduce((n, q) => n + q.quota, 0);
    expect(count(raised)).toBeGreaterThan(count(plain) * 5);
  });

  it('never lowers a class ratio above it', () => {
    const low = plan([{ ...transport, ratio: 0.001 }, general]);
    for (const q of low.quotas) expect(q.ratio).toBe(input.policy.ratios.B);
  });

  it('is replayed and checked by verifyDraw: an edited ratio is a difference at its path', () => {
    const raised = plan([{ ...transport, ratio: 0.3 }, general]);
    const draws = [{ ...transport, ratio: 0.3 }, general];
    expect(verifyDraw(JSON.parse(JSON.stringify(raised.record)), input, { seed: 'directed-ratio', draws })).toMatchObject({ valid: true });
    const forged = JSON.parse(JSON.stringify(raised.record)) as { draws: { id: string; ratio?: number }[] };
    const at = forged.draws.findIndex((d) => d.id === transport.id);
    (forged.draws[at] as { ratio?: number }).ratio = 0.04;
    const result = verifyDraw(forged, input, { seed: 'directed-ratio', draws });
    expect(result.valid).toBe(false);
    expect(result.differences.map((d) => d.path)).toContain(`draws[${at}].ratio`);
  });

  it('refuses a ratio that is not a share in [0, 1], at its path, with rule N7', () => {
    for (const ratio of [4, -0.1, 'x', null]) {
      const result = planDraw(input, { seed: 's', draws: [{ ...transport, ratio } as unknown as DrawSpec, general] });
      expect(result._tag === 'Left' && result.left.issues.map((i) => [i.at, i.rule]), String(ratio)).toEqual([['$.options.draws[0].ratio', 'N7']]);
    }
  });
});
