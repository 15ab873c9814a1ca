import type { RuleId } from './rules.js';

/**
 * The codes of the issues found by the library's own checks (beyond the shape checks of zod), by
 * the stage that finds them. Each is rendered in Chinese and English by `formatIssue`.
 *
 * @example
 * ```ts
 * import type { CheckCode } from 'double-random';
 * const isReference = (code: CheckCode): boolean => code.startsWith('reference/');
 * ```
 * @category Validation
 * @since 0.1.0
 */
export type CheckCode =
  | 'input/not-validated' | 'seed/invalid' | 'id/empty' | 'id/invisible-character' | 'id/not-nfc'
  | 'date/invalid' | 'industry/invalid' | 'region/invalid'
  | 'uscc/type' | 'uscc/length' | 'uscc/lowercase' | 'uscc/forbidden-character' | 'uscc/division' | 'uscc/check-character'
  | 'duplicate/uscc' | 'duplicate/department' | 'duplicate/inspector' | 'duplicate/item' | 'duplicate/joint-list'
  | 'duplicate/draw' | 'duplicate/task' | 'duplicate/field'
  | 'reference/department' | 'reference/item' | 'reference/enterprise'
  | 'joint-list/lead-not-member' | 'joint-list/item-department' | 'joint-list/department-without-item'
  | 'joint-list/lead-without-item' | 'joint-list/overlap'
  | 'period/empty-window' | 'period/outside-year' | 'period/batch' | 'policy/team-size' | 'calendar/unknown-year'
  | 'draw/department-without-item' | 'draw/kind-without-item' | 'draw/single-department'
  | 'task/foreign-item' | 'task/lead' | 'task/no-items' | 'task/reason' | 'task/triggered-random'
  | 'split/counts' | 'split/duplicate-candidate' | 'split/forged-ticket' | 'split/missing-candidates' | 'split/no-shards'
  | 'split/quotas' | 'split/shards-disagree' | 'split/too-many-candidates' | 'split/unknown-stratum'
  | 'escalation/no-recipients' | 'result/no-findings' | 'result/publicity-mismatch' | 'result/unreachable-with-findings'
  | 'sheet/blank-rows' | 'sheet/duplicate-row' | 'sheet/no-date' | 'sheet/no-item' | 'sheet/unknown-item' | 'sheet/unreachable-findings'
  | 'annual-plan/window' | 'public-code/full'
  | 'publication/before-period' | 'publication/duplicate' | 'publication/no-task' | 'publication/other-input' | 'publication/plan-differs' | 'publication/task-mismatch'
  | 'publication/unplannable' | 'publication/future-result' | 'publication/predictable-visits'
  | 'schema/invalid' | 'schema/invalid_union' | 'schema/invalid_key' | 'schema/invalid_element' | 'schema/custom';

/**
 * The structured fields an issue may carry, like zod's and valibot's issues: what was expected and
 * found, the bound that was crossed, the allowed values, the key that was meant. Which ones an issue
 * has follows its `code` (see {@link InputIssue}).
 *
 * @example
 * ```ts
 * import type { IssueDetails } from 'double-random';
 * const bound = (d: IssueDetails): string => `${d.minimum ?? '-∞'} … ${d.maximum ?? '∞'}`;
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface IssueDetails {
  /** The kind of value expected (`string`, `number`, `array`, `object`…). */
  readonly expected?: string;
  /** The kind of value found (`undefined` for a missing field, `null`, `NaN`, `array`, or its `typeof`). */
  readonly received?: string;
  /** The smallest allowed value, length or size. */
  readonly minimum?: number;
  /** The largest allowed value, length or size. */
  readonly maximum?: number;
  /** Whether the bound itself is allowed. */
  readonly inclusive?: boolean;
  /** What the bound measures: `number`, `string` (its length), `array` (its size)… */
  readonly origin?: string;
  /** The allowed values. */
  readonly values?: readonly (string | number | boolean | null)[];
  /** The string format expected (`regex`, `email`…). */
  readonly format?: string;
  /** The number the value must be a multiple of. */
  readonly divisor?: number;
  /** The unknown key (its own name; the path ends with it). */
  readonly key?: string;
  /** For a misspelt key: the known key it most likely meant (`did you mean`). */
  readonly suggestion?: string;
  /** For a bad unified social credit code: the 1-based position at fault. */
  readonly position?: number;
  /** For a bad unified social credit code: the character found at `position`. */
  readonly found?: string;
}

/**
 * What every issue has: where it is, the rule it breaks and a sentence in English.
 *
 * @example
 * ```ts
 * import type { IssueBase } from 'double-random';
 * const line = (i: IssueBase<string>): string => `${i.at}: ${i.message} (${i.rule})`;
 * ```
 * @category Validation
 * @since 0.1.0
 */
export interface IssueBase<C extends string> {
  /** Machine-readable kind of problem: the discriminant of {@link InputIssue}. */
  readonly code: C;
  /** Path of the bad field in the input, as keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** The same path written as a JSONPath, such as `$.enterprises[3].uscc`. */
  readonly at: string;
  /** A sentence a platform engineer understands (English; `formatIssue` renders it in Chinese). */
  readonly message: string;
  /** The rule the input breaks. */
  readonly rule: RuleId;
}

/**
 * One thing wrong with an input, with where it is and the rule it breaks: a union discriminated by
 * `code`, whose structured fields follow the code.
 *
 * - `schema/invalid_type`: `expected`, `received` (a missing field is `received: 'undefined'`);
 * - `schema/too_small`, `schema/too_big`: `origin`, `minimum` or `maximum`, `inclusive`;
 * - `schema/invalid_value`: `values` (the allowed ones); `schema/invalid_format`: `format`;
 *   `schema/not_multiple_of`: `divisor`;
 * - `schema/unrecognized_keys`: `key`, and `suggestion` when a known key is close (`did you mean`);
 *   `schema/misspelt-key`: `key` and `suggestion`, when the key it meant is also missing (one issue, not two);
 * - `uscc/…`: `position`, `found`, `expected` when one character is at fault (see {@link UsccError});
 * - every other code ({@link CheckCode}): the base fields only.
 *
 * @example
 * ```ts
 * import { parsePlanningInput, type InputIssue } from 'double-random';
 *
 * const result = parsePlanningInput({});
 * if (result._tag === 'Left') {
 *   const first: InputIssue = result.left.issues[0];
 *   if (first.code === 'schema/invalid_type') console.log(first.at, 'expected', first.expected, 'got', first.received);
 *   else console.log(first.at, first.rule, first.message);
 * }
 * ```
 * @category Validation
 * @since 0.1.0
 */
export type InputIssue =
  | (IssueBase<'schema/invalid_type'> & Required<Pick<IssueDetails, 'expected' | 'received'>>)
  | (IssueBase<'schema/too_small'> & Required<Pick<IssueDetails, 'origin' | 'minimum' | 'inclusive'>>)
  | (IssueBase<'schema/too_big'> & Required<Pick<IssueDetails, 'origin' | 'maximum' | 'inclusive'>>)
  | (IssueBase<'schema/invalid_value'> & Required<Pick<IssueDetails, 'values'>>)
  | (IssueBase<'schema/invalid_format'> & Required<Pick<IssueDetails, 'format'>>)
  | (IssueBase<'schema/not_multiple_of'> & Required<Pick<IssueDetails, 'divisor'>>)
  | (IssueBase<'schema/unrecognized_keys'> & Required<Pick<IssueDetails, 'key'>> & Pick<IssueDetails, 'suggestion'>)
  | (IssueBase<'schema/misspelt-key'> & Required<Pick<IssueDetails, 'key' | 'suggestion'>>)
  | (IssueBase<CheckCode> & Pick<IssueDetails, 'position' | 'found' | 'expected'>);

/**
 * Every code an {@link InputIssue} can have: zod's shape codes (`schema/…`) and the library's own
 * checks ({@link CheckCode}).
 *
 * @example
 * ```ts
 * import type { InputIssue, IssueCode } from 'double-random';
 * const codes = (issues: readonly InputIssue[]): IssueCode[] => issues.map((i) => i.code);
 * ```
 * @category Validation
 * @since 0.1.0
 */
export type IssueCode = InputIssue['code'];

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
 * is a member of, N7), `period/no-working-day` (a batch window without a working day, N3) and
 * `policy/joint-share-unreachable` (a missed joint-share target that the joint lists cannot meet, R7).
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
  readonly code: 'directory/empty' | 'draw/empty-population' | 'period/no-working-day' | 'policy/joint-share-unreachable' | 'plan/predictable-visits';
  /** Where: a path in the input or in the result, as keys and array indexes. */
  readonly path: readonly (string | number)[];
  /** The same path written as a JSONPath. */
  readonly at: string;
  /** What it means. */
  readonly message: string;
  /** The rule behind it. */
  readonly rule: RuleId;
}
