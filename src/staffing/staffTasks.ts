import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { byText, inOrderBy, UNIT_SEPARATOR } from '../internal/text.js';
import { isWorkingDayUnchecked } from '../calendar/workingDays.js';
import { daysFromIsoDate, isoDateFromDays } from '../internal/date.js';
import { left, right } from '../internal/result.js';
import { assertSeed, seedIssue, streamOfState, streamsOf, uniformBelow } from '../random/seed.js';
import { StreamStates } from '../random/streamStates.js';
import * as z from 'zod';
import { schemaIssues, workingDayOptionsSchema } from '../input/schemas.js';
import { notValidatedIssues } from '../input/validated.js';
import { isRecord, issueAt, refusal, typeIssue } from '../internal/argumentIssues.js';
import type { IsoDate } from '../model/date.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { Enterprise, InspectionItem, PlanningInput } from '../model/types.js';
import { inspectionModeUnchecked } from '../merge/inspectionMode.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import { taskChecks } from '../internal/taskChecks.js';
import type { JointTask } from '../merge/types.js';
import type { Assignment, SkippedInspector, Staffing, StaffingOptions, TeamMember, Unplannable } from './types.js';
import { LazyOrder, Roster, type Need, type WalkRecord } from './roster.js';

/** The id of the staffing algorithm (dates and inspector draws); part of every stream's purpose. */
export const STAFF_ALGORITHM = 'double-random/staff/v1';
function checkTasks(input: PlanningInput, tasks: readonly JointTask[], itemOf: ReadonlyMap<string, InspectionItem>, lookup: EnterpriseLookup): InputIssue[] {
  const { issues, departments, report, common } = taskChecks(input, lookup, ['tasks']);
  tasks.forEach((task, i) => {
    common(task, i);
    task.departments.forEach((d, j) => {
      if (!departments.has(d)) report([i, 'departments', j], 'reference/department', `unknown department "${d}"`, 'R15');
    });
    if (task.departments[0] !== task.lead) report([i, 'lead'], 'task/lead', `the lead "${task.lead}" must be the first of the task's departments`, 'R15');
    if (task.items.length === 0) report([i, 'items'], 'task/no-items', 'a joint task has at least one item', 'R15');
    task.items.forEach((id, j) => {
      const item = itemOf.get(id);
      if (item === undefined) report([i, 'items', j], 'reference/item', `unknown item "${id}"`, 'R15');
      else if (!task.departments.includes(item.department)) report([i, 'items', j], 'task/foreign-item', `item "${id}" belongs to "${item.department}", which is not among the task's departments`, 'R19');
    });
  });
  return issues;
}

/** The working days of the window, or a `RangeError` message for a year the calendar lacks. */
function windowDays(input: PlanningInput, options: StaffingOptions): IsoDate[] | string {
  const days: IsoDate[] = [];
  const first = daysFromIsoDate(input.period.start);
  const last = daysFromIsoDate(input.period.end);
  try {
    for (let d = first; d <= last; d++) {
      const date = isoDateFromDays(d);
      if (isWorkingDayUnchecked(date, options.calendar)) days.push(date);
    }
  } catch (error) {
    if (error instanceof RangeError) return error.message.replace(/^isWorkingDay: /, '');
    throw error;
  }
  return days;
}

/**
 * Staffs joint tasks (the second random, R19, N1, N2): gives each task a working day in the batch
 * window and a team drawn at random from each participating department, so that nobody is in two
 * places at once.
 *
 * - **Team**: every department of the task staffs its own items. A department's pool is its
 *   certified inspectors qualified for at least one of its kinds of check in the task, in id order.
 *   Each department has one seat, and the lead the rest of the mode's team size (the policy's
 *   `teamSize`, or `escalatedTeamSize` for classes C and D; N1, R9). Members are taken in the random
 *   order until the seats are filled and, together, the members hold every kind the department's
 *   items need; one who would add nothing is passed over as `not-needed`.
 * - **Skips** (N2, R19): a drawn inspector with a conflict of interest with the enterprise, one
 *   unavailable that day, or one already at their day's capacity is passed over and recorded with
 *   the reason and their place in the draw; the next name is taken.
 * - **Date**: the task's first candidate day is a uniform pick among the window's working days
 *   (N3); when a department cannot be staffed on it, the next working day is tried, wrapping
 *   around, until one works.
 * - **Order and randomness**: tasks are staffed in id order. The random order of a department for
 *   a task is a Fisher–Yates shuffle of its pool driven by a xoroshiro128+ stream seeded from
 *   SHA-256 of (seed, `double-random/staff/v1`, "inspectors", task id, department); the first day
 *   comes from the stream of (seed, algorithm, "date", task id). See docs/staffing.md.
 * - **Nothing lost**: a task that cannot be staffed is in `unplannable` with the reason and, where
 *   one is to blame, the department and kind of check.
 *
 * The result does not depend on the order of the tasks or of the input's rows.
 *
 * @param input - The validated planning input (inspectors, items, policy, period).
 * @param tasks - Joint tasks, typically from {@link mergeTasks}.
 * @param options - The public seed and the working-day calendar.
 * @returns `Right` with the assignments and unplannable tasks; `Left` when `input` is not a
 *   validated planning input (`input/not-validated`), a task is malformed or names an unknown
 *   enterprise, department or item, the options are not an object or have an unknown key (with
 *   the key it most likely meant), the seed is not a usable seed string (`seed/invalid` at
 *   `$.options.seed`, R27), or the window's year is not in the calendar.
 * @example
 * ```ts
 * import { mergeTasks, planDraw, staffTasks, tasksFromDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'staff' });
 * const draw = planDraw(input, { seed: 'staff-2024-Q1' });
 * const tasks = draw._tag === 'Right' ? tasksFromDraw(input, draw.right) : undefined;
 * if (tasks?._tag === 'Right') {
 *   const merged = mergeTasks(input, tasks.right);
 *   if (merged._tag === 'Right') {
 *     const staffing = staffTasks(input, merged.right.joint, { seed: 'staff-2024-Q1' });
 *     if (staffing._tag === 'Right') {
 *       const first = staffing.right.assignments[0];
 *       if (first !== undefined) console.log(first.task, first.date, first.team.map((m) => m.inspector));
 *     }
 *   }
 * }
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export function staffTasks(input: PlanningInput, tasks: readonly JointTask[], options: StaffingOptions): Result<InputError, Staffing> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = Array.isArray(tasks) ? schemaIssues(jointTasksSchema, tasks, ['tasks'], 'R19') : [typeIssue(['tasks'], 'array', 'an array of joint tasks', tasks, 'R19')];
  return refusal([...shape, ...optionsIssues(options)]) ?? staffWith(input, tasks, options, lookupFor(input, tasks.map((t) => t.enterprise)));
}

/** What {@link staffTasks} reads of each joint task (a planned task's other fields are not read). */
const jointTasksSchema = z.array(z.object({
  id: z.string().min(1),
  enterprise: z.string(),
  lead: z.string(),
  departments: z.array(z.string()),
  items: z.array(z.string()),
}));

/** The options: strict, so that a misspelt option is reported with the one it most likely meant; the seed is checked by its own rules. */
const optionsSchema = z.strictObject({ seed: z.unknown(), calendar: z.optional(workingDayOptionsSchema) });

/** The issues of the options: an object of a usable seed (R27) and a valid calendar (N3). */
function optionsIssues(options: unknown): InputIssue[] {
  if (!isRecord(options)) return [typeIssue(['options'], 'object', 'an options object { seed, calendar? }', options, 'R19')];
  const shape = schemaIssues(optionsSchema, options, ['options'], 'R19', true);
  if (shape.length > 0) return shape;
  const badSeed = seedIssue(options['seed']);
  return badSeed === undefined ? [] : [issueAt(['options', 'seed'], 'seed/invalid', badSeed, 'R27')];
}

/**
 * What {@link planPeriod} already knows when it staffs its own joint tasks: the unannounced visits'
 * keyed streams (R26), each task's team size from its mode, and that the tasks are well formed.
 */
export interface StaffShared {
  /** The seed of the unannounced visits' streams, and which visits are unannounced, by their place in the tasks. */
  readonly keyed?: { readonly seed: string; readonly at: (k: number) => boolean };
  /** A task's team size, by the task and its place in the tasks. */
  readonly teamSizeOf?: (task: JointTask, k: number) => number;
  /** The tasks are a merge's: well formed, in id order, each enterprise once. */
  readonly checked?: boolean;
}

/** {@link staffTasks} with the tasks' enterprises already found. */
export function staffWith(input: PlanningInput, tasks: readonly JointTask[], options: StaffingOptions, lookup: EnterpriseLookup, shared: StaffShared = {}): Result<InputError, Staffing> {
  const { seed } = options;
  assertSeed('staffTasks', seed);
  const itemOf = new Map(input.items.map((i) => [i.id as string, i]));
  const checked = shared.checked === true;
  const issues = checked ? [] : checkTasks(input, tasks, itemOf, lookup);
  const days = windowDays(input, options);
  if (typeof days === 'string') {
    issues.push({ code: 'calendar/unknown-year', path: ['period'], at: formatPath(['period']), message: days, rule: 'N3' });
  }
  const [firstIssue, ...moreIssues] = issues;
  if (firstIssue !== undefined || typeof days === 'string') {
    return left({ code: 'invalid-input', issues: [firstIssue as InputIssue, ...moreIssues] });
  }

  // Recusals are kept for the tasks' enterprises only; a merge's tasks are most of a batch, and a set of their codes costs more than it saves.
  const roster = new Roster(input, days, checked ? undefined : new Set<string>(tasks.map((t) => t.enterprise)));
  const streams = streamsOf(seed);
  // planPeriod's visit secret (R26): an unannounced visit's date and team come from streams of seed ␟ secret.
  const keyed = shared.keyed === undefined ? undefined : { streams: streamsOf(shared.keyed.seed), at: shared.keyed.at };
  const teamSizeOf = shared.teamSizeOf ?? ((task: JointTask): number => inspectionModeUnchecked(lookup(task.enterprise) as Enterprise, input.policy).teamSize);
  const needs = needsFor(roster, itemOf);
  const assignments: Assignment[] = [];
  const unplannable: Unplannable[] = [];
  const ordered = checked ? tasks : inOrderBy(tasks, (t) => t.id);
  const states = new StreamStates(seed, `${INSPECTORS}joint:`);
  for (let from = 0; from < ordered.length; from += CHUNK) {
    const chunk = ordered.slice(from, from + CHUNK);
    const chunkNeeds = chunk.map((task, i) => needs(task, teamSizeOf(task, from + i)));
    const isKeyed = (i: number): boolean => keyed?.at(from + i) === true;
    const ahead = inspectorStreamsAhead(states, chunk, chunkNeeds, isKeyed);
    chunk.forEach((task, i) => {
      const staffed = staffOne(input, task, roster, chunkNeeds[i] as readonly Need[], isKeyed(i) ? (keyed as { streams: typeof streams }).streams : streams, ahead(i));
      if ('date' in staffed) assignments.push({ task: task.id, date: days[staffed.date] as IsoDate, team: staffed.team, skipped: staffed.skipped });
      else unplannable.push({ task: task.id, enterprise: task.enterprise, ...staffed });
    });
  }
  return right({ algorithm: STAFF_ALGORITHM, workingDays: days, assignments, unplannable });
}

/** Tasks whose inspector streams are derived together, four at a time (bounded memory at 10⁷ tasks). */
const CHUNK = 4096;

/**
 * The inspector streams of a chunk of tasks, derived together ({@link StreamStates}) for the tasks
 * on the public seed whose ids begin `joint:` (a merge's): for task `i`, the stream of its `k`-th
 * need, or `undefined` where {@link staffOne} derives it itself (a visit secret's streams, a long
 * seed, no SIMD). The same streams either way.
 */
function inspectorStreamsAhead(states: StreamStates, tasks: readonly JointTask[], needs: readonly (readonly Need[])[], isKeyed: (i: number) => boolean): (i: number) => ((k: number) => RandomGenerator | undefined) | undefined {
  if (!states.available) return () => undefined;
  const start = new Int32Array(tasks.length + 1);
  const codes: string[] = [];
  const departments: string[] = [];
  tasks.forEach((task, i) => {
    start[i] = codes.length;
    if (isKeyed(i) || !task.id.startsWith('joint:')) return;
    const code = task.id.slice(6);
    for (const need of needs[i] as readonly Need[]) {
      codes.push(code);
      departments.push(need.department);
    }
  });
  start[tasks.length] = codes.length;
  const { states: words, fits } = states.compute(codes.length, (j) => codes[j] as string, (j) => departments[j] as string);
  return (i) => {
    const first = start[i] as number;
    if (start[i + 1] === first) return undefined;
    return (k) => (fits[first + k] === 1 ? streamOfState(words, 4 * (first + k)) : undefined);
  };
}

/**
 * {@link needsOf}, remembered per (team size, departments, items): the needs depend on nothing else,
 * and a batch's tasks share a few hundred such shapes.
 */
function needsFor(roster: Roster, itemOf: ReadonlyMap<string, InspectionItem>): (task: JointTask, teamSize: number) => readonly Need[] {
  // A tree keyed by the team size, then each department, a separator, then each item: found with a
  // lookup per id and no string made per task (a joined key was 16 MB of garbage at 10⁶).
  const root: KeyNode = new Map();
  return (task, teamSize) => {
    let node = step(root, teamSize);
    for (let i = 0; i < task.departments.length; i++) node = step(node, task.departments[i] as string);
    node = step(node, UNIT_SEPARATOR);
    for (let i = 0; i < task.items.length; i++) node = step(node, task.items[i] as string);
    let needs = node.get(NEEDS) as readonly Need[] | undefined;
    if (needs === undefined) node.set(NEEDS, (needs = needsOf(task, teamSize, roster, itemOf)));
    return needs;
  };
}

/** A node of {@link needsFor}'s tree: its children by id (or team size), and its needs under {@link NEEDS}. */
type KeyNode = Map<string | number | symbol, KeyNode | readonly Need[]>;
const NEEDS = Symbol('needs');

/** The child of `node` under `key`, made when missing. */
function step(node: KeyNode, key: string | number): KeyNode {
  let next = node.get(key) as KeyNode | undefined;
  if (next === undefined) node.set(key, (next = new Map()));
  return next;
}

/** What each department of a task needs: its kinds, its seats (the lead's take the extra seats of the team size, R9, N1), its pool. */
function needsOf(task: JointTask, teamSize: number, roster: Roster, itemOf: ReadonlyMap<string, InspectionItem>): Need[] {
  const kindsOf = new Map<string, Set<string>>();
  for (const id of task.items) {
    const item = itemOf.get(id) as InspectionItem;
    const kinds = kindsOf.get(item.department);
    if (kinds === undefined) kindsOf.set(item.department, new Set([item.kind]));
    else kinds.add(item.kind);
  }
  // Departments without items in the task take no seat (a department is listed for its items).
  const present = task.departments.filter((d) => kindsOf.has(d));
  const extra = Math.max(0, teamSize - present.length);
  return present.map((department, i) => {
    const kinds = [...(kindsOf.get(department) as Set<string>)].sort(byText);
    return { department, kinds, seats: 1 + (i === 0 ? extra : 0), ...roster.pool(department, kinds) };
  });
}

/** An {@link Unplannable} before it names its task: the union kept, reason by reason. */
type Problem = Unplannable extends infer U ? (U extends Unplannable ? Omit<U, 'task' | 'enterprise'> : never) : never;

/** The heads of the purposes of a task's streams: `algorithm ␟ inspectors ␟ task ␟ department` and `algorithm ␟ date ␟ task`. */
const INSPECTORS = `${STAFF_ALGORITHM}${UNIT_SEPARATOR}inspectors${UNIT_SEPARATOR}`;
const DATE = `${STAFF_ALGORITHM}${UNIT_SEPARATOR}date${UNIT_SEPARATOR}`;

/**
 * Staffs one task (R19, N1, N2): the first working day from a seeded start on which every
 * department can be staffed, its team drawn from each department's seeded random order, booked.
 * Returns the day's index and the team, or the problem that makes the task unplannable.
 */
function staffOne(input: PlanningInput, task: JointTask, roster: Roster, needs: readonly Need[], streams: (purpose: string, tail?: string) => RandomGenerator, ahead?: (k: number) => RandomGenerator | undefined): { date: number; team: TeamMember[]; skipped: SkippedInspector[] } | Problem {
  const recused = roster.recusedFor(task.enterprise);
  for (const need of needs) {
    const problem = feasibility(need, recused, roster.qualified);
    if (problem !== undefined) return problem;
  }
  const { dayCount } = roster;
  if (dayCount === 0) return { reason: 'no-working-day', rule: 'N3', message: `the window ${input.period.start} – ${input.period.end} has no working day` };
  // A department's order is made when a walk first needs it (a saturated department never does).
  const orders: (LazyOrder | undefined)[] = new Array<LazyOrder | undefined>(needs.length);
  const orderOf = (k: number): LazyOrder => {
    const need = needs[k] as Need;
    return (orders[k] ??= new LazyOrder(need.pool, () => ahead?.(k) ?? streams(INSPECTORS, `${task.id}${UNIT_SEPARATOR}${need.department}`), need.scratch, need.swaps));
  };
  try {
    const firstDay = uniformBelow(streams(DATE, task.id), dayCount);
    const failures = new Array<number>(needs.length).fill(0);
    return firstWorkingDay(roster, needs, firstDay, recused, orderOf, failures) ?? noDate(roster, needs, failures);
  } finally {
    for (const order of orders) order?.release();
  }
}

/**
 * Tries the days from `firstDay` on, wrapping around, and books the team of the first on which
 * every department can be staffed; `undefined` when none can. Departments are tried on a date in
 * the order of their last failure first: any order gives the same answer (their inspectors are
 * disjoint), this one fails fast on a saturated department. The failures are tallied in `needs`' order.
 */
function firstWorkingDay(roster: Roster, needs: readonly Need[], firstDay: number, recused: ReadonlySet<number> | undefined, orderOf: (k: number) => LazyOrder, failures: number[]): { date: number; team: TeamMember[]; skipped: SkippedInspector[] } | undefined {
  const { dayCount } = roster;
  const tryOrder = needs.map((_, k) => k);
  for (let attempt = 0; attempt < dayCount; attempt++) {
    const d = (firstDay + attempt) % dayCount;
    let failed = -1;
    for (let t = 0; t < tryOrder.length && failed < 0; t++) {
      const k = tryOrder[t] as number;
      const need = needs[k] as Need;
      if (!(roster.decided(need, d, recused) ?? roster.walk(need, orderOf(k), d, recused, undefined))) failed = t;
    }
    if (failed < 0) {
      const record: WalkRecord = { team: [], skipped: [], picked: [] };
      for (let k = 0; k < needs.length; k++) roster.walk(needs[k] as Need, orderOf(k), d, recused, record);
      roster.book(record.picked, d);
      return { date: d, team: record.team, skipped: record.skipped };
    }
    const k = tryOrder[failed] as number;
    failures[k] = (failures[k] as number) + 1;
    tryOrder.splice(failed, 1);
    tryOrder.unshift(k);
  }
  return undefined;
}

/** The problem of a task no day of the window can staff: the department that failed most often (R19). */
function noDate(roster: Roster, needs: readonly Need[], failures: readonly number[]): Problem {
  const { dayCount } = roster;
  const worst = failures.indexOf(Math.max(...failures));
  const tally = needs.map((need, k) => `${need.department} on ${failures[k]}`).filter((_, k) => (failures[k] as number) > 0).join(', ');
  return { reason: 'no-available-date', rule: 'R19', department: (needs[worst] as Need).department, message: `on each of the ${dayCount} working days of the window a department could not be staffed (${tally}): its inspectors were unavailable or at capacity` };
}

/** Why a department can never be staffed for a task, whatever the date, or `undefined`. */
function feasibility(need: Need, recused: ReadonlySet<number> | undefined, qualified: readonly ReadonlySet<string>[]): Problem | undefined {
  const { department, kinds, seats, pool } = need;
  if (pool.length === 0) {
    return { reason: 'no-qualified-inspector', rule: 'R19', department, kind: kinds[0] as string, message: `department "${department}" has no certified inspector qualified for ${kinds.join(', ')}` };
  }
  // Only the few enterprises with declared conflicts need the pool filtered; the rest use it whole.
  const conflicted = recused !== undefined && pool.some((n) => recused.has(n));
  const free = conflicted ? pool.filter((n) => !recused.has(n)) : pool;
  if (free.length === 0) {
    return { reason: 'all-recused', rule: 'N2', department, message: `every qualified inspector of "${department}" has declared a conflict with the enterprise` };
  }
  const uncovered = kinds.find((k) => !(conflicted ? free.some((n) => (qualified[n] as ReadonlySet<string>).has(k)) : need.covered.has(k)));
  if (uncovered !== undefined) {
    return { reason: 'no-qualified-inspector', rule: 'R19', department, kind: uncovered, message: `department "${department}" has no certified, non-recused inspector qualified for ${uncovered}` };
  }
  if (free.length < seats) {
    return { reason: 'too-few-inspectors', rule: 'N1', department, message: `department "${department}" has ${free.length} certified, qualified, non-recused inspectors for ${seats} seats` };
  }
  return undefined;
}
