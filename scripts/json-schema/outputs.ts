/**
 * zod schemas of what the library returns as data, written from its TypeScript types (src/plan/types.ts,
 * src/merge/types.ts, src/staffing/types.ts, src/publication/publicationRecords.ts): the draw
 * record, the plan as JSON and the publication. They exist to generate `schemas/record.json`,
 * `plan.json` and `publication.json`; test/schemas/outputTypes.test-d.ts checks that each accepts
 * exactly its type, and test/schemas/jsonSchemas.test.ts that real outputs validate. The input
 * schemas they share (a period, a draw spec, a department task) are the library's own.
 */
import { z } from 'zod';
import { PUBLICITY_WORDING, REASONS, RULES, type DepartmentTask, type DrawSpec, type Period, type ReasonCode, type RuleId } from '../../src/index.js';
import { departmentTaskSchema as taskSchema, drawSpecSchema as specSchema, sectionSchemas } from '../../src/input/schemas.js';
import { describeFields, nodeAt, type DEFS, type JsonSchema } from './parts.js';

/** A string given by a `$defs` entry (see `override` in parts.ts), with its description. */
const ref = (def: keyof typeof DEFS, description: string) => z.string().meta({ jsonDef: def, description });
const uscc = (description: string) => ref('uscc', description);
const date = (description: string) => ref('date', description);
const id = (description: string) => ref('id', description);
const count = (description: string) => z.number().int().min(0).describe(description);
const share = (description: string) => z.number().min(0).max(1).describe(description);
const RULE_IDS = Object.keys(RULES) as [RuleId, ...RuleId[]];
const rule = (description = 'The rule behind it (docs/rules.md).') => z.enum(RULE_IDS).describe(description);
const REASON_CODES = Object.keys(REASONS) as [ReasonCode, ...ReasonCode[]];
const STATUSES = ['drawn', 'not-drawn', 'recently-drawn', 'exempt-same-year', 'over-cap', 'trigger-only', 'full-coverage', 'out-of-scope'] as const;
const INSPECTION_REASONS = ['random', 'complaint', 'referral', 'case-lead', 'campaign'] as const;
const HEX16 = /^[0-9a-f]{16}$/;
// The library's own schemas of the inputs an output repeats, which src/ builds with zod/mini and
// declares as plain `z.ZodMiniType`, at their types: the core type, which has no classic methods.
const periodSchema = sectionSchemas.period as z.core.$ZodType<Period>;
const drawSpecSchema = specSchema as z.core.$ZodType<DrawSpec>;
const departmentTaskSchema = taskSchema as z.core.$ZodType<DepartmentTask>;
/** A library schema with a description, as the classic `.describe` gives one (zod/mini's have no `.describe`): a copy, registered with it. */
const described = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  const copy = z.clone(schema);
  z.globalRegistry.add(copy, { description });
  return copy;
};
/** An object with a count under each key (a `Record<K, number>` of the types), its properties written out. */
const counts = <K extends string>(keys: readonly K[], what: string) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, count(`${what} ${key}.`)])) as Record<K, z.ZodNumber>);

const recordedStratum = z.strictObject({
  key: z.string().min(1).describe('The stratum key: draw|section|class|colour, then |black-list for black-listed enterprises (R14).'),
  population: count('Eligible members.'),
  quota: count('The quota.'),
  drawn: z.array(uscc('An enterprise drawn.')).describe('The enterprises drawn, in rank order (smallest ticket first).'),
}).describe('One stratum of a draw: enough to replay and check it (R27).');

/** The draw record (`DrawRecord`): what a notary needs to replay a draw (R27). */
export const drawRecordSchema = z.strictObject({
  algorithm: z.string().min(1).describe('The draw algorithm\'s id, such as double-random/prn/v1.'),
  library: z.string().describe('The version of the library that drew it.'),
  seed: z.string().describe('The public seed, as read out at the draw (R27).'),
  inputDigest: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the canonical input, 64 hex digits (docs/draw-algorithm.md).'),
  policy: z.string().describe('The policy\'s id.'),
  period: described(periodSchema, 'The period drawn.'),
  draws: z.array(drawSpecSchema).describe('The draws of the batch: departments, kinds and population (N7).'),
  strata: z.array(recordedStratum).describe('Every stratum, sorted by key.'),
  fullCoverage: z.array(uscc('An enterprise in full coverage.')).describe('Red-coded (R10) and, under a full black-list rule, black-listed (R14) enterprises, inspected in full, sorted.'),
});

const stratumQuota = z.strictObject({
  key: z.string().min(1).describe('draw|section|class|colour, then |black-list for a black-list stratum (R14).'),
  draw: z.string().min(1).describe('The draw\'s id.'),
  industry: z.string().describe('GB/T 4754 section letter.'),
  creditClass: z.enum(['A', 'B', 'C', 'D', 'unrated']).describe('Credit class (N5).'),
  colour: z.enum(['yellow', 'none']).describe('yellow (raised ratio, R10) or none.'),
  blackList: z.boolean().describe('Whether its members are black-listed (R14).'),
  base: count('Members this batch, whatever their eligibility: the base of the ratio.'),
  eligible: count('Members that can be drawn now.'),
  alreadyDrawn: count('Members drawn at random earlier this year (R5).'),
  ratio: share('The yearly ratio applied (R10, R11, R14).'),
  exact: z.number().min(0).describe('The exact share before rounding.'),
  quota: count('The whole quota after rounding, minimum, catch-up and the cap at eligible.'),
  drawn: count('How many were drawn.'),
  catchUp: z.boolean().describe('Whether the last batch\'s catch-up raised it (R6).'),
  rule: rule('R6 when raised by the catch-up, else R14 for a black-list stratum, else R5.'),
}).describe('The quota of one stratum and how it was set.');

const target = z.strictObject({
  uscc: uscc('The enterprise.'),
  status: z.enum(['drawn', 'full-coverage']).describe('Drawn at random, or in full coverage.'),
  reason: z.enum(REASON_CODES).describe('Why (see REASONS).'),
  rule: rule(),
  ticket: z.string().regex(HEX16).describe('Its ticket: the first 64 bits of its SHA-256, 16 hex digits.'),
  placements: z.array(z.strictObject({
    draw: z.string().min(1).describe('The draw\'s id.'),
    stratum: z.string().min(1).describe('The stratum key.'),
    rank: z.number().int().min(1).describe('1-based rank in the stratum (1 = smallest ticket).'),
  }).describe('Where it was drawn.')).describe('Every draw that drew it (none for full coverage), in draw order.'),
}).describe('An enterprise to inspect this batch.');

const warning = z.strictObject({
  code: z.enum(['directory/empty', 'draw/empty-population', 'period/no-working-day', 'policy/joint-share-unreachable', 'plan/predictable-visits']).describe('The kind of warning.'),
  path: z.array(z.union([z.string(), z.number().int().min(0)])).describe('Where, as keys and array indexes.'),
  at: z.string().describe('The same path as a JSONPath.'),
  message: z.string().describe('What it means.'),
  rule: rule(),
}).describe('What is valid but probably not meant.');

const drawPlan = z.strictObject({
  record: drawRecordSchema.describe('The record to publish and replay (see record.json).'),
  quotas: z.array(stratumQuota).describe('Every stratum\'s quota, sorted by key.'),
  targets: z.array(target).describe('Enterprises to inspect, sorted by USCC.'),
  counts: counts(STATUSES, 'Enterprises with status').describe('How many enterprises have each status; they add up to the directory size.'),
  reasons: counts(REASON_CODES, 'Enterprises with reason').describe('How many enterprises have each reason.'),
  warnings: z.array(warning).describe('The draw\'s warnings.'),
}).describe('The first random (DrawPlan without its outcomeOf function, which JSON does not keep).');

const mode = z.strictObject({
  mode: z.enum(['online', 'flying', 'escalated', 'offline', 'full-coverage']).describe('How the visit is made (R9, R10).'),
  rule: rule(),
  advanceNotice: z.boolean().describe('Whether time, basis and method may be told in advance (R26): never for a flying inspection.'),
  teamSize: z.number().int().min(2).describe('The minimum team (N1, R9).'),
  ratingReferral: z.boolean().describe('Whether the findings are referred so that a class can be assigned (unrated, R9).'),
}).describe('The inspection mode and what follows from it.');

/** The fields of a joint task (R15–R18). */
const jointTask = {
  id: z.string().min(1).describe('joint: and the enterprise\'s code: one joint task per enterprise and batch.'),
  enterprise: uscc('The enterprise.'),
  lead: id('The lead department (R16).'),
  leadBy: z.enum(['joint-list', 'initiator', 'most-items']).describe('Why it leads: the 一业一查 list, it initiated a triggered task, or it has the most items.'),
  departments: z.array(id('A department.')).min(1).describe('Every department with an item to check, the lead first.'),
  items: z.array(id('An item.')).describe('Every item once, sorted.'),
  tasks: z.array(z.string().min(1)).describe('The department tasks merged into it, sorted.'),
  reasons: z.array(z.enum(INSPECTION_REASONS)).describe('The reasons of those tasks, sorted, without repeats.'),
  mode,
};

const drawn = (what: string) => z.number().int().min(1).describe(`Place in the department's random order for the task (1 for the first name drawn)${what}.`);
const plannedTask = z.strictObject({
  ...jointTask,
  date: date('The working day of the visit.'),
  team: z.array(z.strictObject({ inspector: id('The inspector.'), department: id('The inspector\'s department.'), draw: drawn('') })).describe('The team, lead department first (R19, N1).'),
  skipped: z.array(z.strictObject({
    inspector: id('The inspector.'),
    department: id('The inspector\'s department.'),
    draw: drawn(''),
    reason: z.enum(['recused', 'unavailable', 'at-capacity', 'not-needed']).describe('Why passed over (N2, R19).'),
    rule: rule(),
  })).describe('Inspectors drawn but passed over, in the order drawn.'),
}).describe('A staffed joint task: merged task, mode, date and team.');

const problemBase = {
  task: z.string().min(1).describe('The joint task\'s id.'),
  enterprise: uscc('The enterprise.'),
  message: z.string().describe('A sentence for people.'),
};
const department = id('The department that could not be staffed.');
const unplannable = z.discriminatedUnion('reason', [
  z.strictObject({ ...problemBase, reason: z.literal('no-qualified-inspector'), rule: z.literal('R19'), department, kind: z.string().describe('The kind of check nobody is qualified for.') }),
  z.strictObject({ ...problemBase, reason: z.literal('all-recused'), rule: z.literal('N2'), department }),
  z.strictObject({ ...problemBase, reason: z.literal('too-few-inspectors'), rule: z.literal('N1'), department }),
  z.strictObject({ ...problemBase, reason: z.literal('no-available-date'), rule: z.literal('R19'), department }),
  z.strictObject({ ...problemBase, reason: z.literal('no-working-day'), rule: z.literal('N3') }),
]).describe('Why the task cannot be staffed (R19).');

const DROPPED = ['same-year-exempt', 'checked-at-another-level', 'out-of-random-scope', 'not-in-flying-subset'] as const;
const metrics = z.strictObject({
  departmentTasks: count('Department tasks before the merge.'),
  visits: count('Joint tasks after the merge (R15).'),
  visitsSaved: z.number().int().describe('departmentTasks − visits.'),
  planned: count('Visits staffed.'),
  unplannable: count('Visits that could not be staffed.'),
  empty: count('Enterprises not visited.'),
  jointShare: z.strictObject({
    joint: count('Tasks with two or more departments.'),
    total: count('All tasks.'),
    share: share('joint / total, 0 without tasks.'),
    target: share('The policy\'s jointShareTarget.').nullable(),
    met: z.boolean().nullable().describe('Whether share ≥ target; null without a target.'),
  }).describe('The joint share against the policy\'s target (R7).'),
  inspectionsPerEnterprise: z.strictObject({
    before: z.number().min(0).describe('Department tasks per enterprise with a task.'),
    after: z.number().min(0).describe('Visits per enterprise with a task.'),
  }).describe('Inspections per enterprise, before and after the merge (R28).'),
  dropped: counts(DROPPED, 'Pairs dropped for').describe('Dropped (enterprise, item) pairs by reason.'),
  coverage: z.array(z.strictObject({
    industry: z.string().describe('GB/T 4754 section letter.'),
    enterprises: count('Enterprises of the section.'),
    visits: count('Planned visits to them.'),
    share: z.number().min(0).describe('visits / enterprises.'),
  })).describe('Coverage per industry section (R28).'),
}).describe('The plan\'s measures (R7, R28).');

/** A plan (`Plan` of `planPeriod`) as JSON: every field but `draw.outcomeOf`. */
export const planSchema = z.strictObject({
  draw: drawPlan,
  tasks: z.array(plannedTask).describe('Staffed joint tasks, by id.'),
  unplannable: z.array(z.strictObject({ ...jointTask, problem: unplannable }).describe('A joint task that could not be staffed.')).describe('Joint tasks that could not be staffed, by id: reported, never dropped (R19).'),
  empty: z.array(z.strictObject({
    enterprise: uscc('The enterprise.'),
    tasks: z.array(z.string().min(1)).describe('Its tasks (none for no-applicable-item).'),
    reason: z.enum(['items-dropped', 'no-applicable-item']).describe('Why it is not visited.'),
    rule: rule(),
  })).describe('Enterprises not visited, and why.'),
  dropped: z.array(z.strictObject({
    task: z.string().min(1).describe('The task that asked for it.'),
    enterprise: uscc('The enterprise.'),
    item: id('The item.'),
    reason: z.enum(DROPPED).describe('Why it is dropped (R20, R18, R1, R9).'),
    rule: rule(),
    instead: id('The item checked instead, for checked-at-another-level.').optional(),
  })).describe('Every (task, item) pair not in a task, with its reason.'),
  record: z.strictObject({
    triggered: z.array(departmentTaskSchema).describe('The triggered tasks passed in (complaints, referrals, case leads, campaigns).'),
    staffing: z.string().min(1).describe('The id of the staffing algorithm (the second random).'),
    workingDays: z.array(date('A working day.')).describe('The window\'s working days under the calendar used (N3).'),
    namesDigest: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the names of the enterprises the plan visits or draws, as the input gives them (R4, R23; docs/draw-algorithm.md, "The names digest").'),
    secretDigest: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe('SHA-256 of the visit secret the plan was made with (R26; docs/staffing.md), or null when it has none.'),
  }).describe('What replays the plan beyond the input and the draw record (R27).'),
  metrics,
  warnings: z.array(warning).describe('The draw\'s warnings, a window with no working day, a missed joint-share target.'),
});

const WORDINGS = Object.values(PUBLICITY_WORDING) as [string, ...string[]];
const publishedReason = z.union([
  z.strictObject({
    kind: z.enum(['random-draw', 'directed-draw']).describe('random-draw: a default draw (a 一业一查 list or the general draw); directed-draw: a draw announced beyond them (N7).'),
    rule: z.enum(['R27', 'R6', 'N7']).describe('R27 a draw, R6 the fourth-quarter catch-up, N7 a directed draw.'),
    draw: z.string().min(1).describe('The draw\'s id: for a directed draw, the list or field it samples.'),
    stratum: z.string().min(1).describe('The stratum key in the draw record.'),
    rank: z.number().int().min(1).describe('1-based rank in the stratum.'),
    ticket: z.string().regex(/^[0-9a-f]{16}$/).describe('The enterprise\'s ticket: what decided it.'),
  }),
  z.strictObject({ kind: z.literal('full-coverage'), rule: z.literal('R10') }).describe('Red-coded: inspected without sampling (no ticket).'),
  z.strictObject({ kind: z.literal('black-list'), rule: z.literal('R14') }).describe('Black-listed under a full-coverage rule (no ticket).'),
  z.strictObject({ kind: z.enum(['complaint', 'referral', 'case-lead', 'campaign']), rule: z.literal('R24') }).describe('A trigger registered for the batch (no ticket).'),
]).describe('Why a published visit takes place (一公开): its real reason, a ticket only where a ticket decided.');
const publishedResult = z.strictObject({
  status: z.enum(['published', 'pending', 'unplannable']).describe('published: a result was given; pending: planned, no result yet; unplannable: never staffed (R19).'),
  enterprise: uscc('The enterprise.'),
  name: z.string().describe('Its name, from the directory.'),
  task: z.string().min(1).describe('The joint task\'s id.'),
  lead: id('The lead department (R16).').nullable().describe('null before an unannounced visit (it could single out the department of an item not to be told, R32).'),
  departments: z.array(z.string().min(1)).describe('The departments: those of the result when published, else the task\'s; none before an unannounced visit (R32).'),
  items: z.array(id('An item.')).describe('The task\'s items; before the visit (pending, unplannable), without those that may not be told in advance (R32).'),
  announced: z.boolean().describe('Whether the visit\'s time may be told before it (R26): false for a flying inspection and for a visit with an item that may not be told in advance (R32).'),
  date: date('The inspection\'s date (published) or the planned date of an announced pending visit.').nullable().describe('null while an unannounced visit is pending (R26, R32), and when unplannable.'),
  reasons: z.array(publishedReason).describe('Why the visit takes place: each draw that drew it (with the ticket), full coverage, black list, each trigger (R10, R14, R24, R27, N7).'),
  outcome: z.enum(['no-problem', 'problem-corrected', 'problem-follow-up', 'not-disclosed', 'false-disclosure', 'unreachable', 'no-activity', 'refused', 'deregistered']).nullable().describe('The result\'s publicity category, or null until there is one (R23).'),
  wording: z.enum(WORDINGS).nullable().describe('The result in the publicity system\'s wording, or null.'),
  due: date('Due date of publication: 20 working days after the inspection, or after the planned date of an announced pending visit (N4).').nullable().describe('null when unplannable, and while an unannounced visit is pending (it would tell the date).'),
  rule: z.literal('N4').describe('The rule of the deadline.'),
  reason: z.enum(['no-qualified-inspector', 'all-recused', 'too-few-inspectors', 'no-working-day', 'no-available-date']).optional().describe('Why an unplannable task has no date (R19).'),
}).describe('One task of the batch as published (R23, N4).');

/** What `publicationRecords` returns (`Publication`): the draw record and one record per task (一公开). */
export const publicationSchema = z.strictObject({
  draw: drawRecordSchema.describe('The draw as recorded (see record.json); its inputDigest also binds the departments\' and items\' names.'),
  namesDigest: z.string().regex(/^[0-9a-f]{64}$/).describe('The plan\'s names digest, checked before publishing: it binds every enterprise name published (R4; docs/draw-algorithm.md, "The names digest").'),
  secretDigest: z.string().regex(/^[0-9a-f]{64}$/).nullable().describe('The digest of the plan\'s visit secret (R26), published before the visits so the secret published after them can be checked; null for a plan without one.'),
  records: z.array(publishedResult).describe('One record per joint task, staffed or unplannable, sorted by task id.'),
  counts: z.strictObject({
    published: count('Records with a result.'),
    pending: count('Planned tasks with no result yet.'),
    unplannable: count('Tasks that could not be staffed.'),
  }).describe('How many records have each status.'),
});

/** Descriptions of a draw spec's fields (its schema is the library's `drawSpecSchema`). */
const DRAW_SPEC_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '': 'One draw of the batch: who draws, what the inspection covers, over which population (N7).',
  id: 'Unique id in the batch, recorded in strata keys.',
  departments: 'The departments that take part.',
  kinds: 'The kinds of check the inspection covers (R20).',
  filter: 'The population: a directed draw (定向抽查) samples only enterprises that match every criterion given (N7).',
  'filter.industries': 'Only these industries.',
  'filter.excludeIndustries': 'Not these industries.',
  'filter.regions': 'Only enterprises registered in these administrative divisions.',
  'filter.creditClasses': 'Only these credit classes.',
  ratio: 'The draw\'s own yearly ratio in [0, 1] for a directed draw of a high-risk field (R11); absent: the policy\'s ratios.',
};

/** Descriptions of a triggered department task's fields (its schema is the library's `departmentTaskSchema`). */
const DEPARTMENT_TASK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '': 'One department\'s intent to inspect one enterprise for some items (R15).',
  id: 'Unique id among the tasks.',
  enterprise: 'The enterprise.',
  department: 'The department that wants the inspection.',
  items: 'The items it asks for.',
  reason: 'Why: a trigger (R24).',
};

/** Gives the library's schemas inside an output (a period, draw specs, triggered tasks) the descriptions of their fields. */
export function describeShared(schema: JsonSchema, at: { readonly record: string; readonly triggered?: string }, periodDescriptions: Readonly<Record<string, string>>): void {
  const under = (prefix: string, descriptions: Readonly<Record<string, string>>): Record<string, string> =>
    Object.fromEntries(Object.entries(descriptions).filter(([path]) => path !== '').map(([path, text]) => [`${prefix}${path}`, text]));
  describeFields(schema, under(`${at.record}period.`, periodDescriptions));
  describeFields(schema, under(`${at.record}draws[].`, DRAW_SPEC_DESCRIPTIONS));
  nodeAt(schema, `${at.record}draws[]`)['description'] = DRAW_SPEC_DESCRIPTIONS[''];
  if (at.triggered !== undefined) {
    describeFields(schema, under(`${at.triggered}[].`, DEPARTMENT_TASK_DESCRIPTIONS));
    nodeAt(schema, `${at.triggered}[]`)['description'] = DEPARTMENT_TASK_DESCRIPTIONS[''];
  }
}
