import type { RuleId } from '../model/rules.js';
import type { Enterprise, InspectionItem, Policy } from '../model/types.js';

/**
 * How a joint task is carried out (R9, R10, R26).
 * @example
 * ```ts
 * import type { InspectionMode } from 'double-random';
 * const onSite = (m: InspectionMode): boolean => m !== 'online';
 * ```
 * @category Merge
 * @since 0.1.0
 */
export type InspectionMode = 'online' | 'flying' | 'escalated' | 'offline' | 'full-coverage';

/**
 * The mode of a joint task and what follows from it.
 * @example
 * ```ts
 * import type { ModeDecision } from 'double-random';
 * const brief = (d: ModeDecision): string => `${d.mode} (${d.rule}), team of ${d.teamSize}${d.advanceNotice ? ', announced' : ', unannounced'}`;
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface ModeDecision {
  /** The mode. */
  readonly mode: InspectionMode;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** Whether time, basis and method may be told in advance (R26): never for a flying inspection. */
  readonly advanceNotice: boolean;
  /** The minimum team: the policy's, or its escalated team for classes C and D (N1, R9). */
  readonly teamSize: number;
  /** Whether the findings must be referred so that a class can be assigned (unrated, R9). */
  readonly ratingReferral: boolean;
}

/** Whether non-site supervision achieves a visit's purpose under the policy: it says so, the enterprise has no colour code (yellow is raised risk, R10), and no item is a key item (N6). */
function nonSiteSuffices(enterprise: Enterprise, policy: Policy, items: readonly InspectionItem[] | undefined): boolean {
  return policy.nonSiteWhereSufficient && enterprise.colour === 'none' && items !== undefined && items.length > 0 && items.every((i) => i.importance === 'general');
}

/**
 * The mode of an enterprise's joint task (R9, R10, R11, R14, R26): red-coded → full coverage on
 * site (R10); black-listed under a policy with a black-list rule → escalated, with the larger team
 * (R14); class A → online, non-site supervision; B → a flying inspection, unannounced, or online
 * when the policy lets non-site supervision replace a visit where it suffices, the enterprise has
 * no colour code and every item is a general one, not key (Minhang 003, R11, N6); C and D → escalated, with the policy's larger team;
 * unrated → an offline joint inspection, then a rating referral. Advance notice is allowed unless
 * the inspection is a flying one (R26).
 *
 * @param enterprise - The inspected enterprise.
 * @param policy - The locality's policy (team sizes, `nonSiteWhereSufficient`).
 * @param items - The task's items (objects, not ids); without them no visit is replaced by
 *   non-site supervision. Pass none for a visit a trigger asked for: a complaint or a referral is
 *   inspected on site ({@link planPeriod} does so).
 * @returns The mode, its rule, notice, team size and whether to refer for rating.
 * @example
 * ```ts
 * import { inspectionMode, yongchuanPolicy } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const [enterprise] = generateDirectory({ size: 1, seed: 'mode' }).enterprises;
 * if (enterprise !== undefined) console.log(inspectionMode(enterprise, yongchuanPolicy));
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function inspectionMode(enterprise: Enterprise, policy: Policy, items?: readonly InspectionItem[]): ModeDecision {
  const decision = (mode: InspectionMode, rule: RuleId, teamSize = policy.teamSize): ModeDecision =>
    ({ mode, rule, advanceNotice: mode !== 'flying', teamSize, ratingReferral: mode === 'offline' });
  if (enterprise.colour === 'red') return decision('full-coverage', 'R10');
  if (enterprise.blackList && policy.blackList !== null) return decision('escalated', 'R14', policy.escalatedTeamSize);
  switch (enterprise.creditClass) {
    case 'A':
      return decision('online', 'R9');
    case 'B':
      return nonSiteSuffices(enterprise, policy, items) ? decision('online', 'R11') : decision('flying', 'R9');
    case 'C':
    case 'D':
      return decision('escalated', 'R9', policy.escalatedTeamSize);
    case 'unrated':
      return decision('offline', 'R9');
  }
}
