import { canonicalDraw, defaultDrawsUnchecked } from '../plan/draws.js';
import type { DrawSpec } from '../model/draws.js';
import type { PlanningInput } from '../model/types.js';
import type { DrawPlan, Target } from '../plan/types.js';
import type { JointTask } from '../merge/types.js';

/**
 * Why a published task takes place, as the public reads it (一公开; R23): the real reason, with a
 * ticket only where a ticket decided.
 *
 * - `random-draw`: drawn at random by one of the batch's default draws (a 一业一查 list's or the
 *   general one, which between them sample the whole directory): the draw, the stratum, the rank in
 *   it and the enterprise's ticket (R27; `R6` when the fourth-quarter catch-up drew it);
 * - `directed-draw`: drawn at random by a draw announced for the batch beyond the default ones
 *   (a high-risk field, a key industry, a class or a region: N7, R11), named by its id, with its
 *   stratum, rank and ticket;
 * - `full-coverage`: red-coded, inspected without sampling (R10): no ticket;
 * - `black-list`: black-listed under a policy that covers the list in full (R14): no ticket; a red-coded
 *   enterprise that is also black-listed has both reasons;
 * - `complaint`, `referral`, `case-lead`, `campaign`: a trigger registered for the batch (R24): no ticket.
 *
 * A visit has one reason per draw that drew it and per trigger merged into it (R15).
 * @example
 * ```ts
 * import type { PublishedReason } from 'double-random';
 * const label = (r: PublishedReason): string => ('ticket' in r ? `${r.kind} ${r.draw} #${r.rank} (${r.ticket})` : r.kind);
 * ```
 * @category Publication
 * @since 0.1.0
 */
export type PublishedReason =
  | {
    /** `random-draw`: a default draw; `directed-draw`: a draw announced beyond them (N7). */
    readonly kind: 'random-draw' | 'directed-draw';
    /** `R27` (a draw), `R6` (the fourth-quarter catch-up), or `N7` (a directed draw). */
    readonly rule: 'R27' | 'R6' | 'N7';
    /** The draw's id: for a directed draw, the list or field it samples (such as `high-risk/food`). */
    readonly draw: string;
    /** The stratum key in the draw record. */
    readonly stratum: string;
    /** 1-based rank in the stratum (1 = smallest ticket). */
    readonly rank: number;
    /** The enterprise's ticket (16 hex digits): what decided it. */
    readonly ticket: string;
  }
  | {
    /** Red-coded, inspected without sampling: no ticket. */
    readonly kind: 'full-coverage';
    /** The colour codes' rule. */
    readonly rule: 'R10';
  }
  | {
    /** Black-listed under a policy that covers the list in full: no ticket. */
    readonly kind: 'black-list';
    /** The red and black lists' rule. */
    readonly rule: 'R14';
  }
  | {
    /** The trigger registered for the batch: no ticket. */
    readonly kind: 'complaint' | 'referral' | 'case-lead' | 'campaign';
    /** Non-random inspections (filed within 5 working days). */
    readonly rule: 'R24';
  };

/** The ids of the draws that are directed: those announced beyond the input's default draws (N7). */
export function directedDraws(input: PlanningInput, draws: readonly DrawSpec[]): ReadonlySet<string> {
  const defaults = new Set(defaultDrawsUnchecked(input).map((d) => JSON.stringify(canonicalDraw(d))));
  return new Set(draws.filter((d) => !defaults.has(JSON.stringify(canonicalDraw(d)))).map((d) => d.id));
}

/** The reasons of the draw: one per placement of a drawn target, or its full-coverage reasons (red code, black list, or both). */
function targetReasons(target: Target, directed: ReadonlySet<string>, blackListed: ReadonlySet<string>): PublishedReason[] {
  if (target.status === 'full-coverage') {
    const red: PublishedReason[] = target.reason === 'red-code' ? [{ kind: 'full-coverage', rule: 'R10' }] : [];
    return [...red, ...(target.reason === 'black-list' || blackListed.has(target.uscc) ? [{ kind: 'black-list', rule: 'R14' } as const] : [])];
  }
  return target.placements.map((p) => {
    const isDirected = directed.has(p.draw);
    const rule = isDirected ? 'N7' : target.reason === 'drawn-catch-up' ? 'R6' : 'R27';
    return { kind: isDirected ? 'directed-draw' : 'random-draw', rule, draw: p.draw, stratum: p.stratum, rank: p.rank, ticket: target.ticket };
  });
}

/**
 * Every task's published reasons (R10, R14, R24, R27, N7), by task id: the draw's for a target of
 * the draw (those of a visit the draw asked for), then the triggers merged into it in the order
 * complaint, referral, case lead, campaign.
 */
export function publishedReasons(input: PlanningInput, draw: DrawPlan, tasks: readonly JointTask[]): ReadonlyMap<string, readonly PublishedReason[]> {
  const directed = directedDraws(input, draw.record.draws);
  const targetOf = new Map(draw.targets.map((t) => [t.uscc as string, t]));
  // A red-coded enterprise that is also black-listed under a full rule is covered for both reasons (R10, R14).
  const blackListed = new Set<string>(input.policy.blackList?.coverage === 'full' ? input.enterprises.filter((e) => e.blackList && targetOf.get(e.uscc)?.status === 'full-coverage').map((e) => e.uscc) : []);
  const triggers = ['complaint', 'referral', 'case-lead', 'campaign'] as const;
  return new Map(tasks.map((task) => {
    const target = targetOf.get(task.enterprise);
    const drawn = target !== undefined && task.reasons.includes('random') ? targetReasons(target, directed, blackListed) : [];
    const triggered = triggers.filter((r) => task.reasons.includes(r)).map((kind): PublishedReason => ({ kind, rule: 'R24' }));
    return [task.id, [...drawn, ...triggered]];
  }));
}
