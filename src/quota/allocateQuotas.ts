import type { CreditClass, Period, Policy } from '../model/types.js';
import { apportion, roundQuota, snap } from './rounding.js';

/** What the quotas of one stratum depend on: its identity and its counts (docs/draw-algorithm.md §4.3). */
export interface StratumCount {
  /** `draw|section|class|colour`. */
  readonly key: string;
  /** GB/T 4754 section letter. */
  readonly section: string;
  /** Credit class (N5). */
  readonly creditClass: CreditClass;
  /** Whether the stratum is of yellow-coded enterprises (R10). */
  readonly yellow: boolean;
  /** Whether the stratum is of black-listed enterprises under a `raised` black-list rule (R14). */
  readonly blackList: boolean;
  /** bₛ: members this batch, exempt and over-cap ones included. */
  readonly base: number;
  /** eₛ: eligible members. */
  readonly eligible: number;
  /** dₛ: members drawn at random earlier this year by one of the draw's departments. */
  readonly alreadyDrawn: number;
}

/** A stratum's quota and how it was set. */
export interface AllocatedQuota {
  /** The ratio applied: the class's, raised to the yellow and black-list ratios where they apply (R10, R11, R14). */
  readonly ratio: number;
  /** exactₛ, snapped (R5). */
  readonly exact: number;
  /** The quota before the catch-up: largest remainder, minimum, cap at eligible. */
  readonly regular: number;
  /** The final quota, the catch-up included (R6); never above eligible. */
  readonly quota: number;
}

/** The ratio of a stratum: the class's, raised to the yellow ratio (R10, R11) and to a `raised` black-list rule's ratio (R14) where they apply. */
export function stratumRatio(policy: Policy, creditClass: CreditClass, yellow: boolean, blackList = false): number {
  const colour = yellow ? Math.max(policy.ratios[creditClass], policy.ratios.yellow) : policy.ratios[creditClass];
  return blackList && policy.blackList?.coverage === 'raised' ? Math.max(colour, policy.blackList.ratio) : colour;
}

/**
 * The quotas of one draw's strata from their counts alone (R5, R6, R10, R11): the exact shares,
 * the draw's total rounded once by the policy's mode and shared by largest remainder, the
 * per-stratum minimum, the cap at the eligible count, and in the last batch the catch-up of
 * sections with nothing drawn at random this year. Pure over counts, so counts summed from several
 * shards give the quotas of the whole draw.
 *
 * @param strata - The draw's strata, sorted by key (largest-remainder ties go to the smaller key).
 * @param policy - The policy's ratios, rounding, minimum and catch-up.
 * @param period - The batch (the catch-up acts in the last one).
 * @param drawRatio - The draw's own ratio (`DrawSpec.ratio`, R11, N7): no stratum's ratio is below it.
 * @returns One quota per stratum, in the order given.
 */
export function allocateQuotas(strata: readonly StratumCount[], policy: Policy, period: Period, drawRatio = 0): AllocatedQuota[] {
  const ratios = strata.map((s) => Math.max(stratumRatio(policy, s.creditClass, s.yellow, s.blackList), drawRatio));
  const exact = strata.map((s, j) =>
    snap(Math.max(s.base * (ratios[j] as number) * period.batch / policy.batchesPerYear - s.alreadyDrawn, s.base * policy.batchMinimumRatio, 0)),
  );
  const total = roundQuota(exact.reduce((sum, x) => sum + x, 0), policy.rounding);
  const regular = apportion(total, exact).map((q, j) => {
    const { base, eligible } = strata[j] as StratumCount;
    const minimum = base > 0 ? Math.min(policy.minimumPerStratum, eligible) : 0;
    return Math.min(Math.max(q, minimum), eligible);
  });
  const quota = period.batch === policy.batchesPerYear && policy.catchUp !== null ? catchUp(strata, regular, policy) : regular;
  return strata.map((_, j) => ({ ratio: ratios[j] as number, exact: exact[j] as number, regular: regular[j] as number, quota: quota[j] as number }));
}

/**
 * R6: every section of the draw with nothing drawn at random this year (dₛ = 0 in all its strata)
 * gets max(round(pool × ratio), minimum) of its eligible pool, shared by largest remainder of the
 * eligible counts; a stratum keeps the larger of its regular quota and its share.
 */
function catchUp(strata: readonly StratumCount[], regular: readonly number[], policy: Policy): number[] {
  const { ratio, minimum } = policy.catchUp as NonNullable<Policy['catchUp']>;
  const final = [...regular];
  const bySection = new Map<string, number[]>();
  strata.forEach((s, j) => bySection.set(s.section, [...(bySection.get(s.section) ?? []), j]));
  for (const parts of bySection.values()) {
    if (parts.some((j) => (strata[j] as StratumCount).alreadyDrawn > 0)) continue;
    const weights = parts.map((j) => (strata[j] as StratumCount).eligible);
    const pool = weights.reduce((sum, w) => sum + w, 0);
    if (pool === 0) continue;
    const wanted = Math.min(pool, Math.max(roundQuota(pool * ratio, policy.rounding), minimum));
    const shares = apportion(wanted, weights.map((w) => (w * wanted) / pool));
    parts.forEach((j, p) => {
      final[j] = Math.max(final[j] as number, shares[p] as number);
    });
  }
  return final;
}
