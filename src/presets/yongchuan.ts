import type { Policy } from '../model/types.js';
import { NATIONAL_RULES } from './nationalRules.js';

/**
 * Yongchuan district's policy (永川市监函〔2024〕48号), the library's worked example:
 * ≥ 4 % of enterprises a year in four quarterly batches of ≥ 1 % (R5), rounded to the nearest
 * enterprise (24 738 → 247 at 1 %), Q4 catch-up of 3 % and at least one enterprise for industries
 * with nothing drawn (R6), safety, environment, police and unlicensed items out of random
 * planning (R1), yellow-coded enterprises at twice the ratio (R10), teams of two (N1).
 *
 * @example
 * ```ts
 * import { yongchuanPolicy } from 'double-random';
 *
 * console.log(yongchuanPolicy.ratios.B / yongchuanPolicy.batchesPerYear); // 0.01
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const yongchuanPolicy: Policy = Object.freeze({
  ...NATIONAL_RULES,
  id: 'yongchuan-2024',
  batchesPerYear: 4,
  ratios: Object.freeze({ A: 0.04, B: 0.04, C: 0.04, D: 0.04, unrated: 0.04, yellow: 0.08 }),
  batchMinimumRatio: 0.01,
  rounding: 'nearest',
  minimumPerStratum: 0,
  catchUp: Object.freeze({ ratio: 0.03, minimum: 1 }),
  classATriggerOnly: false,
  jointShareTarget: null,
  singleDepartmentTasks: true,
  flyingItemShare: 1,
  blackList: null,
  nonSiteWhereSufficient: false,
  annualPlanDue: null,
  publicIdentity: 'names',
});
