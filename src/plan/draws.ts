import type { CreditClass, DepartmentId, IndustryCode, PlanningInput } from '../model/types.js';
import { byId } from '../internal/text.js';

/**
 * The population filter of a draw (N7): a directed draw samples only enterprises that match every
 * given criterion; an undirected one has none.
 *
 * @example
 * ```ts
 * import type { DrawFilter } from 'double-random';
 * const catering: DrawFilter = { industries: ['H'], creditClasses: ['C', 'D'] };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawFilter {
  /** Only these industries (a section covers its divisions). */
  readonly industries?: readonly string[];
  /** Not these industries (a section covers its divisions). */
  readonly excludeIndustries?: readonly string[];
  /** Only enterprises registered in these administrative divisions. */
  readonly regions?: readonly string[];
  /** Only these credit classes. */
  readonly creditClasses?: readonly CreditClass[];
}

/**
 * One draw of a batch: who draws, what the inspection covers, and over which population. Draws of
 * one batch share the tickets, so that departments drawing the same population pick overlapping
 * enterprises, which the merge turns into joint visits (R7, R17).
 *
 * @example
 * ```ts
 * import type { DepartmentId, DrawSpec } from 'double-random';
 * const draw: DrawSpec = {
 *   id: 'joint/H',
 *   departments: ['samr', 'health'] as DepartmentId[],
 *   kinds: ['samr:food-safety', 'health:public-hygiene'],
 *   filter: { industries: ['H'] },
 * };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawSpec {
  /** Unique id in the batch, recorded in strata keys. */
  readonly id: string;
  /** The departments that take part. */
  readonly departments: readonly DepartmentId[];
  /** The kinds of check the inspection covers (for the same-year exemption, R20). */
  readonly kinds: readonly string[];
  /** The population (N7). */
  readonly filter: DrawFilter;
}

/** Whether an enterprise's industry code falls under a (section or division) industry code. */
export function industryMatches(code: string, under: string): boolean {
  return under.length === 1 ? code.charAt(0) === under : code === under;
}

/** Whether a draw's filter takes in an industry: in its `industries` (if given), not in `excludeIndustries`. */
export function coversIndustry(filter: DrawFilter, industry: string): boolean {
  const included = filter.industries === undefined || filter.industries.some((u) => industryMatches(industry, u));
  return included && !(filter.excludeIndustries?.some((u) => industryMatches(industry, u)) ?? false);
}

/**
 * The draws of a batch when none are given: one per 一业一查 joint list (its industry, its
 * departments, its items in random scope; R16), and one general draw of every department with
 * items in random scope over the industries no joint list covers, unless the policy forbids single
 * departments from starting random tasks (Qingyang, R16). A draw with no item in random scope is
 * left out, and its population is out of scope (R1).
 *
 * @param input - A validated planning input.
 * @returns The draws, joint lists first in input order, then `general`.
 * @example
 * ```ts
 * import { defaultDraws } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const draws = defaultDraws(generateDirectory({ size: 100, seed: 'draws' }));
 * console.log(draws.map((d) => d.id)); // [ 'joint/H', 'joint/P', 'joint/R', 'joint/G54', 'joint/F52', 'general' ]
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function defaultDraws(input: PlanningInput): readonly DrawSpec[] {
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
  return { id: draw.id, departments: sorted(draw.departments) ?? [], kinds: sorted(draw.kinds) ?? [], filter };
}

/** The canonical JSON text of a set of draws: each canonical, sorted by id. */
export function canonicalDraws(draws: readonly DrawSpec[]): string {
  return JSON.stringify(draws.map(canonicalDraw).sort(byId));
}
