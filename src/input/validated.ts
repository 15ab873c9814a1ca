import type { InputIssue } from '../model/issues.js';
import { sectionIssues } from './schemas.js';

const ARRAYS = ['enterprises', 'departments', 'inspectors', 'items', 'jointLists', 'history'] as const;
const OBJECTS = ['versions', 'policy', 'period'] as const;

/**
 * Why a value cannot be a validated planning input, cheaply, or `undefined`: its sections' kinds
 * (O(1), not their rows), and its small sections in full (`policy`, `period`, `versions`), so that
 * an input spread from a validated one with another policy (`{ ...input, policy }`) is checked
 * where it changed. The functions that take a `PlanningInput` call it first, so a raw or garbage
 * object is refused with a pointer to `parsePlanningInput` instead of a crash deep inside.
 */
export function notValidatedIssues(input: unknown, path: readonly (string | number)[] = ['input']): readonly [InputIssue, ...InputIssue[]] | undefined {
  const object = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  const missing = object === undefined ? ['a planning input object'] : [
    ...ARRAYS.filter((k) => !Array.isArray(object[k])),
    ...OBJECTS.filter((k) => typeof object[k] !== 'object' || object[k] === null || Array.isArray(object[k])),
  ];
  if (missing.length > 0) {
    const at = path.length === 0 ? '$' : `$.${path.join('.')}`;
    return [{
      code: 'input/not-validated', path: [...path], at, rule: 'R4',
      message: `not a validated planning input (${object === undefined ? 'not an object' : `no ${missing.join(', ')}`}): pass the platform's export through parsePlanningInput first and use its Right`,
    }];
  }
  const [first, ...rest] = OBJECTS.flatMap((section) => sectionIssues(section, (object as Record<string, unknown>)[section], [...path, section]));
  return first === undefined ? undefined : [first, ...rest];
}
