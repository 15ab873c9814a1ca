import { yearOf } from '../internal/date.js';
import { left, right } from '../internal/result.js';
import type { KeyIndex } from '../internal/keyIndex.js';
import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import { parseEnterprises, type Report } from './parseEnterprises.js';
import { comparePaths, formatPath } from '../model/paths.js';
import { parseSections, progressSchema, schemaIssues, SECTION_NAMES, type Sections } from './schemas.js';
import { reporter } from '../internal/progress.js';
import type { OnProgress } from '../model/progress.js';
import { BoundedIssues, MAX_ISSUES } from './boundedIssues.js';
import * as z from 'zod';
import type { PlanningInput } from '../model/types.js';

/**
 * Reports ids that occur twice in `rows` (O(n), one Map) and returns every id seen, mapped to the
 * index of its first row.
 */
function uniqueIds<T>(
  rows: readonly T[],
  idOf: (row: T) => string,
  section: string,
  field: string,
  code: CheckCode,
  rule: RuleId,
  report: Report,
): ReadonlyMap<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const value = idOf(rows[i] as T);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else report(code, [section, i, field], `"${value}" is already used at ${formatPath([section, first, field])}; ids must be unique`, rule);
  }
  return seen;
}

function checkReferences(sections: Sections, usccs: KeyIndex | undefined, report: Report, shard: boolean): void {
  const { departments, inspectors, items, jointLists, history, policy, period } = sections;
  const departmentIds = departments && uniqueIds(departments, (d) => d.id, 'departments', 'id', 'duplicate/department', 'R16', report);
  if (inspectors) uniqueIds(inspectors, (i) => i.id, 'inspectors', 'id', 'duplicate/inspector', 'R19', report);
  const itemIds = items && uniqueIds(items, (i) => i.id, 'items', 'id', 'duplicate/item', 'R1', report);
  if (jointLists) uniqueIds(jointLists, (l) => l.id, 'jointLists', 'id', 'duplicate/joint-list', 'R16', report);

  const department = (value: string, path: (string | number)[], rule: RuleId): void => {
    if (departmentIds && !departmentIds.has(value)) report('reference/department', path, `unknown department "${value}": it is not in departments`, rule);
  };
  // A shard's directory is part of the whole: a code outside it may be another shard's (its form is still checked, N10).
  const enterprise = (value: string, path: (string | number)[], rule: RuleId): void => {
    if (!shard && usccs && usccs.find(value) < 0) report('reference/enterprise', path, `unknown enterprise "${value}": it is not in enterprises`, rule);
  };

  inspectors?.forEach((inspector, i) => {
    department(inspector.department, ['inspectors', i, 'department'], 'R19');
    inspector.conflicts.forEach((code, j) => enterprise(code, ['inspectors', i, 'conflicts', j], 'N2'));
  });
  items?.forEach((row, i) => department(row.department, ['items', i, 'department'], 'R1'));
  history?.forEach((row, i) => {
    enterprise(row.enterprise, ['history', i, 'enterprise'], 'R20');
    row.departments.forEach((d, j) => department(d, ['history', i, 'departments', j], 'R20'));
  });
  policy?.caps.forEach((cap, i) => department(cap.department, ['policy', 'caps', i, 'department'], 'N8'));

  const itemDepartment = new Map(items?.map((row) => [row.id, row.department]));
  jointLists?.forEach((list, i) => {
    department(list.lead, ['jointLists', i, 'lead'], 'R16');
    list.departments.forEach((d, j) => department(d, ['jointLists', i, 'departments', j], 'R16'));
    if (!list.departments.includes(list.lead)) {
      report('joint-list/lead-not-member', ['jointLists', i, 'lead'], `lead department "${list.lead}" is not among the list's departments`, 'R16');
    }
    list.items.forEach((itemId, j) => {
      const owner = itemDepartment.get(itemId);
      if (itemIds && !itemIds.has(itemId)) {
        report('reference/item', ['jointLists', i, 'items', j], `unknown item "${itemId}": it is not in items`, 'R16');
      } else if (owner !== undefined && departmentIds?.has(owner) === true && !list.departments.some((d) => d === owner)) {
        report('joint-list/item-department', ['jointLists', i, 'items', j], `item "${itemId}" belongs to department "${owner}", which is not on this joint list`, 'R16');
      }
    });
  });

  if (policy && policy.escalatedTeamSize >= 2 && policy.escalatedTeamSize < policy.teamSize) {
    report('policy/team-size', ['policy', 'escalatedTeamSize'], `escalated team size ${policy.escalatedTeamSize} is below the minimum team size ${policy.teamSize}`, 'R9');
  }
  if (period) {
    if (period.start > period.end) {
      report('period/empty-window', ['period', 'end'], `the window is empty: end ${period.end} is before start ${period.start}`, 'R25');
    }
    for (const field of ['start', 'end'] as const) {
      if (yearOf(period[field]) !== period.year) {
        report('period/outside-year', ['period', field], `${field} ${period[field]} is not in the period's year ${period.year}`, 'R25');
      }
    }
    if (policy && period.batch > policy.batchesPerYear) {
      report('period/batch', ['period', 'batch'], `batch ${period.batch} is beyond the policy's ${policy.batchesPerYear} batches a year`, 'R5');
    }
  }
}

/**
 * Validates a whole planning input at the boundary: "one list, two directories" (一单两库), the
 * joint lists, the history, the policy and the period.
 *
 * Beyond each field's shape (USCC check characters N10, real calendar dates, GB/T 4754 industry
 * codes, ratios in [0, 1]) it checks across records: duplicate USCCs (R2) and ids, references to
 * unknown departments, items or enterprises, a joint list whose lead is not among its departments
 * (R16), a period whose window is empty or outside its year (R25). Every check is O(n).
 *
 * Unknown keys are refused, never silently dropped: a misspelt `whitelist` would otherwise fall
 * back to its default. Sections are checked independently, so a bad section does not hide the
 * issues of another; cross-record checks that need a section run only when its shape is valid.
 * It never throws on data and never mutates its argument; `__proto__` and `constructor` keys are
 * reported as unknown keys and never reach an object's prototype.
 *
 * @param raw - Parsed JSON or objects built by the platform.
 * @param options - `maxIssues`: how many issues to report at most (default 300); the rest are
 *   counted in `InputError.omitted`, and past the bound a malformed row is counted without its details.
 *   `shard`: the enterprises are one shard of a split directory (docs/draw-algorithm.md §4.4), so
 *   a conflict of interest or a history record may name an enterprise of another shard.
 * @returns `Right` with the validated input (defaults filled in), or `Left` with every issue up to the bound.
 * @example
 * ```ts
 * import { parsePlanningInput } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const raw: unknown = JSON.parse(JSON.stringify(generateDirectory({ size: 100, seed: 'demo' })));
 * const result = parsePlanningInput(raw);
 * if (result._tag === 'Left') {
 *   for (const issue of result.left.issues) console.log(`${issue.at} (${issue.rule}): ${issue.message}`);
 * } else {
 *   console.log(`${result.right.enterprises.length} enterprises`);
 * }
 * ```
 * @category Validation
 * @since 0.1.0
 */
export function parsePlanningInput(raw: unknown, options: ParseOptions = {}): Result<InputError, PlanningInput> {
  const [badOption, ...moreBad] = schemaIssues(parseOptionsSchema, options, ['options'], 'R4', true);
  if (badOption !== undefined) return left({ code: 'invalid-input', issues: [badOption, ...moreBad] });
  const issues = new BoundedIssues(options.maxIssues ?? MAX_ISSUES);
  const parsed = parseSections(raw, issues);
  const { sections } = parsed;
  const report: Report = (code, path, message, rule, details) => {
    if (issues.full) issues.omitted++;
    else issues.push({ code, path, at: formatPath(path), message, rule, ...details } as InputIssue);
  };
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !parsed.explained.has('enterprises')) {
    const enterprises = parseEnterprises(Object.hasOwn(raw, 'enterprises') ? (raw as { enterprises: unknown }).enterprises : undefined, issues, report, reporter(options.onProgress));
    if (enterprises?.rows) sections.enterprises = enterprises.rows;
    checkReferences(sections, enterprises?.index, report, options.shard === true);
  }
  const kept = [...issues].sort((a, b) => comparePaths(SECTION_NAMES)(a.path, b.path));
  const [first, ...rest] = kept;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...rest], ...(issues.omitted > 0 ? { omitted: issues.omitted } : {}) });
  return right(sections as PlanningInput);
}

/**
 * Options of {@link parsePlanningInput}.
 * @example
 * ```ts
 * import type { ParseOptions } from 'double-random';
 * const everything: ParseOptions = { maxIssues: 100_000 };
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface ParseOptions {
  /** How many issues to report at most (default 300); `InputError.omitted` counts the rest. */
  readonly maxIssues?: number;
  /** Called as the directory's rows are parsed (stage `parse`); see {@link OnProgress}. */
  readonly onProgress?: OnProgress;
  /**
   * The input is one shard of a split draw (docs/draw-algorithm.md §4.4): its `enterprises` are the
   * shard's own, its roster and history the whole ones. Inspectors' conflicts of interest (N2) and
   * history records (R20) may then name enterprises outside the shard (another region's); their
   * codes are still checked (N10), and every other reference as usual. Default `false`: a
   * reference to an enterprise not in `enterprises` is refused (`reference/enterprise`).
   */
  readonly shard?: boolean;
}

const parseOptionsSchema = z.strictObject({ maxIssues: z.union([z.number().int().min(1), z.literal(Infinity)]).optional(), onProgress: z.optional(progressSchema), shard: z.optional(z.boolean()) });
