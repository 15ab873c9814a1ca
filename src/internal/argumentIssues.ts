import type { CheckCode, InputError, InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { Left } from '../model/result.js';
import type { RuleId } from '../model/rules.js';
import { left } from './result.js';

/** An issue of one of the library's own checks at `path` (its JSONPath written by `formatPath`). */
export function issueAt(path: readonly (string | number)[], code: CheckCode, message: string, rule: RuleId): InputIssue {
  return { code, path: [...path], at: formatPath(path), message, rule };
}

/** What a value is, as zod names it: `undefined`, `null`, `array`, `NaN`, or its `typeof`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'Infinity';
  return typeof value;
}

/**
 * An argument of the wrong JavaScript type (`schema/invalid_type`, `expected` a kind such as
 * `string`, `array` or `object`): the signature's types rule it out, so the message says it is a
 * programming error in the caller rather than bad data.
 */
export function typeIssue(path: readonly (string | number)[], expected: string, what: string, value: unknown, rule: RuleId): InputIssue {
  const received = kindOf(value);
  return { code: 'schema/invalid_type', path: [...path], at: formatPath(path), message: `expected ${what}, received ${received}: a programming error in the caller`, rule, expected, received };
}

/**
 * Why a count argument (a quota, a number of days) is not a whole number from 0 to
 * `Number.MAX_SAFE_INTEGER`, or `undefined`: not a number is a programming error; a fraction,
 * `NaN` or an infinity is `schema/invalid_type` (expected `int`); a bound crossed is
 * `schema/too_small` or `schema/too_big`, as zod reports them.
 */
export function countIssue(path: readonly (string | number)[], value: unknown, what: string, rule: RuleId): InputIssue | undefined {
  if (typeof value !== 'number') return typeIssue(path, 'number', `${what} (a whole number ≥ 0)`, value, rule);
  if (Number.isSafeInteger(value) && value >= 0) return undefined;
  const base = { path: [...path], at: formatPath(path), rule, message: `expected ${what}, a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${value}` };
  if (!Number.isInteger(value)) return { ...base, code: 'schema/invalid_type', expected: 'int', received: kindOf(value) };
  return value < 0
    ? { ...base, code: 'schema/too_small', origin: 'number', minimum: 0, inclusive: true }
    : { ...base, code: 'schema/too_big', origin: 'number', maximum: Number.MAX_SAFE_INTEGER, inclusive: true };
}

/** Whether `value` is an object that is neither `null` nor an array (an options object, a row). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `Left` of a list of issues (and of `omitted` more past its bound), or `undefined` when the list is empty. */
export function refusal(issues: readonly InputIssue[], omitted = 0): Left<InputError> | undefined {
  const [first, ...rest] = issues;
  return first === undefined ? undefined : left({ code: 'invalid-input', issues: [first, ...rest], ...(omitted > 0 ? { omitted } : {}) });
}
