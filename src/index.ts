/**
 * double-random: a pure rule engine for 双随机、一公开 joint inspections.
 *
 * @packageDocumentation
 */
export { RULES } from './model/rules.js';
export type { Rule, RuleId } from './model/rules.js';
export type { Brand } from './model/brand.js';
export type { Result, Left, Right } from './model/result.js';
export type { IsoDate } from './model/date.js';
export type { OnProgress, Progress, ProgressStage } from './model/progress.js';
export type { CheckCode, InputIssue, InputError, IssueBase, IssueCode, IssueDetails, Warning } from './model/issues.js';
export type {
  BlackListRule,
  CatchUpRule,
  ColourCode,
  CreditClass,
  Department,
  DepartmentId,
  Enterprise,
  FrequencyCap,
  IndustryCode,
  InputVersions,
  InspectionItem,
  InspectionReason,
  InspectionRecord,
  Inspector,
  InspectorId,
  ItemId,
  ItemScope,
  JointList,
  Level,
  OperatingStatus,
  Period,
  PlanningInput,
  Policy,
  RoundingMode,
  SameYearExemptionRule,
  TierRatios,
} from './model/types.js';
export { parsePlanningInput } from './input/parsePlanningInput.js';
export type { ParseOptions } from './input/parsePlanningInput.js';
export { parseUscc } from './uscc/parseUscc.js';
export { isValidUscc } from './uscc/isValidUscc.js';
export { normalizeUscc } from './uscc/normalizeUscc.js';
export type { Uscc, UsccError } from './model/uscc.js';
export { yongchuanPolicy } from './presets/yongchuan.js';
export { nationalPolicy } from './presets/national.js';
export { planDraw } from './plan/planDraw.js';
export type { DrawOptions } from './plan/planDraw.js';
export { defaultDraws } from './plan/draws.js';
export type { DrawFilter, DrawSpec } from './model/draws.js';
export type { DrawPlan, DrawRecord, Outcome, Placement, RecordedStratum, StratumQuota, Target } from './plan/types.js';
export { REASONS } from './eligibility/reasons.js';
export type { EnterpriseStatus, Reason, ReasonCode } from './eligibility/reasons.js';
export { isExempt } from './eligibility/isExempt.js';
export type { Exemption } from './eligibility/isExempt.js';
export { verifyDraw } from './plan/verifyDraw.js';
export type { DrawDifference, DrawVerification, VerifyDrawOptions } from './plan/verifyDraw.js';
export { ticketOf, drawSample } from './random/drawSample.js';
export { inputDigest } from './random/inputDigest.js';
export { countShard, drawShard, mergeShards, shardMembers, splitQuotas } from './plan/splitDraw.js';
export { selectionSql } from './sql/selectionSql.js';
export type { SelectionSql } from './sql/selectionSql.js';
export type { Candidate, ShardCandidates, ShardCounts, ShardDraw, ShardMember, ShardMembers, SetupSections, ShardStratum, SplitQuota, SplitQuotas } from './plan/splitDraw.js';
export { wuxiPolicy } from './presets/wuxi.js';
export { qingyangPolicy } from './presets/qingyang.js';
export { shenyangHighRiskFields, shenyangPolicy } from './presets/shenyang.js';
export type { HighRiskField } from './presets/shenyang.js';
export { highRiskDraws } from './plan/highRiskDraws.js';
export { minhangKeyIndustries, minhangPolicy } from './presets/minhang.js';
export { keyIndustryLists } from './plan/keyIndustryLists.js';
export type { KeyIndustryAssignment } from './plan/keyIndustryLists.js';
export type { HighRiskAssignment } from './plan/highRiskDraws.js';
export { CHINA_HOLIDAYS } from './calendar/chinaCalendar.js';
export type { HolidayCalendar, HolidayYear } from './calendar/chinaCalendar.js';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './calendar/workingDays.js';
export type { WorkingDayOptions } from './calendar/workingDays.js';
export { escalate } from './escalation/escalate.js';
export type { EscalationContext, FlexibleLists } from './escalation/escalate.js';
export type { Action, ActionKind, Finding, InspectionResult, LabResult, PublicityOutcome, Severity } from './escalation/types.js';
export { mergeTasks } from './merge/mergeTasks.js';
export { tasksFromDraw } from './plan/tasksFromDraw.js';
export type { DepartmentTask, DroppedItem, EmptyVisit, JointTask, MergeResult } from './merge/types.js';
export { inspectionMode } from './merge/inspectionMode.js';
export type { InspectionMode, ModeDecision } from './merge/inspectionMode.js';
export { staffTasks } from './staffing/staffTasks.js';
export type { Assignment, SkippedInspector, SkipReason, Staffing, StaffingOptions, TeamMember, Unplannable, UnplannableBase, UnplannableReason } from './staffing/types.js';
export { planPeriod } from './plan/planPeriod.js';
export type { PlanOptions } from './plan/planPeriod.js';
export { verifyPlan } from './plan/verifyPlan.js';
export type { PlanVerification, VerifyPlanOptions } from './plan/verifyPlan.js';
export type { IndustryCoverage, Plan, PlanMetrics, PlannedTask, PlanRecord, UnplannableTask } from './plan/types.js';
export { jointShare } from './report/metrics.js';
export type { JointShare } from './report/metrics.js';
export { PUBLICITY_WORDING, publicationRecords } from './publication/publicationRecords.js';
export type { Publication, PublicationOptions, PublishedResult } from './publication/publicationRecords.js';
export type { PublishedReason } from './publication/publishedReasons.js';
export { publicCodes } from './publication/publicCodes.js';
export type { PublicCodeOptions, PublicCodes } from './publication/publicCodes.js';
export { checkSheet, sheetResult } from './publication/checkSheet.js';
export type { CheckSheet, CheckSheetRow, FilledRow, FilledSheet, SheetMeasure } from './publication/checkSheet.js';
export { annualPlan } from './publication/annualPlan.js';
export type { AnnualPlan, BatchWindow, MissingElement, PlannedInspection, PlannedItem, PlannedMethod } from './publication/annualPlan.js';
export { formatIssue } from './messages/formatIssue.js';
export type { Explainable, FormatOptions, Locale } from './messages/formatIssue.js';
