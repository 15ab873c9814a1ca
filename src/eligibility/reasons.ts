import type { RuleId } from '../model/rules.js';

/**
 * What happens to an enterprise in a batch. Every enterprise of the directory gets exactly one
 * (the "nothing lost" law): the counts of the statuses add up to the directory size.
 *
 * @example
 * ```ts
 * import type { EnterpriseStatus } from 'double-random';
 * const inspected = (s: EnterpriseStatus): boolean => s === 'drawn' || s === 'full-coverage';
 * ```
 * @category Draw
 * @since 0.1.0
 */
export type EnterpriseStatus =
  | 'drawn'
  | 'not-drawn'
  | 'recently-drawn'
  | 'exempt-same-year'
  | 'over-cap'
  | 'trigger-only'
  | 'full-coverage'
  | 'out-of-scope';

/**
 * Why an enterprise has its status, one code per rule that can decide it.
 *
 * @example
 * ```ts
 * import { REASONS, type ReasonCode } from 'double-random';
 * const code: ReasonCode = 'green-code';
 * console.log(REASONS[code].rule); // 'R10'
 * ```
 * @category Draw
 * @since 0.1.0
 */
export type ReasonCode =
  | 'drawn'
  | 'drawn-catch-up'
  | 'not-drawn'
  | 'recently-drawn'
  | 'same-year-joint-inspection'
  | 'over-cap'
  | 'green-code'
  | 'trust-exempt'
  | 'white-list'
  | 'class-a-trigger-only'
  | 'red-code'
  | 'black-list'
  | 'no-random-items'
  | 'no-joint-list'
  | 'outside-directed-draws';

/**
 * A reason: the status it leads to, the rule behind it and a sentence to show.
 *
 * @example
 * ```ts
 * import { REASONS, type Reason } from 'double-random';
 * const reason: Reason = REASONS['red-code'];
 * console.log(reason.status, reason.rule); // 'full-coverage' 'R10'
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface Reason {
  /** The status this reason gives. */
  readonly status: EnterpriseStatus;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** What it means, for an enterprise or an auditor. */
  readonly description: string;
}

/**
 * Every reason code with its status, rule and description.
 *
 * @example
 * ```ts
 * import { REASONS } from 'double-random';
 * console.log(REASONS['same-year-joint-inspection'].description);
 * ```
 * @category Draw
 * @since 0.1.0
 */
export const REASONS: Readonly<Record<ReasonCode, Reason>> = Object.freeze({
  drawn: { status: 'drawn', rule: 'R27', description: 'drawn at random: its ticket is among the smallest of its stratum' },
  'drawn-catch-up': { status: 'drawn', rule: 'R6', description: 'drawn by the last batch’s catch-up for an industry with nothing drawn this year' },
  'not-drawn': { status: 'not-drawn', rule: 'R5', description: 'eligible, but its ticket is not among the smallest of its stratum' },
  'recently-drawn': { status: 'recently-drawn', rule: 'R8', description: 'already drawn or jointly inspected this year, so drawn last, and not reached' },
  'same-year-joint-inspection': { status: 'exempt-same-year', rule: 'R20', description: 'had a joint or unified inspection of the same kinds this calendar year' },
  'over-cap': { status: 'over-cap', rule: 'N8', description: 'has reached every drawing department’s yearly cap on inspections' },
  'green-code': { status: 'trigger-only', rule: 'R10', description: 'green-coded: inspected only on complaint, referral or case lead' },
  'trust-exempt': { status: 'trigger-only', rule: 'R12', description: 'low-risk enterprise of a designated emerging industry, exempt by trust (守信免查)' },
  'white-list': { status: 'trigger-only', rule: 'R13', description: 'on the flexible-supervision white list' },
  'class-a-trigger-only': { status: 'trigger-only', rule: 'N5', description: 'class A: no proactive on-site check without a trigger' },
  'red-code': { status: 'full-coverage', rule: 'R10', description: 'red-coded: inspected in full coverage, never sampled' },
  'black-list': { status: 'full-coverage', rule: 'R14', description: 'on a black list, which the policy covers in full: inspected, never sampled' },
  'no-random-items': { status: 'out-of-scope', rule: 'R1', description: 'its industry’s inspection has no item in random scope' },
  'no-joint-list': { status: 'out-of-scope', rule: 'R16', description: 'no 一业一查 list covers its industry, and no single department may start a random task alone' },
  'outside-directed-draws': { status: 'out-of-scope', rule: 'N7', description: 'outside the population of every directed draw of the batch' },
});
