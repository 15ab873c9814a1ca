import type { WorkingDayOptions } from '../calendar/workingDays.js';
import { byText, UNIT_SEPARATOR } from '../internal/text.js';
import { left, right } from '../internal/result.js';
import { seedIssue, streamsOf, uniformBelow } from '../random/seed.js';
import { notValidatedIssues } from '../input/validated.js';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import { planOptionsSchema, schemaIssues, triggeredTasksSchema, workingDayOptionsSchema } from '../input/schemas.js';
import type { Result } from '../model/result.js';
import type { DepartmentTask, DroppedItem, EmptyVisit, JointTask } from '../merge/types.js';
import { inspectionModeUnchecked, keepSecret, type ModeDecision } from '../merge/inspectionMode.js';
import { secretItems } from '../merge/itemKeys.js';
import { namesDigestOfSorted, secretDigestOf } from '../random/namesDigest.js';
import { checkDepartmentTasks, mergeGroups, taskList } from '../merge/mergeTasks.js';
import { collisionIssue, draftGroups, type DraftGroup, type TaskIdCollision } from './tasksFromDraw.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import type { Enterprise, InspectionItem, InspectionRecord, ItemId, PlanningInput } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import { snap } from '../quota/rounding.js';
import { jointShareUnchecked } from '../report/metrics.js';
import { planWarnings, predictableWarning } from './planWarnings.js';
import { reporter, safeProgress } from '../internal/progress.js';
import type { OnProgress } from '../model/progress.js';
import { STAFF_ALGORITHM, staffWith } from '../staffing/staffTasks.js';
import type { Assignment, Staffing, Unplannable } from '../staffing/types.js';
import type { DrawSpec } from '../model/draws.js';
import { drawBatch } from './drawBatch.js';
import type { DrawPlan, IndustryCoverage, Plan, PlanMetrics, PlannedTask, UnplannableTask } from './types.js';

/**
 * Options of {@link planPeriod}.
 * @example
 * ```ts
 * import type { PlanOptions } from 'double-random';
 * const options: PlanOptions = { seed: '2024-Q2 公证 7 3 9 1 4 0', calendar: { fallback: 'weekends' } };
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface PlanOptions {
  /** The public seed string read out at the draw; it drives both randoms. Never a number. */
  readonly seed: string;
  /**
   * The visit secret (R26, R32): a string only the platform knows until the batch's visits are
   * done, fresh for each batch (at least 128 random bits, such as 32 hex digits from a secure
   * generator; the seed's rules apply, it may not equal the seed, and one shorter than 32
   * characters or with fewer than 10 different characters is refused). When given, the date, the team and the flying
   * subset of every **unannounced** visit are drawn from streams of `seed ␟ secret` instead of the
   * seed alone, so nobody who knows only the public seed and the input can compute when an
   * unannounced visit takes place; the plan records its digest (`record.secretDigest`), and
   * {@link verifyPlan} needs it. Publish it once the visits are done. Without it, every date follows
   * from the public seed, and {@link publicationRecords} refuses to publish such a plan while an
   * unannounced visit is pending.
   */
  readonly secret?: string;
  /** The batch's draws; by default {@link defaultDraws}. Given draws are directed draws (N7). */
  readonly draws?: readonly DrawSpec[];
  /** Triggered department tasks to merge in (complaints, referrals, case leads, campaigns; R15, R17). */
  readonly triggered?: readonly DepartmentTask[];
  /** The working-day calendar for dates (N3); default {@link CHINA_HOLIDAYS}. */
  readonly calendar?: WorkingDayOptions;
  /** Called as the plan goes: the draw's stages, then `merge` and `staff`; see {@link OnProgress}. */
  readonly onProgress?: OnProgress;
}


/**
 * Keeps a seeded subset of a flying inspection's items (R9, `Policy.flyingItemShare`): of each
 * department's items that only random tasks asked for, ⌈share × n⌉ (at least one when the
 * department has no triggered item) picked by a Fisher–Yates walk of the stream of
 * (seed, staffing algorithm, "flying", task id, department).
 */
function flyingSubset(task: JointTask, share: number, streams: (purpose: string) => RandomGenerator, itemOf: ReadonlyMap<string, InspectionItem>, askedBy: ReadonlyMap<string, DepartmentTask[]>): { items: ItemId[]; dropped: DroppedItem[] } {
  const keep = new Set<string>();
  const dropped: DroppedItem[] = [];
  const tasksOf = (id: ItemId): DepartmentTask[] => askedBy.get(`${task.enterprise}${UNIT_SEPARATOR}${id}`) ?? [];
  for (const department of task.departments) {
    const own = task.items.filter((id) => itemOf.get(id)?.department === department);
    const triggered = own.filter((id) => tasksOf(id).some((t) => t.reason !== 'random'));
    const random = own.filter((id) => !triggered.includes(id));
    for (const id of triggered) keep.add(id);
    const count = Math.min(random.length, Math.max(triggered.length === 0 ? 1 : 0, Math.ceil(snap(share * random.length))));
    const order = [...random];
    const rng = streams([STAFF_ALGORITHM, 'flying', task.id, department].join(UNIT_SEPARATOR));
    for (let i = 0; i < count; i++) {
      const j = i + uniformBelow(rng, order.length - i);
      [order[i], order[j]] = [order[j] as ItemId, order[i] as ItemId];
      keep.add(order[i] as ItemId);
    }
    for (const id of order.slice(count)) {
      const first = tasksOf(id)[0];
      dropped.push({ task: first?.id ?? task.tasks[0] ?? task.id, enterprise: task.enterprise, item: id, reason: 'not-in-flying-subset', rule: 'R9' });
    }
  }
  return { items: task.items.filter((id) => keep.has(id)), dropped };
}

function measure(input: PlanningInput, departmentTasks: number, joint: readonly JointTask[], tasks: readonly PlannedTask[], unplannable: number, empty: readonly EmptyVisit[], dropped: readonly DroppedItem[], plannedSections: readonly string[], counts: ReadonlyMap<string, number>): PlanMetrics {
  const enterprisesWithTasks = joint.length + empty.filter((e) => e.tasks.length > 0).length;
  const droppedBy: Record<DroppedItem['reason'], number> = { 'same-year-exempt': 0, 'checked-at-another-level': 0, 'out-of-random-scope': 0, 'not-in-flying-subset': 0 };
  for (const d of dropped) droppedBy[d.reason]++;
  const sections = new Map<string, [number, number]>([...counts].map(([section, n]) => [section, [n, 0]]));
  for (const section of plannedSections) (sections.get(section) as [number, number])[1]++;
  const coverage: IndustryCoverage[] = [...sections.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([industry, [enterprises, visits]]) => ({ industry, enterprises, visits, share: visits / enterprises }));
  return {
    departmentTasks,
    visits: joint.length,
    visitsSaved: departmentTasks - joint.length,
    planned: tasks.length,
    unplannable,
    empty: empty.length,
    jointShare: jointShareUnchecked(joint, input.policy.jointShareTarget),
    inspectionsPerEnterprise: enterprisesWithTasks === 0 ? { before: 0, after: 0 } : { before: departmentTasks / enterprisesWithTasks, after: joint.length / enterprisesWithTasks },
    dropped: droppedBy,
    coverage,
  };
}

/**
 * Plans a batch from start to end (DESIGN.md's pipeline): the draw, the department tasks, the
 * merge into one joint task per enterprise, each task's mode, and its date and team.
 *
 * 1. **Draw** ({@link planDraw}): every enterprise's outcome, the quotas, the targets (R1–R14, R27).
 * 2. **Tasks** ({@link tasksFromDraw}) from the targets, plus the `triggered` tasks given.
 * 3. **Merge** ({@link mergeTasks}): one joint task per enterprise, one lead, every item once;
 *    dropped pairs and enterprises left with no item reported (R1, R15–R18, R20).
 * 4. **Mode** ({@link inspectionMode}): online, flying, escalated, offline with rating referral, or
 *    full coverage (R9, R10, R26). A flying task checks a seeded subset of its random items when
 *    the policy's `flyingItemShare` is below 1; the rest are dropped as `not-in-flying-subset`.
 * 5. **Staffing** ({@link staffTasks}): a working day in the window and a team drawn at random,
 *    nobody double-booked, recused inspectors replaced (R19, N1–N3); a task that cannot be
 *    staffed is in `unplannable` with the reason.
 * 6. **Metrics** (R7, R28): tasks before and after the merge, visits saved, joint share against
 *    the policy's target, inspections per enterprise, coverage per industry.
 *
 * The same input, seed and options give the same plan, byte for byte, in any row order; the
 * plan's `record` lets {@link verifyPlan} replay it.
 *
 * @param input - A validated planning input (see {@link parsePlanningInput}).
 * @param options - The public seed, and optionally directed draws, triggered tasks and the calendar.
 * @returns `Right` with the plan, or `Left` with every issue found (bad draws, bad triggered tasks,
 *   a window year the calendar lacks).
 * @example
 * ```ts
 * import { planPeriod } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 5_000, seed: 'plan', year: 2024, batch: 2 });
 * const result = planPeriod(input, { seed: '2024-Q2 公证 7 3 9 1 4 0' });
 * if (result._tag === 'Right') {
 *   const { metrics, tasks } = result.right;
 *   console.log(`${metrics.departmentTasks} tasks → ${metrics.visits} visits, ${(100 * metrics.jointShare.share).toFixed(0)} % joint`);
 *   const first = tasks[0];
 *   if (first !== undefined) console.log(first.date, first.mode.mode, first.lead, first.team.map((m) => m.inspector));
 * }
 * ```
 * @category Plan
 * @since 0.1.0
 */
export function planPeriod(input: PlanningInput, options: PlanOptions): Result<InputError, Plan> {
  // Enterprise rows are checked by the draw's pass, as it writes their digest lines (a code given twice shows as they are hashed in order).
  const notValidated = notValidatedIssues(input, ['input'], 'caller checks them');
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  // Options are checked before they are read: a misspelt key (`trigered`) would otherwise plan without it.
  const [badOption, ...moreBad] = schemaIssues(planOptionsSchema, options, ['options'], 'R27', true);
  if (badOption !== undefined) return left({ code: 'invalid-input', issues: [badOption, ...moreBad] });
  const { seed } = options;
  const badSeed = seedIssue(seed);
  if (badSeed !== undefined) return left({ code: 'invalid-input', issues: [{ code: 'seed/invalid', path: ['options', 'seed'], at: '$.options.seed', message: badSeed, rule: 'R27' }] });
  const badSecret = options.secret === undefined ? undefined : secretIssue(options.secret, seed);
  if (badSecret !== undefined) return left({ code: 'invalid-input', issues: [{ code: 'seed/invalid', path: ['options', 'secret'], at: '$.options.secret', message: badSecret.replace(/^the seed/, 'the visit secret'), rule: 'R26' }] });
  const [shapeIssue, ...moreShapeIssues] = [
    ...(options.triggered === undefined ? [] : schemaIssues(triggeredTasksSchema, options.triggered, ['options', 'triggered'], 'R15')),
    ...(options.calendar === undefined ? [] : schemaIssues(workingDayOptionsSchema, options.calendar, ['options', 'calendar'], 'N3')),
  ];
  if (shapeIssue !== undefined) return left({ code: 'invalid-input', issues: [shapeIssue, ...moreShapeIssues] });
  const itemOf = new Map(input.items.map((i) => [i.id as string, i]));
  const triggered = [...(options.triggered ?? [])].sort((a, b) => byText(a.id, b.id));
  // One safe callback for the whole plan: once it throws, no stage calls it again.
  const onProgress = safeProgress(options.onProgress);
  // The input's sections were checked above, and the draw checks its rows as it writes their lines.
  const batch = drawBatch(input, { seed, ...(options.draws === undefined ? {} : { draws: options.draws }), ...(onProgress === undefined ? {} : { onProgress }) }, { checked: true });
  // A row the draw refused (not what parsePlanningInput returns) is all there is to say: nothing can be looked up in that directory.
  if (batch._tag === 'Left' && batch.left.issues.some((i) => i.code === 'input/not-validated')) return batch;
  // The draw's pass over the directory found the targets; a triggered task's enterprise is looked up in its code index.
  const lookup = batch._tag === 'Right' ? batch.right.lookup : lookupFor(input, triggered.map((t) => t.enterprise));
  const triggerIssues = checkDepartmentTasks(input, options.triggered ?? [], itemOf, lookup, ['options', 'triggered']);
  if (batch._tag === 'Left' || triggerIssues.length > 0) {
    const issues: InputIssue[] = [...(batch._tag === 'Left' ? batch.left.issues : []), ...triggerIssues];
    return left({ code: 'invalid-input', issues: issues as [InputIssue, ...InputIssue[]] });
  }
  const { plan: draw, sections } = batch.right;
  const drawn = draftGroups(input, draw, batch.right.targetEntity, batch.right.targetRecords);
  if (!Array.isArray(drawn)) return left({ code: 'invalid-input', issues: [collisionIssue(drawn, collisionPath(input, options, drawn))] });
  const clashes = clashesOf(drawn, options.triggered ?? []);
  const [firstClash, ...moreClashes] = clashes;
  if (firstClash !== undefined) return left({ code: 'invalid-input', issues: [firstClash, ...moreClashes] });

  const groups = withTriggered(input, drawn, triggered, lookup);
  const departmentTasks = groups.reduce((n, g) => n + g.list.length, 0);
  const report = reporter(onProgress);
  report('merge', 0, departmentTasks);
  // The draw's tasks are well formed by construction and the triggered ones were checked above.
  const merged = mergeGroups(input, groups, itemOf);
  report('merge', departmentTasks, departmentTasks);
  // Targets that got no department task because no item of their draws' departments and kinds
  // applies to their industry (R1): not visited, and said so, so that every target of the draw is in exactly one place of the plan.
  const unreached = groups.filter((g) => g.list.length === 0).map((g): EmptyVisit => ({ enterprise: g.enterprise as Uscc, tasks: [], reason: 'no-applicable-item', rule: 'R1' }));
  const empty = [...merged.empty, ...unreached].sort((a, b) => byText(a.enterprise, b.enterprise));
  const assembly = { input, options: onProgress === undefined ? options : { ...options, onProgress }, draw, targetEntity: batch.right.targetEntity, triggered, departmentTasks, merged: { ...merged, empty }, itemOf, sections };
  return assemble(assembly);
}

/**
 * Where a collision of task ids comes from: the second draw, among the given draws or, for the
 * default draws, the joint list it comes from (a default draw's id is its list's).
 */
function collisionPath(input: PlanningInput, options: PlanOptions, collision: TaskIdCollision): (string | number)[] {
  const draw = collision.second.draw;
  if (options.draws !== undefined) return ['options', 'draws', options.draws.findIndex((d) => d.id === draw), 'id'];
  const list = input.jointLists.findIndex((l) => l.id === draw);
  return list >= 0 ? ['jointLists', list, 'id'] : ['departments'];
}

/** Triggered tasks whose id is the id of a task of the draw (R15), at their paths under `options.triggered`. */
function clashesOf(drawn: readonly DraftGroup[], triggered: readonly DepartmentTask[]): InputIssue[] {
  if (triggered.length === 0) return [];
  const ids = new Set(triggered.map((t) => t.id));
  const clashing = new Set<string>();
  for (const { list } of drawn) {
    for (let i = 0; i < list.length; i++) if (ids.has(list.id(i))) clashing.add(list.id(i));
  }
  const clashes: InputIssue[] = [];
  triggered.forEach((t, i) => {
    if (clashing.has(t.id)) clashes.push({ code: 'duplicate/task', path: ['options', 'triggered', i, 'id'], at: formatPath(['options', 'triggered', i, 'id']), message: `task id "${t.id}" is the id of a task from the draw`, rule: 'R15' });
  });
  return clashes;
}

/**
 * The draw's groups with the triggered tasks added (R15, R17): to the group of their enterprise,
 * or in a group of their own, in code order, for an enterprise the draw did not target (its
 * records read from the input's history).
 */
function withTriggered(input: PlanningInput, drawn: readonly DraftGroup[], triggered: readonly DepartmentTask[], lookup: EnterpriseLookup): readonly DraftGroup[] {
  if (triggered.length === 0) return drawn;
  const byEnterprise = new Map<string, DepartmentTask[]>();
  for (const t of triggered) byEnterprise.set(t.enterprise, [...(byEnterprise.get(t.enterprise) ?? []), t]);
  const joined = (tasks: readonly DepartmentTask[], more: readonly DepartmentTask[]): DepartmentTask[] => [...tasks, ...more].sort((a, b) => byText(a.id, b.id));
  const groups = drawn.map((g) => {
    const more = byEnterprise.get(g.enterprise);
    if (more === undefined) return g;
    byEnterprise.delete(g.enterprise);
    return { ...g, list: taskList(joined(g.list.tasks(), more)) };
  });
  if (byEnterprise.size === 0) return groups;
  const records = new Map<string, InspectionRecord[]>();
  for (const r of input.history) if (byEnterprise.has(r.enterprise)) records.set(r.enterprise, [...(records.get(r.enterprise) ?? []), r]);
  const others = [...byEnterprise].map(([enterprise, tasks]): DraftGroup => {
    const entity = lookup(enterprise) as Enterprise;
    return { enterprise, industry: entity.industry, records: records.get(enterprise) ?? [], list: taskList(joined([], tasks)), entity };
  });
  return [...groups, ...others].sort((a, b) => byText(a.enterprise, b.enterprise));
}

/**
 * Why a value is not a usable visit secret (R26), or `undefined`: the seed's rules, not the seed
 * itself, and at least 32 characters of which at least 10 differ (32 hex digits of a secure
 * generator pass; a PIN or a word, which the announced dates would let anyone find by trying, do not).
 */
function secretIssue(secret: unknown, seed: string): string | undefined {
  const problem = seedIssue(secret);
  if (problem !== undefined) return problem;
  const text = secret as string;
  if (text === seed) return 'the visit secret must not be the public seed';
  if ([...text].length < 32 || new Set(text).size < 10) return 'the visit secret must be at least 32 characters with at least 10 different ones (such as 32 hex digits from a secure generator): a short or repetitive secret can be found by trying, and then every unannounced date follows (R26)';
  return undefined;
}

/** The seed of an unannounced visit's streams: `seed ␟ secret` with a visit secret (R26), else the seed. */
function keyedSeed(options: PlanOptions): string {
  return options.secret === undefined ? options.seed : `${options.seed}${UNIT_SEPARATOR}${options.secret}`;
}

/**
 * The names digest of the enterprises a publication names: the draw's targets and every joint
 * task's (R4, R23). Both lists are in code order: they are merged, as `namesDigestOf` would sort them.
 */
function namesOf(draw: DrawPlan, targetEntity: (k: number) => Enterprise, joint: readonly JointTask[], enterprises: readonly Enterprise[]): string {
  const pairs: [string, string][] = [];
  let j = 0;
  const fromJoint = (): void => {
    pairs.push([(joint[j] as JointTask).enterprise, (enterprises[j] as Enterprise).name]);
    j++;
  };
  draw.targets.forEach(({ uscc }, k) => {
    while (j < joint.length && (joint[j] as JointTask).enterprise < uscc) fromJoint();
    if (j < joint.length && (joint[j] as JointTask).enterprise === uscc) j++;
    pairs.push([uscc, targetEntity(k).name]);
  });
  while (j < joint.length) fromJoint();
  return namesDigestOfSorted(pairs);
}

/** Each visit's mode (R9–R11, R14, R26) and its notice (R32), in the visits' order. */
function modesOf(input: PlanningInput, joint: readonly JointTask[], enterprises: readonly Enterprise[], itemOf: ReadonlyMap<string, InspectionItem>): ModeDecision[] {
  const secret = secretItems(input);
  return joint.map((task, k) => {
    // Only a visit of the random plan may be replaced by non-site supervision: a trigger is inspected on site.
    const items = task.items.map((id) => itemOf.get(id) as InspectionItem);
    const mode = inspectionModeUnchecked(enterprises[k] as Enterprise, input.policy, task.reasons.every((r) => r === 'random') ? items : undefined);
    // R32: an item that may not be told in advance makes any visit unannounced, a triggered one too.
    return keepSecret(mode, items, secret);
  });
}

/** What {@link assemble} takes from {@link planPeriod}: the draw, the merge and the lookups made on the way. */
interface Assembly {
  readonly input: PlanningInput;
  readonly options: PlanOptions;
  readonly draw: DrawPlan;
  readonly targetEntity: (k: number) => Enterprise;
  readonly triggered: readonly DepartmentTask[];
  readonly departmentTasks: number;
  readonly merged: { readonly joint: readonly JointTask[]; readonly from: readonly DraftGroup[]; readonly dropped: readonly DroppedItem[]; readonly empty: Plan['empty'] };
  readonly itemOf: ReadonlyMap<string, InspectionItem>;
  readonly sections: ReadonlyMap<string, number>;
}

/** R9: a flying inspection may check a seeded subset of its items; the others are dropped. */
function flyingSubsets(a: Assembly, modes: readonly ModeDecision[]): { joint: readonly JointTask[]; dropped: readonly DroppedItem[] } {
  const { input: { policy }, merged, itemOf, options } = a;
  if (policy.flyingItemShare >= 1) return merged;
  const askedBy = new Map<string, DepartmentTask[]>();
  for (const group of merged.from) {
    for (const t of group.list.tasks()) {
      for (const id of t.items) {
        const key = `${t.enterprise}${UNIT_SEPARATOR}${id}`;
        askedBy.set(key, [...(askedBy.get(key) ?? []), t].sort((x, y) => byText(x.id, y.id)));
      }
    }
  }
  // A flying visit is unannounced: with a visit secret, its subset is keyed by it too (R26).
  const streams = streamsOf(keyedSeed(options));
  const extra: DroppedItem[] = [];
  const joint = merged.joint.map((task, k) => {
    if ((modes[k] as ModeDecision).mode !== 'flying') return task;
    const subset = flyingSubset(task, policy.flyingItemShare, streams, itemOf, askedBy);
    extra.push(...subset.dropped);
    return { ...task, items: subset.items };
  });
  return { joint, dropped: [...merged.dropped, ...extra].sort((x, y) => byText(x.enterprise, y.enterprise) || byText(x.item, y.item)) };
}

function assemble(a: Assembly): Result<InputError, Plan> {
  const { input, options, draw, triggered, merged } = a;
  const enterprises = merged.from.map((g) => g.entity);
  const modes = modesOf(input, merged.joint, enterprises, a.itemOf);
  const { joint, dropped } = flyingSubsets(a, modes);
  const report = reporter(options.onProgress);
  report('staff', 0, joint.length);
  const unannounced = (k: number): boolean => !(modes[k] as ModeDecision).advanceNotice;
  const keyed = options.secret === undefined ? {} : { keyed: { seed: keyedSeed(options), at: unannounced } };
  // The merge made the tasks (well formed, in id order), and each one's mode has its team size.
  const shared = { ...keyed, checked: true, teamSizeOf: (_: JointTask, k: number) => (modes[k] as ModeDecision).teamSize };
  const staffing = staffWith(input, joint, { seed: options.seed, ...(options.calendar === undefined ? {} : { calendar: options.calendar }) }, () => undefined, shared);
  report('staff', joint.length, joint.length);
  if (staffing._tag === 'Left') return staffing;
  const { tasks, unplannable, plannedSections } = placed(joint, enterprises, modes, staffing.right);
  const metrics = measure(input, a.departmentTasks, joint, tasks, unplannable.length, merged.empty, dropped, plannedSections, a.sections);
  return right({
    draw,
    tasks,
    unplannable,
    empty: merged.empty,
    dropped,
    record: {
      triggered,
      staffing: staffing.right.algorithm,
      workingDays: staffing.right.workingDays,
      namesDigest: namesOf(draw, a.targetEntity, joint, enterprises),
      secretDigest: options.secret === undefined ? null : secretDigestOf(options.secret),
    },
    metrics,
    warnings: [...planWarnings(input, draw, metrics, staffing.right.workingDays), ...predictableWarning(options.secret, options.secret === undefined ? joint.filter((_, k) => unannounced(k)).map((t) => t.id).sort(byText) : [])],
  });
}

/** Each joint task with its mode and its date and team, or its problem; and the industry section of each planned one. */
function placed(joint: readonly JointTask[], enterprises: readonly Enterprise[], modes: readonly ModeDecision[], staffing: Staffing): { tasks: PlannedTask[]; unplannable: UnplannableTask[]; plannedSections: string[] } {
  const assignmentOf = new Map<string, Assignment>(staffing.assignments.map((x) => [x.task, x]));
  const problemOf = new Map<string, Unplannable>(staffing.unplannable.map((x) => [x.task, x]));
  const tasks: PlannedTask[] = [];
  const unplannable: UnplannableTask[] = [];
  const plannedSections: string[] = [];
  for (const [k, task] of joint.entries()) {
    const mode = modes[k] as ModeDecision;
    const assignment = assignmentOf.get(task.id);
    const { id, enterprise, lead, leadBy, departments, items, tasks: from, reasons } = task;
    if (assignment !== undefined) {
      tasks.push({ id, enterprise, lead, leadBy, departments, items, tasks: from, reasons, mode, date: assignment.date, team: assignment.team, skipped: assignment.skipped });
      plannedSections.push((enterprises[k] as Enterprise).industry.charAt(0));
    } else unplannable.push({ id, enterprise, lead, leadBy, departments, items, tasks: from, reasons, mode, problem: problemOf.get(task.id) as Unplannable });
  }
  return { tasks, unplannable, plannedSections };
}
