import type { DepartmentId, ItemId, PlanningInput } from '../model/types.js';
import { byId } from '../internal/text.js';
import { coversIndustry, industryMatches } from '../model/draws.js';
import type { DrawPlan } from './types.js';
import { flat } from '../internal/flat.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import type { DepartmentTask } from '../merge/types.js';

/**
 * The department tasks a draw gives (R15, R16): for every enterprise drawn, each department of
 * the draw that drew it asks for its own items of the draw's kinds in random scope that apply to
 * the enterprise's industry (a department with none asks for nothing); an enterprise in full
 * coverage (red-coded, R10, or black-listed under a `full` rule, R14) gets the same from every draw
 * whose industries cover it.
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
  return draftTasks(input, plan, lookupFor(input, plan.targets.map((t) => t.uscc)));
}

/** {@link tasksFromDraw} with the targets' enterprises already found. */
export function draftTasks(input: PlanningInput, plan: DrawPlan, lookup: EnterpriseLookup): DepartmentTask[] {
  const excluded = new Set<string>(input.policy.excludedScopes);
  const drawOf = new Map(plan.record.draws.map((d) => [d.id, d]));
  const industryOf = (uscc: string): string => lookup(uscc)?.industry ?? '';
  // The answer depends only on (draw, department, industry): computed once for each.
  const cache = new Map<string, Map<string, Map<string, ItemId[]>>>();
  const itemsFor = (draw: string, department: DepartmentId, kinds: readonly string[], industry: string): ItemId[] => {
    let byDepartment = cache.get(draw);
    if (byDepartment === undefined) cache.set(draw, (byDepartment = new Map<string, Map<string, ItemId[]>>()));
    let byIndustry = byDepartment.get(department);
    if (byIndustry === undefined) byDepartment.set(department, (byIndustry = new Map<string, ItemId[]>()));
    let items = byIndustry.get(industry);
    if (items === undefined) {
      items = input.items
        .filter((i) => i.department === department && !excluded.has(i.scope) && kinds.includes(i.kind))
        .filter((i) => i.industries.length === 0 || i.industries.some((u) => industryMatches(industry, u)))
        .map((i) => i.id)
        .sort();
      byIndustry.set(industry, items);
    }
    return items;
  };
  // Ids are `prefix:draw:department:` + USCC: tasks go into one bucket per prefix, visited in USCC
  // order, and the buckets are joined in the order of their prefixes, which is the order of the ids.
  const buckets = new Map<string, DepartmentTask[]>();
  const bucketOf = new Map<string, { readonly prefix: string; readonly tasks: DepartmentTask[] }>();
  const bucket = (full: boolean, draw: string, department: string): { readonly prefix: string; readonly tasks: DepartmentTask[] } => {
    const key = `${full ? 'full:' : ''}${draw}:${department}:`;
    let entry = bucketOf.get(key);
    if (entry === undefined) {
      entry = { prefix: flat(key), tasks: [] };
      bucketOf.set(entry.prefix, entry);
      buckets.set(entry.prefix, entry.tasks);
    }
    return entry;
  };
  const byDraw = new Map<string, Map<string, { readonly prefix: string; readonly tasks: DepartmentTask[] }>>();
  const bucketFor = (full: boolean, draw: string, department: string): { readonly prefix: string; readonly tasks: DepartmentTask[] } => {
    const outer = `${full ? '1' : '0'}${draw}`;
    let byDepartment = byDraw.get(outer);
    if (byDepartment === undefined) byDraw.set(flat(outer), (byDepartment = new Map<string, { readonly prefix: string; readonly tasks: DepartmentTask[] }>()));
    let entry = byDepartment.get(department);
    if (entry === undefined) byDepartment.set(department, (entry = bucket(full, draw, department)));
    return entry;
  };
  const byUscc = [...plan.targets].sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
  for (const target of byUscc) {
    const industry = industryOf(target.uscc);
    const full = target.status !== 'drawn';
    const draws = full
      ? plan.record.draws.filter((d) => coversIndustry(d.filter, industry))
      : target.placements.map((p) => drawOf.get(p.draw));
    for (const draw of draws) {
      if (draw === undefined) continue;
      for (const department of draw.departments) {
        const items = itemsFor(draw.id, department, draw.kinds, industry);
        if (items.length === 0) continue;
        const { prefix, tasks } = bucketFor(full, draw.id, department);
        tasks.push({ id: flat(`${prefix}${target.uscc}`), enterprise: target.uscc, department, items, reason: 'random' });
      }
    }
  }
  const tasks = [...buckets.keys()].sort().flatMap((prefix) => buckets.get(prefix) as DepartmentTask[]);
  // Ids whose draw or department contains ":" can make one prefix begin another; then sort them all.
  const sorted = tasks.every((t, i) => i === 0 || (tasks[i - 1] as DepartmentTask).id < t.id);
  return sorted ? tasks : tasks.sort(byId);
}
