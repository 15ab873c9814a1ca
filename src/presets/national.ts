import type { Policy } from '../model/types.js';
import { NATIONAL_RULES } from './nationalRules.js';

/**
 * A cautious national default built from the national rules: ratios rise from A to D (N5; the
 * values are Henan's 2021 example, A 1 %, B 2 %, C 10 %, D 30 %, since there is no national
 * table), class A is inspected only on a trigger (N5), rounding up so that no stratum falls short
 * of its ratio, R1 exclusions, the same-year exemption with its four exceptions (R20), teams of
 * at least two certified inspectors (N1), no frequency caps until a department sets them (N8).
 *
 * @example
 * ```ts
 * import { nationalPolicy } from 'double-random';
 *
 * console.log(nationalPolicy.ratios.D > nationalPolicy.ratios.A); // true
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const nationalPolicy: Policy = Object.freeze({
  ...NATIONAL_RULES,
  id: 'national-default',
  batchesPerYear: 4,
  ratios: Object.freeze({ A: 0.01, B: 0.02, C: 0.1, D: 0.3, unrated: 0.02, yellow: 0.1 }),
  batchMinimumRatio: 0,
  rounding: 'up',
  minimumPerStratum: 1,
  catchUp: null,
  classATriggerOnly: true,
  jointShareTarget: null,
  singleDepartmentTasks: true,
  flyingItemShare: 1,
  blackList: null,
  nonSiteWhereSufficient: false,
  annualPlanDue: null,
  publicIdentity: 'names',
});
