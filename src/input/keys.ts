import type { z } from 'zod';
import type { InputIssue } from '../model/issues.js';
import { formatPath } from '../model/paths.js';
import { valueAt } from './zodDetails.js';
import type { RuleId } from '../model/rules.js';

/** Edit distance of two short strings, case ignored: insertions, deletions, substitutions and swaps of two neighbours (optimal string alignment). */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[s.length] as number[])[t.length] as number;
}

/**
 * The known key a misspelt one most likely meant: the closest by edit distance (case ignored), at
 * most a third of its length away (at least one edit), a known key that starts with the word less
 * its last letter counting as one edit (`industry` → `industries`), ties to the first; `undefined`
 * when none is that close, or when the key has fewer than three letters.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  // A key of one or two letters is as close to every other short key: no guess.
  if (key.length < 3) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  // A plural or a longer form of the word (`industry` for `industries`) counts as one edit.
  const stem = key.length >= 5 ? key.slice(0, -1).toLowerCase() : undefined;
  for (const candidate of known) {
    const d = stem !== undefined && candidate.toLowerCase().startsWith(stem) ? Math.min(1, distance(key, candidate)) : distance(key, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** The keys an object schema knows at `path` (through optional, nullable, default, arrays and unions), or `[]`. */
export function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const inner = (def['innerType'] ?? def['in']) as z.core.$ZodType | undefined;
  if (inner !== undefined && ['optional', 'nullable', 'default', 'prefault', 'pipe', 'catch', 'readonly'].includes(def['type'] as string)) return keysAt(inner, path);
  if (def['type'] === 'union') return [...new Set((def['options'] as z.core.$ZodType[]).flatMap((o) => keysAt(o, path)))];
  const [head, ...rest] = path;
  if (def['type'] === 'array') return head === undefined ? [] : keysAt(def['element'] as z.core.$ZodType, rest);
  if (def['type'] !== 'object') return [];
  const shape = def['shape'] as Record<string, z.core.$ZodType>;
  if (head === undefined) return Object.keys(shape);
  const child = shape[String(head)];
  return child === undefined ? [] : keysAt(child, rest);
}

/** One unknown key: merged with the missing key it misspells when there is one (one issue, not two). */
export function unknownKeyIssue(path: readonly (string | number)[], key: string, known: readonly string[], missing: (suggestion: string) => boolean, rule: RuleId, present: readonly string[] = []): { readonly issue: InputIssue; readonly explains?: string } {
  // Never suggest a key the object already has.
  const suggestion = closestKey(key, known.filter((k) => !present.includes(k)));
  const at = [...path, key];
  if (suggestion !== undefined && missing(suggestion)) {
    const message = `unknown key "${key}": did you mean "${suggestion}"? ("${suggestion}" is missing)`;
    return { issue: { code: 'schema/misspelt-key', path: at, at: formatPath(at), message, rule, key, suggestion }, explains: suggestion };
  }
  const hint = suggestion !== undefined ? `; did you mean "${suggestion}"?` : known.length > 0 ? `; the keys here are ${known.join(', ')}` : '';
  return { issue: { code: 'schema/unrecognized_keys', path: at, at: formatPath(at), message: `unknown key "${key}"${hint}`, rule, key, ...(suggestion === undefined ? {} : { suggestion }) } };
}

/**
 * zod's issues of `value` against `schema` as input issues under `root`, with each unknown key an
 * issue of its own with a "did you mean" suggestion; a misspelt key that explains a missing one
 * gives one issue (`schema/misspelt-key`) instead of two.
 */
export function zodIssues(schema: z.core.$ZodType, value: unknown, issues: readonly z.core.$ZodIssue[], root: readonly (string | number)[], toIssue: (issue: z.core.$ZodIssue) => InputIssue, ruleOf: (path: readonly (string | number)[]) => RuleId): InputIssue[] {
  const explained = new Set<string>();
  const keyed: InputIssue[] = [];
  // A key is missing when zod reports it (a required key absent from the object).
  const reported = new Set(issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => JSON.stringify(i.path)));
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const object = valueAt(value, issue.path);
    const known = keysAt(schema, issue.path);
    const path = [...root, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
    for (const key of issue.keys) {
      const missing = (s: string): boolean =>
        typeof object === 'object' && object !== null && !Object.hasOwn(object, s) && reported.has(JSON.stringify([...issue.path, s]));
      const present = typeof object === 'object' && object !== null ? Object.keys(object) : [];
      const { issue: found, explains } = unknownKeyIssue(path, key, known, missing, ruleOf([...path, key]), present);
      keyed.push(found);
      if (explains !== undefined) explained.add(JSON.stringify([...issue.path, explains]));
    }
  }
  const unions = new Map<z.core.$ZodIssue, InputIssue[]>(issues.filter((i) => i.code === 'invalid_union').map((i) => [i, unionKeyIssues(schema, value, i.path, root, ruleOf)]));
  // An invalid union that a misspelt key explains is that one issue.
  const explainedUnion = (i: z.core.$ZodIssue): boolean => unions.get(i)?.some((f) => f.code === 'schema/misspelt-key') === true;
  const rest = issues.filter((i) => i.code !== 'unrecognized_keys' && !explained.has(JSON.stringify(i.path)) && !explainedUnion(i)).map(toIssue);
  return [...rest, ...keyed, ...[...unions.values()].flat()];
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The unknown keys of an object that matches none of a union's forms (the black-list rule, a
 * finding): zod says only that no form matches, so each key no form knows is named, with the key it
 * most likely meant when that key is missing (`covrage` for `coverage`).
 */
function unionKeyIssues(schema: z.core.$ZodType, value: unknown, issuePath: readonly PropertyKey[], root: readonly (string | number)[], ruleOf: (path: readonly (string | number)[]) => RuleId): InputIssue[] {
  // A discriminated union reports at its discriminator's path (`blackList.coverage`): the object is its parent.
  const at = isObject(valueAt(value, issuePath)) || issuePath.length === 0 ? issuePath : issuePath.slice(0, -1);
  const object = valueAt(value, at);
  if (!isObject(object)) return [];
  const known = keysAt(schema, at);
  const present = Object.keys(object);
  const path = [...root, ...at.map((k) => (typeof k === 'number' ? k : String(k)))];
  const missing = (s: string): boolean => !Object.hasOwn(object, s);
  return present.filter((key) => known.length > 0 && !known.includes(key)).map((key) => unknownKeyIssue(path, key, known, missing, ruleOf([...path, key]), present).issue);
}
