import type { EnterpriseStatus, ReasonCode } from '../eligibility/reasons.js';
import type { RuleId } from '../model/rules.js';
import type { Warning } from '../model/issues.js';
import type { CreditClass, Period } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import type { DrawSpec } from '../model/draws.js';
import type { IsoDate } from '../model/date.js';
import type { ModeDecision } from '../merge/inspectionMode.js';
import type { DepartmentTask, DroppedItem, EmptyVisit, JointTask } from '../merge/types.js';
import type { JointShare } from '../report/metrics.js';
import type { SkippedInspector, TeamMember, Unplannable } from '../staffing/types.js';

/**
 * The quota of one stratum (draw × industry section × credit class × colour) and how it was set.
 *
 * @example
 * ```ts
 * import type { StratumQuota } from 'double-random';
 * const line = (q: StratumQuota): string => `${q.key}: ${q.drawn} of ${q.eligible} (quota ${q.quota}, ${q.rule})`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface StratumQuota {
  /** `draw|section|class|colour`, such as `general|F|B|none`, then `|black-list` for a stratum of black-listed enterprises (R14). */
  readonly key: string;
  /** The draw's id. */
  readonly draw: string;
  /** GB/T 4754 section letter. */
  readonly industry: string;
  /** Credit class (N5). */
  readonly creditClass: CreditClass;
  /** `yellow` (raised ratio, R10) or `none`. */
  readonly colour: 'yellow' | 'none';
  /** Whether its members are black-listed, sampled at a raised ratio (R14; `Policy.blackList` `raised`). */
  readonly blackList: boolean;
  /** Members of the stratum this batch, whatever their eligibility: the base of the ratio. */
  readonly base: number;
  /** Members that can be drawn now (those drawn earlier this year included, ranked last, R8). */
  readonly eligible: number;
  /** Members drawn at random earlier this year (R5). */
  readonly alreadyDrawn: number;
  /** The yearly ratio applied (R10, R11, R14). */
  readonly ratio: number;
  /** The exact share before rounding: max(base × ratio × batch / batches − alreadyDrawn, base × batch minimum). */
  readonly exact: number;
  /** The whole quota after rounding, apportionment, minimum, catch-up and the cap at `eligible`. */
  readonly quota: number;
  /** How many were drawn: `min(quota, eligible)`, that is `quota`. */
  readonly drawn: number;
  /** Whether the last batch's catch-up raised it (R6). */
  readonly catchUp: boolean;
  /** `R6` when raised by the catch-up, else `R14` for a black-list stratum, else `R5`. */
  readonly rule: RuleId;
}

/**
 * Where an enterprise was drawn: the draw, the stratum and its 1-based rank in the stratum.
 *
 * @example
 * ```ts
 * import type { Placement } from 'double-random';
 * const show = (p: Placement): string => `${p.stratum} #${p.rank}`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface Placement {
  /** The draw's id. */
  readonly draw: string;
  /** The stratum key. */
  readonly stratum: string;
  /** 1-based rank in the stratum (1 = smallest ticket). */
  readonly rank: number;
}

/**
 * An enterprise to inspect this batch: drawn at random, or in full coverage (red-coded, R10; black-listed under a `full` rule, R14).
 *
 * @example
 * ```ts
 * import type { Target } from 'double-random';
 * const label = (t: Target): string => `${t.uscc} ${t.status} (${t.rule}) ticket ${t.ticket}`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface Target {
  /** The enterprise. */
  readonly uscc: Uscc;
  /** `drawn` or `full-coverage`. */
  readonly status: 'drawn' | 'full-coverage';
  /** Why. */
  readonly reason: ReasonCode;
  /** The rule behind it. */
  readonly rule: RuleId;
  /** Its ticket: the first 64 bits of its SHA-256, as 16 hex digits (see docs/draw-algorithm.md). */
  readonly ticket: string;
  /** Every draw that drew it (none for full coverage), in draw order. */
  readonly placements: readonly Placement[];
}

/**
 * One stratum of a draw record: enough to replay and check it (R27).
 *
 * @example
 * ```ts
 * import type { RecordedStratum } from 'double-random';
 * const first = (s: RecordedStratum): string | undefined => s.drawn[0];
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface RecordedStratum {
  /** The stratum key. */
  readonly key: string;
  /** Eligible members. */
  readonly population: number;
  /** The quota. */
  readonly quota: number;
  /** The enterprises drawn, in rank order (smallest ticket first). */
  readonly drawn: readonly Uscc[];
}

/**
 * What a notary or any third party needs to replay a draw and check it (R27).
 *
 * @example
 * ```ts
 * import type { DrawRecord } from 'double-random';
 * const header = (r: DrawRecord): string => `${r.algorithm} ${r.library} seed "${r.seed}" input ${r.inputDigest.slice(0, 12)}`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawRecord {
  /** The draw algorithm's id: `double-random/prn/v1`. */
  readonly algorithm: string;
  /** The library version that drew it. */
  readonly library: string;
  /** The public seed, as read out. */
  readonly seed: string;
  /** SHA-256 of the canonical input (see docs/draw-algorithm.md). */
  readonly inputDigest: string;
  /** The policy's id. */
  readonly policy: string;
  /** The period drawn. */
  readonly period: Period;
  /** The draws of the batch. */
  readonly draws: readonly DrawSpec[];
  /** Every stratum, sorted by key. */
  readonly strata: readonly RecordedStratum[];
  /** Red-coded enterprises in full coverage, sorted. */
  readonly fullCoverage: readonly Uscc[];
}

/**
 * One enterprise's outcome: its status, the reason and the rule.
 *
 * @example
 * ```ts
 * import type { Outcome } from 'double-random';
 * const explain = (o: Outcome): string => `${o.status} because ${o.reason} (${o.rule})`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface Outcome {
  /** The status. */
  readonly status: EnterpriseStatus;
  /** The reason code (see `REASONS`). */
  readonly reason: ReasonCode;
  /** The rule behind it. */
  readonly rule: RuleId;
}

/**
 * A batch's draw: the outcome of every enterprise, the quotas, the targets and the record.
 *
 * Every part but `outcomeOf` is plain data, the same whatever the order of the input's rows.
 *
 * @example
 * ```ts
 * import type { DrawPlan } from 'double-random';
 * const summary = (plan: DrawPlan): string => `${plan.counts.drawn} drawn, ${plan.counts['full-coverage']} in full coverage`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawPlan {
  /** The record to publish and replay. */
  readonly record: DrawRecord;
  /** Every stratum's quota, sorted by key. */
  readonly quotas: readonly StratumQuota[];
  /** Enterprises to inspect, sorted by USCC. */
  readonly targets: readonly Target[];
  /** How many enterprises have each status; they add up to the directory size. */
  readonly counts: Readonly<Record<EnterpriseStatus, number>>;
  /** How many enterprises have each reason. */
  readonly reasons: Readonly<Record<ReasonCode, number>>;
  /** The outcome of one enterprise, or `undefined` when it is not in the directory. */
  readonly outcomeOf: (uscc: string) => Outcome | undefined;
  /** What is valid but probably not meant: an empty directory, a draw no enterprise is a member of (#14). */
  readonly warnings: readonly Warning[];
}

/**
 * A joint task of a plan, ready to execute: the merged task (R15–R18) with its mode (R9, R10),
 * date and team (R19).
 * @example
 * ```ts
 * import type { PlannedTask } from 'double-random';
 * const line = (t: PlannedTask): string => `${t.date} ${t.enterprise} ${t.mode.mode}, led by ${t.lead}, team ${t.team.map((m) => m.inspector).join(' ')}`;
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface PlannedTask extends JointTask {
  /** The inspection mode, its rule, whether notice is given, the team size. */
  readonly mode: ModeDecision;
  /** The working day of the visit. */
  readonly date: IsoDate;
  /** The team, lead department first. */
  readonly team: readonly TeamMember[];
  /** Inspectors drawn but passed over, with reasons (N2, R19). */
  readonly skipped: readonly SkippedInspector[];
}

/**
 * A joint task that could not be staffed, with its mode and the reason (R19): reported, never dropped.
 * @example
 * ```ts
 * import type { UnplannableTask } from 'double-random';
 * const line = (t: UnplannableTask): string => `${t.enterprise}: ${t.problem.reason} — ${t.problem.message}`;
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface UnplannableTask extends JointTask {
  /** The inspection mode it would have had. */
  readonly mode: ModeDecision;
  /** Why it cannot be staffed. */
  readonly problem: Unplannable;
}

/**
 * What a plan was made from beyond the input and its draw record (`plan.draw.record`: seed,
 * input digest, strata), so that {@link verifyPlan} can replay it (R27).
 * @example
 * ```ts
 * import type { PlanRecord } from 'double-random';
 * const line = (r: PlanRecord): string => `${r.staffing} over ${r.workingDays.length} working days, ${r.triggered.length} triggered tasks`;
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface PlanRecord {
  /** The triggered tasks passed in (complaints, referrals, case leads, campaigns), by id. */
  readonly triggered: readonly DepartmentTask[];
  /** The id of the staffing algorithm (the second random). */
  readonly staffing: string;
  /** The window's working days under the calendar used (N3). */
  readonly workingDays: readonly IsoDate[];
  /**
   * SHA-256 of the names of the enterprises the plan visits or draws (its joint tasks, staffed or
   * not, and the draw's targets), as the input gives them: what a publication shows beside each
   * USCC (R4, R23). The input digest leaves names out; this binds them, so a directory with another
   * name does not verify (docs/draw-algorithm.md, "The names digest").
   */
  readonly namesDigest: string;
  /**
   * The digest of the visit secret the plan was made with (`PlanOptions.secret`, R26), or `null`
   * when it was made without one (then every date follows from the public seed).
   */
  readonly secretDigest: string | null;
}

/**
 * Coverage of one industry section by a plan (R28).
 * @example
 * ```ts
 * import type { IndustryCoverage } from 'double-random';
 * const line = (c: IndustryCoverage): string => `${c.industry}: ${c.visits} of ${c.enterprises}`;
 * ```
 * @category Metrics
 * @since 0.1.0
 */
export interface IndustryCoverage {
  /** GB/T 4754 section letter. */
  readonly industry: string;
  /** Enterprises of the section in the directory. */
  readonly enterprises: number;
  /** Planned visits (staffed joint tasks) to the section's enterprises. */
  readonly visits: number;
  /** `visits / enterprises`. */
  readonly share: number;
}

/**
 * The measures of a plan (R7, R28).
 * @example
 * ```ts
 * import type { PlanMetrics } from 'double-random';
 * const line = (m: PlanMetrics): string => `${m.departmentTasks} department tasks → ${m.visits} visits (${m.visitsSaved} saved)`;
 * ```
 * @category Metrics
 * @since 0.1.0
 */
export interface PlanMetrics {
  /** Department tasks before the merge (from the draw, and triggered). */
  readonly departmentTasks: number;
  /** Joint tasks after the merge: one visit per enterprise (R15). */
  readonly visits: number;
  /** `departmentTasks − visits`: visits the merge and the exemptions avoided. */
  readonly visitsSaved: number;
  /** Visits staffed. */
  readonly planned: number;
  /** Visits that could not be staffed. */
  readonly unplannable: number;
  /** Enterprises not visited (`Plan.empty`): every item dropped, or no item applies. */
  readonly empty: number;
  /** The joint share of the visits, against the policy's target (R7). */
  readonly jointShare: JointShare;
  /** Inspections per enterprise with a task, before (department tasks) and after (visits) the merge (R28). */
  readonly inspectionsPerEnterprise: {
    /** Department tasks per enterprise with a task. */
    readonly before: number;
    /** Visits per enterprise with a task (at most 1). */
    readonly after: number;
  };
  /** Dropped (enterprise, item) pairs by reason (R1, R9, R18, R20). */
  readonly dropped: Readonly<Record<DroppedItem['reason'], number>>;
  /** Coverage per industry section, by section letter. */
  readonly coverage: readonly IndustryCoverage[];
}

/**
 * A batch's plan (the whole pipeline of {@link planPeriod}): statuses and quotas, joint tasks
 * with lead, departments, items, mode, date and team, what could not be planned and why, and the
 * record that replays it.
 * @example
 * ```ts
 * import type { Plan } from 'double-random';
 * const summary = (p: Plan): string => `${p.tasks.length} visits, ${p.unplannable.length} unplannable, ${p.draw.counts.drawn} drawn`;
 * ```
 * @category Plan
 * @since 0.1.0
 */
export interface Plan {
  /** The first random: every enterprise's outcome, the quotas, the targets, the draw record. */
  readonly draw: DrawPlan;
  /** Staffed joint tasks, by id. */
  readonly tasks: readonly PlannedTask[];
  /** Joint tasks that could not be staffed, by id, each with its reason. */
  readonly unplannable: readonly UnplannableTask[];
  /** Enterprises not visited, and why: every item dropped (R1, R9, R18, R20), or drawn with no item that applies (R1). */
  readonly empty: readonly EmptyVisit[];
  /** Every (task, item) pair not in a task, with its reason. */
  readonly dropped: readonly DroppedItem[];
  /** What replays the plan. */
  readonly record: PlanRecord;
  /** The plan's measures. */
  readonly metrics: PlanMetrics;
  /**
   * What is valid but probably not what was meant: the draw's warnings, a batch window with no
   * working day (`period/no-working-day`, N3) and a missed joint-share target that the joint lists
   * cannot meet (`policy/joint-share-unreachable`, R7).
   */
  readonly warnings: readonly Warning[];
}
