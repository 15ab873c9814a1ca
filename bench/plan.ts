import type { DepartmentId, DepartmentTask, Inspector, InspectorId, PlanMetrics, PlanningInput } from '../src/index.js';
import { lib, testing } from './lib.js';
import { time } from './timing.js';

const { mergeTasks, planDraw, planPeriod, staffTasks, tasksFromDraw } = lib;
const { generateDirectory } = testing;

const SEED = 'bench-2024-Q1';
const DEPARTMENTS = 40;
const INSPECTORS = 10_000;

export interface PlanFigures {
  readonly n: number;
  readonly drawMs: number;
  readonly planMs: number;
  readonly tasksMs: number;
  readonly mergeMs: number;
  readonly staffMs: number;
  readonly departmentTasks: number;
  readonly visits: number;
  readonly staffed: number;
  readonly unplannable: number;
}

/**
 * The full plan's input for `n` enterprises, as hard as a user's (#25): `generateDirectory` with a
 * year's history (batch 3, the earlier batches' records) and 40 departments, through the JSON round
 * trip an export makes at 10⁶ and below (10⁷ stays as objects: its JSON text would pass the
 * engine's longest string), and 10 000 inspectors shared among departments in proportion to the
 * department tasks of a draw, as a district staffs its busier departments more; each is certified
 * and qualified for the department's kinds, one inspection a day.
 */
export function fullPlanInput(n: number): PlanningInput {
  const made = generateDirectory({ size: n, seed: 'bench', year: 2024, batch: 3, departments: DEPARTMENTS, inspectorsPerDepartment: 1 });
  const first = planDraw(made, { seed: SEED });
  if (first._tag !== 'Right') throw new Error('planDraw failed');
  const drafted = tasksFromDraw(made, first.right);
  if (drafted._tag !== 'Right') throw new Error('tasksFromDraw failed');
  const input: PlanningInput = { ...made, inspectors: staffFor(made, drafted.right.map((t) => t.department)) };
  return n <= 1_000_000 ? (JSON.parse(JSON.stringify(input)) as PlanningInput) : input;
}

/**
 * The full plan for `n` enterprises on {@link fullPlanInput}: `planDraw` alone, then `planPeriod`
 * (draw, tasks, merge, modes, staffing, metrics), so that `planPeriod − planDraw` is what the
 * stages after the draw cost together. Each public stage is also timed alone (each then finds its
 * enterprises with its own pass over the directory, which `planPeriod` shares).
 */
export function benchPlan(n: number): PlanFigures {
  const input = fullPlanInput(n);

  let draw: ReturnType<typeof planDraw> | undefined;
  const drawMs = time(() => {
    draw = planDraw(input, { seed: SEED });
  });
  if (draw?._tag !== 'Right') throw new Error('planDraw failed');
  const plan = draw.right;
  // Only the metrics are kept, so the plan itself can be collected before the stages run alone.
  let metrics: PlanMetrics | undefined;
  const planMs = time(() => {
    const full = planPeriod(input, { seed: SEED });
    if (full._tag === 'Right') metrics = full.right.metrics;
  });
  if (metrics === undefined) throw new Error('planPeriod failed');

  let tasks: ReturnType<typeof tasksFromDraw> | undefined;
  const tasksMs = time(() => {
    tasks = tasksFromDraw(input, plan);
  });
  if (tasks?._tag !== 'Right') throw new Error('tasksFromDraw failed');
  const departmentTasks: readonly DepartmentTask[] = tasks.right;
  let merged: ReturnType<typeof mergeTasks> | undefined;
  const mergeMs = time(() => {
    merged = mergeTasks(input, departmentTasks);
  });
  if (merged?._tag !== 'Right') throw new Error('mergeTasks failed');
  const joint = merged.right.joint;
  let staffing: ReturnType<typeof staffTasks> | undefined;
  const staffMs = time(() => {
    staffing = staffTasks(input, joint, { seed: SEED });
  });
  if (staffing?._tag !== 'Right') throw new Error('staffTasks failed');
  return {
    n, drawMs, planMs, tasksMs, mergeMs, staffMs,
    departmentTasks: metrics.departmentTasks, visits: metrics.visits, staffed: metrics.planned, unplannable: metrics.unplannable,
  };
}

/** 10 000 inspectors shared by departments in proportion to their tasks (at least 2 each). */
function staffFor(input: PlanningInput, departmentsOfTasks: readonly string[]): Inspector[] {
  const demand = new Map<string, number>(input.departments.map((d) => [d.id, 0]));
  for (const d of departmentsOfTasks) demand.set(d, (demand.get(d) ?? 0) + 1);
  const total = departmentsOfTasks.length;
  const inspectors: Inspector[] = [];
  for (const [department, tasks] of demand) {
    const kinds = [...new Set(input.items.filter((i) => i.department === department).map((i) => i.kind))];
    const count = Math.max(2, Math.round((INSPECTORS - 2 * DEPARTMENTS) * (total === 0 ? 1 / DEPARTMENTS : tasks / total)));
    for (let k = 1; k <= count; k++) {
      inspectors.push({
        id: `${department}-${String(k).padStart(4, '0')}` as InspectorId, name: `${department} ${k}`, department: department as DepartmentId,
        certified: true, qualifications: kinds, unavailable: [], capacityPerDay: 1, conflicts: [],
      });
    }
  }
  return inspectors;
}
