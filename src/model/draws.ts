import type { CreditClass, DepartmentId } from './types.js';

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
  /**
   * The draw's own yearly ratio, in [0, 1], for a directed draw of a high-risk field (R11, N7;
   * Shenyang 002 §四(十二) 加大抽查比例): each of its strata is drawn at no less. Absent: the policy's
   * ratios alone.
   */
  readonly ratio?: number;
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
