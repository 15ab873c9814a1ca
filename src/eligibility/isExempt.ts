import * as z from 'zod/mini';
import { INSPECTION_REASONS } from '../internal/fields.js';
import { quote } from '../internal/text.js';
import { dateHint, parseSections, schemaIssues } from '../input/schemas.js';
import { BoundedIssues, MAX_ISSUES } from '../input/boundedIssues.js';
import type { CustomParams } from '../input/zodDetails.js';
import { isRecord, refusal, typeIssue } from '../internal/argumentIssues.js';
import { isIsoDate } from '../internal/date.js';
import { right } from '../internal/result.js';
import type { IsoDate } from '../model/date.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { InspectionReason, InspectionRecord, SameYearExemptionRule } from '../model/types.js';
import { parseUscc } from '../uscc/parseUscc.js';

/**
 * The answer of {@link isExempt}: whether the inspection may be skipped, and why.
 *
 * @example
 * ```ts
 * import type { Exemption } from 'double-random';
 * const show = (e: Exemption): string => (e.exempt ? `exempt (${e.rule}) by ${e.record?.date}` : `not exempt: ${e.why}`);
 * ```
 * @category Exemption
 * @since 0.1.0
 */
export interface Exemption {
  /** Whether the inspection is exempt. */
  readonly exempt: boolean;
  /** Always `R20`. */
  readonly rule: 'R20';
  /** Why, in a sentence. */
  readonly why: string;
  /** The joint or unified inspection that exempts it, when it is exempt. */
  readonly record?: InspectionRecord;
}

const REASONS = INSPECTION_REASONS;

/** A string field whose own check names its code, rule and details (a USCC, N10; a date), as a zod custom issue. */
function checked(problemOf: (value: string) => (CustomParams & { readonly message: string }) | undefined): z.ZodMiniString<string> {
  return z.string().check((ctx) => {
    const problem = problemOf(ctx.value);
    if (problem === undefined) return;
    const { message, ...params } = problem;
    ctx.issues.push({ code: 'custom', input: ctx.value, message, params: params satisfies CustomParams });
  });
}

/** The query of {@link isExempt}: strict, so that a misspelt key is reported with the key it most likely meant. */
const querySchema = z.strictObject({
  enterprise: checked((value) => {
    const parsed = parseUscc(value);
    if (parsed._tag === 'Right') return undefined;
    const { code, message, position, expected, found } = parsed.left;
    const details = { ...(position === undefined ? {} : { position }), ...(expected === undefined ? {} : { expected }), ...(found === undefined ? {} : { found }) };
    return { code, message, rule: 'N10', details };
  }),
  kind: z.string().check(z.minLength(1)),
  date: checked((value) => (isIsoDate(value) ? undefined : { code: 'date/invalid', rule: 'R20', message: `expected a calendar date "YYYY-MM-DD" that exists, got ${quote(value)}${dateHint(value)}` })),
  reason: z.enum(REASONS),
});

/** The policy's exemption rule (`policy.sameYearExemption`), strict. */
const ruleSchema = z.strictObject({ enabled: z.boolean(), exceptions: z.array(z.enum(REASONS)) });

/** The issues of the arguments of {@link isExempt}, each at a path under its name. */
function exemptionIssues(query: unknown, history: unknown, rule: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  if (isRecord(query)) issues.push(...schemaIssues(querySchema, query, ['query'], 'R20'));
  else issues.push(typeIssue(['query'], 'object', 'a query object { enterprise, kind, date, reason }', query, 'R20'));
  // The history is checked as parsePlanningInput checks its history section.
  if (Array.isArray(history)) {
    const found = new BoundedIssues(MAX_ISSUES);
    parseSections({ history }, found);
    issues.push(...found.filter((i) => i.path[0] === 'history'));
  }
  else issues.push(typeIssue(['history'], 'array', 'an array of inspection records', history, 'R20'));
  if (isRecord(rule)) issues.push(...schemaIssues(ruleSchema, rule, ['rule'], 'R20', true));
  else issues.push(typeIssue(['rule'], 'object', 'the exemption rule { enabled, exceptions } (policy.sameYearExemption)', rule, 'R20'));
  return issues;
}

/**
 * The same-year exemption (R20) as a query: after a joint inspection, or a department's unified
 * inspection, an enterprise is not inspected separately again for the same kind of check in the
 * same calendar year. Complaints and reports, referrals from higher authorities, case leads and
 * key-area campaigns are never exempt (the `rule.exceptions`).
 *
 * Only inspections dated before `date` in the same calendar year count: the exemption is per
 * enterprise × kind of check × calendar year.
 *
 * @param query - The enterprise, the kind of check planned, its date and reason.
 * @param history - Past inspections (any enterprise; others are ignored), as in a planning input.
 * @param rule - The policy's exemption rule (`policy.sameYearExemption`).
 * @returns `Right` with whether it is exempt, the rule, the reason and the exempting record;
 *   `Left` with every issue of the arguments, each at its path: a query that is not an object of
 *   a valid code (N10), a kind, a date and a reason (a misspelt key gets a suggestion), a history
 *   record as {@link parsePlanningInput} would refuse it, or a malformed rule.
 * @example
 * ```ts
 * import { isExempt, yongchuanPolicy, type DepartmentId, type InspectionRecord, type IsoDate, type Uscc } from 'double-random';
 *
 * const uscc = '91350100M000100Y43' as Uscc;
 * const history: InspectionRecord[] = [{
 *   enterprise: uscc, date: '2024-03-12' as IsoDate, departments: ['samr' as DepartmentId], itemKinds: ['food-safety'],
 *   joint: true, unified: false, reason: 'random',
 * }];
 * const query = { enterprise: uscc, kind: 'food-safety', date: '2024-06-01' as IsoDate };
 * const random = isExempt({ ...query, reason: 'random' }, history, yongchuanPolicy.sameYearExemption);
 * const complaint = isExempt({ ...query, reason: 'complaint' }, history, yongchuanPolicy.sameYearExemption);
 * if (random._tag === 'Right') console.log(random.right.exempt);       // true
 * if (complaint._tag === 'Right') console.log(complaint.right.exempt); // false
 * ```
 * @category Exemption
 * @since 0.1.0
 */
export function isExempt(
  query: { readonly enterprise: string; readonly kind: string; readonly date: IsoDate; readonly reason: InspectionReason },
  history: readonly InspectionRecord[],
  rule: SameYearExemptionRule,
): Result<InputError, Exemption> {
  return refusal(exemptionIssues(query, history, rule)) ?? right(isExemptUnchecked(query, history, rule));
}

/** {@link isExempt} of checked arguments (the library's own callers). */
export function isExemptUnchecked(
  query: { readonly enterprise: string; readonly kind: string; readonly date: IsoDate; readonly reason: InspectionReason },
  history: readonly InspectionRecord[],
  rule: SameYearExemptionRule,
): Exemption {
  if (!rule.enabled) return { exempt: false, rule: 'R20', why: 'the policy does not apply the same-year exemption' };
  if (rule.exceptions.includes(query.reason)) {
    return { exempt: false, rule: 'R20', why: `a ${query.reason} is never exempt` };
  }
  const year = query.date.slice(0, 4);
  const record = history.find((r) => r.enterprise === query.enterprise && r.date < query.date && r.date.startsWith(year) && exemptsKinds(r, [query.kind]));
  return record === undefined
    ? { exempt: false, rule: 'R20', why: `no joint or unified inspection of kind "${query.kind}" earlier in ${year}` }
    : { exempt: true, rule: 'R20', why: `a ${record.joint ? 'joint' : 'unified'} inspection on ${record.date} covered "${query.kind}"`, record };
}

/**
 * The one test of R20 that the merge ({@link isExempt}, per item) and the draw (per draw, every
 * kind it covers) share: a joint or unified inspection whose kinds include every given kind.
 * Which records count (the enterprise's, this year's, before the date) is the caller's filter.
 */
export function exemptsKinds(record: InspectionRecord, kinds: readonly string[]): boolean {
  return (record.joint || record.unified) && kinds.every((kind) => record.itemKinds.includes(kind));
}
