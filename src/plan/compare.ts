import type { DrawDifference } from './verifyDraw.js';

/**
 * Differences found by a verification, up to a limit (one more is kept to tell that the list was
 * truncated).
 */
export class Differences {
  readonly list: DrawDifference[] = [];
  constructor(readonly limit: number) {}

  /** Whether more differences than the limit were found: later ones need not be looked for. */
  get full(): boolean {
    return this.list.length > this.limit;
  }

  add(path: string, expected: string, found: unknown): void {
    if (!this.full) this.list.push({ path, expected, found: show(found) });
  }

  /** The verdict: valid only when nothing was found. */
  verdict(): { valid: boolean; differences: DrawDifference[]; truncated: boolean } {
    return { valid: this.list.length === 0, differences: this.list.slice(0, this.limit), truncated: this.full };
  }
}

/**
 * A value as a difference shows it: strings as they are, anything else as JSON (at most 200
 * characters), and `(none)` for a missing value. Never throws (BigInt, symbols, deep nesting).
 */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol' || typeof value === 'function') return `(${typeof value})`;
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return '(a value that is not JSON)';
  }
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

/** `path` and `key` joined as verification writes paths: `a.b`, `a[3]`, `a["odd key"]`. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/** Keys and indexes written as a path under `root`: `['strata', 3, 'drawn']` → `strata[3].drawn`. */
export function pathText(keys: readonly (string | number)[], root = ''): string {
  return keys.reduce<string>((at, key) => joinPath(at, key), root);
}

/** A plain object (not an array, not null): what a JSON object parses to. */
export function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Compares a replayed value with a recorded one **by value**, as JSON keeps them, and adds a
 * difference for every field that differs, is missing, is unknown or has another type:
 *
 * - numbers by `===` (so `-0` equals `0`, which JSON writes as `0`);
 * - objects by their keys, in any order: the replay's keys first, then any unknown key of the
 *   record; a key whose value is `undefined`, on either side, is as good as missing (JSON drops it);
 * - arrays element by element, and their lengths;
 * - a function of the replay (such as `outcomeOf`) is not data: the record may lack it or hold a
 *   function there, nothing else.
 *
 * `skip` names paths compared elsewhere (the seed) or on purpose not at all (the library version).
 * The recursion follows the replay's shape, so a deeply nested recorded value cannot exhaust it.
 */
export function compareValues(expected: unknown, found: unknown, path: string, out: Differences, skip: ReadonlySet<string>): void {
  if (out.full || skip.has(path)) return;
  if (typeof expected === 'function') {
    // Not data (a plan's `outcomeOf`): absent once stored, a function when passed as returned; never anything else.
    if (found !== undefined && typeof found !== 'function') out.add(path, '(no such field: not data)', found);
    return;
  }
  if (typeof expected !== 'object' || expected === null) {
    if (expected === found || (Number.isNaN(expected) && Number.isNaN(found))) return;
    // Same text, another type (a number stored as a string): say which type was expected.
    const typed = typeof found !== typeof expected && (typeof found === 'string' || typeof found === 'number' || typeof found === 'boolean') && String(found) === String(expected) ? ` (a ${typeof expected})` : '';
    out.add(path || '(record)', `${show(expected)}${typed}`, found);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(found)) return out.add(path || '(record)', `an array of ${expected.length}`, found);
    if (expected.length !== found.length) out.add(joinPath(path, 'length'), String(expected.length), found.length);
    for (let i = 0; i < Math.min(expected.length, found.length); i++) compareValues(expected[i], found[i], joinPath(path, i), out, skip);
    return;
  }
  if (!isObject(found)) return out.add(path || '(record)', `an object, not ${kindOf(found)}`, found);
  const e = expected as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(e)) {
    const at = joinPath(path, key);
    if (skip.has(at)) continue;
    if (e[key] !== undefined && typeof e[key] !== 'function' && !Object.hasOwn(found, key)) out.add(at, show(e[key]), undefined);
    else compareValues(e[key], Object.hasOwn(found, key) ? found[key] : undefined, at, out, skip);
  }
  for (const key of Object.keys(found).sort()) {
    // A key holding undefined is no field: JSON drops it.
    if (!Object.hasOwn(e, key) && found[key] !== undefined && !skip.has(joinPath(path, key))) out.add(joinPath(path, key), '(no such field)', found[key]);
  }
}
