import { flat } from '../internal/flat.js';
import type { PlanningInput } from '../model/types.js';

/**
 * R18's key of each item, by id: its department's line (the department itself without one) and its
 * kind. Items with one key are the same check at different levels: it is done once (R18).
 */
export function itemKeys(input: Pick<PlanningInput, 'departments' | 'items'>): ReadonlyMap<string, string> {
  const lineOf = new Map<string, string>(input.departments.map((d) => [d.id, d.line === undefined ? `department\u0000${d.id}` : `line\u0000${d.line}`]));
  return new Map<string, string>(input.items.map((i) => [i.id, flat(`${lineOf.get(i.department) ?? i.department}\u0000${i.kind}`)]));
}

/**
 * The items that may not be told to the enterprise before its visit (R32): those marked
 * `noAdvanceNotice`, and their twins at other levels (R18), since a visit checks the twin in their
 * place and naming it would tell the same check.
 */
export function secretItems(input: Pick<PlanningInput, 'departments' | 'items'>): ReadonlySet<string> {
  const keyOf = itemKeys(input);
  const secretKeys = new Set(input.items.filter((i) => i.noAdvanceNotice === true).map((i) => keyOf.get(i.id)));
  return secretKeys.size === 0 ? new Set() : new Set(input.items.filter((i) => secretKeys.has(keyOf.get(i.id))).map((i) => i.id));
}
