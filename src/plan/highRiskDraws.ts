import { highRiskFieldsSchema, highRiskOptionsSchema, schemaIssues } from '../input/schemas.js';
import { left, right } from '../internal/result.js';
import type { DrawSpec } from '../model/draws.js';
import type { InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Result } from '../model/result.js';
import type { DepartmentId, PlanningInput } from '../model/types.js';
import type { HighRiskField } from '../presets/shenyang.js';
import { defaultDrawsUnchecked } from './draws.js';
import { notValidatedIssues } from '../input/validated.js';
import { applies, duplicateFields } from './fields.js';

/**
 * A high-risk field with the departments that inspect it, for {@link highRiskDraws}.
 * @example
 * ```ts
 * import { shenyangHighRiskFields, type DepartmentId, type HighRiskAssignment } from 'double-random';
 * const road: HighRiskAssignment = { field: shenyangHighRiskFields[2]!, departments: ['transport' as DepartmentId] };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface HighRiskAssignment {
  /** The field (for Shenyang, one of {@link shenyangHighRiskFields}). */
  readonly field: HighRiskField;
  /** The departments (of the input) that draw it and inspect it. */
  readonly departments: readonly DepartmentId[];
}

/** The directed draw of one field: its departments' kinds in random scope that apply to its industries (R1), or the issues of its departments. */
function fieldDraw(input: PlanningInput, assignment: HighRiskAssignment, ratio: number, at: number): DrawSpec | InputIssue[] {
  const { field, departments } = assignment;
  const excluded = new Set<string>(input.policy.excludedScopes);
  const kindsOf = (department: string): string[] =>
    input.items.filter((i) => i.department === department && !excluded.has(i.scope) && applies(i.industries, field.industries)).map((i) => i.kind);
  const issues: InputIssue[] = departments.flatMap((d, j) => {
    if (kindsOf(d).length > 0) return [];
    const path = ['fields', at, 'departments', j];
    return [{ code: 'draw/department-without-item', path, at: formatPath(path), rule: 'R1' as const, message: `no item in random scope of "${d}" applies to ${field.name} (${field.industries.join(', ')}): it would draw without inspecting, and its history would lower the draw's quotas` }];
  });
  const unique = [...new Set(departments)].sort();
  if (!input.policy.singleDepartmentTasks && unique.length < 2) {
    const path = ['fields', at, 'departments'];
    issues.push({ code: 'draw/single-department', path, at: formatPath(path), rule: 'R16', message: `the policy lets no single department start a random task alone (R16): ${field.name} needs at least two departments` });
  }
  if (issues.length > 0) return issues;
  const kinds = [...new Set(unique.flatMap(kindsOf))].sort();
  return { id: `high-risk/${field.id}`, departments: unique, kinds, filter: { industries: [...field.industries] }, ratio };
}

/**
 * The draws of a batch with directed draws for high-risk industries and fields (R11, N7; Shenyang
 * 002 §四(十二): "实行'双随机'定向抽查, 增加抽查频次, 加大抽查比例"): the default draws
 * ({@link defaultDraws}), so that every other enterprise is drawn as usual, and one directed draw
 * `high-risk/<field id>` per field, drawn by the given departments over the field's industries, with
 * the kinds of their items in random scope that apply there (R1), at `ratio` (default: the policy's
 * class D ratio). An enterprise of a high-risk field is in both its usual draw and the field's, so
 * it is drawn more often, and a draw by both becomes one joint visit (R15).
 *
 * @param input - The validated planning input.
 * @param fields - The fields and the departments that draw each.
 * @param options - `ratio`: the directed draws' yearly ratio, a share in [0, 1].
 * @returns `Right` with the draws to pass to {@link planDraw}, or `Left` naming an unknown
 *   department, a malformed field or option, or a field no item of its departments applies to.
 * @example
 * ```ts
 * import { highRiskDraws, planDraw, shenyangHighRiskFields, shenyangPolicy, type DepartmentId } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = { ...generateDirectory({ size: 2_000, seed: 'shenyang' }), policy: shenyangPolicy };
 * const road = shenyangHighRiskFields.find((f) => f.id === 'road-transport')!;
 * const draws = highRiskDraws(input, [{ field: road, departments: ['transport' as DepartmentId] }]);
 * if (draws._tag === 'Right') {
 *   const plan = planDraw(input, { seed: '2024-Q1', draws: draws.right });
 *   if (plan._tag === 'Right') console.log(plan.right.quotas.filter((q) => q.draw === 'high-risk/road-transport').length);
 * }
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function highRiskDraws(input: PlanningInput, fields: readonly HighRiskAssignment[], options: { readonly ratio?: number } = {}): Result<InputError, readonly DrawSpec[]> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  const shape = [...schemaIssues(highRiskFieldsSchema, fields, ['fields'], 'N7', true), ...schemaIssues(highRiskOptionsSchema, options, ['options'], 'N7', true)];
  if (shape.length > 0) return left({ code: 'invalid-input', issues: shape as [InputIssue, ...InputIssue[]] });
  const known = new Set<string>(input.departments.map((d) => d.id));
  const issues: InputIssue[] = fields.flatMap((f, i) => f.departments.flatMap((d, j) => {
    const path = ['fields', i, 'departments', j];
    return known.has(d) ? [] : [{ code: 'reference/department', path, at: formatPath(path), rule: 'N7' as const, message: `unknown department "${d}"` }];
  }));
  issues.push(...duplicateFields(fields, 'N7'));
  const ratio = options.ratio ?? input.policy.ratios.D;
  const draws = issues.length > 0 ? [] : fields.map((f, i) => fieldDraw(input, f, ratio, i));
  issues.push(...draws.flatMap((d) => (Array.isArray(d) ? d : [])));
  const [first, ...more] = issues;
  if (first !== undefined) return left({ code: 'invalid-input', issues: [first, ...more] });
  return right([...defaultDrawsUnchecked(input), ...(draws as DrawSpec[])]);
}
