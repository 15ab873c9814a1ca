import { keyIndustriesSchema, schemaIssues } from '../input/schemas.js';
import { left, right } from '../internal/result.js';
import { industryMatches } from '../model/draws.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, IndustryCode, JointList, PlanningInput } from '../model/types.js';
import type { HighRiskField } from '../presets/shenyang.js';

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

const issueAt = (path: (string | number)[], code: string, message: string, rule: 'R16' | 'N7' = 'R16'): InputIssue => ({ code, path, at: formatPath(path), message, rule });

/** Unknown departments and a lead outside the list's departments. */
function referenceIssues(input: PlanningInput, fields: readonly KeyIndustryAssignment[]): InputIssue[] {
  const known = new Set<string>(input.departments.map((d) => d.id));
  return fields.flatMap((f, i) => [
    ...f.departments.flatMap((d, j) => (known.has(d) ? [] : [issueAt(['fields', i, 'departments', j], 'reference/department', `unknown department "${d}"`)])),
    ...(known.has(f.lead) ? [] : [issueAt(['fields', i, 'lead'], 'reference/department', `unknown department "${f.lead}"`)]),
    ...(f.departments.includes(f.lead) ? [] : [issueAt(['fields', i, 'lead'], 'joint-list/lead-not-member', `lead department "${f.lead}" is not among the departments ${f.departments.join(', ')}`)]),
  ]);
}

/** The joint lists of one key industry: one per industry code, with its departments' items that apply there. */
function listsOf(input: PlanningInput, f: KeyIndustryAssignment, at: number): JointList[] | InputIssue {
  const own = new Set<string>(f.departments);
  const excluded = new Set<string>(input.policy.excludedScopes);
  const lists = f.field.industries.flatMap((code): JointList[] => {
    const items = input.items
      .filter((i) => own.has(i.department) && !excluded.has(i.scope) && (i.industries.length === 0 || i.industries.some((c) => industryMatches(code, c) || industryMatches(c, code))))
      .map((i) => i.id)
      .sort();
    const departments = [...new Set([f.lead, ...f.departments])].sort();
    return items.length === 0 ? [] : [{ id: `key/${f.field.id}/${code}`, industry: code as IndustryCode, lead: f.lead, departments, items }];
  });
  if (lists.length > 0) return lists;
  return issueAt(['fields', at], 'joint-list/no-item', `no item in random scope of ${f.departments.join(', ')} applies to ${f.field.name} (${f.field.industries.join(', ')}): its joint list would inspect nothing`);
}

/**
 * The 一业一查 joint lists of a locality's key industries (R16; Minhang 003 §三(一), §四(一):
 * "逐项明确牵头部门、配合部门"): one list per industry code of each key industry, with id
 * `key/<field id>/<code>`, the given lead and departments, and as items every item of those
 * departments in random scope (R1) that applies to the code (an item without industries applies
 * everywhere). Add them to the input's `jointLists`; the default draws then draw each as a joint
 * draw led by its lead department.
 *
 * @param input - The validated planning input (its departments, items and policy).
 * @param fields - The key industries, each with its lead and departments.
 * @returns `Right` with the joint lists, or `Left` naming an unknown department, a lead outside
 *   its departments, a malformed field, or a key industry to which none of its departments' items applies.
 * @example
 * ```ts
 * import { keyIndustryLists, minhangKeyIndustries, minhangPolicy, type DepartmentId } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = { ...generateDirectory({ size: 500, seed: 'minhang', departments: 12 }), policy: minhangPolicy };
 * const construction = minhangKeyIndustries.find((f) => f.id === 'construction-quality')!;
 * const lists = keyIndustryLists(input, [{ field: construction, lead: 'housing' as DepartmentId, departments: ['housing'] as DepartmentId[] }]);
 * if (lists._tag === 'Right') console.log(lists.right.map((l) => l.id)); // [ 'key/construction-quality/E' ]
 * ```
 * @category Merge
 * @since 0.1.0
 */
export function keyIndustryLists(input: PlanningInput, fields: readonly KeyIndustryAssignment[]): Result<InputError, readonly JointList[]> {
  const shape = schemaIssues(keyIndustriesSchema, fields, ['fields'], 'R16', true);
  const issues = shape.length > 0 ? shape : referenceIssues(input, fields);
  const lists = issues.length > 0 ? [] : fields.map((f, i) => listsOf(input, f, i));
  issues.push(...lists.filter((l): l is InputIssue => !Array.isArray(l)));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  return right((lists as JointList[][]).flat());
}
