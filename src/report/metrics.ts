/**
 * The joint share of a set of tasks (R7): how many have two or more departments, out of all.
 * @example
 * ```ts
 * import type { JointShare } from 'double-random';
 * const line = (j: JointShare): string => `${(100 * j.share).toFixed(1)} % joint${j.met === false ? ' (below target)' : ''}`;
 * ```
 * @category Metrics
 * @since 0.1.0
 */
export interface JointShare {
  /** Tasks with two or more departments. */
  readonly joint: number;
  /** All tasks. */
  readonly total: number;
  /** `joint / total`, 0 when there is no task. */
  readonly share: number;
  /** The target share checked against (the policy's `jointShareTarget`), or `null`. */
  readonly target: number | null;
  /** Whether `share ≥ target`; `null` without a target. */
  readonly met: boolean | null;
}

/**
 * Measures the joint share of tasks (R7: joint, multi-department tasks are at least 25 % of all
 * inspection tasks in Wuxi) and checks it against a target.
 *
 * @param tasks - Tasks, each with the departments taking part (joint tasks of {@link mergeTasks},
 *   planned tasks of {@link planPeriod}, or a platform's own records).
 * @param target - The target share in [0, 1], or `null` (the default) for none.
 * @returns The counts, the share and whether the target is met.
 * @example
 * ```ts
 * import { jointShare, wuxiPolicy } from 'double-random';
 *
 * const tasks = [{ departments: ['samr', 'health'] }, { departments: ['samr'] }, { departments: ['fire'] }];
 * console.log(jointShare(tasks, wuxiPolicy.jointShareTarget)); // { joint: 1, total: 3, share: 0.333…, target: 0.25, met: true }
 * ```
 * @category Metrics
 * @since 0.1.0
 */
export function jointShare(tasks: readonly { readonly departments: readonly string[] }[], target: number | null = null): JointShare {
  if (target !== null && !(target >= 0 && target <= 1)) throw new RangeError(`jointShare: the target must be a share in [0, 1] or null, got ${target}`);
  const joint = tasks.filter((t) => new Set(t.departments).size >= 2).length;
  const total = tasks.length;
  const share = total === 0 ? 0 : joint / total;
  return { joint, total, share, target, met: target === null ? null : share >= target };
}
