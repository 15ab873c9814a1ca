import * as z from 'zod';
import { addWorkingDaysUnchecked, type WorkingDayOptions } from '../calendar/workingDays.js';
import { schemaIssues, workingDayOptionsSchema } from '../input/schemas.js';
import { fromZodIssue } from '../input/zodDetails.js';
import { zodIssues } from '../input/keys.js';
import { left, right } from '../internal/result.js';
import type { IsoDate } from '../model/date.js';
import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import type { CreditClass, DepartmentId, InspectionItem } from '../model/types.js';
import { FILING_WORKING_DAYS, PUBLISH_WORKING_DAYS, RESULT_FIELD_RULES, resultSchema } from './resultSchema.js';
import type { Action, Finding, InspectionResult } from './types.js';
import { NOT_INSPECTED, publicityProblem } from './publicity.js';

/**
 * The three lists of flexible enforcement (免罚、减罚、轻罚清单, 000 §二(七)), by item id or kind.
 * @example
 * ```ts
 * import type { FlexibleLists } from 'double-random';
 * const lists: FlexibleLists = { noPenalty: ['samr:registration'], lighter: ['health:public-hygiene'] };
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export interface FlexibleLists {
  /** No penalty for a minor first offence (首违不罚). */
  readonly noPenalty?: readonly string[];
  /** A reduced penalty (减轻处罚). */
  readonly reduced?: readonly string[];
  /** A lighter penalty (从轻处罚). */
  readonly lighter?: readonly string[];
}

/**
 * What {@link escalate} needs besides the result: the enterprise's credit class, the task's items,
 * the locality's flexible-enforcement lists and the working-day calendar.
 * @example
 * ```ts
 * import type { EscalationContext } from 'double-random';
 * const context: EscalationContext = { creditClass: 'unrated', items: [], flexibleLists: { noPenalty: ['samr:registration'] } };
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export interface EscalationContext {
  /** The enterprise's credit class; an unrated one is referred for rating (R9). */
  readonly creditClass: CreditClass;
  /** The items of the inspected task; a finding for any other item is refused. */
  readonly items: readonly InspectionItem[];
  /**
   * The three lists of flexible enforcement (免罚、减罚、轻罚清单, 000 §二(七)), by item id or kind.
   * The no-penalty list covers minor first offences only; none covers a serious violation.
   */
  readonly flexibleLists?: FlexibleLists;
  /** The working-day calendar for deadlines (N3). */
  readonly calendar?: WorkingDayOptions;
  /**
   * Departments to notify of a serious industry-wide or regional violation or a major hazard (R21)
   * beside those that took part: typically the departments of the industry's 一业一查 joint list.
   * When one department inspected alone and none is named here, {@link escalate} refuses the
   * result (`escalation/no-recipients`) rather than notify nobody.
   */
  readonly notify?: readonly DepartmentId[];
}

const idList = z.array(z.string().min(1));
const contextSchema = z.strictObject({
  creditClass: z.enum(['A', 'B', 'C', 'D', 'unrated']),
  items: z.array(z.looseObject({ id: z.string().min(1), department: z.string().min(1), kind: z.string().min(1), importance: z.enum(['key', 'general']) })),
  flexibleLists: z.strictObject({ noPenalty: idList.optional(), reduced: idList.optional(), lighter: idList.optional() }).optional(),
  calendar: z.optional(workingDayOptionsSchema),
  notify: idList.optional(),
});

function issue(path: (string | number)[], code: CheckCode, message: string, rule: RuleId): InputIssue {
  return { code, path, at: formatPath(path), message, rule };
}

/**
 * Turns an inspection's result into the actions that follow, each with its rule and, where a
 * deadline applies, its due date in working days (R21–R24, N3, N4, N9):
 *
 * - items checked and nothing found → `archive` (R21);
 * - violations → `penalty-procedure` per department, or `flexible-enforcement` (no penalty, reduced
 *   or lighter) where the locality's three lists cover the item (R21; 000 §二(七));
 * - a serious industry-wide or regional violation, or a major hazard → `report-to-government` by
 *   the lead department and `notify-departments` to the other departments that took part and
 *   those of `context.notify` (R21; never an empty list: with nobody to notify the result is refused);
 * - unreachable at its registered address → `abnormal-operation-listing` (R22, N9); not operating
 *   but reachable → `support-resumption` by the lead department (R22); a visit that found the
 *   enterprise unreachable records no finding, and gets no `archive`;
 * - unrated, with findings → `rating-referral` (R9); lab results → `adopt-lab-results` by every department (R17);
 * - always → `credit-record` (R23) and `publish` within 20 working days (N4);
 * - any inspection outside the random plan (complaint or report, referral, case lead, campaign) →
 *   `file-with-district-bureau` within 5 working days of the inspection (R24).
 *
 * @param result - The result as the platform recorded it (validated here).
 * @param context - Credit class, the task's items, the flexible lists and the calendar.
 * @returns `Right` with the actions in a fixed order, or `Left` with every issue of the result, or
 *   of the context when it is missing, misspelt or malformed (at `context…`).
 * @example
 * ```ts
 * import { escalate, type IsoDate } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 10, seed: 'escalate' });
 * const food = input.items.find((i) => i.id === 'samr/food-safety')!;
 * const actions = escalate(
 *   {
 *     enterprise: input.enterprises[0]!.uscc, date: '2024-09-27' as IsoDate, reason: 'complaint',
 *     lead: 'samr', departments: ['samr'], contact: 'operating',
 *     findings: [{ item: food.id, outcome: 'violation', severity: 'general', spread: 'single' }],
 *   },
 *   { creditClass: 'B', items: [food] },
 * );
 * if (actions._tag === 'Right') for (const a of actions.right) console.log(a.kind, a.rule, a.due ?? '');
 * // penalty-procedure R21 / credit-record R23 / publish N4 2024-10-30 / file-with-district-bureau R24 2024-10-10
 * ```
 * @category Escalation
 * @since 0.1.0
 */
export function escalate(result: unknown, context: EscalationContext): Result<InputError, readonly Action[]> {
  // The context is checked first: a missing or misspelt one would otherwise throw deep inside, or be ignored.
  const [badContext, ...moreBad] = schemaIssues(contextSchema, context, ['context'], 'R21', true);
  if (badContext !== undefined) return left({ code: 'invalid-input', issues: [badContext, ...moreBad] });
  const parsed = resultSchema.safeParse(result);
  if (!parsed.success) {
    const ruleOf = (path: readonly (string | number)[]): RuleId => RESULT_FIELD_RULES[String(path[0])] ?? 'R21';
    const issues = zodIssues(resultSchema, result, parsed.error.issues, [], (i) => fromZodIssue(i, [], result, ruleOf), ruleOf);
    const [first, ...rest] = issues;
    return left({ code: 'invalid-input', issues: first === undefined ? [issue([], 'schema/invalid', 'invalid result', 'R21')] : [first, ...rest] });
  }
  const r = parsed.data as InspectionResult;
  const itemOf = new Map(context.items.map((i) => [i.id as string, i]));
  const issues = checkResult(r, itemOf);
  const alarm = r.majorHazard || r.findings.some((f) => f.outcome === 'violation' && f.severity === 'serious' && f.spread !== 'single');
  const recipients = [...new Set([...r.departments, ...(context.notify ?? [])])].filter((d) => d !== r.lead);
  if (alarm && recipients.length === 0) {
    issues.push({
      code: 'escalation/no-recipients', path: ['context', 'notify'], at: 'context.notify', rule: 'R21',
      message: `a serious industry-wide or regional violation, or a major hazard, is notified to the other departments, but "${r.lead}" inspected alone: name them in context.notify (the industry's joint-list departments)`,
    });
  }
  let publishDue: IsoDate | undefined;
  let filingDue: IsoDate | undefined;
  try {
    publishDue = addWorkingDaysUnchecked(r.date, PUBLISH_WORKING_DAYS, context.calendar);
    filingDue = addWorkingDaysUnchecked(r.date, FILING_WORKING_DAYS, context.calendar);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push(issue(['date'], 'calendar/unknown-year', error.message.replace(/^addWorkingDays: /, ''), 'N3'));
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...rest] });

  const actions: Action[] = [];
  const lead = r.lead;
  const violations = r.findings.filter((f) => f.outcome === 'violation');
  if (r.findings.length > 0 && violations.length === 0) {
    actions.push({ kind: 'archive', rule: 'R21', department: lead, description: 'nothing found: the result is archived' });
  }
  actions.push(...enforcement(violations, itemOf, context.flexibleLists));
  if (alarm) {
    actions.push({ kind: 'report-to-government', rule: 'R21', department: lead, description: 'serious industry-wide or regional violations, or a major hazard: the lead department reports to the local government, which organises a special rectification' });
    actions.push({ kind: 'notify-departments', rule: 'R21', department: lead, recipients, description: 'the lead department notifies the other departments' });
  }
  if (r.contact === 'unreachable') {
    actions.push({ kind: 'abnormal-operation-listing', rule: 'R22', department: lead, description: 'unreachable at its registered address: listed in the abnormal-operation directory (经营异常名录, N9)' });
  } else if (r.publicity === 'false-disclosure') {
    actions.push({ kind: 'abnormal-operation-listing', rule: 'N9', department: lead, description: 'disclosed information that hides the truth or is false: listed in the abnormal-operation directory (经营异常名录, N9)' });
  } else if (r.contact === 'not-operating') {
    actions.push({ kind: 'support-resumption', rule: 'R22', department: lead, description: 'not operating but reachable: its industry department helps it resume' });
  }
  if (context.creditClass === 'unrated' && r.findings.length > 0) {
    actions.push({ kind: 'rating-referral', rule: 'R9', department: lead, description: 'unrated: the findings are referred so that a credit class can be assigned' });
  }
  if (r.labResults.length > 0) {
    actions.push({ kind: 'adopt-lab-results', rule: 'R17', department: lead, recipients: r.departments, items: r.labResults.map((l) => l.item), description: 'lab and test results are adopted by every department without repeating them' });
  }
  actions.push({ kind: 'credit-record', rule: 'R23', department: lead, description: 'the result is recorded under the enterprise and feeds its credit rating' });
  actions.push({ kind: 'publish', rule: 'N4', department: lead, due: publishDue as IsoDate, workingDays: PUBLISH_WORKING_DAYS, description: 'published on the national enterprise credit information publicity system' });
  if (r.reason !== 'random') {
    actions.push({ kind: 'file-with-district-bureau', rule: 'R24', department: lead, due: filingDue as IsoDate, workingDays: FILING_WORKING_DAYS, description: `an inspection outside the random plan (${r.reason}) is filed with the district market-supervision bureau` });
  }
  return right(actions);
}

/**
 * What a valid-shaped result may still get wrong: findings for items outside the task or twice,
 * lab results for items outside it, a lead outside the departments, and findings that contradict
 * the contact (an operating enterprise has at least one, unless it refused or no longer exists;
 * an unreachable one has none, R22), and a stated publicity category they contradict (R23).
 */
export function checkResult(r: InspectionResult, itemOf: ReadonlyMap<string, InspectionItem>): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  r.findings.forEach((f, i) => {
    if (!itemOf.has(f.item)) issues.push(issue(['findings', i, 'item'], 'reference/item', `item "${f.item}" is not an item of the inspected task`, 'R17'));
    else if (seen.has(f.item)) issues.push(issue(['findings', i, 'item'], 'duplicate/item', `item "${f.item}" has two findings; each item is checked once`, 'R17'));
    seen.add(f.item);
  });
  r.labResults.forEach((l, i) => {
    if (!itemOf.has(l.item)) issues.push(issue(['labResults', i, 'item'], 'reference/item', `item "${l.item}" is not an item of the inspected task`, 'R17'));
  });
  if (!r.departments.includes(r.lead)) issues.push(issue(['lead'], 'joint-list/lead-not-member', `lead department "${r.lead}" is not among the departments`, 'R16'));
  const problem = publicityProblem(r);
  if (problem !== undefined) issues.push(issue(['publicity'], 'result/publicity-mismatch', problem.message, problem.rule));
  if (r.contact === 'operating' && r.findings.length === 0 && !(r.publicity !== undefined && NOT_INSPECTED.has(r.publicity))) {
    issues.push(issue(['findings'], 'result/no-findings', 'an inspection of an operating enterprise records a finding for each item checked, at least one', 'R21'));
  }
  if (r.contact === 'unreachable' && r.findings.length > 0) {
    issues.push(issue(['findings'], 'result/unreachable-with-findings', 'an enterprise unreachable at its address was not inspected: record the visit with findings: [] (R22), not with invented findings', 'R22'));
  }
  return issues;
}

/** One penalty or flexible-enforcement action per department and way of enforcement, items in finding order (R21; 000 §二(七)). */
function enforcement(violations: readonly Finding[], itemOf: ReadonlyMap<string, InspectionItem>, lists: FlexibleLists | undefined): Action[] {
  const listed = (list: readonly string[] | undefined, item: InspectionItem): boolean => list?.some((x) => x === item.id || x === item.kind) ?? false;
  const byDepartment = new Map<string, { department: DepartmentId; mode: 'penalty' | 'no-penalty' | 'reduced' | 'lighter'; items: string[] }>();
  for (const v of violations) {
    if (v.outcome !== 'violation') continue;
    const item = itemOf.get(v.item) as InspectionItem;
    const mode =
      v.severity === 'serious' ? 'penalty'
        : v.severity === 'minor-first' && listed(lists?.noPenalty, item) ? 'no-penalty'
          : listed(lists?.reduced, item) ? 'reduced'
            : listed(lists?.lighter, item) ? 'lighter'
              : 'penalty';
    const key = `${item.department}|${mode}`;
    const entry = byDepartment.get(key) ?? { department: item.department, mode, items: [] };
    entry.items.push(v.item);
    byDepartment.set(key, entry);
  }
  return [...byDepartment.values()].map(({ department, mode, items }): Action =>
    mode === 'penalty'
      ? { kind: 'penalty-procedure', rule: 'R21', department, items, description: 'violations found: administrative penalty by legal procedure' }
      : { kind: 'flexible-enforcement', rule: 'R21', department, items, mode, description: `covered by the ${mode === 'no-penalty' ? 'no-penalty' : mode} list (000 §二(七))` },
  );
}
