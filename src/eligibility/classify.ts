import type { DrawSpec } from '../model/draws.js';
import type { Enterprise, InspectionRecord, Policy } from '../model/types.js';
import { exemptsKinds } from './isExempt.js';
import type { ReasonCode } from './reasons.js';

/**
 * What an enterprise's own fields decide before any draw (docs/draw-algorithm.md §4.2, rows 2–7):
 * red → full coverage (R10); black-listed under a black-list rule → full coverage, or a member
 * whatever follows (R14); green (R10), trust-exempt (R12), white list (R13), class A when the
 * policy says so (N5) → trigger-only. `undefined`: it is a member of each draw whose population it
 * is in.
 */
export function enterpriseReason(e: Enterprise, policy: Policy): ReasonCode | undefined {
  if (e.colour === 'red') return 'red-code';
  if (prioritised(e, policy)) return policy.blackList?.coverage === 'full' ? 'black-list' : undefined;
  if (e.colour === 'green') return 'green-code';
  if (e.trustExempt) return 'trust-exempt';
  if (e.whiteList) return 'white-list';
  if (e.creditClass === 'A' && policy.classATriggerOnly) return 'class-a-trigger-only';
  return undefined;
}

/** Whether an enterprise is black-listed under a policy with a black-list rule: a supervision priority (R14). */
export function prioritised(e: Pick<Enterprise, 'blackList'>, policy: Policy): boolean {
  return e.blackList && policy.blackList !== null;
}

/**
 * Whether an enterprise is ranked last in every draw (R8, §3): drawn at random or jointly inspected
 * earlier this year, unless class C or D or a supervision priority (R14), when the policy avoids
 * repeat draws.
 */
export function rankedLast(e: Pick<Enterprise, 'creditClass' | 'blackList'>, earlier: readonly InspectionRecord[], policy: Policy): boolean {
  return policy.avoidRepeatDraws && e.creditClass !== 'C' && e.creditClass !== 'D' && !prioritised(e, policy) && earlier.some((r) => r.reason === 'random' || r.joint);
}

/**
 * A member's state in one draw (§4.2 per draw), from its records earlier this year: exempt when a
 * joint or unified inspection covered every kind of the draw (R20); over cap when every department
 * of the draw has a yearly cap and the member's random inspections by it reached it (N8); else
 * eligible.
 */
export function memberState(earlier: readonly InspectionRecord[], draw: DrawSpec, policy: Policy, caps: ReadonlyMap<string, number>): 'exempt' | 'over-cap' | 'eligible' {
  if (policy.sameYearExemption.enabled && earlier.some((r) => exemptsKinds(r, draw.kinds))) return 'exempt';
  const overCap = draw.departments.every((d) => {
    const cap = caps.get(d);
    return cap !== undefined && earlier.filter((r) => r.reason === 'random' && r.departments.includes(d)).length >= cap;
  });
  return overCap ? 'over-cap' : 'eligible';
}
