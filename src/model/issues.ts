import type { RuleId } from './rules.js';

/**
 * One thing wrong with an input, with where it is and the rule it breaks.
 *
 * `code` is `schema/<zod issue code>` for a wrong shape or type, `uscc/…` for a bad credit code
 * (see {@link UsccError}), or one of the cross-record codes: `date/invalid`, `industry/invalid`,
 * `id/empty`, `duplicate/uscc`, `duplicate/department`, `duplicate/inspector`, `duplicate/item`,
 * `duplicate/joint-list`, `reference/department`, `reference/item`, `reference/enterprise`,
 * `joint-list/lead-not-member`, `joint-list/item-department`, `region/invalid`, `period/empty-window`,
 * `period/outside-year`, `period/batch`, `policy/team-size`. An unknown key is
 * `schema/unrecognized_keys` at the key's own path, with `suggestion` when a known key is close
 * (`did you mean`); `schema/misspelt-key` when that known key is also missing (one issue, not two).
 *
 * @example
 * ```ts
 * import { parsePlanningInput, type InputIssue } from 'double-random';
 *
 * const result = parsePlanningInput({});
 * if (result._tag === 'Left') {
 *   const first: InputIssue = result.left.issues[0];
 *   console.log(first.at, first.rule, first.message);
 * }
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface InputIssue {
  /** Machine-readable kind of problem. */
  readonly code: string;
  /** Path of the bad field in the input, as keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** The same path written as a JSONPath, such as `$.enterprises[3].uscc`. */
  readonly at: string;
  /** A sentence a platform engineer understands. */
  readonly message: string;
  /** The rule the input breaks. */
  readonly rule: RuleId;
  /** For a misspelt key: the known key it most likely meant (`did you mean`). */
  readonly suggestion?: string;
}

/**
 * Why an input was refused: every issue found, never only the first.
 *
 * @example
 * ```ts
 * import { parsePlanningInput, type InputError } from 'double-random';
 *
 * const result = parsePlanningInput({ enterprises: 'none' });
 * if (result._tag === 'Left') {
 *   const error: InputError = result.left;
 *   console.log(`${error.issues.length} issues`);
 * }
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface InputError {
  /** Always `invalid-input`. */
  readonly code: 'invalid-input';
  /** At least one issue, in input order. */
  readonly issues: readonly [InputIssue, ...InputIssue[]];
  /**
   * How many more issues there were beyond the bound (`parsePlanningInput`'s `maxIssues`), at least:
   * past the bound, a row with a wrong shape counts once, without its details. Absent when none was left out.
   */
  readonly omitted?: number;
}

/**
 * Something valid but probably not what was meant, as data: a plan with warnings is still a plan.
 * Codes: `directory/empty` (no enterprise, R4), `draw/empty-population` (a draw that no enterprise
 * is a member of, N7).
 *
 * @example
 * ```ts
 * import type { Warning } from 'double-random';
 * const line = (w: Warning): string => `${w.at} (${w.rule}): ${w.message}`;
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface Warning {
  /** Machine-readable kind of warning. */
  readonly code: 'directory/empty' | 'draw/empty-population';
  /** Where: a path in the input or in the result, as keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** The same path written as a JSONPath. */
  readonly at: string;
  /** What it means. */
  readonly message: string;
  /** The rule behind it. */
  readonly rule: RuleId;
}
