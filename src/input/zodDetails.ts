import type { z } from 'zod';
import { kindOf } from '../internal/argumentIssues.js';
import type { CheckCode, InputIssue, IssueDetails } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import type { RuleId } from '../model/rules.js';

/** A value an issue may quote: JSON primitives as they are, anything else by its kind. */
function quotable(value: unknown): string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) ? value : kindOf(value);
}

/**
 * The structured fields of one zod issue (what was expected, what was found, the bound…), so that
 * an issue can be rendered in any locale without parsing its English message. `found` is the value
 * at the issue's path.
 */
export function zodDetails(issue: z.core.$ZodIssue, found: unknown): IssueDetails {
  switch (issue.code) {
    case 'invalid_type':
      // zod says `nonoptional` for a required key of any type that is missing: there is no type to name.
      return { expected: issue.expected === 'nonoptional' ? 'a value' : String(issue.expected), received: kindOf(found) };
    case 'too_small':
      return { origin: String(issue.origin), minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
    case 'too_big':
      return { origin: String(issue.origin), maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
    case 'invalid_value':
      return { values: issue.values.map(quotable) };
    case 'invalid_format':
      return { format: issue.format };
    case 'not_multiple_of':
      return { divisor: Number(issue.divisor) };
    default:
      return {};
  }
}

/** The value at `path` inside `value`, or `undefined`. */
export function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = value;
  for (const key of path) at = typeof at === 'object' && at !== null ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** What a custom check of the library's schemas passes in its issue's `params`. */
export interface CustomParams {
  readonly code: CheckCode;
  readonly rule: RuleId;
  readonly details?: IssueDetails;
}

/**
 * One zod issue of `value` (the value the schema parsed, found at `root`) as an input issue: code
 * `schema/<zod code>` with its structured fields, or the code, rule and fields that a custom check of
 * the library names in its `params`; otherwise the rule is `ruleOf(path)`.
 */
export function fromZodIssue(issue: z.core.$ZodIssue, root: readonly (string | number)[], value: unknown, ruleOf: (path: readonly (string | number)[]) => RuleId): InputIssue {
  const path = [...root, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
  const params = issue.code === 'custom' ? (issue.params as Partial<CustomParams> | undefined) : undefined;
  const missing = issue.code === 'invalid_type' && issue.expected === 'nonoptional';
  const base = { path, at: formatPath(path), message: missing ? 'required: this key is missing' : issue.message };
  if (params?.code !== undefined) return { code: params.code, ...base, rule: params.rule ?? ruleOf(path), ...params.details };
  return { code: `schema/${issue.code}`, ...base, rule: ruleOf(path), ...zodDetails(issue, valueAt(value, issue.path)) } as InputIssue;
}

/** The same issue under `prefix` (an issue of a part, reported at its place in the whole), its fields kept. */
export function under(prefix: readonly (string | number)[], issue: InputIssue): InputIssue {
  const path = [...prefix, ...issue.path];
  return { ...issue, path, at: formatPath(path) };
}

/** The structured fields of a problem at one character (a USCC's position, the character found, the one expected), those it has. */
export function characterDetails({ position, found, expected }: { readonly position?: number; readonly found?: string; readonly expected?: string }): IssueDetails {
  return { ...(position === undefined ? {} : { position }), ...(found === undefined ? {} : { found }), ...(expected === undefined ? {} : { expected }) };
}
