import * as z from 'zod';
import { quote } from '../internal/text.js';
import type { Finding, InspectionResult, LabResult, Severity } from '../escalation/types.js';
import { findingSchema, isInspectionReason, isoDateSchema, labResultSchema, visitReason } from '../escalation/resultSchema.js';
import { schemaIssues } from '../input/schemas.js';
import { notValidatedIssues } from '../input/validated.js';
import { left, right } from '../internal/result.js';
import type { IsoDate } from '../model/date.js';
import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import type { DepartmentId, InspectionItem, InspectionReason, ItemId, PlanningInput } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import type { InspectionMode } from '../merge/inspectionMode.js';
import type { JointTask } from '../merge/types.js';
import type { PlannedTask, UnplannableTask } from '../plan/types.js';

/**
 * A measure a row of a check sheet may lead to when a violation is found (R21).
 * @example
 * ```ts
 * import type { SheetMeasure } from 'double-random';
 * const line = (m: SheetMeasure): string => `□ ${m.text} (${m.rule})`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface SheetMeasure {
  /** The action `escalate` gives for it. */
  readonly kind: 'penalty-procedure' | 'flexible-enforcement' | 'report-to-government';
  /** The rule behind it. */
  readonly rule: RuleId;
  /** What it is, as the sheet prints it. */
  readonly text: string;
}

/**
 * One row of a comprehensive check sheet: one item of one department (检查内容, 监管事项, 检查结果, 处置措施).
 * @example
 * ```ts
 * import type { CheckSheetRow } from 'double-random';
 * const line = (r: CheckSheetRow): string => `${r.department} ${r.content} [${r.supervisionItem}] □合格 □不合格`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface CheckSheetRow {
  /** The item. */
  readonly item: ItemId;
  /** The department that checks it. */
  readonly department: DepartmentId;
  /** 检查内容: what is checked, the item's name. */
  readonly content: string;
  /** 监管事项: the supervision item, the item's kind of check. */
  readonly supervisionItem: string;
  /** Key or general item (N6). */
  readonly importance: 'key' | 'general';
  /** 检查结果: blank on a new sheet, filled through {@link sheetResult}. */
  readonly result: null;
  /** 处置措施: what a violation may lead to (R21). */
  readonly measures: readonly SheetMeasure[];
}

/**
 * The comprehensive check sheet of one joint visit (综合检查单; Minhang 003 §三(二), §三(三)1).
 * @example
 * ```ts
 * import type { CheckSheet } from 'double-random';
 * const title = (s: CheckSheet): string => `${s.name} ${s.enterprise} ${s.date ?? ''}: ${s.rows.length} items`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface CheckSheet {
  /** The joint task's id. */
  readonly task: string;
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** Its name, from the input's directory. */
  readonly name: string;
  /** The planned date, or `null` for a task not yet scheduled. */
  readonly date: IsoDate | null;
  /** The lead department (R16). */
  readonly lead: DepartmentId;
  /** Every department, lead first. */
  readonly departments: readonly DepartmentId[];
  /** The inspection mode (R9), or `null` for a task not yet planned. */
  readonly mode: InspectionMode | null;
  /** Why the visit takes place: a trigger it merges (R24), else `random`. */
  readonly reason: InspectionReason;
  /** One row per item, in the task's order. */
  readonly rows: readonly CheckSheetRow[];
}

/**
 * A check sheet as filled in after the visit.
 * @example
 * ```ts
 * import type { FilledSheet } from 'double-random';
 * const nothingFound = (items: string[]): FilledSheet => ({ contact: 'operating', rows: items.map((item) => ({ item, outcome: 'compliant' })) });
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface FilledSheet {
  /** The visit's date, when it is not the sheet's. */
  readonly date?: IsoDate;
  /** Whether the enterprise operates, does not but is reachable, or is unreachable (R22). */
  readonly contact: 'operating' | 'not-operating' | 'unreachable';
  /** A major hazard was found (R21). */
  readonly majorHazard?: boolean;
  /** Lab and test results (R17). */
  readonly labResults?: readonly LabResult[];
  /** The result of every row (none when the enterprise was unreachable). */
  readonly rows: readonly FilledRow[];
}

/**
 * The result of one row: compliant, or a violation with its severity and, when it is not a single
 * enterprise's problem, its spread (R21).
 * @example
 * ```ts
 * import type { FilledRow } from 'double-random';
 * const row: FilledRow = { item: 'samr/food-safety', outcome: 'violation', severity: 'minor-first' };
 * ```
 * @category Publication
 * @since 0.1.0
 */
export type FilledRow =
  | {
      /** The row's item. */
      readonly item: string;
      /** Nothing wrong. */
      readonly outcome: 'compliant';
    }
  | {
      /** The row's item. */
      readonly item: string;
      /** Something wrong. */
      readonly outcome: 'violation';
      /** How serious (R21). */
      readonly severity: Severity;
      /** A single enterprise's problem (the default), or an industry-wide or regional one (R21). */
      readonly spread?: 'single' | 'industry-wide' | 'regional';
    };

/** The measures of a violation, in the order `escalate` considers them (R21; 000 §二(七)). */
const MEASURES: readonly SheetMeasure[] = Object.freeze([
  { kind: 'penalty-procedure', rule: 'R21', text: '依法立案查处' },
  { kind: 'flexible-enforcement', rule: 'R21', text: '柔性执法：不予处罚、减轻或从轻处罚（首违轻微，依清单）' },
  { kind: 'report-to-government', rule: 'R21', text: '行业性、区域性严重违法或重大隐患：牵头部门报告政府并通报相关部门' },
]);
const issueAt = (path: (string | number)[], code: CheckCode, message: string, rule: RuleId): InputIssue => ({ code, path, at: formatPath(path), message, rule });

/** What makes a task unusable for a sheet: an enterprise or item not in the input, no item or one twice, a lead not first among the departments (R16), an unknown reason. */
function taskIssues(task: JointTask, input: PlanningInput, unknownEnterprise: boolean): InputIssue[] {
  const known = new Set<string>(input.items.map((i) => i.id));
  const issues: InputIssue[] = [];
  if (unknownEnterprise) issues.push(issueAt(['task', 'enterprise'], 'reference/enterprise', `${task.enterprise} is not in the input's directory`, 'R2'));
  if (task.departments[0] !== task.lead) issues.push(issueAt(['task', 'lead'], 'joint-list/lead-not-member', `the lead "${task.lead}" is the first of the task's departments (R16)`, 'R16'));
  if (task.items.length === 0) issues.push(issueAt(['task', 'items'], 'sheet/no-item', 'a visit checks at least one item', 'R15'));
  task.items.forEach((id, k) => {
    if (!known.has(id)) issues.push(issueAt(['task', 'items', k], 'reference/item', `unknown item "${id}"`, 'R15'));
    else if (task.items.indexOf(id) < k) issues.push(issueAt(['task', 'items', k], 'duplicate/item', `item "${id}" twice: a visit checks each item once (R17)`, 'R17'));
  });
  task.reasons.forEach((r, k) => {
    if (!isInspectionReason(r)) issues.push(issueAt(['task', 'reasons', k], 'task/reason', `unknown reason ${quote(r)}`, 'R24'));
  });
  return issues;
}

/**
 * The comprehensive check sheet of a joint visit (综合检查单; Minhang 003 §三(二): "制定统一的综合
 * 检查单, 包括检查内容、监管事项、检查结果、处置措施"; §三(三)1: "使用综合检查单记录检查情况, 实现
 * '进一门、查多事'"; R15, R17): one row per item of every department, with the item's name as the
 * content, its kind as the supervision item, a blank result and the measures a violation may lead
 * to (R21). Fill it with {@link sheetResult}.
 *
 * @param task - A planned joint task ({@link planPeriod}), an unplannable one, or a merged one ({@link mergeTasks}).
 * @param input - The planning input (enterprise names, items).
 * @returns `Right` with the sheet, or `Left` when the task's enterprise or an item is not in the
 *   input, it has no item or one twice, its lead is not its first department, or a reason is unknown.
 * @example
 * ```ts
 * import { checkSheet, planPeriod } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'sheet', inspectorsPerDepartment: 6 });
 * const plan = planPeriod(input, { seed: '2024-Q1' });
 * const task = plan._tag === 'Right' ? plan.right.tasks[0] : undefined;
 * const sheet = task === undefined ? undefined : checkSheet(task, input);
 * if (sheet?._tag === 'Right') for (const row of sheet.right.rows) console.log(row.department, row.content);
 * ```
 * @category Publication
 * @since 0.1.0
 */
export function checkSheet(task: JointTask | PlannedTask | UnplannableTask, input: PlanningInput): Result<InputError, CheckSheet> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const [badTask, ...moreBad] = schemaIssues(taskSchema, task, ['task'], 'R15', true);
  if (badTask !== undefined) return left({ code: 'invalid-input', issues: [badTask, ...moreBad] });
  const enterprise = input.enterprises.find((e) => e.uscc === task.enterprise);
  const issues = taskIssues(task, input, enterprise === undefined);
  const itemOf = new Map(input.items.map((i) => [i.id as string, i]));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  const rows = task.items.map((id): CheckSheetRow => {
    const item = itemOf.get(id) as InspectionItem;
    return { item: id, department: item.department, content: item.name, supervisionItem: item.kind, importance: item.importance, result: null, measures: MEASURES };
  });
  return right({
    task: task.id, enterprise: task.enterprise, name: enterprise?.name ?? '', date: 'date' in task ? task.date : null, lead: task.lead, departments: task.departments,
    mode: 'mode' in task && task.mode !== undefined ? task.mode.mode : null, reason: visitReason(task.reasons), rows,
  });
}

/** The shape a joint task has (planned, unplannable or merged), before its references are checked. */
const taskSchema = z.looseObject({
  id: z.string().min(1),
  enterprise: z.string().min(1),
  lead: z.string().min(1),
  departments: z.array(z.string().min(1)).min(1),
  items: z.array(z.string()),
  reasons: z.array(z.string()),
  date: z.string().optional(),
  mode: z.looseObject({ mode: z.string() }).optional(),
});

/** What a filled sheet is read against: the sheet's rows, its date, and what the result repeats of it. */
const sheetSchema = z.looseObject({
  enterprise: z.string().min(1),
  date: isoDateSchema.nullable(),
  lead: z.string().min(1),
  departments: z.array(z.string().min(1)).min(1),
  reason: z.string().min(1),
  rows: z.array(z.looseObject({ item: z.string().min(1) })),
});

// The rows are findings as a result records them (`spread` defaults to `single`).
const filledSchema = z.strictObject({
  date: isoDateSchema.optional(),
  contact: z.enum(['operating', 'not-operating', 'unreachable']),
  majorHazard: z.boolean().optional(),
  labResults: z.array(labResultSchema).optional(),
  rows: z.array(findingSchema),
});

/** Rows filled for items not on the sheet or twice, rows left blank, and findings for an unreachable enterprise (R22). */
function rowIssues(sheet: CheckSheet, filled: FilledSheet): InputIssue[] {
  const onSheet = new Set<string>(sheet.rows.map((r) => r.item));
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  filled.rows.forEach((row, k) => {
    if (!onSheet.has(row.item)) issues.push(issueAt(['filled', 'rows', k, 'item'], 'sheet/unknown-item', `"${row.item}" is not on the sheet`, 'R15'));
    else if (seen.has(row.item)) issues.push(issueAt(['filled', 'rows', k, 'item'], 'sheet/duplicate-row', `"${row.item}" is filled twice`, 'R17'));
    seen.add(row.item);
  });
  (filled.labResults ?? []).forEach((lab, k) => {
    if (!onSheet.has(lab.item)) issues.push(issueAt(['filled', 'labResults', k, 'item'], 'sheet/unknown-item', `"${lab.item}" is not on the sheet`, 'R17'));
  });
  if (filled.contact === 'unreachable' && filled.rows.length > 0) issues.push(issueAt(['filled', 'rows'], 'sheet/unreachable-findings', 'an enterprise unreachable at its registered address was not inspected: its rows stay blank (R22)', 'R22'));
  // A visit fills every row; a closed (not operating) enterprise may be recorded with none (R22).
  const blank = sheet.rows.filter((r) => !seen.has(r.item)).map((r) => r.item);
  const mayBeBlank = filled.contact === 'unreachable' || (filled.contact === 'not-operating' && filled.rows.length === 0);
  if (!mayBeBlank && blank.length > 0) issues.push(issueAt(['filled', 'rows'], 'sheet/blank-rows', `every row is filled after a visit: ${blank.join(', ')} ${blank.length === 1 ? 'is' : 'are'} blank`, 'R17'));
  return issues;
}

/**
 * The inspection result of a filled check sheet, in the shape {@link escalate} and
 * {@link publicationRecords} take: the sheet's enterprise, lead, departments and reason, the
 * visit's date (the sheet's unless given), one finding per row in the sheet's order. A sheet
 * filled in part or twice, with an item not on it, or with findings for an enterprise unreachable
 * at its address is refused, so the visit's record and its escalation cannot disagree.
 *
 * @param sheet - The sheet ({@link checkSheet}).
 * @param filled - What was found.
 * @returns `Right` with the result, or `Left` with the path of each problem.
 * @example
 * ```ts
 * import { sheetResult, type CheckSheet } from 'double-random';
 *
 * const allCompliant = (sheet: CheckSheet) =>
 *   sheetResult(sheet, { contact: 'operating', rows: sheet.rows.map((r) => ({ item: r.item, outcome: 'compliant' })) });
 * ```
 * @category Publication
 * @since 0.1.0
 */
export function sheetResult(sheet: CheckSheet, filled: FilledSheet): Result<InputError, InspectionResult> {
  const shape = [...schemaIssues(sheetSchema, sheet, ['sheet'], 'R15', true), ...schemaIssues(filledSchema, filled, ['filled'], 'R21', true)];
  const issues = shape.length > 0 ? shape : rowIssues(sheet, filled);
  const date = shape.length > 0 ? null : (filled.date ?? sheet.date);
  if (shape.length === 0 && date === null) issues.push(issueAt(['filled', 'date'], 'sheet/no-date', 'the sheet has no planned date: give the visit\'s date', 'N3'));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  const byItem = new Map(filled.rows.map((r) => [r.item, r]));
  const findings = sheet.rows.flatMap((r): Finding[] => {
    const row = byItem.get(r.item);
    if (row === undefined) return [];
    return [row.outcome === 'compliant' ? { item: r.item, outcome: 'compliant' } : { item: r.item, outcome: 'violation', severity: row.severity, spread: row.spread ?? 'single' }];
  });
  return right({
    enterprise: sheet.enterprise, date: date as IsoDate, reason: sheet.reason, lead: sheet.lead, departments: sheet.departments,
    findings, contact: filled.contact, majorHazard: filled.majorHazard ?? false, labResults: filled.labResults ?? [],
  });
}
