import type { InputIssue } from '../model/issues.js';

const ARRAYS = ['enterprises', 'departments', 'inspectors', 'items', 'jointLists', 'history'] as const;
const OBJECTS = ['versions', 'policy', 'period'] as const;

/**
 * Why a value cannot be a validated planning input, cheaply (O(1): its sections' kinds, not their
 * rows), or `undefined`. The functions that take a `PlanningInput` call it first, so a raw or
 * garbage object is refused with a pointer to `parsePlanningInput` instead of a crash deep inside.
 */
export function notValidatedIssue(input: unknown, path: readonly (string | number)[] = ['input']): InputIssue | undefined {
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const missing = object === undefined ? ['a planning input object'] : [
    ...ARRAYS.filter((k) => !Array.isArray(object[k])),
    ...OBJECTS.filter((k) => typeof object[k] !== 'object' || object[k] === null || Array.isArray(object[k])),
  ];
  if (missing.length === 0) return undefined;
  const at = path.length === 0 ? '$' : `$.${path.join('.')}`;
  return {
    code: 'input/not-validated', path: [...path], at, rule: 'R4',
    message: `not a validated planning input (${object === undefined ? 'not an object' : `no ${missing.join(', ')}`}): pass the platform's export through parsePlanningInput first and use its Right`,
  };
}
