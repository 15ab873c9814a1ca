import type { DrawSpec } from '../model/draws.js';
import type { InputError } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { IndustryCode, PlanningInput } from '../model/types.js';
import { notValidatedIssues } from '../input/validated.js';
import { left, right } from '../internal/result.js';
import { byId } from '../internal/text.js';

/**
 * The draws of a batch when none are given: one per 一业一查 joint list (its industry, its
 * departments, its items in random scope; R16), and one general draw of every department with
 * items in random scope over the industries no joint list covers, unless the policy forbids single
 * departments from starting random tasks (Qingyang, R16). A draw with no item in random scope is
 * left out, and its population is out of scope (R1).
 *
 * @param input - A validated planning input (the `Right` of {@link parsePlanningInput}).
 * @returns `Right` with the draws, joint lists first in input order, then `general`; `Left`
 *   (`input/not-validated`) when `input` is not a validated planning input.
 * @example
 * ```ts
 * import { defaultDraws } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const draws = defaultDraws(generateDirectory({ size: 100, seed: 'draws' }));
 * if (draws._tag === 'Right') console.log(draws.right.map((d) => d.id)); // [ 'joint/H', 'joint/P', 'joint/R', 'joint/G54', 'joint/F52', 'general' ]
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function defaultDraws(input: PlanningInput): Result<InputError, readonly DrawSpec[]> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  return right(defaultDrawsUnchecked(input));
}

/** {@link defaultDraws} of an input already validated (the library's own callers). */
export function defaultDrawsUnchecked(input: PlanningInput): readonly DrawSpec[] {
  const excluded = new Set<string>(input.policy.excludedScopes);
  const inScope = input.items.filter((item) => !excluded.has(item.scope));
  const kindOf = new Map(inScope.map((item) => [item.id as string, item.kind]));
  const draws: DrawSpec[] = [];
  for (const list of input.jointLists) {
    const kinds = [...new Set(list.items.flatMap((id) => kindOf.get(id) ?? []))].sort();
    if (kinds.length > 0) draws.push({ id: list.id, departments: list.departments, kinds, filter: { industries: [list.industry] } });
  }
  if (input.policy.singleDepartmentTasks) {
    const departments = [...new Set(inScope.map((item) => item.department))].sort();
    const kinds = [...new Set(inScope.map((item) => item.kind))].sort();
    const covered = [...new Set(input.jointLists.map((list) => list.industry as string))].sort() as IndustryCode[];
    if (kinds.length > 0) draws.push({ id: 'general', departments, kinds, filter: { excludeIndustries: covered } });
  }
  return draws;
}

/** A draw with its lists sorted and without repeats, and only the filter fields it sets. */
export function canonicalDraw(draw: DrawSpec): DrawSpec {
  const sorted = <T extends string>(values: readonly T[] | undefined): T[] | undefined => (values === undefined ? undefined : [...new Set(values)].sort());
  const filter: Record<string, readonly string[]> = {};
  for (const field of ['industries', 'excludeIndustries', 'regions', 'creditClasses'] as const) {
    const values = sorted(draw.filter[field]);
    if (values !== undefined) filter[field] = values;
  }
  const own = draw.ratio === undefined ? {} : { ratio: draw.ratio };
  return { id: draw.id, departments: sorted(draw.departments) ?? [], kinds: sorted(draw.kinds) ?? [], filter, ...own };
}

/** The canonical JSON text of a set of draws: each canonical, sorted by id. */
export function canonicalDraws(draws: readonly DrawSpec[]): string {
  return JSON.stringify(draws.map(canonicalDraw).sort(byId));
}
