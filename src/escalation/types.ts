import type { IsoDate } from '../model/date.js';
import type { RuleId } from '../model/rules.js';
import type { DepartmentId, InspectionReason } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';

/**
 * How serious a violation is (R21; 000 §二(七)): a minor first offence, a general one, or a serious
 * one.
 * @example
 * ```ts
 * import type { Severity } from 'double-random';
 * const flexibleAtAll = (s: Severity): boolean => s !== 'serious';
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export type Severity = 'minor-first' | 'general' | 'serious';

/**
 * The finding for one item of the task: compliant, or a violation with its severity and spread.
 * @example
 * ```ts
 * import type { Finding } from 'double-random';
 * const finding: Finding = { item: 'samr/food-safety', outcome: 'violation', severity: 'general', spread: 'single' };
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export type Finding =
  | {
      /** The item (an item id of the task). */
      readonly item: string;
      /** Nothing wrong. */
      readonly outcome: 'compliant';
    }
  | {
      /** The item (an item id of the task). */
      readonly item: string;
      /** Something wrong. */
      readonly outcome: 'violation';
      /** How serious (R21). */
      readonly severity: Severity;
      /** A single enterprise's problem, or an industry-wide or regional one (R21). */
      readonly spread: 'single' | 'industry-wide' | 'regional';
    };

/**
 * A laboratory or test result of a joint inspection, adopted by every department (R17).
 * @example
 * ```ts
 * import type { LabResult } from 'double-random';
 * const lab: LabResult = { item: 'samr/food-safety', summary: 'sample conforms to GB 2762' };
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export interface LabResult {
  /** The item it belongs to. */
  readonly item: string;
  /** What it showed. */
  readonly summary: string;
}

/**
 * What an inspection found, as the platform records it after the visit (R21–R24).
 * @example
 * ```ts
 * import type { InspectionResult } from 'double-random';
 * const nothingFound = (r: InspectionResult): boolean => r.findings.every((f) => f.outcome === 'compliant');
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export interface InspectionResult {
  /** The enterprise inspected. */
  readonly enterprise: Uscc;
  /** Date of the inspection. */
  readonly date: IsoDate;
  /** Why it took place: a random draw, or a trigger (R24). */
  readonly reason: InspectionReason;
  /** The lead department (R16). */
  readonly lead: DepartmentId;
  /** Every department that took part, the lead included. */
  readonly departments: readonly DepartmentId[];
  /** One finding per item checked: at least one for an operating enterprise, none when it was unreachable (R22). */
  readonly findings: readonly Finding[];
  /** Whether the enterprise operates, does not but is reachable, or is unreachable at its address (R22). */
  readonly contact: 'operating' | 'not-operating' | 'unreachable';
  /** A major hazard was found (R21). */
  readonly majorHazard: boolean;
  /** Laboratory or test results, adopted by every department of a joint inspection (R17). */
  readonly labResults: readonly LabResult[];
  /**
   * The publicity system's category of the result (R23), where the platform states it: needed for
   * those the findings alone do not determine (`problem-corrected`, `not-disclosed`,
   * `false-disclosure`, `refused`, `deregistered`); checked against the findings, the contact and
   * the major hazard, and refused where it contradicts them (docs/publication.md). Absent: the
   * category the result determines.
   */
  readonly publicity?: PublicityOutcome | undefined;
}

/**
 * A result as the national enterprise credit information publicity system words it (R23), one of
 * its nine categories (see {@link PUBLICITY_WORDING}): nothing found; a problem found and its
 * correction ordered and done on the spot; a problem found whose follow-up (penalty or flexible
 * enforcement) is decided later; information that had to be disclosed and was not; disclosed
 * information that hides the truth or is false; unreachable at the registered address (R22, N9);
 * no business activity of the inspection's kind (not operating, R22); refusal to cooperate, in a
 * serious case; deregistered or licence revoked.
 * @example
 * ```ts
 * import { PUBLICITY_WORDING, type PublicityOutcome } from 'double-random';
 * const text = (o: PublicityOutcome): string => PUBLICITY_WORDING[o];
 * ```
 * @category Publication
 * @since 0.1.0
 */
export type PublicityOutcome =
  | 'no-problem' | 'problem-corrected' | 'problem-follow-up' | 'not-disclosed' | 'false-disclosure'
  | 'unreachable' | 'no-activity' | 'refused' | 'deregistered';

/**
 * The kinds of action an inspection result leads to.
 * @example
 * ```ts
 * import type { ActionKind } from 'double-random';
 * const hasDeadline = (k: ActionKind): boolean => k === 'publish' || k === 'file-with-district-bureau';
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export type ActionKind =
  | 'archive'
  | 'penalty-procedure'
  | 'flexible-enforcement'
  | 'report-to-government'
  | 'notify-departments'
  | 'abnormal-operation-listing'
  | 'support-resumption'
  | 'rating-referral'
  | 'adopt-lab-results'
  | 'credit-record'
  | 'publish'
  | 'file-with-district-bureau';

/**
 * One thing to do after an inspection, with the rule behind it and, where one applies, its
 * deadline in working days.
 * @example
 * ```ts
 * import type { Action } from 'double-random';
 * const line = (a: Action): string => `${a.kind} (${a.rule})${a.due ? ` by ${a.due}` : ''}`;
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export interface Action {
  /** What to do. */
  readonly kind: ActionKind;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** The department that does it. */
  readonly department: DepartmentId;
  /** What it means, in a sentence. */
  readonly description: string;
  /** The items it concerns, when it concerns some. */
  readonly items?: readonly string[];
  /** For flexible enforcement: no penalty, a reduced or a lighter one (000 §二(七)). */
  readonly mode?: 'no-penalty' | 'reduced' | 'lighter';
  /** Departments to notify or that adopt results. */
  readonly recipients?: readonly DepartmentId[];
  /** Due date, when a deadline applies. */
  readonly due?: IsoDate;
  /** The deadline in working days after the inspection (N3). */
  readonly workingDays?: number;
}
