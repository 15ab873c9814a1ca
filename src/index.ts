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
export type { InputIssue, InputError } from './model/issues.js';
export type {
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
export { parsePlanningInput } from './model/parsePlanningInput.js';
export { parseUscc } from './uscc/parseUscc.js';
export { isValidUscc } from './uscc/isValidUscc.js';
export { normalizeUscc } from './uscc/normalizeUscc.js';
export type { Uscc, UsccError } from './uscc/types.js';
export { yongchuanPolicy } from './presets/yongchuan.js';
export { nationalPolicy } from './presets/national.js';
