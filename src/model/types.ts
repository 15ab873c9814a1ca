import type { Brand } from './brand.js';
import type { IsoDate } from './date.js';
import type { Uscc } from './uscc.js';

/**
 * The id of a department (执法部门), unique in a {@link PlanningInput}.
 * @example
 * ```ts
 * import type { DepartmentId, Inspector } from 'double-random';
 * const byDepartment = (inspector: Inspector): DepartmentId => inspector.department;
 * ```
 * @category Model
 * @since 0.1.0
 */
export type DepartmentId = Brand<string, 'DepartmentId'>;

/**
 * The id of an inspector (执法检查人员), unique in a {@link PlanningInput}.
 * @example
 * ```ts
 * import type { InspectorId, Inspector } from 'double-random';
 * const idOf = (inspector: Inspector): InspectorId => inspector.id;
 * ```
 * @category Model
 * @since 0.1.0
 */
export type InspectorId = Brand<string, 'InspectorId'>;

/**
 * The id of an inspection item (抽查事项), unique in a {@link PlanningInput}.
 * @example
 * ```ts
 * import type { ItemId, InspectionItem } from 'double-random';
 * const idOf = (item: InspectionItem): ItemId => item.id;
 * ```
 * @category Model
 * @since 0.1.0
 */
export type ItemId = Brand<string, 'ItemId'>;

/**
 * An industry code of GB/T 4754-2017: a section letter `A`–`T`, optionally followed by the
 * two-digit division that belongs to that section (`F` or `F52`, never `F13`).
 * @example
 * ```ts
 * import type { IndustryCode, Enterprise } from 'double-random';
 * const sectionOf = (e: Enterprise): string => (e.industry as IndustryCode).charAt(0);
 * ```
 * @category Model
 * @since 0.1.0
 */
export type IndustryCode = Brand<string, 'IndustryCode'>;

/**
 * Credit-risk class (N5, R9): `A` low risk, `B` ordinary, `C` higher, `D` high, or `unrated`.
 * @example
 * ```ts
 * import type { CreditClass } from 'double-random';
 * const escalated = (c: CreditClass): boolean => c === 'C' || c === 'D';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type CreditClass = 'A' | 'B' | 'C' | 'D' | 'unrated';

/**
 * Colour code (R10): `red` full coverage, `yellow` raised ratio, `green` trigger-only, or `none`.
 * @example
 * ```ts
 * import type { ColourCode } from 'double-random';
 * const fullCoverage = (c: ColourCode): boolean => c === 'red';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type ColourCode = 'red' | 'yellow' | 'green' | 'none';

/**
 * Operating status of an enterprise (R22, N9).
 * @example
 * ```ts
 * import type { OperatingStatus } from 'double-random';
 * const reachable = (s: OperatingStatus): boolean => s !== 'unreachable';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type OperatingStatus = 'operating' | 'not-operating' | 'unreachable';

/**
 * Level of government (R18): an item, a department or a jurisdiction belongs to one.
 * @example
 * ```ts
 * import type { Level } from 'double-random';
 * const levels: readonly Level[] = ['city', 'district', 'town'];
 * ```
 * @category Model
 * @since 0.1.0
 */
export type Level = 'city' | 'district' | 'town';

/**
 * Scope category of an item (R1): only `general` items take part in random planning; `safety`
 * (安全), `environment` (环保), `police` (警务) and `unlicensed` (无证无照) stay out.
 * @example
 * ```ts
 * import type { ItemScope } from 'double-random';
 * const random = (s: ItemScope): boolean => s === 'general';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type ItemScope = 'general' | 'safety' | 'environment' | 'police' | 'unlicensed';

/**
 * Why an inspection took place (R20, R24): a random draw, or one of the triggers that the
 * same-year exemption never blocks.
 * @example
 * ```ts
 * import type { InspectionReason } from 'double-random';
 * const triggered = (r: InspectionReason): boolean => r !== 'random';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type InspectionReason = 'random' | 'complaint' | 'referral' | 'case-lead' | 'campaign';

/**
 * How a quota is rounded to whole enterprises (R5): Yongchuan's 247 of 24 738 at 1 % is `nearest`.
 * @example
 * ```ts
 * import type { RoundingMode } from 'double-random';
 * const mode: RoundingMode = 'nearest';
 * ```
 * @category Model
 * @since 0.1.0
 */
export type RoundingMode = 'nearest' | 'up' | 'down';

/**
 * An enterprise of the target directory (检查对象名录库), keyed by its USCC (R2).
 * @example
 * ```ts
 * import type { Enterprise } from 'double-random';
 * const label = (e: Enterprise): string => `${e.name} (${e.uscc}, class ${e.creditClass})`;
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface Enterprise {
  /** Unified social credit code (R2, N10). */
  readonly uscc: Uscc;
  /** Registered name. */
  readonly name: string;
  /** Industry (GB/T 4754-2017 section, optionally with division). */
  readonly industry: IndustryCode;
  /** Administrative division code (GB/T 2260, six digits) of the registered address. */
  readonly region: string;
  /** Level of government that supervises it. */
  readonly jurisdiction: Level;
  /** Date of registration. */
  readonly registeredOn: IsoDate;
  /** Credit-risk class (N5, R9). */
  readonly creditClass: CreditClass;
  /** Colour code (R10). */
  readonly colour: ColourCode;
  /** On the flexible-supervision white list (R13). */
  readonly whiteList: boolean;
  /** Low-risk enterprise of a designated emerging industry, exempt by trust (R12). */
  readonly trustExempt: boolean;
  /** On a shared black list of dishonest entities (R14). */
  readonly blackList: boolean;
  /** Operating status (R22). */
  readonly operatingStatus: OperatingStatus;
}

/**
 * A department (执法部门) that plans and staffs inspections.
 * @example
 * ```ts
 * import type { Department } from 'double-random';
 * const label = (d: Department): string => `${d.name} [${d.id}]`;
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface Department {
  /** Unique id. */
  readonly id: DepartmentId;
  /** Display name. */
  readonly name: string;
  /** Level of government. */
  readonly level: Level;
  /**
   * The line (系统) the department belongs to across levels, such as `market-supervision` for the
   * city and the district market-supervision bureaus: departments of one line check a kind once,
   * at the highest level that asks for it (R18). Without it, a department is a line of its own.
   */
  readonly line?: string | undefined;
}

/**
 * An inspector of the inspector directory (执法检查人员名录库, R19, N1, N2).
 * @example
 * ```ts
 * import type { Inspector } from 'double-random';
 * const eligibleFor = (i: Inspector, kind: string): boolean => i.certified && i.qualifications.includes(kind);
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface Inspector {
  /** Unique id. */
  readonly id: InspectorId;
  /** Display name. */
  readonly name: string;
  /** The department the inspector belongs to. */
  readonly department: DepartmentId;
  /** Holds a law-enforcement certificate (N1); only certified inspectors are drawn. */
  readonly certified: boolean;
  /** Item kinds (see {@link InspectionItem.kind}) the inspector is qualified for. */
  readonly qualifications: readonly string[];
  /** Dates on which the inspector cannot be scheduled. */
  readonly unavailable: readonly IsoDate[];
  /** How many inspections the inspector can take part in on one day (at least 1). */
  readonly capacityPerDay: number;
  /** Enterprises the inspector has declared a conflict of interest with (N2). */
  readonly conflicts: readonly Uscc[];
}

/**
 * An item of the item list (抽查事项清单).
 * @example
 * ```ts
 * import type { InspectionItem } from 'double-random';
 * const random = (item: InspectionItem): boolean => item.scope === 'general';
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface InspectionItem {
  /** Unique id. */
  readonly id: ItemId;
  /** Display name. */
  readonly name: string;
  /** The department that owns the item. */
  readonly department: DepartmentId;
  /** Kind of check, for the same-year exemption (同类检查, R20) and inspector qualifications. */
  readonly kind: string;
  /** Level of government that lists it; the same item from several levels is checked once (R18). */
  readonly level: Level;
  /** Key items (safety, quality, public interest) have no upper ratio; general ones do (N6). */
  readonly importance: 'key' | 'general';
  /** Scope category: only `general` items are planned at random (R1). */
  readonly scope: ItemScope;
  /** Industries the item applies to (a section covers its divisions); empty for every industry. */
  readonly industries: readonly IndustryCode[];
  /** Its legal basis (检查依据), as the annual plan states it (R25; 002 §三(九)). Optional. */
  readonly basis?: string | undefined;
  /**
   * `true` for an item that may not be told to the enterprise before the visit: not disclosed by law,
   * or a superior asked so (不能事先通知的检查事项, R32; 001 §二(三)). A visit with such an item is
   * unannounced whatever the enterprise's class, and neither the item nor the visit's date is
   * published before the visit. Absent or `false`: the item may be told in advance.
   */
  readonly noAdvanceNotice?: boolean | undefined;
}

/**
 * A 一业一查 joint list for an industry: its lead and cooperating departments and their items (R16).
 * @example
 * ```ts
 * import type { JointList } from 'double-random';
 * const cooperating = (list: JointList) => list.departments.filter((d) => d !== list.lead);
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface JointList {
  /** Unique id. */
  readonly id: string;
  /** The industry the list covers (a section covers all its divisions). */
  readonly industry: IndustryCode;
  /** The lead department; it is one of {@link JointList.departments}. */
  readonly lead: DepartmentId;
  /** Every participating department, the lead included. */
  readonly departments: readonly DepartmentId[];
  /** The items checked in one visit, each owned by one of the departments. */
  readonly items: readonly ItemId[];
}

/**
 * An inspection that took place, from the history (R8, R20, N8).
 * @example
 * ```ts
 * import type { InspectionRecord } from 'double-random';
 * const exempting = (r: InspectionRecord): boolean => r.joint || r.unified;
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface InspectionRecord {
  /** The enterprise inspected. */
  readonly enterprise: Uscc;
  /** Date of the inspection. */
  readonly date: IsoDate;
  /** Departments that took part (at least one). */
  readonly departments: readonly DepartmentId[];
  /** Kinds of check performed (R20). */
  readonly itemKinds: readonly string[];
  /** A joint (multi-department) inspection. */
  readonly joint: boolean;
  /** A department's unified inspection (部门统一检查), which exempts like a joint one (R20). */
  readonly unified: boolean;
  /** Why it took place. */
  readonly reason: InspectionReason;
}

/**
 * Sampling ratios of a policy (R5, R10, R11, N5), each a share in [0, 1] of a stratum per year.
 * @example
 * ```ts
 * import type { TierRatios } from 'double-random';
 * const flat: TierRatios = { A: 0.04, B: 0.04, C: 0.04, D: 0.04, unrated: 0.04, yellow: 0.08 };
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface TierRatios {
  /** Class A (low risk). */
  readonly A: number;
  /** Class B (ordinary). */
  readonly B: number;
  /** Class C (higher risk). */
  readonly C: number;
  /** Class D (high risk). */
  readonly D: number;
  /** Not yet rated. */
  readonly unrated: number;
  /** Yellow-coded enterprises: the raised ratio, used when above the class's own (R10). */
  readonly yellow: number;
}

/**
 * How black-listed enterprises are drawn (R14; Shenyang 002 §二(六)-(七): black-listed entities are
 * supervision priorities). `full`: every one in a draw's population is inspected (full coverage,
 * like a red code); `raised`: they are sampled in strata of their own at `max(class ratio, colour
 * ratio, ratio)`. Either way they are never trigger-only nor drawn last (R8).
 * @example
 * ```ts
 * import type { BlackListRule } from 'double-random';
 * const everyOne: BlackListRule = { coverage: 'full' };
 * const oneInFive: BlackListRule = { coverage: 'raised', ratio: 0.2 };
 * ```
 * @category Policy
 * @since 0.1.0
 */
export type BlackListRule =
  | {
      /** Every black-listed enterprise in a draw's population is inspected (reason `black-list`). */
      readonly coverage: 'full';
    }
  | {
      /** Black-listed enterprises are sampled in strata of their own (`…|black-list`). */
      readonly coverage: 'raised';
      /** Their yearly ratio, in [0, 1], used when above their class's and colour's. */
      readonly ratio: number;
    };

/**
 * The fourth-quarter catch-up rule (R6): industries with nothing drawn in the year get `ratio` of
 * the industry in the last batch, at least `minimum`.
 * @example
 * ```ts
 * import type { CatchUpRule } from 'double-random';
 * const yongchuan: CatchUpRule = { ratio: 0.03, minimum: 1 };
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface CatchUpRule {
  /** Share of the industry drawn, in [0, 1]. */
  readonly ratio: number;
  /** At least this many enterprises (不足1家的按1家). */
  readonly minimum: number;
}

/**
 * A yearly cap on inspections per enterprise set by one department (N8).
 * @example
 * ```ts
 * import type { FrequencyCap } from 'double-random';
 * const cap = (c: FrequencyCap): string => `${c.department}: at most ${c.perYear} a year`;
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface FrequencyCap {
  /** The department whose cap it is. */
  readonly department: DepartmentId;
  /** Random inspections per enterprise per calendar year; triggers do not count (N8). */
  readonly perYear: number;
}

/**
 * The same-year exemption (R20): after a joint or unified inspection, an enterprise is not
 * inspected again for the same kind of check that calendar year, except for the listed reasons.
 * @example
 * ```ts
 * import type { SameYearExemptionRule } from 'double-random';
 * const wuxi: SameYearExemptionRule = { enabled: true, exceptions: ['complaint', 'referral', 'case-lead', 'campaign'] };
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface SameYearExemptionRule {
  /** Whether the exemption applies at all. */
  readonly enabled: boolean;
  /** Reasons that are never exempt (Wuxi: complaints, referrals, case leads, campaigns). */
  readonly exceptions: readonly InspectionReason[];
}

/**
 * The locality's choices: every number a rule leaves to the locality is a field here.
 * @example
 * ```ts
 * import type { Policy } from 'double-random';
 * const perBatch = (p: Policy): number => p.ratios.B / p.batchesPerYear;
 * ```
 * @category Policy
 * @since 0.1.0
 */
export interface Policy {
  /** A name for the policy, recorded in plans. */
  readonly id: string;
  /** Batches per year (Yongchuan: 4 quarters, R5). */
  readonly batchesPerYear: number;
  /** Yearly ratios by class and colour (R5, R10, R11, N5). */
  readonly ratios: TierRatios;
  /** Each batch draws at least this share of a stratum (Yongchuan: 1 %, R5). */
  readonly batchMinimumRatio: number;
  /** How quotas are rounded (R5). */
  readonly rounding: RoundingMode;
  /** Minimum quota of a non-empty stratum (R6's 不足1家的按1家), 0 for none. */
  readonly minimumPerStratum: number;
  /** The last batch's catch-up for industries with nothing drawn, or `null` (R6). */
  readonly catchUp: CatchUpRule | null;
  /** Item scopes kept out of random planning (R1). */
  readonly excludedScopes: readonly ItemScope[];
  /** Class A is inspected only on a trigger (N5). */
  readonly classATriggerOnly: boolean;
  /** Enterprises already drawn this year are drawn last, not again (R8). */
  readonly avoidRepeatDraws: boolean;
  /** Yearly caps per department (N8). */
  readonly caps: readonly FrequencyCap[];
  /** Minimum team size: at least 2, which national law sets (N1); a policy below it is refused. */
  readonly teamSize: number;
  /** Team size for escalated (class C and D) inspections: at least 2 (N1) and at least `teamSize` (R9). */
  readonly escalatedTeamSize: number;
  /** The same-year exemption (R20). */
  readonly sameYearExemption: SameYearExemptionRule;
  /** Target share of joint tasks among all tasks (Wuxi: 0.25, R7), or `null`. */
  readonly jointShareTarget: number | null;
  /** Whether a single department may start a random task alone (Qingyang: no, R16). */
  readonly singleDepartmentTasks: boolean;
  /**
   * Share of each department's items checked in a flying inspection of class B (R9: all items or a
   * chosen subset): 1 for all; below 1, a seeded pick of ⌈share × items⌉ of each department's
   * items, at least one. Items a trigger asked for are always checked. Optional in inputs (default 1).
   */
  readonly flyingItemShare: number;
  /**
   * How black-listed enterprises are drawn (R14), or `null` to draw them like any other.
   * Optional in inputs (default `null`).
   */
  readonly blackList: BlackListRule | null;
  /**
   * Non-site supervision replaces an on-site visit where it achieves the purpose (Minhang 003 §三(五)2:
   * "非现场监管能够实现预期监管目的和效果的, 不再开展现场检查"; R11): a visit of the random plan to a
   * class B enterprise without a colour code (and not black-listed under a black-list rule) whose
   * items are all general, not key (N6), is made online. Optional in inputs (default `false`).
   */
  readonly nonSiteWhereSufficient: boolean;
  /**
   * The day (`MM-DD`) by which departments submit their annual plans for the year, or `null`
   * (R25: Shenyang `01-10`, 002 §三(九); Qingyang `04-30`, 001 §三). Optional in inputs (default `null`).
   */
  readonly annualPlanDue: string | null;
  /**
   * What the public notice shows for an enterprise (R3; Yongchuan 004 §一(二) shows codes at the
   * public draw): `names` (its USCC and name), `codes` (its 15-digit public code only, from
   * {@link publicCodes}), or `both`. Optional in inputs (default `names`).
   */
  readonly publicIdentity: 'names' | 'codes' | 'both';
}

/**
 * The period a plan is for: a batch of a year and its date window (R5, R25).
 * @example
 * ```ts
 * import type { Period } from 'double-random';
 * const label = (p: Period): string => `${p.year} batch ${p.batch} (${p.start} – ${p.end})`;
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface Period {
  /** Calendar year. */
  readonly year: number;
  /** Batch number, 1-based, at most the policy's batches per year. */
  readonly batch: number;
  /** First day of the window. */
  readonly start: IsoDate;
  /** Last day of the window, not before `start`, in the same year. */
  readonly end: IsoDate;
}

/**
 * Version labels of the inputs a plan was drawn from (R4), recorded in the plan.
 * @example
 * ```ts
 * import type { InputVersions } from 'double-random';
 * const v: InputVersions = { directory: '2024-03-31', inspectors: 'v12', items: '2024' };
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface InputVersions {
  /** Version of the target directory. */
  readonly directory: string;
  /** Version of the inspector directory. */
  readonly inspectors: string;
  /** Version of the item list. */
  readonly items: string;
}

/**
 * Everything a plan is made from, validated by {@link parsePlanningInput}: "one list, two
 * directories" (一单两库), the joint lists, the history, the policy and the period.
 * @example
 * ```ts
 * import type { PlanningInput } from 'double-random';
 * const size = (input: PlanningInput): number => input.enterprises.length;
 * ```
 * @category Model
 * @since 0.1.0
 */
export interface PlanningInput {
  /** Version labels (R4). */
  readonly versions: InputVersions;
  /** The target directory. */
  readonly enterprises: readonly Enterprise[];
  /** Departments. */
  readonly departments: readonly Department[];
  /** The inspector directory. */
  readonly inspectors: readonly Inspector[];
  /** The item list. */
  readonly items: readonly InspectionItem[];
  /** 一业一查 joint lists. */
  readonly jointLists: readonly JointList[];
  /** Inspections that already took place. */
  readonly history: readonly InspectionRecord[];
  /** The locality's policy. */
  readonly policy: Policy;
  /** The batch being planned. */
  readonly period: Period;
}
