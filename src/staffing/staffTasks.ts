import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { byText } from '../internal/text.js';
import { isWorkingDay } from '../calendar/workingDays.js';
import { daysFromIsoDate, isoDateFromDays } from '../internal/date.js';
import { left, right } from '../internal/result.js';
import { assertSeed, streamsOf, uniformBelow } from '../random/seed.js';
import type { IsoDate } from '../model/date.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, Enterprise, InspectionItem, Inspector, PlanningInput } from '../model/types.js';
import { inspectionMode } from '../merge/inspectionMode.js';
import { flat } from '../internal/flat.js';
import { lookupFor, type EnterpriseLookup } from '../internal/lookup.js';
import { taskChecks } from '../internal/taskChecks.js';
import type { JointTask } from '../merge/types.js';
import type { Assignment, SkippedInspector, Staffing, StaffingOptions, TeamMember, Unplannable } from './types.js';

/** The id of the staffing algorithm (dates and inspector draws); part of every stream's purpose. */
export const STAFF_ALGORITHM = 'double-random/staff/v1';
const UNIT_SEPARATOR = '\u001f';

/** What one department of one task needs: its kinds of check and its seats. */
interface Need {
  readonly department: DepartmentId;
  readonly kinds: readonly string[];
  readonly seats: number;
  readonly pool: Int32Array;
  /** The kinds somebody in the pool holds. */
  readonly covered: ReadonlySet<string>;
  /** Whether the pool is every certified inspector of the department. */
  readonly whole: boolean;
  /** Per kind, its row in the per-day counts of free inspectors holding it. */
  readonly slots: Int32Array;
}

/**
 * A department's qualified pool for one task in random order, shuffled lazily (Fisher–Yates from
 * the front) so that only the names actually reached are drawn from the stream.
 */
class LazyOrder {
  /** Positions moved by the shuffle so far; the others still hold the pool's own entry. */
  private readonly moved = new Map<number, number>();
  /** The whole order as an array, once the walk has gone deep enough to be worth a copy. */
  private array: Int32Array | undefined;
  private shuffled = 0;
  private rng: RandomGenerator | undefined;

  constructor(private readonly pool: Int32Array, private readonly purpose: () => RandomGenerator) {}

  get length(): number {
    return this.pool.length;
  }

  /** The entry at a position while the order is still kept as moves. */
  private entry(position: number): number {
    return this.moved.get(position) ?? (this.pool[position] as number);
  }

  at(position: number): number {
    if (this.shuffled > position) return this.array?.[position] ?? this.entry(position);
    const rng = (this.rng ??= this.purpose());
    if (this.array === undefined && position >= 16) {
      this.array = this.pool.slice();
      for (const [i, n] of this.moved) this.array[i] = n;
    }
    const array = this.array;
    while (this.shuffled <= position) {
      const i = this.shuffled;
      const j = i + uniformBelow(rng, this.pool.length - i);
      if (array !== undefined) {
        const swap = array[i] as number;
        array[i] = array[j] as number;
        array[j] = swap;
      } else {
        const swap = this.entry(i);
        this.moved.set(i, this.entry(j));
        this.moved.set(j, swap);
      }
      this.shuffled++;
    }
    return array?.[position] ?? this.entry(position);
  }
}

/** Whether an inspector holds a kind still missing (a bit of `mask`, or a true flag past 31 kinds). */
function holdsMissing(quals: ReadonlySet<string>, kinds: readonly string[], mask: number, flags: readonly boolean[] | undefined): boolean {
  for (let q = 0; q < kinds.length; q++) {
    const missing = flags === undefined ? (mask & (1 << q)) !== 0 : flags[q] === true;
    if (missing && quals.has(kinds[q] as string)) return true;
  }
  return false;
}

function checkTasks(input: PlanningInput, tasks: readonly JointTask[], itemOf: ReadonlyMap<string, InspectionItem>, lookup: EnterpriseLookup): InputIssue[] {
  const { issues, departments, report, common } = taskChecks(input, lookup, 'tasks');
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
      if (isWorkingDay(date, options.calendar)) days.push(date);
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
 * @returns `Right` with the assignments and unplannable tasks, or `Left` when a task is malformed
 *   or the window's year is not in the calendar.
 * @throws TypeError when the seed is not a non-empty string without padding or control characters.
 * @example
 * ```ts
 * import { mergeTasks, planDraw, staffTasks, tasksFromDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'staff' });
 * const draw = planDraw(input, { seed: 'staff-2024-Q1' });
 * if (draw._tag === 'Right') {
 *   const merged = mergeTasks(input, tasksFromDraw(input, draw.right));
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
  assertSeed('staffTasks', options.seed);
  return staffWith(input, tasks, options, lookupFor(input, tasks.map((t) => t.enterprise)));
}

/** {@link staffTasks} with the tasks' enterprises already found. */
export function staffWith(input: PlanningInput, tasks: readonly JointTask[], options: StaffingOptions, lookup: EnterpriseLookup): Result<InputError, Staffing> {
  const { seed } = options;
  assertSeed('staffTasks', seed);
  const itemOf = new Map(input.items.map((i) => [i.id as string, i]));
  const wanted = new Set<string>(tasks.map((t) => t.enterprise));
  const issues = checkTasks(input, tasks, itemOf, lookup);
  const days = windowDays(input, options);
  if (typeof days === 'string') {
    issues.push({ code: 'calendar/unknown-year', path: ['period'], at: formatPath(['period']), message: days, rule: 'N3' });
  }
  const [firstIssue, ...moreIssues] = issues;
  if (firstIssue !== undefined || typeof days === 'string') {
    return left({ code: 'invalid-input', issues: [firstIssue as InputIssue, ...moreIssues] });
  }

  // Inspectors in id order; per-day load and unavailability in flat typed arrays.
  const inspectors: Inspector[] = [...input.inspectors].sort((a, b) => byText(a.id, b.id));
  const dayCount = days.length;
  const dayIndex = new Map<string, number>(days.map((d, i) => [d, i]));
  const load = new Uint16Array(inspectors.length * dayCount);
  const away = new Uint8Array(inspectors.length * dayCount);
  const qualified: ReadonlySet<string>[] = [];
  const recusals = new Map<string, Set<number>>();
  const certifiedOf = new Map<string, number[]>();
  inspectors.forEach((inspector, n) => {
    for (const date of inspector.unavailable) {
      const d = dayIndex.get(date);
      if (d !== undefined) away[n * dayCount + d] = 1;
    }
    qualified.push(new Set(inspector.qualifications));
    for (const uscc of inspector.conflicts) {
      if (!wanted.has(uscc)) continue;
      const set = recusals.get(uscc);
      if (set === undefined) recusals.set(uscc, new Set([n]));
      else set.add(n);
    }
    if (!inspector.certified) return;
    const list = certifiedOf.get(inspector.department);
    if (list === undefined) certifiedOf.set(inspector.department, [n]);
    else list.push(n);
  });
  // Per department and day: certified inspectors present and under capacity, a bound that lets a
  // saturated department fail at once.
  const departmentIndex = new Map<string, number>(input.departments.map((d, i) => [d.id, i]));
  const departmentOf = Int32Array.from(inspectors, (i) => departmentIndex.get(i.department) ?? -1);
  const free = new Int32Array(input.departments.length * dayCount);
  inspectors.forEach((inspector, n) => {
    if (!inspector.certified) return;
    for (let d = 0; d < dayCount; d++) {
      const at = (departmentOf[n] as number) * dayCount + d;
      if (away[n * dayCount + d] === 0) free[at] = (free[at] as number) + 1;
    }
  });
  // Per department, kind of check and day: how many of those free hold the kind. With `free`, this
  // decides most days without a walk (see `decided`).
  const slotOf = new Map<string, number>();
  for (const item of input.items) {
    const key = flat(`${item.department}${UNIT_SEPARATOR}${item.kind}`);
    if (!slotOf.has(key)) slotOf.set(key, slotOf.size);
  }
  const freeHolding = new Int32Array(slotOf.size * dayCount);
  const slotsOf: Int32Array[] = inspectors.map((inspector) => {
    if (!inspector.certified) return new Int32Array(0);
    const slots = [...new Set(inspector.qualifications)].flatMap((kind) => {
      const slot = slotOf.get(`${inspector.department}${UNIT_SEPARATOR}${kind}`);
      return slot === undefined ? [] : [slot];
    });
    return Int32Array.from(slots);
  });
  slotsOf.forEach((slots, n) => {
    for (let d = 0; d < dayCount; d++) {
      if (away[n * dayCount + d] === 1) continue;
      for (const slot of slots) freeHolding[slot * dayCount + d] = (freeHolding[slot * dayCount + d] as number) + 1;
    }
  });
  type PoolEntry = Pick<Need, 'pool' | 'covered' | 'whole' | 'slots'>;
  const pools = new Map<string, PoolEntry>();
  const poolOf = (department: DepartmentId, kinds: readonly string[]): PoolEntry => {
    const key = flat([department, ...kinds].join(UNIT_SEPARATOR));
    let entry = pools.get(key);
    if (entry === undefined) {
      const certified = certifiedOf.get(department) ?? [];
      const pool = Int32Array.from(certified.filter((n) => kinds.some((k) => (qualified[n] as ReadonlySet<string>).has(k))));
      entry = {
        pool,
        covered: new Set(kinds.filter((k) => pool.some((n) => (qualified[n] as ReadonlySet<string>).has(k)))),
        whole: pool.length === certified.length,
        slots: Int32Array.from(kinds, (k) => slotOf.get(`${department}${UNIT_SEPARATOR}${k}`) ?? -1),
      };
      pools.set(key, entry);
    }
    return entry;
  };

  /**
   * Whether a department can be staffed on day `d`, decided from the counts alone, or `undefined`
   * when only a walk can tell. The walk takes every eligible inspector (free that day, not
   * recused, in the pool) until the seats are filled, then every one holding a kind still
   * missing; so it succeeds exactly when the eligible are at least the seats and hold every kind
   * between them. Fewer free than seats, or a kind nobody free holds, fails whatever the pool; when
   * the pool is the whole department and nobody is recused, the counts are the eligible exactly.
   */
  const decided = (need: Need, d: number, recused: ReadonlySet<number> | undefined): boolean | undefined => {
    if ((free[(departmentIndex.get(need.department) as number) * dayCount + d] as number) < need.seats) return false;
    const { slots } = need;
    for (let q = 0; q < slots.length; q++) if ((freeHolding[(slots[q] as number) * dayCount + d] as number) === 0) return false;
    return need.whole && recused === undefined ? true : undefined;
  };

  /**
   * Walks a department's random order on day `d`, taking members until the seats are filled and
   * every kind is held; records the team and the skips when `record` is given. Returns whether
   * the department is staffed. Kinds still missing are a bit mask (an array past 31 kinds).
   */
  const walk = (need: Need, orderOf: (k: number) => LazyOrder, k: number, d: number, recused: ReadonlySet<number> | undefined, record: { team: TeamMember[]; skipped: SkippedInspector[]; picked: number[] } | undefined): boolean => {
    const { department, kinds, seats } = need;
    if ((free[(departmentIndex.get(department) as number) * dayCount + d] as number) < seats) return false;
    const order = orderOf(k);
    const wide = kinds.length > 31;
    const flags = wide ? kinds.map(() => true) : undefined;
    let mask = wide ? 0 : kinds.length === 31 ? 0x7fff_ffff : (1 << kinds.length) - 1;
    let missingCount = kinds.length;
    let members = 0;
    for (let position = 0; position < order.length && (members < seats || missingCount > 0); position++) {
      const n = order.at(position);
      const quals = qualified[n] as ReadonlySet<string>;
      const reason: SkippedInspector['reason'] | undefined = recused?.has(n) === true ? 'recused'
        : away[n * dayCount + d] === 1 ? 'unavailable'
          : (load[n * dayCount + d] as number) >= (inspectors[n] as Inspector).capacityPerDay ? 'at-capacity'
            : members >= seats && !holdsMissing(quals, kinds, mask, flags) ? 'not-needed' : undefined;
      if (reason === undefined) {
        members++;
        for (let q = 0; q < kinds.length; q++) {
          if (!quals.has(kinds[q] as string)) continue;
          if (wide && flags?.[q] === true) {
            flags[q] = false;
            missingCount--;
          } else if (!wide && (mask & (1 << q)) !== 0) {
            mask &= ~(1 << q);
            missingCount--;
          }
        }
        record?.team.push({ inspector: (inspectors[n] as Inspector).id, department, draw: position + 1 });
        record?.picked.push(n);
      } else {
        record?.skipped.push({ inspector: (inspectors[n] as Inspector).id, department, draw: position + 1, reason, rule: reason === 'recused' ? 'N2' : 'R19' });
      }
    }
    return members >= seats && missingCount === 0;
  };
  const streams = streamsOf(seed);
  const assignments: Assignment[] = [];
  const unplannable: Unplannable[] = [];
  for (const task of [...tasks].sort((a, b) => byText(a.id, b.id))) {
    const enterprise = lookup(task.enterprise) as Enterprise;
    const recused = recusals.get(task.enterprise);
    const teamSize = inspectionMode(enterprise, input.policy).teamSize;
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
    const needs: Need[] = present.map((department, i) => {
      const kinds = [...(kindsOf.get(department) as Set<string>)].sort(byText);
      return { department, kinds, seats: 1 + (i === 0 ? extra : 0), ...poolOf(department, kinds) };
    });
    const unplan = (u: Omit<Unplannable, 'task' | 'enterprise'>): void => {
      unplannable.push({ task: task.id, enterprise: task.enterprise, ...u });
    };
    const problem = needs.map((need) => feasibility(need, recused, qualified)).find((p) => p !== undefined);
    if (problem !== undefined) {
      unplan(problem);
      continue;
    }
    if (dayCount === 0) {
      unplan({ reason: 'no-working-day', rule: 'N3', message: `the window ${input.period.start} – ${input.period.end} has no working day` });
      continue;
    }
    const stream = (...purpose: string[]) => (): RandomGenerator => streams([STAFF_ALGORITHM, ...purpose].join(UNIT_SEPARATOR));
    // A department's order is made when a walk first needs it (a saturated department never does).
    const orders: (LazyOrder | undefined)[] = needs.map(() => undefined);
    const orderOf = (k: number): LazyOrder => (orders[k] ??= new LazyOrder((needs[k] as Need).pool, stream('inspectors', task.id, (needs[k] as Need).department)));
    const firstDay = uniformBelow(stream('date', task.id)(), dayCount);
    // Departments are tried on a date in the order of their last failure first: any order gives
    // the same answer (their inspectors are disjoint), this one fails fast on a saturated department.
    const tryOrder = needs.map((_, k) => k);
    const failures = new Array<number>(needs.length).fill(0);
    let date = -1;
    for (let attempt = 0; attempt < dayCount && date < 0; attempt++) {
      const d = (firstDay + attempt) % dayCount;
      let failed = -1;
      for (let t = 0; t < tryOrder.length && failed < 0; t++) {
        const k = tryOrder[t] as number;
        const need = needs[k] as Need;
        if (!(decided(need, d, recused) ?? walk(need, orderOf, k, d, recused, undefined))) failed = t;
      }
      if (failed < 0) date = d;
      else {
        const k = tryOrder[failed] as number;
        failures[k] = (failures[k] as number) + 1;
        tryOrder.splice(failed, 1);
        tryOrder.unshift(k);
      }
    }
    if (date >= 0) {
      const record = { team: [] as TeamMember[], skipped: [] as SkippedInspector[], picked: [] as number[] };
      needs.forEach((need, k) => walk(need, orderOf, k, date, recused, record));
      for (const n of record.picked) {
        const at = n * dayCount + date;
        load[at] = (load[at] as number) + 1;
        const slot = (departmentOf[n] as number) * dayCount + date;
        if (load[at] === (inspectors[n] as Inspector).capacityPerDay) {
          free[slot] = (free[slot] as number) - 1;
          for (const kind of slotsOf[n] as Int32Array) freeHolding[kind * dayCount + date] = (freeHolding[kind * dayCount + date] as number) - 1;
        }
      }
      assignments.push({ task: task.id, date: days[date] as IsoDate, team: record.team, skipped: record.skipped });
    } else {
      const worst = failures.indexOf(Math.max(...failures));
      const { department } = needs[worst] as Need;
      const tally = needs.map((need, k) => `${need.department} on ${failures[k]}`).filter((_, k) => (failures[k] as number) > 0).join(', ');
      unplan({ reason: 'no-available-date', rule: 'R19', department, message: `on each of the ${dayCount} working days of the window a department could not be staffed (${tally}): its inspectors were unavailable or at capacity` });
    }
  }
  return right({ algorithm: STAFF_ALGORITHM, workingDays: days, assignments, unplannable });
}

/** Why a department can never be staffed for a task, whatever the date, or `undefined`. */
function feasibility(need: Need, recused: ReadonlySet<number> | undefined, qualified: readonly ReadonlySet<string>[]): Omit<Unplannable, 'task' | 'enterprise'> | undefined {
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
