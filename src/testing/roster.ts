import { isWorkingDayUnchecked } from '../calendar/workingDays.js';
import { enterpriseReason, prioritised } from '../eligibility/classify.js';
import { daysFromIsoDate, isoDateFromDays } from '../internal/date.js';
import { inspectionModeUnchecked } from '../merge/inspectionMode.js';
import { coversIndustry, industryMatches } from '../model/draws.js';
import type { DrawSpec } from '../model/draws.js';
import type { ColourCode, CreditClass, DepartmentId, Enterprise, InspectionItem, JointList, Period, Policy } from '../model/types.js';
import { stratumRatio } from '../quota/allocateQuotas.js';

/**
 * The generator's inspector shares, per 1000: they set both the inspectors it makes and the roster
 * size it works out from them, so the two cannot drift apart.
 */
export const INSPECTOR_SHARES = {
  /** Holds a law-enforcement certificate (N1). */
  certified: 920,
  /** Takes two inspections a day instead of one. */
  doubleCapacity: 200,
  /** Holds each of the department's kinds after its first (the first is always held). */
  extraKind: 700,
  /** The chance of one more day away, again and again: E[days away] = 0.3 / 0.7 per window. */
  away: 300,
  /** Declares conflicts of interest (N2), with 1 to 5 enterprises. */
  conflicted: 333,
} as const;

/** The smallest default roster of a department: a team of three, recusals and every kind held, with room to spare (the former fixed default). */
export const MINIMUM_INSPECTORS = 12;

/**
 * The share of the roster's inspector-days the plan may use: the rest absorbs the draw's variance,
 * the catch-up of the last batch (R6), extra members taken for a missing kind, and the days the
 * staffing's first-fit walk cannot fill. Measured on default plans: at 0.8 every visit is staffed
 * at 10³–10⁶ (batch 2), and at 10⁵ in batches 1 and 4 of each of the six presets (≥ 98.8 % with 12
 * or 40 departments); at 0.9, 95 % at 10⁵ in the last batch.
 */
export const UTILISATION = 0.8;

/** The share of the directory the generator's history drew at random before the batch (its `historyOf`). */
export function historyDrawnShare(policy: Policy, batch: number): number {
  return Math.min(1, policy.ratios.B * (batch - 1) / policy.batchesPerYear);
}

/** What a default plan asks of each department for one enterprise: its chance of a visit, seats and kinds per department. */
interface Visit {
  readonly chance: number;
  readonly seats: ReadonlyMap<DepartmentId, number>;
  readonly kinds: ReadonlyMap<DepartmentId, readonly string[]>;
}

/** What the roster's size is worked out from. */
export interface RosterContext {
  readonly draws: readonly DrawSpec[];
  readonly items: readonly InspectionItem[];
  readonly jointLists: readonly JointList[];
  readonly policy: Policy;
  readonly period: Period;
  /** Each department's first kind, which all its inspectors hold. */
  readonly firstKinds: ReadonlyMap<string, string>;
}

/** A department's expected demand over the batch, and the enterprises its inspectors may declare conflicts with. */
export interface DepartmentDemand {
  /** Σ chance × members: expected inspector-visits of the department in the batch (S). */
  members: number;
  /** Per kind, Σ chance: expected visits that need an inspector holding it (Vₖ). */
  readonly kindVisits: Map<string, number>;
  /** Enterprises every batch visits with this department (full coverage, R10, R14), by index. */
  readonly likely: number[];
}

/**
 * The chance that a default draw takes an enterprise in this batch: 1 in full coverage (red code,
 * R10; black list under a `full` rule, R14), 0 when trigger-only (green, R10; trust-exempt, R12;
 * white list, R13; class A when the policy says so), else its stratum's quota share (R5, R10, R11):
 * the year-to-date ratio r × b / B less what the history drew (h), at least the batch minimum.
 */
function drawChance(e: Enterprise, policy: Policy, batch: number): number {
  const reason = enterpriseReason(e, policy);
  if (reason === 'red-code' || reason === 'black-list') return 1;
  if (reason !== undefined) return 0;
  const ratio = stratumRatio(policy, e.creditClass, e.colour === 'yellow', prioritised(e, policy));
  const share = ratio * batch / policy.batchesPerYear - historyDrawnShare(policy, batch);
  return Math.min(1, Math.max(share, policy.batchMinimumRatio));
}

/**
 * One enterprise's visit as a default plan makes it (R1, R15, R16, N1, R9): the departments of the
 * draws covering its industry with an item in random scope of the draw's kinds that applies to
 * it; the joint list's lead, else the department with the most kinds, takes the team's extra seats.
 */
function visitOf(e: Enterprise, context: RosterContext): Visit {
  const excluded = new Set<string>(context.policy.excludedScopes);
  const kinds = new Map<DepartmentId, string[]>();
  for (const draw of context.draws.filter((d) => coversIndustry(d.filter, e.industry))) {
    for (const item of context.items) {
      if (!draw.departments.includes(item.department) || !draw.kinds.includes(item.kind) || excluded.has(item.scope)) continue;
      if (item.industries.length > 0 && !item.industries.some((u) => industryMatches(e.industry, u))) continue;
      const own = kinds.get(item.department) ?? [];
      if (!own.includes(item.kind)) kinds.set(item.department, [...own, item.kind]);
    }
  }
  const present = [...kinds.keys()].sort((a, b) => (kinds.get(b)?.length ?? 0) - (kinds.get(a)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const list = context.jointLists.find((l) => industryMatches(e.industry, l.industry) && present.includes(l.lead));
  const lead = list?.lead ?? present[0];
  const extra = Math.max(0, inspectionModeUnchecked(e, context.policy).teamSize - present.length);
  const seats = new Map(present.map((d) => [d, withMissingKinds(d === lead ? 1 + extra : 1, kinds.get(d) ?? [], context.firstKinds.get(d))]));
  return { chance: present.length === 0 ? 0 : drawChance(e, context.policy, context.period.batch), seats, kinds };
}

/**
 * A department's expected team members for `seats` seats and the kinds its items need: the walk
 * goes on past the seats while a kind is missing (R19), and a kind after the department's first is
 * missing from `seats` members with chance (1 − q)^seats, q the share holding it; each missing kind
 * costs at most one more member.
 */
function withMissingKinds(seats: number, kinds: readonly string[], firstKind: string | undefined): number {
  const lacking = 1 - INSPECTOR_SHARES.extraKind / 1000;
  return kinds.reduce((members, kind) => members + (kind === firstKind ? 0 : lacking ** seats), seats);
}

const CLASS_INDEX: Readonly<Record<CreditClass, number>> = { A: 0, B: 1, C: 2, D: 3, unrated: 4 };
const COLOUR_INDEX: Readonly<Record<ColourCode, number>> = { red: 0, yellow: 1, green: 2, none: 3 };

/** Each department's expected demand over the batch: team members, visits per kind, and the enterprises visited for sure. */
export function demandOf(enterprises: readonly Enterprise[], departments: readonly DepartmentId[], context: RosterContext): Map<DepartmentId, DepartmentDemand> {
  // A visit depends only on the industry and a few flags: worked out once per profile, and the
  // enterprises of each profile counted (those visited for sure listed), then summed.
  const byIndustry = new Map<string, (Tally | undefined)[]>();
  const tallies: Tally[] = [];
  enterprises.forEach((e, index) => {
    let byProfile = byIndustry.get(e.industry);
    if (byProfile === undefined) byIndustry.set(e.industry, (byProfile = []));
    const profile = (((CLASS_INDEX[e.creditClass] * 4 + COLOUR_INDEX[e.colour]) * 2 + Number(e.blackList)) * 2 + Number(e.trustExempt)) * 2 + Number(e.whiteList);
    let tally = byProfile[profile];
    if (tally === undefined) tallies.push((byProfile[profile] = tally = { visit: visitOf(e, context), count: 0, sure: [] }));
    tally.count++;
    if (tally.visit.chance === 1) tally.sure.push(index);
  });
  const demand = new Map<DepartmentId, DepartmentDemand>(departments.map((d) => [d, { members: 0, kindVisits: new Map(), likely: [] }]));
  for (const { visit, count, sure } of tallies) {
    if (visit.chance === 0) continue;
    for (const [department, seats] of visit.seats) {
      const d = demand.get(department);
      if (d === undefined) continue;
      d.members += count * visit.chance * seats;
      for (const kind of visit.kinds.get(department) ?? []) d.kindVisits.set(kind, (d.kindVisits.get(kind) ?? 0) + count * visit.chance);
      for (const index of sure) d.likely.push(index);
    }
  }
  for (const d of demand.values()) d.likely.sort((a, b) => a - b);
  return demand;
}

/** The enterprises of one profile: their visit, how many, and which (by index) when the visit is sure. */
interface Tally {
  readonly visit: Visit;
  count: number;
  readonly sure: number[];
}

/** The working days of the batch window (N3); the weekend rule for a year the calendar lacks. */
export function workingDaysOf(period: Period): number {
  let count = 0;
  for (let d = daysFromIsoDate(period.start); d <= daysFromIsoDate(period.end); d++) {
    if (isWorkingDayUnchecked(isoDateFromDays(d), { fallback: 'weekends' })) count++;
  }
  return count;
}

/**
 * The inspectors a department needs so that a default plan staffs its visits:
 *
 *   n = max(12, ⌈ max(S, maxₖ Vₖ / qₖ) / (W · c̄ · κ · α · u) ⌉)
 *
 * with S the expected team members and Vₖ the expected visits needing kind k ({@link demandOf}), qₖ the
 * share of inspectors holding k (1 for the department's first kind, 0.7 for the others), W the
 * window's working days, c̄ = 1.2 the mean daily capacity, κ = 0.92 the certified share, α the
 * share of days present, and u = {@link UTILISATION}.
 */
export function inspectorsNeeded(demand: DepartmentDemand, firstKind: string | undefined, workingDays: number, windowDays: number): number {
  const s = INSPECTOR_SHARES;
  const capacity = 1 + s.doubleCapacity / 1000;
  const certified = s.certified / 1000;
  const awayDays = s.away / (1000 - s.away);
  const present = Math.max(0, 1 - awayDays / Math.max(1, windowDays));
  let need = demand.members;
  for (const [kind, visits] of demand.kindVisits) need = Math.max(need, kind === firstKind ? visits : visits / (s.extraKind / 1000));
  const supplyPerInspector = workingDays * capacity * certified * present * UTILISATION;
  return supplyPerInspector <= 0 ? MINIMUM_INSPECTORS : Math.max(MINIMUM_INSPECTORS, Math.ceil(need / supplyPerInspector));
}
