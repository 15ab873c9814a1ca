import type { WorkingDayOptions } from '../calendar/workingDays.js';
import type { PlanningInput } from '../model/types.js';
import { TARGET_ALGORITHM } from '../random/tickets.js';
import { STAFF_ALGORITHM } from '../staffing/staffTasks.js';
import { planPeriod } from './planPeriod.js';
import type { Plan } from './types.js';
import type { DrawDifference } from './verifyDraw.js';
import { canonicalDraws, type DrawSpec } from './draws.js';

/**
 * The outcome of {@link verifyPlan}.
 * @example
 * ```ts
 * import type { PlanVerification } from 'double-random';
 * const report = (v: PlanVerification): string[] => v.differences.map((d) => `${d.path}: expected ${d.expected}, found ${d.found}`);
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface PlanVerification {
  /** Whether the replay matches the plan in every field. */
  readonly valid: boolean;
  /** Every difference found (paths such as `tasks[3].team[1].inspector`), up to the limit. */
  readonly differences: readonly DrawDifference[];
  /** Whether more differences exist than are listed. */
  readonly truncated: boolean;
}

/**
 * Options of {@link verifyPlan}.
 * @example
 * ```ts
 * import type { VerifyPlanOptions } from 'double-random';
 * const options: VerifyPlanOptions = { seed: '2024-Q2 公证 7 3 9 1 4 0', calendar: { fallback: 'weekends' }, limit: 20 };
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface VerifyPlanOptions {
  /** The calendar the plan was made with (N3); default {@link CHINA_HOLIDAYS}. */
  readonly calendar?: WorkingDayOptions;
  /**
   * The seed announced at the public draw. When given, a plan recording another seed is rejected;
   * without it, a plan whose content does not depend on its seed (nothing drawn) verifies under any seed.
   */
  readonly seed?: string;
  /**
   * The draws announced for the batch (their order and the order of their lists do not matter).
   * When given, a plan recording other draws is rejected; without it, the recorded draws are
   * replayed as they are.
   */
  readonly draws?: readonly DrawSpec[];
  /** At most this many differences are listed (default 1 000). */
  readonly limit?: number;
}

const show = (value: unknown): string => {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
};

/** Fields a replay does not reproduce on purpose: the library version of the plan's maker. */
const IGNORED = new Set(['draw.record.library']);

function compare(expected: unknown, found: unknown, path: string, out: DrawDifference[], limit: number): void {
  if (out.length > limit || IGNORED.has(path)) return;
  if (typeof expected === 'function') return;
  if (Object.is(expected, found)) return;
  if (Array.isArray(expected) && Array.isArray(found)) {
    if (expected.length !== found.length) out.push({ path: `${path}.length`, expected: String(expected.length), found: String(found.length) });
    for (let i = 0; i < Math.min(expected.length, found.length); i++) compare(expected[i], found[i], `${path}[${i}]`, out, limit);
    return;
  }
  if (expected !== null && found !== null && typeof expected === 'object' && typeof found === 'object' && !Array.isArray(expected) && !Array.isArray(found)) {
    const e = expected as Record<string, unknown>;
    const f = found as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(e), ...Object.keys(f)])].sort();
    for (const key of keys) compare(e[key], f[key], path === '' ? key : `${path}.${key}`, out, limit);
    return;
  }
  out.push({ path: path === '' ? '(plan)' : path, expected: show(expected), found: show(found) });
}

/**
 * Replays a plan from its input and lists every difference (R27): the draw (seed, input digest,
 * strata, targets, statuses), the merge, the modes, the dates, the teams and skips, the
 * unplannable tasks, the dropped pairs and the metrics. A plan whose seed, input, task, date,
 * team member or any other field was altered after planning does not verify.
 *
 * The replay uses the plan's draw record (its seed and draws) and its record (its triggered
 * tasks); the calendar is passed again in `options` (its working days in the window are in the
 * record and compared). The version of the library that made the plan is not compared, so a
 * plan made by an earlier version with the same algorithm ids still verifies.
 *
 * @param plan - The plan, as {@link planPeriod} returned it or after a JSON round trip.
 * @param input - The planning input the plan claims to come from.
 * @param options - The announced seed, the calendar, and how many differences to list.
 * @returns Whether the plan verifies and, if not, each difference with expected and found values.
 * @example
 * ```ts
 * import { planPeriod, verifyPlan } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 3_000, seed: 'verify' });
 * const result = planPeriod(input, { seed: 'verify-2024-Q1' });
 * if (result._tag === 'Right') {
 *   console.log(verifyPlan(result.right, input).valid); // true
 *   const forged = { ...result.right, draw: { ...result.right.draw, record: { ...result.right.draw.record, seed: 'another seed' } } };
 *   console.log(verifyPlan(forged, input).valid); // false
 * }
 * ```
 * @category Plan
 * @since 0.1.0
 */
export function verifyPlan(plan: Plan, input: PlanningInput, options: VerifyPlanOptions = {}): PlanVerification {
  const limit = options.limit ?? 1000;
  const differences: DrawDifference[] = [];
  const { record } = plan;
  const drawn = plan.draw.record;
  if (drawn.algorithm !== TARGET_ALGORITHM) differences.push({ path: 'draw.record.algorithm', expected: TARGET_ALGORITHM, found: show(drawn.algorithm) });
  if (options.seed !== undefined && drawn.seed !== options.seed) differences.push({ path: 'draw.record.seed', expected: options.seed, found: show(drawn.seed) });
  if (options.draws !== undefined) {
    const announced = canonicalDraws(options.draws);
    if (announced !== canonicalDraws(drawn.draws)) differences.push({ path: 'draw.record.draws', expected: show(announced), found: show(canonicalDraws(drawn.draws)) });
  }
  if (record.staffing !== STAFF_ALGORITHM) differences.push({ path: 'record.staffing', expected: STAFF_ALGORITHM, found: show(record.staffing) });
  if (differences.length > 0) return { valid: false, differences, truncated: false };
  let replay: ReturnType<typeof planPeriod>;
  try {
    replay = planPeriod(input, {
      seed: drawn.seed,
      draws: drawn.draws,
      triggered: record.triggered,
      ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    });
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { valid: false, differences: [{ path: 'draw.record.seed', expected: 'a usable seed string', found: error.message }], truncated: false };
  }
  if (replay._tag === 'Left') {
    return { valid: false, differences: replay.left.issues.map((i) => ({ path: i.at.startsWith('$.triggered') ? `record${i.at.slice(1)}` : `draw.record${i.at.slice(1)}`, expected: 'a valid input', found: i.message })), truncated: false };
  }
  compare(replay.right, plan, '', differences, limit);
  const truncated = differences.length > limit;
  return { valid: differences.length === 0, differences: differences.slice(0, limit), truncated };
}
