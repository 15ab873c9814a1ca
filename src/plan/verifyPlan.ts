import type { WorkingDayOptions } from '../calendar/workingDays.js';
import type { PlanningInput } from '../model/types.js';
import type { DepartmentTask } from '../merge/types.js';
import { compareValues, Differences, isObject, pathText } from './compare.js';
import type { DrawSpec } from '../model/draws.js';
import { planPeriod } from './planPeriod.js';
import { checkVerifyOptions, type DrawDifference } from './verifyDraw.js';
import type { OnProgress } from '../model/progress.js';

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
  /**
   * What the verdict took on trust rather than checked: `record.triggered` when no registered
   * triggered tasks were passed in `options.triggered` (the plan's own were replayed, so invented or
   * removed complaints would go unseen, and they can change the dates and teams of other visits).
   */
  readonly unchecked: readonly string[];
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
  /** The seed read out at the public draw (R27). Required: a plan is only ever checked against it. */
  readonly seed: string;
  /**
   * The visit secret the plan was made with (`PlanOptions.secret`, R26), once it is published
   * after the visits; required for a plan whose `record.secretDigest` is not `null`.
   */
  readonly secret?: string;
  /**
   * The draws announced for the batch (directed draws, N7; their order and the order of their
   * lists do not matter); by default {@link defaultDraws} of the input, as {@link planPeriod}
   * uses when given none.
   */
  readonly draws?: readonly DrawSpec[];
  /**
   * The triggered tasks of the batch as the platform registered them (complaints, referrals, case
   * leads, campaigns; never `random`). When given, the plan is replayed with them and a plan
   * recording others is rejected at `record.triggered`; when omitted, the plan's own
   * `record.triggered` are replayed and the verdict lists them in `unchecked`.
   */
  readonly triggered?: readonly DepartmentTask[];
  /** At most this many differences are listed: a positive integer, default 1 000. */
  readonly limit?: number;
  /** Called as the replay goes (the stages of {@link planPeriod}, then `compare`); see {@link OnProgress}. */
  readonly onProgress?: OnProgress;
}

/** Fields a replay does not reproduce on purpose, or compares first: the maker's library version, the seed. */
const SKIP = new Set(['draw.record.library', 'draw.record.seed']);

/**
 * Replays a plan from its input and the seed announced at the ceremony, and lists every
 * difference (R27): the draw (seed, input digest, strata, targets, statuses), the merge, the modes,
 * the dates, the teams and skips, the unplannable tasks, the dropped pairs and the metrics. A plan
 * whose seed, input, task, date, team member or any other field was altered after planning does
 * not verify.
 *
 * The plan is compared **by value** with the replay, field by field, whatever the order of its
 * keys and after any JSON round trip; a missing or unknown field, or a value of the wrong type, is
 * a difference with its path (such as `tasks[3].team[1].inspector`). The seed is the announced
 * one (a plan recording another is reported at `draw.record.seed`, first); the draws are the
 * announced ones, by default {@link defaultDraws} of the input; the triggered tasks are those the
 * plan records (`record.triggered`), since they are inputs of the batch rather than of the draw;
 * the calendar is passed again in `options` (its working days in the window are in the record and
 * compared). Only `draw.record.library`, the version of the library that made the plan, is not
 * compared beyond being a string. Verification never throws: any value passed as a plan gives a
 * verdict.
 *
 * @param plan - The plan, as {@link planPeriod} returned it or as stored (any JSON value is accepted and checked).
 * @param input - The planning input the plan claims to come from.
 * @param options - The announced seed and draws, the calendar, and how many differences to list.
 * @returns Whether the plan verifies and, if not, each difference with expected and found values.
 * @example
 * ```ts
 * import { planPeriod, verifyPlan } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 3_000, seed: 'verify' });
 * const result = planPeriod(input, { seed: 'verify-2024-Q1' });
 * if (result._tag === 'Right') {
 *   console.log(verifyPlan(result.right, input, { seed: 'verify-2024-Q1' }).valid); // true
 *   const stored = JSON.parse(JSON.stringify(result.right));
 *   stored.tasks[0].date = '2024-01-02';
 *   console.log(verifyPlan(stored, input, { seed: 'verify-2024-Q1' }).differences[0]?.path); // 'tasks[0].date'
 * }
 * ```
 * @category Plan
 * @since 0.1.0
 */
export function verifyPlan(plan: unknown, input: PlanningInput, options: VerifyPlanOptions): PlanVerification {
  const checked = checkVerifyOptions(options, ['seed', 'secret', 'draws', 'triggered', 'calendar', 'limit', 'onProgress']);
  if (checked.problem !== undefined) return { valid: false, differences: [checked.problem], truncated: false, unchecked: [] };
  const { onProgress } = checked;
  const out = new Differences(checked.limit);
  const { seed, draws, calendar, triggered: announced, secret } = options;
  const unchecked = announced === undefined ? ['record.triggered'] : [];
  const verdict = (): PlanVerification => ({ ...out.verdict(), unchecked });
  if (!isObject(plan)) {
    out.add('(plan)', 'a plan object', plan);
    return verdict();
  }
  const drawRecord = isObject(plan['draw']) && isObject(plan['draw']['record']) ? plan['draw']['record'] : {};
  if (drawRecord['seed'] !== seed) out.add('draw.record.seed', seed, drawRecord['seed']);
  if (typeof drawRecord['library'] !== 'string') out.add('draw.record.library', 'the version of the library that made it (a string)', drawRecord['library']);
  const secretDigest = isObject(plan['record']) ? plan['record']['secretDigest'] : undefined;
  if (typeof secretDigest === 'string' && secret === undefined) {
    out.add('options.secret', 'the visit secret the plan was made with (its record has a secretDigest): its unannounced visits cannot be replayed without it', undefined);
    return verdict();
  }
  // Triggered tasks: the registered ones when given (the plan's are then compared), else the plan's
  // own; the replay checks their shape and references, and its issues are reported where they lie.
  const recorded = isObject(plan['record']) ? plan['record']['triggered'] : [];
  const replay = planPeriod(input, {
    seed,
    ...(secret === undefined ? {} : { secret }),
    triggered: (announced ?? recorded) as readonly DepartmentTask[],
    ...(draws === undefined ? {} : { draws }),
    ...(calendar === undefined ? {} : { calendar }),
    ...(onProgress === undefined ? {} : { onProgress }),
  });
  if (replay._tag === 'Left') {
    for (const issue of replay.left.issues) {
      const [root, option, ...rest] = issue.path;
      const recordedTrigger = root === 'options' && option === 'triggered' && announced === undefined;
      out.add(recordedTrigger ? pathText(['record', 'triggered', ...rest]) : pathText(issue.path), 'a valid input', issue.message);
    }
    return verdict();
  }
  onProgress?.({ stage: 'compare', done: 0, total: 1 });
  compareValues(replay.right, plan, '', out, SKIP);
  onProgress?.({ stage: 'compare', done: 1, total: 1 });
  return verdict();
}
