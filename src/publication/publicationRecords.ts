import * as z from 'zod';
import { addWorkingDaysUnchecked } from '../calendar/workingDays.js';
import { checkResult } from '../escalation/escalate.js';
import { isoDateSchema, PUBLISH_WORKING_DAYS, RESULT_FIELD_RULES, resultSchema, visitReason } from '../escalation/resultSchema.js';
import { inputDigestUnchecked } from '../random/inputDigest.js';
import { notValidatedIssues } from '../input/validated.js';
import type { InspectionResult, PublicityOutcome } from '../escalation/types.js';
import { publicityOf } from '../escalation/publicity.js';
import { workingDayOptionsSchema, schemaIssues } from '../input/schemas.js';
import { fromZodIssue, under } from '../input/zodDetails.js';
import { zodIssues } from '../input/keys.js';
import type { RuleId } from '../model/rules.js';
import { left, right } from '../internal/result.js';
import { issueAt } from '../internal/argumentIssues.js';
import type { IsoDate } from '../model/date.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, ItemId, PlanningInput } from '../model/types.js';
import type { Uscc } from '../model/uscc.js';
import type { DrawRecord, Plan, PlannedTask, UnplannableTask } from '../plan/types.js';
import { verifyPlan } from '../plan/verifyPlan.js';
import type { DepartmentTask } from '../merge/types.js';
import type { DrawSpec } from '../model/draws.js';
import { publishedReasons, type PublishedReason } from './publishedReasons.js';
import { secretItems } from '../merge/itemKeys.js';
import type { UnplannableReason } from '../staffing/types.js';
import type { WorkingDayOptions } from '../calendar/workingDays.js';

/**
 * The wording of each {@link PublicityOutcome}, as results appear on the publicity system.
 * @example
 * ```ts
 * import { PUBLICITY_WORDING } from 'double-random';
 * console.log(PUBLICITY_WORDING['no-problem']); // 未发现问题
 * ```
 * @category Publication
 * @since 0.1.0
 */
export const PUBLICITY_WORDING: Readonly<Record<PublicityOutcome, string>> = Object.freeze({
  'no-problem': '未发现问题',
  'problem-corrected': '发现问题已责令改正',
  'problem-follow-up': '发现问题待后续处理',
  'not-disclosed': '未按规定公示应当公示的信息',
  'false-disclosure': '公示信息隐瞒真实情况弄虚作假',
  unreachable: '通过登记的住所（经营场所）无法联系',
  'no-activity': '未发现开展本次抽查涉及的经营活动',
  refused: '不予配合情节严重',
  deregistered: '已注销或被吊销营业执照',
});

/**
 * One task of the batch as published (R23, N4): its result, or why it has none yet.
 * @example
 * ```ts
 * import type { PublishedResult } from 'double-random';
 * const line = (r: PublishedResult): string => `${r.name} ${r.enterprise} ${r.wording ?? r.status} ${r.due ?? ''}`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PublishedResult {
  /** `published`: a result was given; `pending`: planned, no result yet; `unplannable`: never staffed (R19). */
  readonly status: 'published' | 'pending' | 'unplannable';
  /** The enterprise. */
  readonly enterprise: Uscc;
  /** Its name, from the input's directory. */
  readonly name: string;
  /** The joint task's id. */
  readonly task: string;
  /** The lead department (R16); `null` before an unannounced visit (it could single out the department of an item not to be told). */
  readonly lead: DepartmentId | null;
  /** The departments: those of the result when published, else the task's; none before an unannounced visit (as for `lead`). */
  readonly departments: readonly DepartmentId[];
  /** The task's items; before the visit (pending, unplannable), without those that may not be told in advance (R32), and none at all for an unannounced visit (so no item can be singled out). */
  readonly items: readonly ItemId[];
  /**
   * Whether the visit's time may be told before it (R26): `false` for a flying inspection and for a
   * visit with an item that may not be told in advance (R32). An unannounced visit's date is
   * published only once it has happened.
   */
  readonly announced: boolean;
  /** The inspection's date (published), the planned date of an announced pending visit, or `null` (an unannounced pending visit, R26, R32; unplannable). */
  readonly date: IsoDate | null;
  /** Why the visit takes place: each draw that drew it (with its ticket) and each trigger; full coverage and black list without a ticket (R10, R14, R24, R27, N7). */
  readonly reasons: readonly PublishedReason[];
  /** The result, or `null` until there is one. */
  readonly outcome: PublicityOutcome | null;
  /** The result in the publicity system's wording, or `null`. */
  readonly wording: string | null;
  /** Due date of publication: 20 working days after the inspection (N4), after the planned date while an announced visit is pending; `null` when unplannable or unannounced and pending (it would tell the date). */
  readonly due: IsoDate | null;
  /** The rule of the deadline. */
  readonly rule: 'N4';
  /** Why an unplannable task has no date (R19). */
  readonly reason?: UnplannableReason;
}

/**
 * What a locality publishes for a batch (一公开): the draw record and one record per task.
 * @example
 * ```ts
 * import type { Publication } from 'double-random';
 * const summary = (p: Publication): string => `${p.counts.published} published, ${p.counts.pending} pending`;
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface Publication {
  /** The draw as recorded: seed, algorithm, input digest (which also binds the departments' and items' names), each stratum's quota and drawn list (R27). */
  readonly draw: DrawRecord;
  /** The plan's names digest (`plan.record.namesDigest`), checked against the input before publishing: it binds every enterprise name published (R4). */
  readonly namesDigest: string;
  /** The digest of the plan's visit secret (`plan.record.secretDigest`, R26), published before the visits so the secret published after them can be checked; `null` for a plan without one. */
  readonly secretDigest: string | null;
  /** One record per joint task (staffed or unplannable), sorted by task id. */
  readonly records: readonly PublishedResult[];
  /** How many records have each status. */
  readonly counts: {
    /** Records with a result. */
    readonly published: number;
    /** Planned tasks with no result yet. */
    readonly pending: number;
    /** Tasks that could not be staffed. */
    readonly unplannable: number;
  };
}

/**
 * Options of {@link publicationRecords}.
 * @example
 * ```ts
 * import type { PlanningInput, PublicationOptions } from 'double-random';
 * const options = (input: PlanningInput, secret: string): PublicationOptions => ({ input, seed: '2024-Q2 公证 7 3 9 1 4 0', secret, triggered: [], asOf: '2024-04-08' as PublicationOptions['asOf'] });
 * ```
 * @category Publication
 * @since 0.1.0
 */
export interface PublicationOptions {
  /** The planning input the plan was made from (for the enterprises' names). */
  readonly input: PlanningInput;
  /** The seed read out at the public draw (R27): the plan is replayed from it, never from the seed it carries. */
  readonly seed: string;
  /** The triggered tasks registered for the batch (complaints, referrals, case leads, campaigns), `[]` when none: a plan recording others is not published. */
  readonly triggered: readonly DepartmentTask[];
  /** The draws announced for the batch (directed draws, N7); by default {@link defaultDraws} of the input. */
  readonly draws?: readonly DrawSpec[];
  /** The visit secret the plan was made with (`PlanOptions.secret`, R26): required for a plan that has one. */
  readonly secret?: string;
  /** The day of publication (`YYYY-MM-DD`), required: a result dated after it is refused (it would publish a visit that has not happened). */
  readonly asOf: IsoDate;
  /** The working-day calendar (N3), as for {@link addWorkingDays}. */
  readonly calendar?: WorkingDayOptions;
}

const optionsSchema = z.strictObject({ input: z.unknown(), seed: z.string(), triggered: z.array(z.unknown()), draws: z.optional(z.array(z.unknown())), secret: z.optional(z.string()), asOf: isoDateSchema, calendar: z.optional(workingDayOptionsSchema) });

/** The shapes of the arguments: options (strict; the plan and the results are checked by verification and by the result schema). */
function argumentIssues(results: unknown, options: unknown): InputIssue[] {
  const optionIssues = schemaIssues(optionsSchema, options, ['options'], 'R23', true);
  if (optionIssues.length > 0) return optionIssues;
  const notValidated = notValidatedIssues((options as { input?: unknown }).input, ['options', 'input']);
  return [...(notValidated ?? []), ...schemaIssues(z.array(z.unknown()), results, ['results'], 'R23', true)];
}

/** The keys of a difference's path as verification writes it (`tasks[3].team[1].inspector`, `draw.counts["not-drawn"]`). */
function pathKeys(text: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of text.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g)) keys.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(`"${m[2]}"`) as string) : (m[3] as string));
  return keys;
}

/**
 * The plan replayed from the announced seed, draws and registered triggered tasks (R27): each
 * difference as an issue under `plan` (`publication/plan-differs`), or none when it verifies.
 */
function verificationIssues(plan: unknown, options: PublicationOptions): InputIssue[] {
  const { input, seed, triggered, draws, calendar, secret } = options;
  const verdict = verifyPlan(plan, input, { seed, triggered, ...(draws === undefined ? {} : { draws }), ...(calendar === undefined ? {} : { calendar }), ...(secret === undefined ? {} : { secret }), limit: 100 });
  return verdict.differences.map((d) => {
    const path = ['plan', ...(d.path === '(plan)' ? [] : pathKeys(d.path))];
    return { code: 'publication/plan-differs', path, at: formatPath(path), message: `the plan does not verify against the announced seed, draws and registered triggered tasks, so it is not published: expected ${d.expected}, found ${d.found}`, rule: 'R27', expected: d.expected, found: d.found };
  });
}

type Task = PlannedTask | UnplannableTask;

/** 20 working days after `date` (N4), or `null` with the issue at `path` when the calendar has no data for the days it needs. */
function dueAfter(date: IsoDate, calendar: WorkingDayOptions | undefined, path: (string | number)[], issues: InputIssue[]): IsoDate | null {
  try {
    return addWorkingDaysUnchecked(date, PUBLISH_WORKING_DAYS, calendar);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    issues.push(issueAt(path, 'calendar/unknown-year', `20 working days after ${date} (N4) cannot be counted: ${error.message.replace(/^addWorkingDays: /, '')}; pass options.calendar with the next year's holidays, or { fallback: 'weekends' }`, 'N3'));
    return null;
  }
}

/** What a result says that its task contradicts: another lead, reason or department (R16, R24, R17), a date before the batch, and what escalate refuses (R17, R21, R22). */
function taskIssues(result: InspectionResult, task: Task, input: PlanningInput, at: number): InputIssue[] {
  const itemOf = new Map(input.items.filter((i) => task.items.includes(i.id)).map((i) => [i.id as string, i]));
  const issues = checkResult(result, itemOf).map((i) => under(['results', at], i));
  const reason = visitReason(task.reasons);
  if (result.lead !== task.lead) issues.push(issueAt(['results', at, 'lead'], 'publication/task-mismatch', `task ${task.id} is led by "${task.lead}", not "${result.lead}" (R16)`, 'R16'));
  if (result.reason !== reason) issues.push(issueAt(['results', at, 'reason'], 'publication/task-mismatch', `task ${task.id} takes place for "${reason}", not "${result.reason}" (R24)`, 'R24'));
  result.departments.forEach((d, k) => {
    if (!task.departments.includes(d)) issues.push(issueAt(['results', at, 'departments', k], 'publication/task-mismatch', `department "${d}" is not on task ${task.id} (${task.departments.join(', ')}): only the task's departments take part in its visit (R17)`, 'R17'));
  });
  if ('date' in task && result.date < task.date) issues.push(issueAt(['results', at, 'date'], 'publication/task-mismatch', `task ${task.id} was planned for ${task.date} with its drawn team; a result dated "${result.date}", earlier, is not that visit (a visit may slip later, not earlier)`, 'R19'));
  if (result.date < input.period.start) issues.push(issueAt(['results', at, 'date'], 'publication/before-period', `${result.date} is before the batch (${input.period.start} – ${input.period.end}): the visit cannot predate its draw`, 'R25'));
  return issues;
}

/** Each result's task (by enterprise) and due date, or the issues: malformed, of no task, a second result of a task, contradicting its task, a date the calendar cannot count from. */
function matchResults(results: readonly unknown[], tasks: readonly Task[], options: PublicationOptions): { readonly issues: InputIssue[]; readonly byTask: Map<string, { result: InspectionResult; due: IsoDate }> } {
  const { input, calendar, asOf } = options;
  const taskOf = new Map(tasks.map((t) => [t.enterprise as string, t]));
  const issues: InputIssue[] = [];
  const byTask = new Map<string, { result: InspectionResult; due: IsoDate }>();
  results.forEach((raw, i) => {
    const parsed = resultSchema.safeParse(raw);
    if (!parsed.success) {
      const ruleOf = (path: readonly (string | number)[]): RuleId => RESULT_FIELD_RULES[String(path[2])] ?? 'R23';
      issues.push(...zodIssues(resultSchema, raw, parsed.error.issues, ['results', i], (z) => fromZodIssue(z, ['results', i], raw, ruleOf), ruleOf));
      return;
    }
    const result = parsed.data as InspectionResult;
    const task = taskOf.get(result.enterprise);
    if (task === undefined) return void issues.push(issueAt(['results', i, 'enterprise'], 'publication/no-task', `no task of the plan inspects ${result.enterprise}`, 'R23'));
    if (byTask.has(task.id)) return void issues.push(issueAt(['results', i], 'publication/duplicate', `a second result of task ${task.id}: one result per task is published`, 'R23'));
    if ('problem' in task) return void issues.push(issueAt(['results', i, 'enterprise'], 'publication/unplannable', `task ${task.id} was never staffed (${task.problem.reason}): no drawn team visited it, so it has no result to publish (R19)`, 'R19'));
    if (result.date > asOf) return void issues.push(issueAt(['results', i, 'date'], 'publication/future-result', `${result.date} is after the day of publication (${asOf}): a visit that has not happened has no result, and publishing its date would announce it (R26)`, 'R26'));
    const own = taskIssues(result, task, input, i);
    issues.push(...own);
    const due = dueAfter(result.date, calendar, ['results', i, 'date'], issues);
    if (own.length === 0 && due !== null) byTask.set(task.id, { result, due });
  });
  return { issues, byTask };
}

/** What is published of a task whatever its status: who, what, why, and whether it is announced. */
interface TaskFacts {
  readonly name: string;
  readonly reasons: readonly PublishedReason[];
  /** The items that may not be told before the visit (R32). */
  readonly secret: ReadonlySet<string>;
}

/**
 * One task's published record. Before the visit, an unannounced one (R26, R32) shows neither its
 * date nor its due date, and no visit shows an item that may not be told in advance; a pending
 * announced visit's due date may need the calendar (`null` when it cannot be counted: the issue is reported).
 */
function recordOf(task: Task, facts: TaskFacts, given: { result: InspectionResult; due: IsoDate } | undefined, dueOf: (date: IsoDate) => IsoDate | null): PublishedResult {
  const announced = task.mode.advanceNotice;
  const base = { enterprise: task.enterprise, name: facts.name, task: task.id, announced, reasons: facts.reasons, rule: 'N4' as const };
  if (given !== undefined) {
    const outcome = publicityOf(given.result);
    return { status: 'published', ...base, lead: task.lead, departments: given.result.departments, items: task.items, date: given.result.date, outcome, wording: PUBLICITY_WORDING[outcome], due: given.due };
  }
  // Before an unannounced visit, no item, department or lead: a list less one, or a department that
  // brings only the item not to be told, would single it out (R32).
  const who = announced ? { lead: task.lead, departments: task.departments, items: task.items.filter((i) => !facts.secret.has(i)) } : { lead: null, departments: [], items: [] };
  const unknown = { outcome: null, wording: null };
  if ('problem' in task) return { status: 'unplannable', ...base, ...who, date: null, ...unknown, due: null, reason: task.problem.reason };
  if (!announced) return { status: 'pending', ...base, ...who, date: null, ...unknown, due: null };
  return { status: 'pending', ...base, ...who, date: task.date, ...unknown, due: dueOf(task.date) };
}

/**
 * What a locality publishes for a batch (一公开; R23, N4, R26, R27, R32): the draw record itself
 * (the seed, the algorithm id, the input digest, each stratum's quota and drawn list: what a notary
 * verifies with `verifyDraw`), and one record per joint task: the enterprise's name and USCC, the
 * task, its departments and items, why it takes place ({@link PublishedReason}: the draw with its
 * ticket, full coverage, black list, a trigger), the result in the publicity system's wording
 * ({@link PUBLICITY_WORDING}) and the due date of publication, 20 working days after the
 * inspection (N4: 企业信息公示暂行条例 art. 6). A task with no result yet is listed as `pending`;
 * an unplannable one as `unplannable` with its reason: none is left out.
 *
 * **Nothing secret is published before the visit**: a pending unannounced visit (flying, or with an
 * item that may not be told in advance) has no date and no due date, and no pending or unplannable
 * record lists an item marked `noAdvanceNotice` (R26, R32). **Nothing is published that does not
 * verify**: the plan is first replayed from the announced seed, draws and registered triggered
 * tasks ({@link verifyPlan}), and every difference refuses it.
 *
 * @param plan - The batch's plan ({@link planPeriod}), as made or as stored.
 * @param results - The results recorded so far, one per task at most (matched by enterprise).
 * @param options - The planning input, the announced seed and draws, the registered triggered tasks, the working-day calendar.
 * @returns `Right` with the publication, or `Left` naming each difference of the plan from its
 *   replay (`publication/plan-differs`, under `plan`), each malformed result, a result of no task,
 *   a second result of a task, a result that contradicts its task, or a date outside the calendar's years.
 * @example
 * ```ts
 * import { planPeriod, publicationRecords, type IsoDate } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 1_000, seed: 'public', inspectorsPerDepartment: 4 });
 * const secret = '5f1c9a0e7b3d4c2a8e6f0b1d3c5a7e9f'; // the platform's visit secret, 128 random bits
 * const plan = planPeriod(input, { seed: '2024-Q1', secret });
 * if (plan._tag === 'Right') {
 *   const published = publicationRecords(plan.right, [], { input, seed: '2024-Q1', secret, triggered: [], asOf: '2024-01-02' as IsoDate });
 *   if (published._tag === 'Right') console.log(published.right.counts); // every task pending or unplannable
 * }
 * ```
 * @category Publication
 * @since 0.1.0
 */
export function publicationRecords(plan: Plan, results: readonly InspectionResult[], options: PublicationOptions): Result<InputError, Publication> {
  const shape = argumentIssues(results, options);
  if (shape.length > 0) return left({ code: 'invalid-input', issues: shape as [InputIssue, ...InputIssue[]] });
  const { input } = options;
  // The names come from the input: it must be the one the plan was drawn from (R4).
  const digest = (plan as { draw?: { record?: { inputDigest?: unknown } } } | null)?.draw?.record?.inputDigest;
  if (typeof digest === 'string' && inputDigestUnchecked(input) !== digest) {
    return left({ code: 'invalid-input', issues: [issueAt(['options', 'input'], 'publication/other-input', 'the input is not the one the plan was made from: its digest differs from the draw record\'s inputDigest (R4)', 'R4')] });
  }
  const [differs, ...more] = verificationIssues(plan, options);
  if (differs !== undefined) return left({ code: 'invalid-input', issues: [differs, ...more] });
  return publish(plan, results, options);
}

/** The records of a verified plan, or the issues of the results (malformed, of no task, contradicting their task, a due date the calendar cannot count). */
function publish(plan: Plan, results: readonly InspectionResult[], options: PublicationOptions): Result<InputError, Publication> {
  const { input, calendar } = options;
  const tasks: Task[] = [...plan.tasks, ...plan.unplannable].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { issues, byTask } = matchResults(results, tasks, options);
  const names = new Map(input.enterprises.map((e) => [e.uscc as string, e.name]));
  const reasons = publishedReasons(input, plan.draw, tasks);
  const secret = secretItems(input);
  const indexOf = new Map(plan.tasks.map((t, k) => [t.id, k]));
  const records = tasks.map((t) => recordOf(t, { name: names.get(t.enterprise) ?? '', reasons: reasons.get(t.id) ?? [], secret }, byTask.get(t.id),
    (date) => dueAfter(date, calendar, ['plan', 'tasks', indexOf.get(t.id) ?? -1, 'date'], issues)));
  issues.push(...predictable(plan, byTask));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  const count = (status: PublishedResult['status']): number => records.filter((r) => r.status === status).length;
  return right({ draw: plan.draw.record, namesDigest: plan.record.namesDigest, secretDigest: plan.record.secretDigest, records, counts: { published: count('published'), pending: count('pending'), unplannable: count('unplannable') } });
}

/**
 * A plan made without a visit secret whose unannounced visits are still pending (R26, R32): their
 * dates follow from the public seed (docs/staffing.md), so publishing the seed with them would
 * announce them. One issue naming how many; none for a plan with a secret or none pending.
 */
function predictable(plan: Plan, byTask: ReadonlyMap<string, unknown>): InputIssue[] {
  if (plan.record.secretDigest !== null) return [];
  const pending = plan.tasks.filter((t) => !t.mode.advanceNotice && !byTask.has(t.id));
  if (pending.length === 0) return [];
  return [issueAt(['plan', 'record', 'secretDigest'], 'publication/predictable-visits', `${pending.length} unannounced visit(s) (such as ${pending[0]?.id}) are pending, and the plan has no visit secret: their dates follow from the public seed, so publishing it would announce them (R26); plan with options.secret, or publish after the visits`, 'R26')];
}
