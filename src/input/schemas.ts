import * as z from 'zod';
import { isIsoDate } from '../internal/date.js';
import { quote, unreadable } from '../internal/text.js';
import { parseUscc } from '../uscc/parseUscc.js';
import type { Uscc } from '../model/uscc.js';
import type { IsoDate } from '../model/date.js';
import { industryProblem } from '../model/industry.js';
import type { CheckCode, InputIssue } from '../model/issues.js';
import { unknownKeyIssue, zodIssues } from './keys.js';
import { kindOf } from '../internal/argumentIssues.js';
import { characterDetails, fromZodIssue, type CustomParams } from './zodDetails.js';
import { BoundedIssues } from './boundedIssues.js';
import type { RuleId } from '../model/rules.js';
import type {
  Department,
  DepartmentId,
  Enterprise,
  IndustryCode,
  InputVersions,
  InspectionItem,
  InspectionRecord,
  Inspector,
  InspectorId,
  ItemId,
  JointList,
  Period,
  Policy,
} from '../model/types.js';

interface Problem {
  readonly code: CheckCode;
  readonly message: string;
  readonly rule: RuleId;
  readonly position?: number;
  readonly expected?: string;
  readonly found?: string;
}

/** The date a value most likely meant (`2024/05/01` → `2024-05-01`), as an issue's `expected`. */
export function dateDetails(value: unknown): { readonly expected?: string } {
  const fixed = dateFix(value);
  return fixed === undefined ? {} : { expected: fixed };
}

/** A value of branded type `T`, checked by `problemOf` (which returns `undefined` when it is fine). */
function branded<T>(problemOf: (value: unknown) => Problem | undefined) {
  return z.custom<T>().check((ctx) => {
    const problem = problemOf(ctx.value);
    if (problem !== undefined) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: problem.message,
        params: { code: problem.code, rule: problem.rule, details: characterDetails(problem) } satisfies CustomParams,
      });
    }
  });
}

const uscc = branded<Uscc>((value) => {
  if (typeof value !== 'string') {
    return { code: 'uscc/type', rule: 'N10', message: 'expected a unified social credit code (a string)' };
  }
  const parsed = parseUscc(value);
  return parsed._tag === 'Left' ? parsed.left : undefined;
});

const isoDate = branded<IsoDate>((value) =>
  isIsoDate(value)
    ? undefined
    : { code: 'date/invalid', rule: 'R25', message: `expected a calendar date "YYYY-MM-DD" that exists, got ${quote(value)}${dateHint(value)}`, ...dateDetails(value) },
);

/** A date written another common way (`2024/05/01`, `2024.5.1`, `2024年5月1日`) as `YYYY-MM-DD`, or `undefined`. */
export function dateFix(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})\s*日?$/.exec(value.trim()) : null;
  if (match === null) return undefined;
  const fixed = `${match[1]}-${(match[2] as string).padStart(2, '0')}-${(match[3] as string).padStart(2, '0')}`;
  return isIsoDate(fixed) ? fixed : undefined;
}

/** A hint for a date written another common way: `; write it as "2024-05-01"`, or nothing. */
export function dateHint(value: unknown): string {
  const fixed = dateFix(value);
  return fixed === undefined ? '' : `; write it as "${fixed}"`;
}

const industry = branded<IndustryCode>((value) => {
  const message = industryProblem(value);
  return message === undefined ? undefined : { code: 'industry/invalid', rule: 'R2', message };
});

/** Why a value is not an id (a non-empty string with one spelling, R4), or `undefined`. */
function idProblem(value: unknown, what: string): Problem | undefined {
  const problem = typeof value === 'string' ? unreadable(value) : undefined;
  if (typeof value !== 'string' || value.length === 0 || (problem === undefined && value.trim() !== value)) {
    return { code: 'id/empty', rule: 'R4', message: `expected a ${what}: a non-empty string without surrounding white space` };
  }
  if (problem === 'nfc') return { code: 'id/not-nfc', rule: 'R4', message: `a ${what} must be in Unicode normalization form C (NFC), so that it has one spelling: ${JSON.stringify(value)} is ${JSON.stringify(value.normalize('NFC'))} written another way` };
  if (problem !== undefined) return { code: 'id/invisible-character', rule: 'R4', message: `a ${what} must not contain invisible or control characters, or spaces other than U+0020 (such as a zero-width or a no-break space): ${JSON.stringify(value)} would not match ${JSON.stringify(value.replace(/[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\u2800]/gu, '').replace(/(?! )\p{White_Space}/gu, ' '))}` };
  return undefined;
}

function id<T>(what: string) {
  return branded<T>((value) => idProblem(value, `${what} id`));
}

/** A string checked by `problemOf` after zod's own type check (so a number is still `schema/invalid_type`). */
const checkedString = (problemOf: (value: string) => Problem | undefined) =>
  z.string().check((ctx) => {
    const problem = problemOf(ctx.value);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem.message, params: { code: problem.code, rule: problem.rule, details: characterDetails(problem) } satisfies CustomParams });
  });

/** A name compared with others (a kind, a qualification, a list's id): an id that is not branded. */
const token = (what: string) => checkedString((value) => idProblem(value, what)).meta({ jsonDef: 'id' });

const departmentId = id<DepartmentId>('department');

/** Whether `value` is `MM-DD` naming a day that every year has (so not 02-29). */
function isDayOfEveryYear(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  const month = Number(match?.[1]);
  const day = Number(match?.[2]);
  return match !== null && month >= 1 && month <= 12 && day >= 1 && day <= ([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number);
}
const inspectorId = id<InspectorId>('inspector');
const itemId = id<ItemId>('item');
const name = z.string().min(1);
const level = z.enum(['city', 'district', 'town']);
/** The message of a share above 1: a whole number up to 100 is most likely a percentage (4 for 4 %). */
const shareTooBig = (issue: { readonly input?: unknown }): string => {
  const value = Number(issue.input);
  return Number.isInteger(value) && value > 1 && value <= 100 ? `a share in [0, 1], not a percentage: ${value} % is ${value / 100}` : 'a share in [0, 1]';
};
/** A share in [0, 1]. */
const ratio = z.number().min(0).max(1, { error: shareTooBig });
const count = z.number().int().min(0);
const reason = z.enum(['random', 'complaint', 'referral', 'case-lead', 'campaign']);

/** A team size: a whole number of at least two, national law rather than a local choice (N1). */
const teamSize = z.number().int().check((ctx) => {
  if (ctx.value < 2) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `an inspection is made by at least two certified enforcement officers (N1, Administrative Penalty Law art. 42), got ${ctx.value}`,
      params: { code: 'policy/team-size', rule: 'N1' },
    });
  }
});

const department = z.strictObject({ id: departmentId, name, level, line: z.string().min(1).optional() });

const inspector = z.strictObject({
  id: inspectorId,
  name,
  department: departmentId,
  certified: z.boolean(),
  qualifications: z.array(token('qualification')),
  unavailable: z.array(isoDate).default([]),
  capacityPerDay: z.number().int().min(1).default(1),
  conflicts: z.array(uscc).default([]),
});

const item = z.strictObject({
  id: itemId,
  name,
  department: departmentId,
  kind: token('kind of item'),
  level,
  importance: z.enum(['key', 'general']),
  scope: z.enum(['general', 'safety', 'environment', 'police', 'unlicensed']).default('general'),
  industries: z.array(industry).default([]),
  basis: z.string().regex(/\S/, 'a legal basis, not blank').optional(),
});

const jointList = z.strictObject({
  id: token('joint list id'),
  industry,
  lead: departmentId,
  departments: z.array(departmentId).min(1),
  items: z.array(itemId).min(1),
});

const record = z.strictObject({
  enterprise: uscc,
  date: isoDate,
  departments: z.array(departmentId).min(1),
  itemKinds: z.array(token('kind of item')),
  joint: z.boolean(),
  unified: z.boolean().default(false),
  reason,
});

const policy = z.strictObject({
  id: token('policy id'),
  batchesPerYear: z.number().int().min(1).max(366),
  ratios: z.strictObject({ A: ratio, B: ratio, C: ratio, D: ratio, unrated: ratio, yellow: ratio }),
  batchMinimumRatio: ratio,
  rounding: z.enum(['nearest', 'up', 'down']),
  minimumPerStratum: count,
  catchUp: z.strictObject({ ratio, minimum: count }).nullable(),
  excludedScopes: z.array(z.enum(['general', 'safety', 'environment', 'police', 'unlicensed'])),
  classATriggerOnly: z.boolean(),
  avoidRepeatDraws: z.boolean(),
  caps: z.array(z.strictObject({ department: departmentId, perYear: count })),
  teamSize,
  escalatedTeamSize: teamSize,
  sameYearExemption: z.strictObject({ enabled: z.boolean(), exceptions: z.array(reason) }),
  jointShareTarget: ratio.nullable(),
  singleDepartmentTasks: z.boolean(),
  flyingItemShare: z.number().gt(0).max(1, { error: shareTooBig }).default(1),
  nonSiteWhereSufficient: z.boolean().default(false),
  annualPlanDue: z.string().refine(isDayOfEveryYear, 'a day of every year as MM-DD, such as 01-10 (not 02-29, 02-30 or 04-31)').nullable().default(null),
  blackList: z.discriminatedUnion('coverage', [z.strictObject({ coverage: z.literal('full') }), z.strictObject({ coverage: z.literal('raised'), ratio })]).nullable().default(null),
});

const period = z.strictObject({
  year: z.number().int().min(1949).max(9999),
  batch: z.number().int().min(1),
  start: isoDate,
  end: isoDate,
});

/** A version label: any text (even empty), with one spelling when it has some. */
const label = (what: string) => checkedString((value) => (value === '' ? undefined : idProblem(value, what))).meta({ jsonDef: 'label' });
const versions = z.strictObject({ directory: label('version label'), inspectors: label('version label'), items: label('version label') });

const SECTIONS = {
  versions,
  departments: z.array(department),
  inspectors: z.array(inspector),
  items: z.array(item),
  jointLists: z.array(jointList).default([]),
  history: z.array(record).default([]),
  policy,
  period,
} as const;

/** The zod schema of each section but the enterprises (internal: the source of `schemas/input.json`). */
export const sectionSchemas: Readonly<Record<Exclude<keyof Sections, 'enterprises'>, z.ZodType>> = SECTIONS;

/** The sections of a planning input, each present only when its shape was valid. */
export interface Sections {
  versions?: InputVersions;
  enterprises?: readonly Enterprise[];
  departments?: readonly Department[];
  inspectors?: readonly Inspector[];
  items?: readonly InspectionItem[];
  jointLists?: readonly JointList[];
  history?: readonly InspectionRecord[];
  policy?: Policy;
  period?: Period;
}

/** The rule behind each field, for issues found by the schemas (`_` is a section's default). */
const FIELD_RULES: Readonly<Record<keyof typeof SECTIONS, Readonly<Record<string, RuleId>>>> = {
  versions: { _: 'R4' },
  departments: { _: 'R16', level: 'R18', line: 'R18' },
  inspectors: { _: 'R19', certified: 'N1', conflicts: 'N2' },
  items: { _: 'R1', kind: 'R20', level: 'R18', importance: 'N6', basis: 'R25' },
  jointLists: { _: 'R16' },
  history: { _: 'R20', enterprise: 'R2' },
  policy: {
    _: 'R5', ratios: 'R11', catchUp: 'R6', minimumPerStratum: 'R6', excludedScopes: 'R1',
    classATriggerOnly: 'N5', avoidRepeatDraws: 'R8', caps: 'N8', teamSize: 'N1',
    escalatedTeamSize: 'R9', sameYearExemption: 'R20', jointShareTarget: 'R7',
    singleDepartmentTasks: 'R16', flyingItemShare: 'R9', blackList: 'R14', nonSiteWhereSufficient: 'R11', annualPlanDue: 'R25',
  },
  period: { _: 'R25', batch: 'R5' },
};

function ruleFor(section: keyof typeof SECTIONS, path: readonly (string | number)[]): RuleId {
  const rules = FIELD_RULES[section];
  const field = path[0] === section ? (typeof path[1] === 'number' ? path[2] : path[1]) : undefined;
  if (typeof field === 'string' && Object.hasOwn(rules, field)) return rules[field] ?? 'R2';
  return rules['_'] ?? 'R2';
}

/**
 * The issues of one small section (`policy`, `period`, `versions`) checked on its own under `root`,
 * with the rules of its fields: what the functions re-check of an input spread from a validated
 * one (`{ ...input, policy }`), since those sections are small.
 */
export function sectionIssues(section: 'policy' | 'period' | 'versions', value: unknown, root: readonly (string | number)[]): InputIssue[] {
  const schema = SECTIONS[section];
  const result = schema.safeParse(value);
  if (result.success) return [];
  const ruleOf = (path: readonly (string | number)[]): RuleId => ruleFor(section, path.slice(root.length - 1));
  return zodIssues(schema, value, result.error.issues, root, (issue) => fromZodIssue(issue, root, value, ruleOf), ruleOf);
}

/** Section names in layout order. */
export const SECTION_NAMES: readonly (keyof Sections)[] = [
  'versions', 'enterprises', 'departments', 'inspectors', 'items', 'jointLists', 'history', 'policy', 'period',
];

/**
 * Checks the shape of each section of a raw planning input on its own, so that one bad section
 * does not hide the issues of another, and the valid sections can still be cross-checked.
 */
export function parseSections(raw: unknown, issues: BoundedIssues = new BoundedIssues(Infinity)): { readonly sections: Sections; readonly explained: ReadonlySet<string> } {
  const sections: Sections = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push({ code: 'schema/invalid_type', path: [], at: '$', message: 'expected a planning input object', rule: 'R4', expected: 'object', received: kindOf(raw) });
    return { sections, explained: new Set() };
  }
  const input = raw as Record<string, unknown>;
  // An unknown section names the section it most likely meant; with that one missing, they are one issue.
  const explained = new Set<string>();
  for (const key of Object.keys(input)) {
    if (SECTION_NAMES.includes(key as keyof Sections)) continue;
    const { issue, explains } = unknownKeyIssue([], key, SECTION_NAMES, (s) => !Object.hasOwn(input, s) && !explained.has(s), 'R4', Object.keys(input));
    issues.push(issue);
    if (explains !== undefined) explained.add(explains);
  }
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    const value = Object.hasOwn(input, section) ? input[section] : undefined;
    if (value === undefined && explained.has(section)) continue;
    const parsed = Array.isArray(value) && section in ROWS ? parseRows(section as keyof typeof ROWS, value, issues) : parseWhole(section, value, issues);
    // Each assignment below is checked by the compiler: the schema's output must fit the model.
    if (parsed !== undefined) assign(sections, section, parsed.data);
  }
  return { sections, explained };
}

/** The row schema of each list section. */
const ROWS = { departments: department, inspectors: inspector, items: item, jointLists: jointList, history: record } as const;

/** The zod schemas of the small sections' rows (departments, inspectors, items, joint lists). */
export const smallRowSchemas: Readonly<Record<'departments' | 'inspectors' | 'items' | 'jointLists', z.ZodType>> = ROWS;

/** A section parsed whole by its schema; its issues into `issues`. */
function parseWhole(section: keyof typeof SECTIONS, value: unknown, issues: BoundedIssues): { readonly data: unknown } | undefined {
  const result = SECTIONS[section].safeParse(value);
  if (result.success) return { data: result.data };
  const ruleOf = (path: readonly (string | number)[]): RuleId => ruleFor(section, path);
  for (const issue of zodIssues(SECTIONS[section], value, result.error.issues, [section], (i) => fromZodIssue(i, [section], value, ruleOf), ruleOf)) issues.push(issue);
  return undefined;
}

/**
 * A list section parsed row by row, so that its issues are bounded as the enterprises' are: once
 * `issues` is full, a bad row is counted once, without zod's details (and without building them).
 */
function parseRows(section: keyof typeof ROWS, rows: readonly unknown[], issues: BoundedIssues): { readonly data: unknown[] } | undefined {
  const schema = ROWS[section] as z.ZodType;
  const ruleOf = (path: readonly (string | number)[]): RuleId => ruleFor(section, path);
  const data: unknown[] = [];
  let valid = true;
  // A loop over every index, not forEach: a hole of a sparse array is a missing row, not no row.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const result = schema.safeParse(row);
    if (result.success) {
      data.push(result.data);
      continue;
    }
    valid = false;
    if (issues.full) {
      issues.omitted++;
      continue;
    }
    const root = [section, i];
    for (const issue of zodIssues(schema, row, result.error.issues, root, (z) => fromZodIssue(z, root, row, ruleOf), ruleOf)) issues.push(issue);
  }
  return valid ? { data } : undefined;
}

type Outputs = { [K in keyof typeof SECTIONS]: z.output<(typeof SECTIONS)[K]> };
type Expected = Required<Sections>;
type Conforms = { [K in keyof Outputs]: Outputs[K] extends Expected[K] ? true : never };
const conforms: Conforms = {
  versions: true, departments: true, inspectors: true, items: true,
  jointLists: true, history: true, policy: true, period: true,
};
void conforms;

function assign<K extends keyof Sections>(sections: Sections, key: K, value: unknown): void {
  sections[key] = value as Sections[K];
}

const creditClass = z.enum(['A', 'B', 'C', 'D', 'unrated']);
const drawId = z.string().min(1).refine((value) => !value.includes('|'), 'a draw id is a non-empty string without "|"').pipe(token('draw id'));

/** The shape of a draw spec (N7): strict, so a misspelt filter never silently widens a draw. */
export const drawSpecSchema: z.ZodType = z.strictObject({
  id: drawId,
  departments: z.array(departmentId).min(1),
  kinds: z.array(token('kind of item')).min(1),
  filter: z.strictObject({
    industries: z.array(industry).optional(),
    excludeIndustries: z.array(industry).optional(),
    regions: z.array(z.string().min(1)).optional(),
    creditClasses: z.array(creditClass).optional(),
  }),
  ratio: ratio.optional(),
});

/** The fields given to `highRiskDraws` (R11, N7): each a high-risk field and the departments that draw it. */
export const highRiskFieldsSchema: z.ZodType = z.array(z.strictObject({
  field: z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'), name: z.string().min(1), industries: z.array(industry).min(1) }),
  departments: z.array(departmentId).min(1),
})).min(1);

/** The fields given to `keyIndustryLists` (R16): each a key industry, its lead and its departments. */
export const keyIndustriesSchema: z.ZodType = z.array(z.strictObject({
  field: z.strictObject({ id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens'), name: z.string().min(1), industries: z.array(industry).min(1) }),
  lead: departmentId,
  departments: z.array(departmentId).min(1),
})).min(1);

/** The options of `highRiskDraws`. */
export const highRiskOptionsSchema: z.ZodType = z.strictObject({ ratio: ratio.optional() });

/** A progress callback (`onProgress`): a function. */
export const progressSchema: z.ZodType = z.custom((value) => typeof value === 'function', 'a function ({ stage, done, total }) => void');

/** The options of the draw (`planDraw`, `countShard`, `drawShard`): the seed is checked by its own rules (\`assertSeed\`), the draws by \`drawSpecsSchema\`. */
export const drawOptionsSchema: z.ZodType = z.strictObject({ seed: z.unknown(), draws: z.unknown().optional(), onProgress: progressSchema.optional() });

/** The options of `planPeriod`; each is checked by its own schema after. */
export const planOptionsSchema: z.ZodType = z.strictObject({ seed: z.unknown(), draws: z.unknown().optional(), triggered: z.unknown().optional(), calendar: z.unknown().optional(), onProgress: progressSchema.optional() });

/** A list of draw specs. */
export const drawSpecsSchema: z.ZodType = z.array(drawSpecSchema);

/** The shape of a department task (R15), as a platform passes triggered tasks. */
export const departmentTaskSchema: z.ZodType = z.strictObject({
  id: token('task id'),
  enterprise: uscc,
  department: departmentId,
  items: z.array(itemId),
  reason,
});

/** A list of department tasks. */
export const departmentTasksSchema: z.ZodType = z.array(departmentTaskSchema);

/**
 * Triggered tasks (complaints, referrals, case leads, campaigns; R15, R24): department tasks whose
 * reason is never `random`, so that no task from outside the draw poses as a drawn one.
 */
export const triggeredTasksSchema: z.ZodType = z.array(
  departmentTaskSchema.check((ctx) => {
    const task = ctx.value as { readonly reason?: unknown };
    if (task.reason === 'random') {
      ctx.issues.push({
        code: 'custom', input: task.reason, path: ['reason'], params: { code: 'task/triggered-random', rule: 'R27' },
        message: 'a triggered task is a complaint, referral, case lead or campaign; random tasks come from the draw alone',
      });
    }
  }),
);

const holidayYear = z.strictObject({ off: z.array(isoDate), workdays: z.array(isoDate) });

/** The working-day options (N3): a holiday calendar by year, and the fallback for other years. */
export const workingDayOptionsSchema: z.ZodType = z.strictObject({
  calendar: z.record(z.string().regex(/^\d{4}$/, 'a calendar year, four digits'), holidayYear).optional(),
  fallback: z.enum(['error', 'weekends']).optional(),
});

/**
 * The issues of `value` against `schema`, with paths under `root` and the given rule: for every
 * issue when `ruleWins`, else only where a custom check (a USCC, a date) names none of its own.
 */
export function schemaIssues(schema: z.ZodType, value: unknown, root: readonly (string | number)[], rule: RuleId, ruleWins = false): InputIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return zodIssues(schema, value, result.error.issues, root, (issue) => {
    const found = fromZodIssue(issue, root, value, () => rule);
    return ruleWins ? { ...found, rule } : found;
  }, () => rule);
}
