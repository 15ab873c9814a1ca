import { keyIndustriesSchema, schemaIssues } from '../input/schemas.js';
import { left, right } from '../internal/result.js';
import { industryMatches } from '../model/draws.js';
import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, IndustryCode, JointList, PlanningInput } from '../model/types.js';
import type { HighRiskField } from '../presets/shenyang.js';
import { applies, duplicateFields } from './fields.js';
import { notValidatedIssues } from '../input/validated.js';

/**
 * A key industry with its lead and cooperating departments, for {@link keyIndustryLists}.
 * @example
 * ```ts
 * import { minhangKeyIndustries, type DepartmentId, type KeyIndustryAssignment } from 'double-random';
 * const gas: KeyIndustryAssignment = { field: minhangKeyIndustries[4]!, lead: 'housing' as DepartmentId, departments: ['housing', 'emergency'] as DepartmentId[] };
 * ```
 * @category Merge
 * @since 0.1.0
 */
export interface KeyIndustryAssignment {
  /** The key industry (for Minhang, one of {@link minhangKeyIndustries}). */
  readonly field: HighRiskField;
  /** The lead department (牵头部门), one of `departments`. */
  readonly lead: DepartmentId;
  /** Every department of the joint list, the lead included (配合部门 and lead). */
  readonly departments: readonly DepartmentId[];
}

const issueAt = (path: (string | number)[], code: CheckCode, message: string, rule: 'R16' | 'N7' = 'R16'): InputIssue => ({ code, path, at: formatPath(path), message, rule });

/** Unknown departments and a lead outside the list's departments. */
function referenceIssues(input: PlanningInput, fields: readonly KeyIndustryAssignment[]): InputIssue[] {
  const known = new Set<string>(input.departments.map((d) => d.id));
  return fields.flatMap((f, i) => [
    ...f.departments.flatMap((d, j) => (known.has(d) ? [] : [issueAt(['fields', i, 'departments', j], 'reference/department', `unknown department "${d}"`)])),
    ...(known.has(f.lead) ? [] : [issueAt(['fields', i, 'lead'], 'reference/department', `unknown department "${f.lead}"`)]),
    ...(f.departments.includes(f.lead) ? [] : [issueAt(['fields', i, 'lead'], 'joint-list/lead-not-member', `lead department "${f.lead}" is not among the departments ${f.departments.join(', ')}`)]),
  ]);
}

/** The departments' items in random scope (R1) that apply to one industry code, by department. */
function itemsByDepartment(input: PlanningInput, f: KeyIndustryAssignment, code: string): Map<string, JointList['items'][number][]> {
  const excluded = new Set<string>(input.policy.excludedScopes);
  const out = new Map<string, JointList['items'][number][]>();
  for (const i of input.items) {
    if (!f.departments.includes(i.department) || excluded.has(i.scope) || !applies(i.industries, [code])) continue;
    out.set(i.department, [...(out.get(i.department) ?? []), i.id]);
  }
  return out;
}

/** A lead or a department with no item in some code or any, and codes that a list of the input already covers (one list per industry). */
function fieldIssues(input: PlanningInput, f: KeyIndustryAssignment, at: number, byCode: readonly Map<string, unknown[]>[]): InputIssue[] {
  const missing = f.field.industries.filter((_, k) => !(byCode[k] as Map<string, unknown[]>).has(f.lead));
  const issues: InputIssue[] = missing.length === 0 ? [] : [issueAt(['fields', at, 'lead'], 'joint-list/lead-without-item', `lead department "${f.lead}" has no item in random scope for ${missing.join(', ')} of ${f.field.name}: it could not lead those inspections (R16)`)];
  f.departments.forEach((d, j) => {
    if (!byCode.some((m) => m.has(d))) issues.push(issueAt(['fields', at, 'departments', j], 'joint-list/department-without-item', `no item in random scope of "${d}" applies to ${f.field.name} (${f.field.industries.join(', ')})`));
  });
  f.field.industries.forEach((code, k) => {
    const other = input.jointLists.find((l) => industryMatches(code, l.industry) || industryMatches(l.industry, code));
    if (other !== undefined) issues.push(issueAt(['fields', at, 'field', 'industries', k], 'joint-list/overlap', `the input's joint list "${other.id}" already covers ${code}: one joint list per industry (R16); remove one of them`));
  });
  return issues;
}

/** The joint lists of one key industry: one per industry code, with the departments that have items there, or the field's issues. */
function listsOf(input: PlanningInput, f: KeyIndustryAssignment, at: number): JointList[] | InputIssue[] {
  const byCode = f.field.industries.map((code) => itemsByDepartment(input, f, code));
  const issues = fieldIssues(input, f, at, byCode);
  if (issues.length > 0) return issues;
  return f.field.industries.map((code, k) => {
    const own = byCode[k] as Map<string, JointList['items'][number][]>;
    const departments = [...own.keys()].sort() as DepartmentId[];
    return { id: `key/${f.field.id}/${code}`, industry: code as IndustryCode, lead: f.lead, departments, items: [...own.values()].flat().sort() };
  });
}

/**
 * The 一业一查 joint lists of a locality's key industries (R16; Minhang 003 §三(一), §四(一):
 * "逐项明确牵头部门、配合部门"): one list per industry code of each key industry, with id
 * `key/<field id>/<code>`, the given lead, as departments those of the given ones with an item in
 * random scope (R1) that applies to the code (an item without industries applies everywhere), and
 * those items. The lead must have an item for every code of its field, and every department for
 * some; a code that a joint list of the input already covers is refused (one list per industry).
 * Add the lists to the input's `jointLists`; the default draws then draw each as a joint draw led
 * by its lead department.
 *
 * @param input - The validated planning input (its departments, items and policy).
 * @param fields - The key industries, each with its lead and departments.
 * @returns `Right` with the joint lists, or `Left` naming an unknown department, a lead outside
 *   its departments or without an item for one of the codes, a department without an item in the
 *   field, a code already covered by a list of the input, a field given twice, or a malformed field.
 * @example
 * ```ts
 * import { keyIndustryLists, minhangKeyIndustries, minhangPolicy, type DepartmentId } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * // The generated input's own joint lists are left out: one already covers section E.
 * const input = { ...generateDirectory({ size: 500, seed: 'minhang', departments: 12 }), policy: minhangPolicy, jointLists: [] };
 * const construction = minhangKeyIndustries.find((f) => f.id === 'construction-quality')!;
 * const lists = keyIndustryLists(input, [{ field: construction, lead: 'housing' as DepartmentId, departments: ['housing'] as DepartmentId[] }]);
 * if (lists._tag === 'Right') console.log(lists.right.map((l) => l.id)); // [ 'key/construction-quality/E' ]
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function keyIndustryLists(input: PlanningInput, fields: readonly KeyIndustryAssignment[]): Result<InputError, readonly JointList[]> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = schemaIssues(keyIndustriesSchema, fields, ['fields'], 'R16', true);
  const issues = shape.length > 0 ? shape : [...referenceIssues(input, fields), ...duplicateFields(fields, 'R16')];
  const lists = issues.length > 0 ? [] : fields.map((f, i) => listsOf(input, f, i));
  issues.push(...lists.flatMap((l) => l.filter((x): x is InputIssue => 'code' in x)));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  return right((lists as JointList[][]).flat());
}
