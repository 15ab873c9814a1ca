import type { DepartmentId, ItemId, PlanningInput } from '../model/types.js';
import { coversIndustry, industryMatches } from '../plan/draws.js';
import type { DrawPlan } from '../plan/types.js';
import type { DepartmentTask } from './types.js';

/**
 * The department tasks a draw gives (R15, R16): for every enterprise drawn, each department of
 * the draw that drew it asks for its own items of the draw's kinds in random scope that apply to
 * the enterprise's industry (a department with none asks for nothing); a red-coded
 * enterprise in full coverage (R10) gets the same from every draw whose industries cover it.
 * Task ids are `draw:department:uscc` (`full:` first for full coverage), so they are stable.
 *
 * @param input - The validated planning input.
 * @param plan - The batch's draw.
 * @returns The tasks, sorted by id.
 * @example
 * ```ts
 * import { planDraw, tasksFromDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'tasks' });
 * const plan = planDraw(input, { seed: 'tasks-2024-Q1' });
 * if (plan._tag === 'Right') console.log(tasksFromDraw(input, plan.right).length);
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function tasksFromDraw(input: PlanningInput, plan: DrawPlan): DepartmentTask[] {
  const excluded = new Set<string>(input.policy.excludedScopes);
  const drawOf = new Map(plan.record.draws.map((d) => [d.id, d]));
  const industryOf = new Map<string, string>();
  const targets = new Set<string>(plan.targets.map((t) => t.uscc));
  if (targets.size > 0) for (const e of input.enterprises) if (targets.has(e.uscc)) industryOf.set(e.uscc, e.industry);
  // The answer depends only on (draw, department, industry): computed once for each.
  const cache = new Map<string, ItemId[]>();
  const itemsFor = (draw: string, department: DepartmentId, kinds: readonly string[], industry: string): ItemId[] => {
    const key = `${draw}\u0000${department}\u0000${industry}`;
    let items = cache.get(key);
    if (items === undefined) {
      items = input.items
        .filter((i) => i.department === department && !excluded.has(i.scope) && kinds.includes(i.kind))
        .filter((i) => i.industries.length === 0 || i.industries.some((u) => industryMatches(industry, u)))
        .map((i) => i.id)
        .sort();
      cache.set(key, items);
    }
    return items;
  };
  const tasks: DepartmentTask[] = [];
  for (const target of plan.targets) {
    const draws = target.status === 'drawn'
      ? target.placements.map((p) => drawOf.get(p.draw))
      : plan.record.draws.filter((d) => coversIndustry(d.filter, industryOf.get(target.uscc) ?? ''));
    for (const draw of draws) {
      if (draw === undefined) continue;
      for (const department of draw.departments) {
        const items = itemsFor(draw.id, department, draw.kinds, industryOf.get(target.uscc) ?? '');
        if (items.length === 0) continue;
        const prefix = target.status === 'drawn' ? '' : 'full:';
        tasks.push({ id: `${prefix}${draw.id}:${department}:${target.uscc}`, enterprise: target.uscc, department, items, reason: 'random' });
      }
    }
  }
  return tasks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
