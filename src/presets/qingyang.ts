import type { Policy } from '../model/types.js';
import { nationalPolicy } from './national.js';

/**
 * Qingyang county's "一业一查" policy (2022): every industry is inspected through its joint list,
 * led by the list's lead department, and a single department does not start a random task alone
 * (R16): so `singleDepartmentTasks` is false and only the joint lists draw. Low-risk, good-credit
 * enterprises get lower ratios and frequency (R11), and low-risk enterprises of the emerging
 * industries are exempt by trust (R12). Qingyang publishes no ratios, so these are the national
 * defaults (N5).
 *
 * @example
 * ```ts
 * import { defaultDraws, qingyangPolicy } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 100, seed: 'qingyang', policy: qingyangPolicy });
 * const draws = defaultDraws(input);
 * if (draws._tag === 'Right') console.log(draws.right.some((d) => d.id === 'general')); // false
 * ```
 * @category Policy
 * @since 0.1.0
 */
export const qingyangPolicy: Policy = Object.freeze({
  ...nationalPolicy,
  id: 'qingyang-2022',
  singleDepartmentTasks: false,
  flyingItemShare: 1,
  blackList: null,
  nonSiteWhereSufficient: false,
  // Lists and the annual plan by the end of April (001 §三, R25).
  annualPlanDue: '04-30',
  publicIdentity: 'names',
});
