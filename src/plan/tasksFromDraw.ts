import * as z from 'zod';
import type { DepartmentId, Enterprise, InspectionReason, InspectionRecord, ItemId, PlanningInput } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import { BoundedIssues, MAX_ISSUES } from '../input/boundedIssues.js';
import { drawSpecsSchema, schemaIssues } from '../input/schemas.js';
import { notValidatedIssues } from '../input/validated.js';
import { isRecord, issueAt, refusal, typeIssue } from '../internal/argumentIssues.js';
import { left, right } from '../internal/result.js';
import { byId, byText, inOrderBy } from '../internal/text.js';
import { coversIndustry, industryMatches } from '../model/draws.js';
import type { DrawPlan, Target } from './types.js';
import { flat } from '../internal/flat.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import type { DepartmentTask } from '../merge/types.js';
import type { TaskGroup, TaskList } from '../merge/mergeTasks.js';
import type { DrawSpec } from '../model/draws.js';

/**
 * The department tasks a draw gives (R15, R16): for every enterprise drawn, each department of
 * the draw that drew it asks for its own items of the draw's kinds in random scope that apply to
 * the enterprise's industry (a department with none asks for nothing); an enterprise in full
 * coverage (red-coded, R10, or black-listed under a `full` rule, R14) gets the same from every draw
 * whose industries cover it.
 * Task ids are `draw:department:uscc` (`full:` first for full coverage), so they are stable.
 *
 * @param input - The validated planning input.
 * @param plan - The batch's draw, from {@link planDraw} on this input.
 * @returns `Right` with the tasks, sorted by id; `Left` when `input` is not a validated planning
 *   input (`input/not-validated`), `plan` is not a draw plan (its record's draws and its targets
 *   are checked), or a target is not in the input's directory (the plan was drawn from another).
 * @example
 * ```ts
 * import { planDraw, tasksFromDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'tasks' });
 * const plan = planDraw(input, { seed: 'tasks-2024-Q1' });
 * const tasks = plan._tag === 'Right' ? tasksFromDraw(input, plan.right) : undefined;
 * if (tasks?._tag === 'Right') console.log(tasks.right.length);
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function tasksFromDraw(input: PlanningInput, plan: DrawPlan): Result<InputError, DepartmentTask[]> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = isRecord(plan) ? schemaIssues(planSchema, plan, ['plan'], 'R15') : [typeIssue(['plan'], 'object', 'a draw plan (the Right of planDraw)', plan, 'R15')];
  const refused = refusal(shape);
  if (refused !== undefined) return refused;
  const lookup = lookupFor(input, plan.targets.map((t) => t.uscc));
  const issues = planIssues(plan, lookup);
  const badPlan = refusal(issues, issues.omitted);
  if (badPlan !== undefined) return badPlan;
  const tasks = draftTasks(input, plan, lookup);
  if (Array.isArray(tasks)) return right(tasks);
  return left({ code: 'invalid-input', issues: [collisionIssue(tasks, ['plan', 'record', 'draws', plan.record.draws.findIndex((d) => d.id === tasks.second.draw), 'id'])] });
}

/** What {@link tasksFromDraw} reads of a plan: its record's draws and its targets (other fields are not read). */
const planSchema = z.object({
  record: z.object({ draws: drawSpecsSchema }),
  targets: z.array(z.object({ uscc: z.string(), status: z.enum(['drawn', 'full-coverage']), placements: z.array(z.object({ draw: z.string() })) })),
});

/** A plan of another directory or a tampered one: a target missing from the input (R2), a placement in a draw the record lacks (R15). */
function planIssues(plan: DrawPlan, lookup: EnterpriseLookup): BoundedIssues {
  const issues = new BoundedIssues(MAX_ISSUES);
  const draws = plan.record.draws.map((d) => d.id);
  plan.targets.forEach((target, i) => {
    if (lookup(target.uscc) === undefined) issues.push(issueAt(['plan', 'targets', i, 'uscc'], 'reference/enterprise', `target "${target.uscc}" is not in the input's directory: the plan was drawn from another input`, 'R2'));
    target.placements.forEach((placement, j) => {
      if (draws.includes(placement.draw)) return;
      const path = ['plan', 'targets', i, 'placements', j, 'draw'];
      issues.push({ code: 'schema/invalid_value', path, at: formatPath(path), rule: 'R15', values: draws, message: `placement in draw "${placement.draw}", which is not one of the record's draws` });
    });
  });
  return issues;
}

/** One department's share of a (draw, industry): its items and the prefix of its tasks' ids. */
interface Share {
  readonly draw: string;
  readonly department: DepartmentId;
  readonly items: ItemId[];
  readonly prefix: string;
}

/**
 * Two department tasks of one enterprise with the same id: a draw's or a department's id with ":"
 * can make `draw:department:` of two pairs one text (draws `x:fire` over `samr` and `x` over
 * `fire:samr` both give `x:fire:samr:` + code).
 */
export interface TaskIdCollision {
  readonly id: string;
  readonly first: { readonly draw: string; readonly department: string };
  readonly second: { readonly draw: string; readonly department: string };
}

/** The first two of a target's shares with one prefix, as a collision, or `undefined`. */
function collisionOf(shares: readonly Share[], uscc: string): TaskIdCollision | undefined {
  for (let i = 0; i < shares.length; i++) {
    for (let j = i + 1; j < shares.length; j++) {
      const [a, b] = [shares[i] as Share, shares[j] as Share];
      if (a.prefix === b.prefix) return { id: `${a.prefix}${uscc}`, first: { draw: a.draw, department: a.department }, second: { draw: b.draw, department: b.department } };
    }
  }
  return undefined;
}

/**
 * The issue of a collision (R15), at `path`: the draws and departments whose ids spell one task id.
 */
export function collisionIssue(collision: TaskIdCollision, path: readonly (string | number)[]): InputIssue {
  const { id, first, second } = collision;
  return {
    code: 'duplicate/task', path: [...path], at: formatPath(path), rule: 'R15',
    message: `task id "${id}" is used twice: draw "${first.draw}" with department "${first.department}" and draw "${second.draw}" with department "${second.department}" spell the same id; a ":" in a draw's or a department's id makes task ids ambiguous, so rename one of them`,
  };
}

/**
 * The shares of a target's department tasks (a department's items, and the prefix of the task's
 * id), in the order of its draws and their departments. The departments' items depend only on
 * (draw, industry) and whether the target is in full coverage: worked out once for each.
 */
function drafter(input: PlanningInput, plan: DrawPlan): (target: Target, industry: string) => Share[] {
  const excluded = new Set<string>(input.policy.excludedScopes);
  const drawOf = new Map(plan.record.draws.map((d) => [d.id, d]));
  const shares = new Map<string, Map<string, Share[]>>();
  const sharesOf = (full: boolean, draw: DrawSpec, industry: string): Share[] => {
    const outer = `${full ? '1' : '0'}${draw.id}`;
    let byIndustry = shares.get(outer);
    if (byIndustry === undefined) shares.set(flat(outer), (byIndustry = new Map<string, Share[]>()));
    let list = byIndustry.get(industry);
    if (list === undefined) {
      list = [];
      for (const department of draw.departments) {
        const items = input.items
          .filter((i) => i.department === department && !excluded.has(i.scope) && draw.kinds.includes(i.kind))
          .filter((i) => i.industries.length === 0 || i.industries.some((u) => industryMatches(industry, u)))
          .map((i) => i.id)
          .sort();
        if (items.length > 0) list.push({ draw: draw.id, department, items, prefix: flat(`${full ? 'full:' : ''}${draw.id}:${department}:`) });
      }
      byIndustry.set(industry, list);
    }
    return list;
  };
  // The draws whose filters take in an industry, for its full-coverage targets: worked out once per industry.
  const covering = new Map<string, readonly DrawSpec[]>();
  const coveringOf = (industry: string): readonly DrawSpec[] => {
    let draws = covering.get(industry);
    if (draws === undefined) covering.set(industry, (draws = plan.record.draws.filter((d) => coversIndustry(d.filter, industry))));
    return draws;
  };
  return (target, industry) => {
    const found: Share[] = [];
    const add = (full: boolean, draw: DrawSpec | undefined): void => {
      if (draw === undefined) return;
      const shares = sharesOf(full, draw, industry);
      for (let s = 0; s < shares.length; s++) found.push(shares[s] as Share);
    };
    if (target.status !== 'drawn') for (const draw of coveringOf(industry)) add(true, draw);
    else for (let p = 0; p < target.placements.length; p++) add(false, drawOf.get((target.placements[p] as Target['placements'][number]).draw));
    return found;
  };
}

/** A target's department task of a share. */
function taskOf(share: Share, uscc: Uscc): DepartmentTask {
  return { id: flat(`${share.prefix}${uscc}`), enterprise: uscc, department: share.department, items: share.items, reason: 'random' };
}

/** {@link tasksFromDraw} with the targets' enterprises already found. */
export function draftTasks(input: PlanningInput, plan: DrawPlan, lookup: EnterpriseLookup): DepartmentTask[] | TaskIdCollision {
  const draft = drafter(input, plan);
  // Ids are `prefix:draw:department:` + USCC: tasks go into one bucket per prefix, visited in USCC
  // order, and the buckets are joined in the order of their prefixes, which is the order of the ids.
  const buckets = new Map<string, DepartmentTask[]>();
  for (const target of inOrderBy(plan.targets, (t) => t.uscc)) {
    const shares = draft(target, lookup(target.uscc)?.industry ?? '');
    const collision = collisionOf(shares, target.uscc);
    if (collision !== undefined) return collision;
    for (const share of shares) {
      const tasks = buckets.get(share.prefix);
      if (tasks === undefined) buckets.set(share.prefix, [taskOf(share, target.uscc)]);
      else tasks.push(taskOf(share, target.uscc));
    }
  }
  const prefixes = [...buckets.keys()].sort();
  const tasks = prefixes.flatMap((prefix) => buckets.get(prefix) as DepartmentTask[]);
  // Ids whose draw or department contains ":" can make one prefix begin another (and a third between
  // them begin with it too, so neighbours tell); then the buckets' order is not the ids', and all are sorted.
  const nested = prefixes.some((p, i) => i > 0 && p.startsWith(prefixes[i - 1] as string));
  return nested ? tasks.sort(byId) : tasks;
}

/** A target's department tasks, in id order, with its row of the directory. */
export interface DraftGroup extends TaskGroup {
  readonly entity: Enterprise;
}

/**
 * The department tasks of the draw grouped by target, in the order of `plan.targets`, each group
 * in id order, for {@link planPeriod}: the same tasks as {@link draftTasks}, found by the targets'
 * places in the draw instead of by their codes, and made as objects only when the merge asks
 * (a group merged by its shape needs only the ids). `plan` is {@link drawBatch}'s, whose targets
 * are in code order (the order of the digest's lines), the order the merge takes its groups in.
 */
export function draftGroups(input: PlanningInput, plan: DrawPlan, entity: (k: number) => Enterprise, records: (k: number) => readonly InspectionRecord[]): DraftGroup[] | TaskIdCollision {
  const draft = drafter(input, plan);
  const groups: DraftGroup[] = [];
  for (const [k, target] of plan.targets.entries()) {
    const e = entity(k);
    const shares = draft(target, e.industry);
    const collision = collisionOf(shares, target.uscc);
    if (collision !== undefined) return collision;
    groups.push({ enterprise: target.uscc, industry: e.industry, records: records(k), list: new DraftedTasks(target.uscc, idOrder(shares, target.uscc)), entity: e });
  }
  return groups;
}

/** A target's drafted tasks as a {@link TaskList}: ids made when asked, task objects made once when asked. */
class DraftedTasks implements TaskList {
  private made: DepartmentTask[] | undefined;

  constructor(private readonly uscc: Uscc, private readonly shares: readonly Share[]) {}

  get length(): number {
    return this.shares.length;
  }

  id(i: number): string {
    return `${(this.shares[i] as Share).prefix}${this.uscc}`;
  }

  items(i: number): readonly ItemId[] {
    return (this.shares[i] as Share).items;
  }

  reason(): InspectionReason {
    return 'random';
  }

  tasks(): readonly DepartmentTask[] {
    return (this.made ??= this.shares.map((share) => taskOf(share, this.uscc)));
  }
}

/**
 * A target's shares in the order of their tasks' ids: the order of their prefixes, unless one
 * prefix begins another (an id with ":" in a draw or department), where the whole ids are compared.
 */
function idOrder(shares: Share[], uscc: string): Share[] {
  const compare = (a: Share, b: Share): number => (a.prefix.startsWith(b.prefix) || b.prefix.startsWith(a.prefix) ? byText(`${a.prefix}${uscc}`, `${b.prefix}${uscc}`) : byText(a.prefix, b.prefix));
  for (let i = 1; i < shares.length; i++) if (compare(shares[i - 1] as Share, shares[i] as Share) > 0) return shares.sort(compare);
  return shares;
}

