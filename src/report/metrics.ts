import * as z from 'zod';
import { schemaIssues } from '../input/schemas.js';
import { refusal, typeIssue } from '../internal/argumentIssues.js';
import { right } from '../internal/result.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';

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

/** The shape {@link jointShare} reads of each task: its departments (other fields are ignored). */
const tasksSchema = z.array(z.object({ departments: z.array(z.string()) }));

/** Why `target` is not `null` or a share in [0, 1], or `undefined`. */
function targetIssue(target: unknown): InputIssue | undefined {
  if (target === null) return undefined;
  if (typeof target !== 'number' || Number.isNaN(target)) return typeIssue(['target'], 'number', 'a share in [0, 1] or null', target, 'R7');
  if (target >= 0 && target <= 1) return undefined;
  const percentage = Number.isInteger(target) && target > 1 && target <= 100 ? `, not a percentage: ${target} % is ${target / 100}` : '';
  const base = { path: ['target'], at: '$.target', rule: 'R7', message: `expected a share in [0, 1]${percentage}, got ${target}` } as const;
  return target < 0 ? { ...base, code: 'schema/too_small', origin: 'number', minimum: 0, inclusive: true } : { ...base, code: 'schema/too_big', origin: 'number', maximum: 1, inclusive: true };
}

/**
 * Measures the joint share of tasks (R7: joint, multi-department tasks are at least 25 % of all
 * inspection tasks in Wuxi) and checks it against a target.
 *
 * @param tasks - Tasks, each with the departments taking part (joint tasks of {@link mergeTasks},
 *   planned tasks of {@link planPeriod}, or a platform's own records).
 * @param target - The target share in [0, 1], or `null` (the default) for none.
 * @returns `Right` with the counts, the share and whether the target is met; `Left` when `tasks`
 *   is not an array of objects with a `departments` list of strings, or `target` is neither `null`
 *   nor a share in [0, 1] (a percentage such as 25 is refused with a hint).
 * @example
 * ```ts
 * import { jointShare, wuxiPolicy } from 'double-random';
 *
 * const tasks = [{ departments: ['samr', 'health'] }, { departments: ['samr'] }, { departments: ['fire'] }];
 * const measured = jointShare(tasks, wuxiPolicy.jointShareTarget);
 * if (measured._tag === 'Right') console.log(measured.right); // { joint: 1, total: 3, share: 0.333…, target: 0.25, met: true }
 * ```
 * @category Metrics
 * @since 0.1.0
 */
export function jointShare(tasks: readonly { readonly departments: readonly string[] }[], target: number | null = null): Result<InputError, JointShare> {
  const issues = Array.isArray(tasks) ? schemaIssues(tasksSchema, tasks, ['tasks'], 'R7', true) : [typeIssue(['tasks'], 'array', 'an array of tasks, each with its departments', tasks, 'R7')];
  const badTarget = targetIssue(target);
  if (badTarget !== undefined) issues.push(badTarget);
  return refusal(issues) ?? right(jointShareUnchecked(tasks, target));
}

/** {@link jointShare} of tasks and a target already checked (the library's own callers). */
export function jointShareUnchecked(tasks: readonly { readonly departments: readonly string[] }[], target: number | null): JointShare {
  const joint = tasks.filter((t) => new Set(t.departments).size >= 2).length;
  const total = tasks.length;
  const share = total === 0 ? 0 : joint / total;
  return { joint, total, share, target, met: target === null ? null : share >= target };
}
