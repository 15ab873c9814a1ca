/**
 * A stage of a long computation: `parse` (the directory's rows), `read` (this year's history and
 * the rows' fields), `classify` (every enterprise's eligibility and strata), `select` (each draw's
 * quotas and draw), `settle` (every enterprise's outcome), `digest` (the input digest), `merge`,
 * `staff` (the plan's visits) and `compare` (a verification's comparison).
 *
 * @example
 * ```ts
 * import type { ProgressStage } from 'double-random';
 * const slow: ProgressStage = 'classify';
 * ```
 * @category Progress
 * @since 0.1.0
 */
export type ProgressStage = 'parse' | 'read' | 'classify' | 'select' | 'settle' | 'digest' | 'merge' | 'staff' | 'compare';

/**
 * How far a long computation is: `done` of `total` units (rows, draws or tasks) of `stage`. Each
 * stage reports `done: 0` when it starts and `done: total` when it ends, and in between every
 * 65 536 rows of the directory.
 *
 * @example
 * ```ts
 * import type { Progress } from 'double-random';
 * const percent = (p: Progress): number => (p.total === 0 ? 100 : Math.floor((100 * p.done) / p.total));
 * ```
 * @category Progress
 * @since 0.1.0
 */
export interface Progress {
  /** What is being done. */
  readonly stage: ProgressStage;
  /** Units done so far. */
  readonly done: number;
  /** Units in the stage. */
  readonly total: number;
}

/**
 * A progress callback, given in the options of `parsePlanningInput`, `planDraw`, `planPeriod`,
 * `verifyDraw` and `verifyPlan`. It is called synchronously; what it does (a progress bar, a log
 * line) is the caller's affair. It cannot change the result: if it throws, it is not called again
 * and the computation goes on.
 *
 * @example
 * ```ts
 * import type { OnProgress } from 'double-random';
 * const log: OnProgress = ({ stage, done, total }) => console.error(`${stage} ${done}/${total}`);
 * ```
 * @category Progress
 * @since 0.1.0
 */
export type OnProgress = (progress: Progress) => void;
