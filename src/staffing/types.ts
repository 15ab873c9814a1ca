import type { WorkingDayOptions } from '../calendar/workingDays.js';
import type { IsoDate } from '../model/date.js';
import type { RuleId } from '../model/rules.js';
import type { DepartmentId, InspectorId } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';

/**
 * An inspector on a task's team (R19, N1), with the place at which the department's draw for the
 * task reached them (1 for the first name drawn).
 * @example
 * ```ts
 * import type { TeamMember } from 'double-random';
 * const line = (m: TeamMember): string => `${m.department}: ${m.inspector} (drawn #${m.draw})`;
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface TeamMember {
  /** The inspector. */
  readonly inspector: InspectorId;
  /** The inspector's department, one of the task's departments. */
  readonly department: DepartmentId;
  /** Place in the department's random order for the task, from 1. */
  readonly draw: number;
}

/**
 * Why a drawn inspector did not join the team:
 * - `recused`: a declared conflict of interest with the enterprise (N2);
 * - `unavailable`: the inspector is unavailable on the task's date (R19);
 * - `at-capacity`: the inspector already has their day's capacity of tasks on that date (R19);
 * - `not-needed`: the department's seats were filled and the inspector holds none of the
 *   qualifications still missing (R19).
 * @example
 * ```ts
 * import type { SkipReason } from 'double-random';
 * const replaced = (r: SkipReason): boolean => r !== 'not-needed';
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export type SkipReason = 'recused' | 'unavailable' | 'at-capacity' | 'not-needed';

/**
 * A drawn inspector who was passed over, recorded so that a notary sees why the next name was
 * taken (R19, N2).
 * @example
 * ```ts
 * import type { SkippedInspector } from 'double-random';
 * const line = (s: SkippedInspector): string => `#${s.draw} ${s.inspector} skipped: ${s.reason} (${s.rule})`;
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface SkippedInspector {
  /** The inspector. */
  readonly inspector: InspectorId;
  /** The inspector's department. */
  readonly department: DepartmentId;
  /** Place in the department's random order for the task, from 1. */
  readonly draw: number;
  /** Why the inspector was passed over. */
  readonly reason: SkipReason;
  /** The rule behind the reason. */
  readonly rule: RuleId;
}

/**
 * A staffed task: its date and team (the second random, R19).
 * @example
 * ```ts
 * import type { Assignment } from 'double-random';
 * const size = (a: Assignment): number => a.team.length;
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface Assignment {
  /** The joint task's id. */
  readonly task: string;
  /** The working day of the visit, inside the batch window. */
  readonly date: IsoDate;
  /** The team, by department (the task's order, lead first), then by draw. */
  readonly team: readonly TeamMember[];
  /** Inspectors drawn before the team was complete but passed over, in the order drawn. */
  readonly skipped: readonly SkippedInspector[];
}

/**
 * Why a task could not be staffed:
 * - `no-qualified-inspector`: the department has no certified inspector qualified for one of its
 *   kinds of check in the task (R19, N1);
 * - `all-recused`: every qualified inspector of the department has a conflict with the
 *   enterprise (N2);
 * - `too-few-inspectors`: fewer non-recused qualified inspectors than the department's seats (N1);
 * - `no-working-day`: the batch window has no working day (N3);
 * - `no-available-date`: on every working day of the window, some department could not be
 *   staffed because of unavailability or capacity (R19).
 * @example
 * ```ts
 * import type { UnplannableReason } from 'double-random';
 * const fixable = (r: UnplannableReason): boolean => r === 'no-available-date';
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export type UnplannableReason = 'no-qualified-inspector' | 'all-recused' | 'too-few-inspectors' | 'no-working-day' | 'no-available-date';

/**
 * What every {@link Unplannable} has: the task, its enterprise, the rule and a sentence.
 * @example
 * ```ts
 * import type { UnplannableBase } from 'double-random';
 * const line = (u: UnplannableBase): string => `${u.task} (${u.rule}): ${u.message}`;
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface UnplannableBase {
  /** The joint task's id. */
  readonly task: string;
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** The rule behind the reason. */
  readonly rule: RuleId;
  /** A sentence for people. */
  readonly message: string;
}

/**
 * A task that could not be staffed, reported with the precise reason, never dropped (R19): a union
 * discriminated by `reason`, whose fields follow it. Every reason but `no-working-day` names the
 * `department` that could not be staffed (for `no-available-date`, the one that failed on most
 * days); `no-qualified-inspector` also names the `kind` of check nobody is qualified for.
 * @example
 * ```ts
 * import type { Unplannable } from 'double-random';
 * const line = (u: Unplannable): string =>
 *   u.reason === 'no-working-day' ? `${u.task}: no working day` : `${u.task}: ${u.reason} in ${u.department} (${u.rule})`;
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export type Unplannable =
  | (UnplannableBase & {
      /** No certified, non-recused inspector of `department` is qualified for `kind`. */
      readonly reason: 'no-qualified-inspector';
      /** R19. */
      readonly rule: 'R19';
      /** The department that could not be staffed. */
      readonly department: DepartmentId;
      /** The kind of check nobody is qualified for. */
      readonly kind: string;
    })
  | (UnplannableBase & {
      /** Every qualified inspector of `department` declared a conflict with the enterprise. */
      readonly reason: 'all-recused';
      /** N2. */
      readonly rule: 'N2';
      /** The department that could not be staffed. */
      readonly department: DepartmentId;
    })
  | (UnplannableBase & {
      /** `department` has fewer free, qualified inspectors than the team needs. */
      readonly reason: 'too-few-inspectors';
      /** N1. */
      readonly rule: 'N1';
      /** The department that could not be staffed. */
      readonly department: DepartmentId;
    })
  | (UnplannableBase & {
      /** On every working day some department was unavailable or at capacity. */
      readonly reason: 'no-available-date';
      /** R19. */
      readonly rule: 'R19';
      /** The department that failed on most days. */
      readonly department: DepartmentId;
    })
  | (UnplannableBase & {
      /** The batch window has no working day. */
      readonly reason: 'no-working-day';
      /** N3. */
      readonly rule: 'N3';
    });

/**
 * The result of {@link staffTasks}: every task is in exactly one of the two lists.
 * @example
 * ```ts
 * import type { Staffing } from 'double-random';
 * const staffedShare = (s: Staffing): number => s.assignments.length / (s.assignments.length + s.unplannable.length);
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface Staffing {
  /** The id of the staffing algorithm, recorded so a replay uses the same one. */
  readonly algorithm: string;
  /** The working days of the window, in order: the dates a task could get. */
  readonly workingDays: readonly IsoDate[];
  /** Staffed tasks, by task id. */
  readonly assignments: readonly Assignment[];
  /** Tasks that could not be staffed, by task id. */
  readonly unplannable: readonly Unplannable[];
}

/**
 * Options of {@link staffTasks}.
 * @example
 * ```ts
 * import type { StaffingOptions } from 'double-random';
 * const options: StaffingOptions = { seed: '2024-Q1 notarised 58213', calendar: { fallback: 'weekends' } };
 * ```
 * @category Staffing
 * @since 0.1.0
 */
export interface StaffingOptions {
  /** The public seed string of the batch. Never a number. */
  readonly seed: string;
  /** The working-day calendar for the window (N3); default {@link CHINA_HOLIDAYS}, errors on unknown years. */
  readonly calendar?: WorkingDayOptions;
}
