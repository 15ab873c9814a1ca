import { industryMatches } from '../model/draws.js';
import type { InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';

/** Helpers shared by the functions that turn a locality's fields (high-risk fields, key industries) into draws and joint lists. */

/** Whether an item restricted to `itemIndustries` (none: every industry) applies to some of a field's industries. */
export function applies(itemIndustries: readonly string[], field: readonly string[]): boolean {
  return itemIndustries.length === 0 || itemIndustries.some((i) => field.some((f) => industryMatches(f, i) || industryMatches(i, f)));
}

/** Fields given twice (by id): each field gets one directed draw. */
export function duplicateFields(fields: readonly { readonly field: { readonly id: string } }[], rule: 'N7' | 'R16'): InputIssue[] {
  const seen = new Set<string>();
  return fields.flatMap((f, i) => {
    const twice = seen.has(f.field.id);
    seen.add(f.field.id);
    const path = ['fields', i, 'field', 'id'];
    return twice ? [{ code: 'duplicate/field', path, at: formatPath(path), rule, message: `field "${f.field.id}" is given twice` }] : [];
  });
}

