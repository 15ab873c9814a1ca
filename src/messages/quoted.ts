import type { IssueCode } from '../model/issues.js';

/**
 * The codes whose English message quotes the offending value(s) in double quotes, verbatim (an id,
 * a department, an item, a code: `unknown department "tax"`, `"samr" is already used at …`), so
 * that the Chinese text can show them. Codes whose quotes hold something else (the expected
 * `"YYYY-MM-DD"`, a JSON-escaped value) are not listed.
 */
export const QUOTED_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'reference/department', 'reference/item', 'reference/enterprise',
  'duplicate/uscc', 'duplicate/department', 'duplicate/inspector', 'duplicate/item', 'duplicate/joint-list',
  'duplicate/draw', 'duplicate/task', 'duplicate/field',
  'joint-list/lead-not-member', 'joint-list/item-department', 'joint-list/department-without-item',
  'joint-list/lead-without-item', 'joint-list/overlap',
  'task/foreign-item', 'task/lead', 'draw/department-without-item', 'draw/kind-without-item',
  'sheet/duplicate-row', 'sheet/unknown-item', 'publication/task-mismatch',
]);

/**
 * The values an English message quotes in double quotes, in order, each once:
 * `item "a" belongs to department "b"` gives `['a', 'b']`. Reliable for the ids the library's
 * messages quote (a value holding a double quote itself would be cut at it).
 *
 * @example
 * ```ts
 * quotedValues('unknown department "tax"'); // ['tax']
 * ```
 */
export function quotedValues(message: string): string[] {
  const values = [...message.matchAll(/"([^"\n]*)"/g)].map((m) => m[1] as string);
  return [...new Set(values)];
}

/**
 * The quoted values of an issue's message in Chinese, for the codes of {@link QUOTED_CODES}:
 * `（“tax”）`, `（“a”、“b”）`, or nothing.
 *
 * @example
 * ```ts
 * quotedZh('reference/department', 'unknown department "tax"'); // '（“tax”）'
 * ```
 */
export function quotedZh(code: unknown, message: unknown): string {
  if (typeof message !== 'string' || !QUOTED_CODES.has(code as IssueCode)) return '';
  const values = quotedValues(message);
  return values.length === 0 ? '' : `（${values.map((v) => `“${v}”`).join('、')}）`;
}
