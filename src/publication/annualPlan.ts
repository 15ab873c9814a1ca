import * as z from 'zod';
import { isoDateSchema } from '../escalation/resultSchema.js';
import { drawSpecsSchema, schemaIssues } from '../input/schemas.js';
import { daysFromIsoDate, isIsoDate, isoDateFromDays } from '../internal/date.js';
import { left, right } from '../internal/result.js';
import type { IsoDate } from '../model/date.js';
import type { DrawFilter, DrawSpec } from '../model/draws.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { BlackListRule, DepartmentId, ItemId, PlanningInput, TierRatios } from '../model/types.js';
import { defaultDrawsUnchecked } from '../plan/draws.js';
import { notValidatedIssues } from '../input/validated.js';

/**
 * A batch's window in the annual plan: when its inspections take place (检查时间).
 * @example
 * ```ts
 * import type { BatchWindow, IsoDate } from 'double-random';
 * const q1: BatchWindow = { batch: 1, start: '2025-01-01' as IsoDate, end: '2025-03-31' as IsoDate };
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface BatchWindow {
  /** The batch, 1-based. */
  readonly batch: number;
  /** Its first day. */
  readonly start: IsoDate;
  /** Its last day. */
  readonly end: IsoDate;
}

/**
 * One planned inspection of the annual plan (R25; 002 §三(九): "明确检查内容、依据、时间、方式和联合检查部门"):
 * a draw of the year, with its content, legal basis, time, method and departments.
 * @example
 * ```ts
 * import type { PlannedInspection } from 'double-random';
 * const line = (i: PlannedInspection): string => `${i.id}: ${i.departments.join('、')} (lead ${i.lead ?? 'per enterprise'}), ${i.content.length} items`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PlannedInspection {
  /** The draw's id. */
  readonly id: string;
  /** Whether several departments inspect together (联合检查). */
  readonly joint: boolean;
  /** The lead department of a 一业一查 list (R16), or `null`: decided for each enterprise when its tasks merge (the department with the most items, R15, R16). */
  readonly lead: DepartmentId | null;
  /** The departments (联合检查部门), sorted. */
  readonly departments: readonly DepartmentId[];
  /** Whom it draws from (N7). */
  readonly population: DrawFilter;
  /** 检查内容: the items in random scope (R1): a 一业一查 list's own, else the departments' items of the draw's kinds. */
  readonly content: readonly PlannedItem[];
  /** 检查依据: the distinct legal bases of those items, sorted. */
  readonly basis: readonly string[];
  /** 检查时间: the batches' windows. */
  readonly time: readonly BatchWindow[];
  /** 检查方式: drawn at random (双随机) at the policy's ratios (R5, R11), the draw's own ratio (N7), the black-list rule (R14); modes by class (R9). */
  readonly method: PlannedMethod;
}

/**
 * One item of a planned inspection's content (检查内容).
 * @example
 * ```ts
 * import type { PlannedItem } from 'double-random';
 * const line = (i: PlannedItem): string => `${i.department}: ${i.name}`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PlannedItem {
  /** The item. */
  readonly item: ItemId;
  /** Its name. */
  readonly name: string;
  /** Its department. */
  readonly department: DepartmentId;
  /** Its kind of check (R20). */
  readonly kind: string;
  /** Key or general (N6). */
  readonly importance: 'key' | 'general';
}

/**
 * A planned inspection's method (检查方式): random selection at the policy's ratios.
 * @example
 * ```ts
 * import type { PlannedMethod } from 'double-random';
 * const line = (m: PlannedMethod): string => `双随机, ${m.batchesPerYear} batches, class B ${m.ratios.B * 100} %`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PlannedMethod {
  /** Targets drawn at random, inspectors too (双随机). */
  readonly selection: 'random';
  /** The yearly ratios by class and colour (R5, R10, R11). */
  readonly ratios: TierRatios;
  /** The draw's own ratio (N7), or `null`. */
  readonly drawRatio: number | null;
  /** The black-list rule (R14), or `null`. */
  readonly blackList: BlackListRule | null;
  /** Batches a year (R5). */
  readonly batchesPerYear: number;
}

/**
 * An element an annual plan must state for a planned inspection and does not (R25).
 * @example
 * ```ts
 * import type { MissingElement } from 'double-random';
 * const line = (m: MissingElement): string => `${m.inspection}: ${m.element} — ${m.message}`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface MissingElement {
  /** The planned inspection. */
  readonly inspection: string;
  /** Which element: content, legal basis, time. */
  readonly element: 'content' | 'basis' | 'time';
  /** What is missing. */
  readonly message: string;
  /** The rule. */
  readonly rule: 'R25';
}

/**
 * The annual inspection plan of a year (年度检查计划; R25).
 * @example
 * ```ts
 * import type { AnnualPlan } from 'double-random';
 * const ready = (p: AnnualPlan): boolean => p.missing.length === 0;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface AnnualPlan {
  /** The year planned. */
  readonly year: number;
  /** The policy's id. */
  readonly policy: string;
  /** The submission deadline (`Policy.annualPlanDue` in the year), or `null` when the policy sets none. */
  readonly due: IsoDate | null;
  /** Every planned inspection, one per draw, in the draws' order. */
  readonly inspections: readonly PlannedInspection[];
  /** Each department's plan: the inspections it takes part in, joint ones included, by department id. */
  readonly departments: readonly {
    /** The department. */
    readonly department: DepartmentId;
    /** The ids of the planned inspections it takes part in. */
    readonly inspections: readonly string[];
  }[];
  /** Every element missing from a planned inspection (empty: the plan is complete). */
  readonly missing: readonly MissingElement[];
}

const isoDate = isoDateSchema;
const optionsSchema = z.strictObject({
  year: z.number().int().min(1949).max(9999),
  windows: z.array(z.strictObject({ batch: z.number().int().min(1), start: isoDate, end: isoDate })).optional(),
  draws: z.unknown().optional(),
});

/** Window problems the schema cannot see: a batch beyond the policy's, a date outside the year, an end before its start. */
function windowIssues(windows: readonly BatchWindow[], year: number, batches: number): InputIssue[] {
  const issue = (path: (string | number)[], message: string): InputIssue => ({ code: 'annual-plan/window', path, at: formatPath(path), message, rule: 'R25' });
  return windows.flatMap((w, k) => {
    const at = ['options', 'windows', k];
    const earlier = windows.slice(0, k);
    if (w.batch > batches) return [issue([...at, 'batch'], `the policy has ${batches} batches a year`)];
    if (earlier.some((v) => v.batch === w.batch)) return [issue([...at, 'batch'], `batch ${w.batch} has two windows`)];
    if (!w.start.startsWith(`${year}-`)) return [issue([...at, 'start'], `not in ${year}`)];
    if (!w.end.startsWith(`${year}-`) || w.end < w.start) return [issue([...at, 'end'], `not in ${year}, on or after ${w.start}`)];
    const overlap = earlier.find((v) => w.start <= v.end && v.start <= w.end);
    if (overlap !== undefined) return [issue([...at, 'start'], `overlaps batch ${overlap.batch}'s window (${overlap.start} – ${overlap.end})`)];
    return [];
  });
}

/** Equal windows of whole months when the batches divide the year into them (quarters, halves…), else none. */
function defaultWindows(year: number, batches: number): BatchWindow[] {
  if (12 % batches !== 0) return [];
  const months = 12 / batches;
  const first = (month: number): IsoDate => `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
  return Array.from({ length: batches }, (_, k) => {
    const end = k + 1 === batches ? (`${year}-12-31` as IsoDate) : isoDateFromDays(daysFromIsoDate(first((k + 1) * months + 1)) - 1);
    return { batch: k + 1, start: first(k * months + 1), end };
  });
}

/** One draw as a planned inspection, and what it lacks. */
function inspectionOf(input: PlanningInput, draw: DrawSpec, time: readonly BatchWindow[]): { readonly inspection: PlannedInspection; readonly missing: MissingElement[] } {
  const { policy } = input;
  const excluded = new Set<string>(policy.excludedScopes);
  const own = new Set<string>(draw.departments);
  const kinds = new Set(draw.kinds);
  const list = input.jointLists.find((l) => l.id === draw.id);
  // A 一业一查 list's own items; for another draw, its departments' items of its kinds (every level's, R18).
  const listed = list === undefined ? undefined : new Set<string>(list.items);
  const items = input.items
    .filter((i) => (listed === undefined ? own.has(i.department) && kinds.has(i.kind) : listed.has(i.id)) && !excluded.has(i.scope))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  // The departments with an item to check, and a list's lead (R16).
  const checking = [...new Set([...(list === undefined ? [] : [list.lead]), ...items.map((i) => i.department)])].sort();
  const lead = list?.lead ?? (checking.length === 1 ? (checking[0] ?? null) : null);
  const inspection: PlannedInspection = {
    id: draw.id, joint: checking.length > 1, lead, departments: checking, population: draw.filter,
    content: items.map((i) => ({ item: i.id, name: i.name, department: i.department, kind: i.kind, importance: i.importance })),
    basis: [...new Set(items.flatMap((i) => (i.basis === undefined ? [] : [i.basis])))].sort(),
    time,
    method: { selection: 'random', ratios: policy.ratios, drawRatio: draw.ratio ?? null, blackList: policy.blackList, batchesPerYear: policy.batchesPerYear },
  };
  const missing: MissingElement[] = [];
  const lack = (element: MissingElement['element'], message: string): void => void missing.push({ inspection: draw.id, element, message, rule: 'R25' });
  if (items.length === 0) lack('content', 'no item in random scope of its departments and kinds (R1)');
  const without = items.filter((i) => i.basis === undefined).map((i) => i.id);
  if (without.length > 0) lack('basis', `no legal basis (InspectionItem.basis) for ${without.join(', ')}`);
  const batches = new Set(time.map((w) => w.batch));
  const open = Array.from({ length: policy.batchesPerYear }, (_, k) => k + 1).filter((b) => !batches.has(b));
  if (open.length > 0) lack('time', `no window for batch ${open.join(', ')}: give options.windows`);
  return { inspection, missing };
}

/**
 * The annual inspection plan of a year (年度检查计划; R25; Shenyang 002 §三(九): "各执法部门要编制年度
 * 检查计划（包括联合检查），于每年1月10日前报同级政府法制部门审核 … 明确检查内容、依据、时间、方式和联合
 * 检查部门"): one planned inspection per draw of the year (the default draws: one per 一业一查 list,
 * jointly under its lead, and the general draw), with its content (the items), legal basis
 * (`InspectionItem.basis`), time (the batches' windows: given, or whole months when the batches
 * divide the year), method (random selection at the policy's ratios, R5, R11, R14) and departments
 * with their lead (R16; for the general draw the lead is decided per enterprise when tasks merge,
 * R15). The departments are those with an item to check, and a list's lead; a joint list with no
 * item in random scope is listed too, lacking its content. Each department's own plan lists the
 * inspections it takes part in. `missing` reports every
 * element a planned inspection lacks. The submission deadline is the policy's `annualPlanDue` in
 * the year. It reads neither the directory nor the history: it is planned before any seed exists.
 *
 * @param input - The planning input (departments, items, joint lists, policy).
 * @param options - The year; the batches' windows when the policy's batches do not divide the year
 *   into months; the year's draws when they are not the default ones (directed draws such as
 *   {@link highRiskDraws}' high-risk fields).
 * @returns `Right` with the plan, or `Left` for a bad year, windows or option.
 * @example
 * ```ts
 * import { annualPlan, shenyangPolicy } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = { ...generateDirectory({ size: 100, seed: 'annual' }), policy: shenyangPolicy };
 * const plan = annualPlan(input, { year: 2025 });
 * if (plan._tag === 'Right') console.log(plan.right.due, plan.right.missing.length); // 2025-01-10 and the items lacking a legal basis
 * ```
 * @category Publication
 * @since 0.1.0
 */
export function annualPlan(input: PlanningInput, options: { readonly year: number; readonly windows?: readonly BatchWindow[]; readonly draws?: readonly DrawSpec[] }): Result<InputError, AnnualPlan> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = schemaIssues(optionsSchema, options, ['options'], 'R25', true);
  const issues = shape.length > 0 ? shape : [
    ...windowIssues(options.windows ?? [], options.year, input.policy.batchesPerYear),
    ...(options.draws === undefined ? [] : schemaIssues(drawSpecsSchema, options.draws, ['options', 'draws'], 'N7', true)),
  ];
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  const { year } = options;
  const time = [...(options.windows ?? defaultWindows(year, input.policy.batchesPerYear))].sort((a, b) => a.batch - b.batch);
  const draws = options.draws ?? defaultDrawsUnchecked(input);
  // A joint list with no item in random scope gives no draw (R1); the plan still lists it, lacking content.
  const drawn = new Set(draws.map((d) => d.id));
  const idle = input.jointLists.filter((l) => !drawn.has(l.id)).map((l): DrawSpec => ({ id: l.id, departments: l.departments, kinds: [], filter: { industries: [l.industry] } }));
  const planned = [...draws, ...idle].map((draw) => inspectionOf(input, draw, time));
  const inspections = planned.map((p) => p.inspection);
  const departments = [...new Set(inspections.flatMap((i) => i.departments))].sort()
    .map((department) => ({ department, inspections: inspections.filter((i) => i.departments.includes(department)).map((i) => i.id) }));
  const due = input.policy.annualPlanDue === null ? null : (`${year}-${input.policy.annualPlanDue}` as IsoDate);
  return right({ year, policy: input.policy.id, due: due !== null && isIsoDate(due) ? due : null, inspections, departments, missing: planned.flatMap((p) => p.missing) });
}
