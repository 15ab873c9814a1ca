import type { IsoDate } from '../model/date.js';
import type { InspectionReason, InspectionRecord, SameYearExemptionRule } from '../model/types.js';

/**
 * The answer of {@link isExempt}: whether the inspection may be skipped, and why.
 *
 * @example
 * ```ts
 * import type { Exemption } from 'double-random';
 * const show = (e: Exemption): string => (e.exempt ? `exempt (${e.rule}) by ${e.record?.date}` : `not exempt: ${e.why}`);
 * ```
 * @category Exemption
 * @since 0.1.0
 */
export interface Exemption {
  /** Whether the inspection is exempt. */
  readonly exempt: boolean;
  /** Always `R20`. */
  readonly rule: 'R20';
  /** Why, in a sentence. */
  readonly why: string;
  /** The joint or unified inspection that exempts it, when it is exempt. */
  readonly record?: InspectionRecord;
}

/**
 * The same-year exemption (R20) as a query: after a joint inspection, or a department's unified
 * inspection, an enterprise is not inspected separately again for the same kind of check in the
 * same calendar year. Complaints and reports, referrals from higher authorities, case leads and
 * key-area campaigns are never exempt (the `rule.exceptions`).
 *
 * Only inspections dated before `date` in the same calendar year count: the exemption is per
 * enterprise × kind of check × calendar year.
 *
 * @param query - The enterprise, the kind of check planned, its date and reason.
 * @param history - Past inspections (any enterprise; others are ignored).
 * @param rule - The policy's exemption rule (`policy.sameYearExemption`).
 * @returns Whether it is exempt, the rule, the reason and the exempting record.
 * @example
 * ```ts
 * import { isExempt, yongchuanPolicy, type InspectionRecord, type IsoDate, type Uscc } from 'double-random';
 *
 * const uscc = '91350100M000100Y43' as Uscc;
 * const history: InspectionRecord[] = [{
 *   enterprise: uscc, date: '2024-03-12' as IsoDate, departments: [], itemKinds: ['food-safety'],
 *   joint: true, unified: false, reason: 'random',
 * }];
 * const query = { enterprise: uscc, kind: 'food-safety', date: '2024-06-01' as IsoDate };
 * isExempt({ ...query, reason: 'random' }, history, yongchuanPolicy.sameYearExemption).exempt;    // true
 * isExempt({ ...query, reason: 'complaint' }, history, yongchuanPolicy.sameYearExemption).exempt; // false
 * ```
 * @category Exemption
 * @since 0.1.0
 */
export function isExempt(
  query: { readonly enterprise: string; readonly kind: string; readonly date: IsoDate; readonly reason: InspectionReason },
  history: readonly InspectionRecord[],
  rule: SameYearExemptionRule,
): Exemption {
  if (!rule.enabled) return { exempt: false, rule: 'R20', why: 'the policy does not apply the same-year exemption' };
  if (rule.exceptions.includes(query.reason)) {
    return { exempt: false, rule: 'R20', why: `a ${query.reason} is never exempt` };
  }
  const year = query.date.slice(0, 4);
  const record = history.find((r) => r.enterprise === query.enterprise && r.date < query.date && r.date.startsWith(year) && exemptsKinds(r, [query.kind]));
  return record === undefined
    ? { exempt: false, rule: 'R20', why: `no joint or unified inspection of kind "${query.kind}" earlier in ${year}` }
    : { exempt: true, rule: 'R20', why: `a ${record.joint ? 'joint' : 'unified'} inspection on ${record.date} covered "${query.kind}"`, record };
}

/**
 * The one test of R20 that the merge ({@link isExempt}, per item) and the draw (per draw, every
 * kind it covers) share: a joint or unified inspection whose kinds include every given kind.
 * Which records count (the enterprise's, this year's, before the date) is the caller's filter.
 */
export function exemptsKinds(record: InspectionRecord, kinds: readonly string[]): boolean {
  return (record.joint || record.unified) && kinds.every((kind) => record.itemKinds.includes(kind));
}
