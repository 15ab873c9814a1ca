import * as z from 'zod/mini';
import { INSPECTION_REASONS } from '../internal/fields.js';
import { en } from 'zod/locales';
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

// The issues quote zod's messages. zod's classic API makes English zod's default locale when it
// builds its first schema; zod/mini sets none, and its messages would all read "Invalid input". So
// this module, which every zod check of the library goes through, does what the classic API does
// when it loads: English, unless the platform chose a locale of its own (`z.config`).
if (!z.config().localeError) z.config(en());

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
const token = (what: string) => checkedString((value) => idProblem(value, what)).register(z.globalRegistry, { jsonDef: 'id' });

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
const name = z.string().check(z.minLength(1));
const level = z.enum(['city', 'district', 'town']);
/** The message of a share above 1: a whole number up to 100 is most likely a percentage (4 for 4 %). */
const shareTooBig = (issue: { readonly input?: unknown }): string => {
  const value = Number(issue.input);
  return Number.isInteger(value) && value > 1 && value <= 100 ? `a share in [0, 1], not a percentage: ${value} % is ${value / 100}` : 'a share in [0, 1]';
};
/** A share in [0, 1]. */
const ratio = z.number().check(z.gte(0), z.lte(1, { error: shareTooBig }));
const count = z.number().check(z.int(), z.gte(0));
const reason = z.enum(INSPECTION_REASONS);

/** A team size: a whole number of at least two, national law rather than a local choice (N1). */
const teamSize = z.number().check(z.int(), (ctx) => {
  if (ctx.value < 2) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `an inspection is made by at least two certified enforcement officers (N1, Administrative Penalty Law art. 42), got ${ctx.value}`,
      params: { code: 'policy/team-size', rule: 'N1' },
    });
  }
});

const department = z.strictObject({ id: departmentId, name, level, line: z.optional(z.string().check(z.minLength(1))) });

const inspector = z.strictObject({
  id: inspectorId,
  name,
  department: departmentId,
  certified: z.boolean(),
  qualifications: z.array(token('qualification')),
  unavailable: z._default(z.array(isoDate), []),
  capacityPerDay: z._default(z.number().check(z.int(), z.gte(1)), 1),
  conflicts: z._default(z.array(uscc), []),
});

const item = z.strictObject({
  id: itemId,
  name,
  department: departmentId,
  kind: token('kind of item'),
  level,
  importance: z.enum(['key', 'general']),
  scope: z._default(z.enum(['general', 'safety', 'environment', 'police', 'unlicensed']), 'general'),
  industries: z._default(z.array(industry), []),
  basis: z.optional(z.string().check(z.regex(/\S/, 'a legal basis, not blank'))),
  noAdvanceNotice: z.optional(z.boolean()),
});

const jointList = z.strictObject({
  id: token('joint list id'),
  industry,
  lead: departmentId,
  departments: z.array(departmentId).check(z.minLength(1)),
  items: z.array(itemId).check(z.minLength(1)),
});

const record = z.strictObject({
  enterprise: uscc,
  date: isoDate,
  departments: z.array(departmentId).check(z.minLength(1)),
  itemKinds: z.array(token('kind of item')),
  joint: z.boolean(),
  unified: z._default(z.boolean(), false),
  reason,
});

const policy = z.strictObject({
  id: token('policy id'),
  batchesPerYear: z.number().check(z.int(), z.gte(1), z.lte(366)),
  ratios: z.strictObject({ A: ratio, B: ratio, C: ratio, D: ratio, unrated: ratio, yellow: ratio }),
  batchMinimumRatio: ratio,
  rounding: z.enum(['nearest', 'up', 'down']),
  minimumPerStratum: count,
  catchUp: z.nullable(z.strictObject({ ratio, minimum: count })),
  excludedScopes: z.array(z.enum(['general', 'safety', 'environment', 'police', 'unlicensed'])),
  classATriggerOnly: z.boolean(),
  avoidRepeatDraws: z.boolean(),
  caps: z.array(z.strictObject({ department: departmentId, perYear: count })),
  teamSize,
  escalatedTeamSize: teamSize,
  sameYearExemption: z.strictObject({ enabled: z.boolean(), exceptions: z.array(reason) }),
  jointShareTarget: z.nullable(ratio),
  singleDepartmentTasks: z.boolean(),
  flyingItemShare: z._default(z.number().check(z.gt(0), z.lte(1, { error: shareTooBig })), 1),
  nonSiteWhereSufficient: z._default(z.boolean(), false),
  annualPlanDue: z._default(z.nullable(z.string().check(z.refine(isDayOfEveryYear, 'a day of every year as MM-DD, such as 01-10 (not 02-29, 02-30 or 04-31)'))), null),
  blackList: z._default(z.nullable(z.discriminatedUnion('coverage', [z.strictObject({ coverage: z.literal('full') }), z.strictObject({ coverage: z.literal('raised'), ratio })])), null),
  publicIdentity: z._default(z.enum(['names', 'codes', 'both']), 'names'),
});

const period = z.strictObject({
  year: z.number().check(z.int(), z.gte(1949), z.lte(9999)),
  batch: z.number().check(z.int(), z.gte(1)),
  start: isoDate,
  end: isoDate,
});

/** A version label: any text (even empty), with one spelling when it has some. */
const label = (what: string) => checkedString((value) => (value === '' ? undefined : idProblem(value, what))).register(z.globalRegistry, { jsonDef: 'label' });
const versions = z.strictObject({ directory: label('version label'), inspectors: label('version label'), items: label('version label') });

const SECTIONS = {
  versions,
  departments: z.array(department),
  inspectors: z.array(inspector),
  items: z.array(item),
  jointLists: z._default(z.array(jointList), []),
  history: z._default(z.array(record), []),
  policy,
  period,
} as const;

/** The zod schema of each section but the enterprises (internal: the source of `schemas/input.json`). */
export const sectionSchemas: Readonly<Record<Exclude<keyof Sections, 'enterprises'>, z.ZodMiniType>> = SECTIONS;

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
  items: { _: 'R1', kind: 'R20', level: 'R18', importance: 'N6', basis: 'R25', noAdvanceNotice: 'R32' },
  jointLists: { _: 'R16' },
  history: { _: 'R20', enterprise: 'R2' },
  policy: {
    _: 'R5', ratios: 'R11', catchUp: 'R6', minimumPerStratum: 'R6', excludedScopes: 'R1',
    classATriggerOnly: 'N5', avoidRepeatDraws: 'R8', caps: 'N8', teamSize: 'N1',
    escalatedTeamSize: 'R9', sameYearExemption: 'R20', jointShareTarget: 'R7',
    singleDepartmentTasks: 'R16', flyingItemShare: 'R9', blackList: 'R14', nonSiteWhereSufficient: 'R11', annualPlanDue: 'R25', publicIdentity: 'R3',
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
export const smallRowSchemas: Readonly<Record<'departments' | 'inspectors' | 'items' | 'jointLists', z.ZodMiniType>> = ROWS;

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
  const schema = ROWS[section] as z.ZodMiniType;
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
const drawId = z.pipe(z.string().check(z.minLength(1), z.refine((value) => !value.includes('|'), 'a draw id is a non-empty string without "|"')), token('draw id'));

/** The shape of a draw spec (N7): strict, so a misspelt filter never silently widens a draw. */
export const drawSpecSchema: z.ZodMiniType = z.strictObject({
  id: drawId,
  departments: z.array(departmentId).check(z.minLength(1)),
  kinds: z.array(token('kind of item')).check(z.minLength(1)),
  filter: z.strictObject({
    industries: z.optional(z.array(industry)),
    excludeIndustries: z.optional(z.array(industry)),
    regions: z.optional(z.array(z.string().check(z.minLength(1)))),
    creditClasses: z.optional(z.array(creditClass)),
  }),
  ratio: z.optional(ratio),
});

/** The fields given to `highRiskDraws` (R11, N7): each a high-risk field and the departments that draw it. */
export const highRiskFieldsSchema: z.ZodMiniType = z.array(z.strictObject({
  field: z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens')), name: z.string().check(z.minLength(1)), industries: z.array(industry).check(z.minLength(1)) }),
  departments: z.array(departmentId).check(z.minLength(1)),
})).check(z.minLength(1));

/** The fields given to `keyIndustryLists` (R16): each a key industry, its lead and its departments. */
export const keyIndustriesSchema: z.ZodMiniType = z.array(z.strictObject({
  field: z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens')), name: z.string().check(z.minLength(1)), industries: z.array(industry).check(z.minLength(1)) }),
  lead: departmentId,
  departments: z.array(departmentId).check(z.minLength(1)),
})).check(z.minLength(1));

/** The options of `highRiskDraws`. */
export const highRiskOptionsSchema: z.ZodMiniType = z.strictObject({ ratio: z.optional(ratio) });

/** A progress callback (`onProgress`): a function. */
export const progressSchema: z.ZodMiniType = z.custom((value) => typeof value === 'function', 'a function ({ stage, done, total }) => void');

/** The options of the draw (`planDraw`, `countShard`, `drawShard`): the seed is checked by its own rules (\`assertSeed\`), the draws by \`drawSpecsSchema\`. */
export const drawOptionsSchema: z.ZodMiniType = z.strictObject({ seed: z.unknown(), draws: z.optional(z.unknown()), onProgress: z.optional(progressSchema) });

/** The options of `planPeriod`; each is checked by its own schema after. */
export const planOptionsSchema: z.ZodMiniType = z.strictObject({ seed: z.unknown(), secret: z.optional(z.unknown()), draws: z.optional(z.unknown()), triggered: z.optional(z.unknown()), calendar: z.optional(z.unknown()), onProgress: z.optional(progressSchema) });

/** A list of draw specs. */
export const drawSpecsSchema: z.ZodMiniType = z.array(drawSpecSchema);

/** The shape of a department task (R15), as a platform passes triggered tasks. */
export const departmentTaskSchema: z.ZodMiniType = z.strictObject({
  id: token('task id'),
  enterprise: uscc,
  department: departmentId,
  items: z.array(itemId),
  reason,
});

/** A list of department tasks. */
export const departmentTasksSchema: z.ZodMiniType = z.array(departmentTaskSchema);

/**
 * Triggered tasks (complaints, referrals, case leads, campaigns; R15, R24): department tasks whose
 * reason is never `random`, so that no task from outside the draw poses as a drawn one.
 */
export const triggeredTasksSchema: z.ZodMiniType = z.array(
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
export const workingDayOptionsSchema: z.ZodMiniType = z.strictObject({
  calendar: z.optional(z.record(z.string().check(z.regex(/^\d{4}$/, 'a calendar year, four digits')), holidayYear)),
  fallback: z.optional(z.enum(['error', 'weekends'])),
});

/**
 * The issues of `value` against `schema` (any zod schema, of the classic API or of `zod/mini`), with
 * paths under `root` and the given rule: for every issue when `ruleWins`, else only where a custom
 * check (a USCC, a date) names none of its own.
 */
export function schemaIssues(schema: z.core.$ZodType, value: unknown, root: readonly (string | number)[], rule: RuleId, ruleWins = false): InputIssue[] {
  const result = z.safeParse(schema, value);
  if (result.success) return [];
  return zodIssues(schema, value, result.error.issues, root, (issue) => {
    const found = fromZodIssue(issue, root, value, () => rule);
    return ruleWins ? { ...found, rule } : found;
  }, () => rule);
}
