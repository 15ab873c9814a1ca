import * as z from 'zod';
import { INSPECTION_REASONS } from '../internal/fields.js';
import { isIsoDate } from '../internal/date.js';
import type { RuleId } from '../model/rules.js';
import type { InspectionReason } from '../model/types.js';
import { isUsccFast } from '../uscc/alphabet.js';

/** Publication deadline (N4: 企业信息公示暂行条例 art. 6). */
export const PUBLISH_WORKING_DAYS = 20;
/** Filing deadline of an inspection outside the random plan (R24, 004 §二(二)). */
export const FILING_WORKING_DAYS = 5;

const uscc = z.custom<string>((v) => typeof v === 'string' && isUsccFast(v), 'expected a valid unified social credit code (N10)');
/** A calendar date `YYYY-MM-DD` that exists. */
export const isoDateSchema: z.ZodType<string> = z.custom<string>((v) => isIsoDate(v), 'expected a calendar date "YYYY-MM-DD" that exists');
const isoDate = isoDateSchema;
/** One finding: compliant, or a violation with its severity and spread (`single` when not given). */
export const findingSchema: z.ZodType = z.discriminatedUnion('outcome', [
  z.strictObject({ item: z.string().min(1), outcome: z.literal('compliant') }),
  z.strictObject({
    item: z.string().min(1),
    outcome: z.literal('violation'),
    severity: z.enum(['minor-first', 'general', 'serious']),
    spread: z.enum(['single', 'industry-wide', 'regional']).default('single'),
  }),
]);
const finding = findingSchema;
/** A lab or test result of an item (R17). */
export const labResultSchema: z.ZodType = z.strictObject({ item: z.string().min(1), summary: z.string() });

/** The triggers, in the order that decides a merged visit's reason (R24). */
const TRIGGERS: readonly InspectionReason[] = ['complaint', 'referral', 'case-lead', 'campaign'];

/** Whether a value is a reason of an inspection. */
export function isInspectionReason(value: unknown): value is InspectionReason {
  return value === 'random' || TRIGGERS.includes(value as InspectionReason);
}

/** Why a visit merging tasks of these reasons takes place: the first trigger among them (R24), else `random`. */
export function visitReason(reasons: readonly InspectionReason[]): InspectionReason {
  return TRIGGERS.find((r) => reasons.includes(r)) ?? 'random';
}
/** The shape of an inspection result (R21–R24), strict: what `escalate` and `publicationRecords` accept. */
export const resultSchema: z.ZodType = z.strictObject({
  enterprise: uscc,
  date: isoDate,
  reason: z.enum(INSPECTION_REASONS),
  lead: z.string().min(1),
  departments: z.array(z.string().min(1)).min(1),
  findings: z.array(finding),
  contact: z.enum(['operating', 'not-operating', 'unreachable']),
  majorHazard: z.boolean().default(false),
  labResults: z.array(labResultSchema).default([]),
  publicity: z.optional(z.enum(['no-problem', 'problem-corrected', 'problem-follow-up', 'not-disclosed', 'false-disclosure', 'unreachable', 'no-activity', 'refused', 'deregistered'])),
});

/** The rule behind each field of a result, for its issues. */
export const RESULT_FIELD_RULES: Readonly<Record<string, RuleId>> = {
  enterprise: 'N10', date: 'N3', reason: 'R24', lead: 'R16', departments: 'R15', findings: 'R21', contact: 'R22', majorHazard: 'R21', labResults: 'R17', publicity: 'R23',
};

