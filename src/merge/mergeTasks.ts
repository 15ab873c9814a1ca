import { isExemptUnchecked } from '../eligibility/isExempt.js';
import { byText, inOrderBy, UNIT_SEPARATOR } from '../internal/text.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import { taskChecks } from '../internal/taskChecks.js';
import { left, right } from '../internal/result.js';
import { refusal, typeIssue } from '../internal/argumentIssues.js';
import { departmentTasksSchema, schemaIssues } from '../input/schemas.js';
import { notValidatedIssues } from '../input/validated.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, InspectionItem, InspectionReason, InspectionRecord, ItemId, JointList, Level, PlanningInput } from '../model/types.js';
import { industryMatches } from '../model/draws.js';
import type { Uscc } from '../model/uscc.js';
import type { DepartmentTask, DroppedItem, EmptyVisit, JointTask, MergeResult } from './types.js';
import { itemKeys } from './itemKeys.js';

const LEVEL_RANK: Readonly<Record<Level, number>> = { city: 0, district: 1, town: 2 };

/** Issues of department tasks, with paths under `root` (an unknown enterprise, department or item, a foreign item, a repeated id). */
export function checkDepartmentTasks(input: PlanningInput, tasks: readonly DepartmentTask[], itemOf: ReadonlyMap<string, InspectionItem>, lookup: EnterpriseLookup, root: readonly (string | number)[] = ['tasks']): InputIssue[] {
  const { issues, departments, report, common } = taskChecks(input, lookup, root);
  tasks.forEach((task, i) => {
    common(task, i);
    if (!departments.has(task.department)) report([i, 'department'], 'reference/department', `unknown department "${task.department}"`, 'R15');
    task.items.forEach((id, j) => {
      const item = itemOf.get(id);
      if (item === undefined) report([i, 'items', j], 'reference/item', `unknown item "${id}"`, 'R15');
      else if (item.department !== task.department) report([i, 'items', j], 'task/foreign-item', `item "${id}" belongs to "${item.department}", not to the task's department "${task.department}"`, 'R19');
    });
  });
  return issues;
}

/**
 * Merges departments' tasks into joint tasks (R15–R18, R20): all tasks on one enterprise in the
 * batch become **one joint task** with every item once and one lead department.
 *
 * - **Items**: a random task's items outside random scope are dropped (R1); a random task's items
 *   of a kind that a joint or unified inspection covered earlier this year are dropped (R20;
 *   triggers are never exempt); the same kind from several levels, of one department or of the
 *   departments of one line (`Department.line`, such as the city and the district market-supervision
 *   bureaus), is checked once, at the highest level (city, then district, then town; R18), and a
 *   department left with no item leaves the visit. A pair asked for by several tasks is one pair.
 * - **Lead**: the lead of the 一业一查 list covering the enterprise's industry, when it takes part
 *   (R16); else "who initiates leads" (000 §二(一)): the department of the first triggered task;
 *   else the department with the most items. Ties go to the smaller id.
 * - **Nothing lost**: every (enterprise, item) pair any task asked for is in exactly one joint task
 *   or in `dropped` with its reason; an enterprise left with no item is listed in `empty`.
 *
 * The result does not depend on the order of `tasks`.
 *
 * @param input - The validated planning input (items, joint lists, history, policy, period).
 * @param tasks - Department tasks: from {@link tasksFromDraw}, and triggered ones.
 * @returns `Right` with the joint tasks; `Left` when `input` is not a validated planning input
 *   (`input/not-validated`), `tasks` is not an array of department tasks (each checked strictly: a
 *   misspelt key gets a suggestion, a code must be valid, N10), or a task names an unknown
 *   enterprise, department or item, or an item of another department.
 * @example
 * ```ts
 * import { mergeTasks, planDraw, tasksFromDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'merge' });
 * const plan = planDraw(input, { seed: 'merge-2024-Q1' });
 * const tasks = plan._tag === 'Right' ? tasksFromDraw(input, plan.right) : undefined;
 * if (tasks?._tag === 'Right') {
 *   const merged = mergeTasks(input, tasks.right);
 *   if (merged._tag === 'Right') console.log(`${tasks.right.length} department tasks → ${merged.right.joint.length} visits`);
 * }
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function mergeTasks(input: PlanningInput, tasks: readonly DepartmentTask[]): Result<InputError, MergeResult> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = Array.isArray(tasks) ? schemaIssues(departmentTasksSchema, tasks, ['tasks'], 'R15') : [typeIssue(['tasks'], 'array', 'an array of department tasks', tasks, 'R15')];
  return refusal(shape) ?? mergeWith(input, tasks, lookupFor(input, tasks.map((t) => t.enterprise)));
}

/** What the merge of one batch looks up per item and per industry, made once. */
interface MergeContext {
  readonly input: PlanningInput;
  readonly itemOf: ReadonlyMap<string, InspectionItem>;
  /** R18's key of each item: its department's line (the department itself without one) and its kind. */
  readonly kindKeyOf: ReadonlyMap<string, string>;
  /** Items that share their key with another item: only these can be checked at another level. */
  readonly twinned: ReadonlySet<string>;
  readonly excluded: ReadonlySet<string>;
  /** The joint lists covering an industry, most specific first. */
  readonly listsFor: (industry: string) => readonly JointList[];
}

function mergeContext(input: PlanningInput, itemOf: ReadonlyMap<string, InspectionItem>): MergeContext {
  const kindKeyOf = itemKeys(input);
  const keyCount = new Map<string, number>();
  for (const key of kindKeyOf.values()) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  const twinned = new Set<string>([...kindKeyOf].filter(([, key]) => (keyCount.get(key) as number) > 1).map(([id]) => id));
  const listCache = new Map<string, JointList[]>();
  const listsFor = (industry: string): JointList[] => {
    let lists = listCache.get(industry);
    if (lists === undefined) {
      lists = input.jointLists.filter((l) => industryMatches(industry, l.industry)).sort((a, b) => b.industry.length - a.industry.length || byText(a.id, b.id));
      listCache.set(industry, lists);
    }
    return lists;
  };
  return { input, itemOf, kindKeyOf, twinned, excluded: new Set<string>(input.policy.excludedScopes), listsFor };
}

/** The tasks per enterprise, and each such enterprise's history. */
function groupTasks(tasks: readonly DepartmentTask[], history: readonly InspectionRecord[]): { readonly groups: Map<string, DepartmentTask[]>; readonly historyOf: ReadonlyMap<string, InspectionRecord[]> } {
  const groups = new Map<string, DepartmentTask[]>();
  for (const task of tasks) {
    const group = groups.get(task.enterprise);
    if (group === undefined) groups.set(task.enterprise, [task]);
    else group.push(task);
  }
  const historyOf = new Map<string, InspectionRecord[]>();
  for (const record of history) {
    if (!groups.has(record.enterprise)) continue;
    const records = historyOf.get(record.enterprise);
    if (records === undefined) historyOf.set(record.enterprise, [record]);
    else records.push(record);
  }
  return { groups, historyOf };
}

/**
 * Which (enterprise, item) pairs of one enterprise's tasks are kept, with the first task asking,
 * and which are dropped, with the first reason: out of random scope (R1), exempt (R20), or the
 * same kind of one line checked at another level (R18).
 */
function keepOrDrop(ctx: MergeContext, enterprise: string, group: readonly DepartmentTask[], history: readonly InspectionRecord[]): { readonly kept: Map<string, DepartmentTask>; readonly drops: Map<string, DroppedItem> } {
  const { input: { policy, period }, itemOf, excluded } = ctx;
  const kept = new Map<string, DepartmentTask>();
  const drops = new Map<string, DroppedItem>();
  let twins = false;
  for (const task of group) {
    for (const id of inOrderBy(task.items, (id) => id)) {
      const item = itemOf.get(id) as InspectionItem;
      const reason = task.reason === 'random' && excluded.has(item.scope) ? 'out-of-random-scope'
        : history.length > 0 && isExemptUnchecked({ enterprise, kind: item.kind, date: period.start, reason: task.reason }, history, policy.sameYearExemption).exempt ? 'same-year-exempt'
          : undefined;
      if (reason !== undefined) {
        if (!drops.has(id)) drops.set(id, { task: task.id, enterprise: enterprise as Uscc, item: id, reason, rule: reason === 'same-year-exempt' ? 'R20' : 'R1' });
      } else if (!kept.has(id)) {
        kept.set(id, task);
        twins ||= ctx.twinned.has(id);
      }
    }
  }
  if (twins) checkOnceAcrossLevels(ctx, enterprise, kept, drops);
  for (const id of kept.keys()) drops.delete(id);
  return { kept, drops };
}

/** R18: one item per line (or department) and kind, the highest level kept; the others dropped. */
function checkOnceAcrossLevels(ctx: MergeContext, enterprise: string, kept: Map<string, DepartmentTask>, drops: Map<string, DroppedItem>): void {
  const { itemOf } = ctx;
  const byKind = new Map<string, ItemId[]>();
  for (const id of kept.keys()) {
    const key = ctx.kindKeyOf.get(id) as string;
    const same = byKind.get(key);
    if (same === undefined) byKind.set(key, [id as ItemId]);
    else same.push(id as ItemId);
  }
  for (const ids of byKind.values()) {
    ids.sort((a, b) => LEVEL_RANK[(itemOf.get(a) as InspectionItem).level] - LEVEL_RANK[(itemOf.get(b) as InspectionItem).level] || byText(a, b));
    for (const other of ids.slice(1)) {
      const task = kept.get(other) as DepartmentTask;
      kept.delete(other);
      drops.set(other, { task: task.id, enterprise: enterprise as Uscc, item: other, reason: 'checked-at-another-level', rule: 'R18', instead: ids[0] as ItemId });
    }
  }
}

/**
 * One enterprise's joint task from its kept items: every department with an item, one lead (the
 * joint list's, R16; else the initiator of a triggered task; else the department with the most items).
 */
function jointTaskOf(ctx: MergeContext, enterprise: string, group: readonly DepartmentTask[], kept: ReadonlyMap<string, DepartmentTask>, industry: string): JointTask {
  const items = ([...kept.keys()] as ItemId[]).sort(byText);
  const count = new Map<string, number>();
  for (const id of items) {
    const department = (ctx.itemOf.get(id) as InspectionItem).department;
    count.set(department, (count.get(department) ?? 0) + 1);
  }
  const present = [...count.keys()].sort(byText) as DepartmentId[];
  const list = ctx.listsFor(industry).find((l) => present.includes(l.lead));
  const trigger = group.find((t) => t.reason !== 'random' && present.includes(t.department));
  const [lead, leadBy] = list !== undefined ? [list.lead, 'joint-list' as const]
    : trigger !== undefined ? [trigger.department, 'initiator' as const]
      : [[...present].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || byText(a, b))[0] as DepartmentId, 'most-items' as const];
  return {
    id: `joint:${enterprise}`,
    enterprise: enterprise as Uscc,
    lead,
    leadBy,
    departments: [lead, ...present.filter((d) => d !== lead)],
    items,
    tasks: group.map((t) => t.id),
    reasons: group.every((t) => t.reason === 'random') ? ['random'] : [...new Set<InspectionReason>(group.map((t) => t.reason))].sort(byText),
  };
}

/**
 * {@link mergeTasks} with the tasks' enterprises already found, and their check skipped when
 * `checked`: the tasks grouped by enterprise, then {@link mergeGroups}.
 */
export function mergeWith(input: PlanningInput, tasks: readonly DepartmentTask[], lookup: EnterpriseLookup, checked = false, shapes: ShapeCache | undefined = new ShapeCache()): Result<InputError, MergeResult> {
  const itemOf = new Map(input.items.map((i) => [i.id as string, i]));
  const [firstIssue, ...moreIssues] = checked ? [] : checkDepartmentTasks(input, tasks, itemOf, lookup);
  if (firstIssue !== undefined) return left({ code: 'invalid-input', issues: [firstIssue, ...moreIssues] });
  const { groups, historyOf } = groupTasks(tasks, input.history);
  const list = [...groups.keys()].sort(byText).map((enterprise): TaskGroup => ({
    enterprise,
    industry: lookup(enterprise)?.industry ?? '',
    records: historyOf.get(enterprise) ?? [],
    list: taskList((groups.get(enterprise) as DepartmentTask[]).sort((a, b) => byText(a.id, b.id))),
  }));
  const { joint, dropped, empty } = mergeGroups(input, list, itemOf, shapes);
  return right({ joint, dropped, empty });
}

/**
 * One enterprise's department tasks, in id order, with what its merge reads besides: the
 * enterprise's industry (its joint lists, R16) and its inspection records (R20; this year's before
 * the window are enough, since only those exempt).
 */
export interface TaskGroup {
  readonly enterprise: string;
  readonly industry: string;
  readonly records: readonly InspectionRecord[];
  readonly list: TaskList;
}

/**
 * A group's tasks, in id order, as the merge reads them: a group merged by its shape needs only
 * their ids and items, so a draft need not make a million task objects (it makes them when asked).
 */
export interface TaskList {
  readonly length: number;
  id(i: number): string;
  items(i: number): readonly ItemId[];
  reason(i: number): InspectionReason;
  /** The tasks as objects. */
  tasks(): readonly DepartmentTask[];
}

/** The {@link TaskList} of tasks at hand. */
export function taskList(tasks: readonly DepartmentTask[]): TaskList {
  return {
    length: tasks.length,
    id: (i) => (tasks[i] as DepartmentTask).id,
    items: (i) => (tasks[i] as DepartmentTask).items,
    reason: (i) => (tasks[i] as DepartmentTask).reason,
    tasks: () => tasks,
  };
}

/** The ids of a list's tasks, in a fresh array. */
function idsOf(list: TaskList): string[] {
  const ids = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) ids[i] = list.id(i);
  return ids;
}

/**
 * Merges groups of tasks given in enterprise order, one group per enterprise (R15–R18, R20); a
 * group without a task is passed over. Groups of random tasks on an enterprise without records
 * reuse the merge of an earlier group of the same shape (see {@link Shape}); with `shapes`
 * undefined every group is merged on its own (the plain reference the tests compare with).
 * `from[k]` is the group of `joint[k]`.
 */
export function mergeGroups<G extends TaskGroup>(input: PlanningInput, groups: readonly G[], itemOf: ReadonlyMap<string, InspectionItem>, shapes: ShapeCache | undefined = new ShapeCache()): MergeResult & { readonly from: readonly G[] } {
  const ctx = mergeContext(input, itemOf);
  const joint: JointTask[] = [];
  const from: G[] = [];
  const dropped: DroppedItem[] = [];
  const empty: EmptyVisit[] = [];
  for (const group of groups) {
    const { enterprise, industry, records, list } = group;
    if (list.length === 0) continue;
    // Random tasks on an enterprise without records merge as any other group of the same items in the same industry does.
    const key = records.length === 0 ? shapes?.key(list, industry) : undefined;
    const shape = key === undefined ? undefined : shapes?.reuse(key);
    const merged = shape?.applied(enterprise, list) ?? mergeGroup(ctx, enterprise, list.tasks(), records, industry);
    if (key !== undefined && shape === undefined) shapes?.set(key, new Shape(merged, list.tasks()));
    dropped.push(...merged.lost);
    if (merged.task === undefined) empty.push({ enterprise: enterprise as Uscc, tasks: idsOf(list), reason: 'items-dropped', rule: merged.lost[0]?.rule ?? 'R15' });
    else {
      joint.push(merged.task);
      from.push(group);
    }
  }
  return { joint, dropped, empty, from };
}

/** One enterprise's merge: its joint task (none when every item was dropped) and its dropped items, by item. */
interface GroupMerge {
  readonly task: JointTask | undefined;
  readonly lost: readonly DroppedItem[];
}

function mergeGroup(ctx: MergeContext, enterprise: string, group: readonly DepartmentTask[], history: readonly InspectionRecord[], industry: string): GroupMerge {
  const { kept, drops } = keepOrDrop(ctx, enterprise, group, history);
  const lost = [...drops.values()].sort((a, b) => byText(a.item, b.item));
  return { task: kept.size === 0 ? undefined : jointTaskOf(ctx, enterprise, group, kept, industry), lost };
}

/**
 * The merge of a group of random tasks, without its enterprise and task ids: which task (by its
 * place in the group) asked for each dropped item, and the joint task's lead, departments and
 * items. Such a merge depends only on the tasks' items and the enterprise's industry (the joint
 * lists covering it, R16), so a batch's tens of thousands of groups share a few hundred shapes.
 */
class Shape {
  private readonly task: Omit<JointTask, 'id' | 'enterprise' | 'tasks'> | undefined;
  private readonly lost: readonly (Omit<DroppedItem, 'task' | 'enterprise' | 'instead'> & { readonly by: number; readonly instead?: ItemId })[];

  constructor(merged: GroupMerge, group: readonly DepartmentTask[]) {
    const place = new Map<string, number>(group.map((t, i) => [t.id, i]));
    this.lost = merged.lost.map(({ task, enterprise: _, ...rest }) => ({ by: place.get(task) as number, ...rest }));
    if (merged.task === undefined) this.task = undefined;
    else {
      const { lead, leadBy, departments, items, reasons } = merged.task;
      this.task = { lead, leadBy, departments, items, reasons };
    }
  }

  /** The merge of `group` on `enterprise`, a group of this shape: fresh objects, field for field as {@link mergeGroup} makes them. */
  applied(enterprise: string, group: TaskList): GroupMerge {
    const uscc = enterprise as Uscc;
    const ids = idsOf(group);
    const lost = this.lost.map(({ by, item, reason, rule, instead }): DroppedItem => {
      const task = ids[by] as string;
      return instead === undefined ? { task, enterprise: uscc, item, reason, rule } : { task, enterprise: uscc, item, reason, rule, instead };
    });
    if (this.task === undefined) return { task: undefined, lost };
    const { lead, leadBy, departments, items, reasons } = this.task;
    return { task: { id: `joint:${enterprise}`, enterprise: uscc, lead, leadBy, departments: [...departments], items: [...items], tasks: ids, reasons: [...reasons] }, lost };
  }
}

/** The shapes seen so far, by a key of the group's items (each list of items numbered by identity: a draw's tasks share them) and industry. */
export class ShapeCache extends Map<string, Shape> {
  private readonly listIds = new Map<readonly ItemId[], number>();
  /** How many groups reused a shape. */
  hits = 0;

  /** The shape of `key`, counted as reused, or `undefined`. */
  reuse(key: string): Shape | undefined {
    const shape = this.get(key);
    if (shape !== undefined) this.hits++;
    return shape;
  }

  /** The key of a group of random tasks, or `undefined` for a group with a triggered task (its lead and reasons depend on more). */
  key(group: TaskList, industry: string): string | undefined {
    let key = industry;
    for (let i = 0; i < group.length; i++) {
      if (group.reason(i) !== 'random') return undefined;
      const items = group.items(i);
      let id = this.listIds.get(items);
      if (id === undefined) this.listIds.set(items, (id = this.listIds.size));
      key += `${UNIT_SEPARATOR}${id}`;
    }
    return key;
  }
}

