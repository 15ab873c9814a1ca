import { BoundedIssues, MAX_ISSUES } from '../input/boundedIssues.js';
import { countIssue, issueAt, refusal, typeIssue } from '../internal/argumentIssues.js';
import { right } from '../internal/result.js';
import type { InputError, InputIssue } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { Uscc } from '../model/uscc.js';
import { isUsccFast } from '../uscc/alphabet.js';
import { parseUscc } from '../uscc/parseUscc.js';
import { seedIssue } from './seed.js';
import { selectSmallest } from './select.js';
import { ticketer, ticketHex } from './tickets.js';

/** The issue of a seed argument at `path` (R27), or `undefined` for a usable seed. */
function seedArgumentIssue(seed: unknown, path: readonly (string | number)[]): InputIssue | undefined {
  const problem = seedIssue(seed);
  return problem === undefined ? undefined : issueAt(path, 'seed/invalid', problem, 'R27');
}

/** Why `value` is not a valid unified social credit code, at `path` (N10), or `undefined`. */
function usccIssue(value: unknown, path: readonly (string | number)[]): InputIssue | undefined {
  if (typeof value !== 'string') return typeIssue(path, 'string', 'a unified social credit code (a string)', value, 'N10');
  if (isUsccFast(value)) return undefined;
  const parsed = parseUscc(value);
  if (parsed._tag === 'Right') return undefined;
  const { code, message, position, expected, found } = parsed.left;
  return { ...issueAt(path, code, message, 'N10'), ...(position === undefined ? {} : { position }), ...(expected === undefined ? {} : { expected }), ...(found === undefined ? {} : { found }) };
}

/**
 * The ticket of one enterprise under a seed: the first 64 bits of
 * SHA-256(pad32("double-random/prn/v1") ‖ SHA-256(seed) ‖ USCC), as 16 hex digits (R27). Anyone
 * can recompute it with `sha256sum`; see docs/draw-algorithm.md.
 *
 * @param seed - The public seed string.
 * @param uscc - A valid unified social credit code.
 * @returns `Right` with 16 lower-case hex digits; `Left` with `seed/invalid` for a seed that is
 *   not a usable seed string (R27), and an issue at `$.uscc` for a code that is not a string or
 *   not a valid code (its `uscc/…` code, N10).
 * @example
 * ```ts
 * import { ticketOf } from 'double-random';
 *
 * const ticket = ticketOf('20240105', '91350100M000100Y43');
 * if (ticket._tag === 'Right') console.log(ticket.right); // '8f8a701f42ea53a9' (see docs/draw-algorithm.md)
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function ticketOf(seed: string, uscc: string): Result<InputError, string> {
  const issues = [seedArgumentIssue(seed, ['seed']), usccIssue(uscc, ['uscc'])].filter((i) => i !== undefined);
  return refusal(issues) ?? right(ticketOfUnchecked(seed, uscc));
}

/** {@link ticketOf} of a usable seed and a valid code (the library's own callers). */
export function ticketOfUnchecked(seed: string, uscc: string): string {
  const hi = new Uint32Array(1);
  const lo = new Uint32Array(1);
  ticketer('ticketOf', seed).write(uscc, hi, lo, 0);
  return ticketHex(hi[0] as number, lo[0] as number);
}

/** The issues of the list of codes: each not a string, invalid (N10) or repeated (R2), at its index; bounded. */
function codesIssues(codes: unknown): BoundedIssues {
  const issues = new BoundedIssues(MAX_ISSUES);
  if (!Array.isArray(codes)) {
    issues.push(typeIssue(['codes'], 'array', 'an array of unified social credit codes', codes, 'R27'));
    return issues;
  }
  const list = codes as readonly unknown[];
  const seen = new Map<string, number>();
  // An index loop, not forEach: a hole in a sparse array is a missing code, not a skipped one.
  for (let i = 0; i < list.length; i++) {
    const code = list[i];
    const bad = usccIssue(code, ['codes', i]);
    if (bad !== undefined) issues.push(bad);
    else if (seen.has(code as string)) issues.push(issueAt(['codes', i], 'duplicate/uscc', `"${code as string}" is already listed at $.codes[${seen.get(code as string)}]; a stratum lists each enterprise once`, 'R2'));
    else seen.set(code as string, i);
  }
  return issues;
}

/**
 * The core of the draw, for one stratum: the `k` codes with the smallest tickets under `seed`
 * (ties by code), in ticket order. {@link planDraw} draws every stratum this way, so a third party
 * can check one stratum of a record with nothing but its population list.
 *
 * @param seed - The public seed string.
 * @param codes - The stratum's eligible enterprises, in any order (duplicates are an error).
 * @param k - The quota: a whole number ≥ 0.
 * @returns `Right` with `min(k, codes.length)` codes, smallest ticket first; `Left` with every
 *   issue: a bad seed (`seed/invalid`, R27), a code that is not a string or not valid (N10) or
 *   listed twice (`duplicate/uscc`, R2) at its index, a `k` that is not a whole number ≥ 0.
 * @example
 * ```ts
 * import { drawSample } from 'double-random';
 *
 * const drawn = drawSample('20240105', ['91350100M000100Y43', '914403001922038216', '91110000802100433B'], 2);
 * if (drawn._tag === 'Right') console.log(drawn.right); // [ '91110000802100433B', '91350100M000100Y43' ]
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function drawSample(seed: string, codes: readonly string[], k: number): Result<InputError, Uscc[]> {
  const badSeed = seedArgumentIssue(seed, ['seed']);
  const issues = codesIssues(codes);
  const badQuota = countIssue(['k'], k, 'the quota', 'R27');
  const all = [...(badSeed === undefined ? [] : [badSeed]), ...issues, ...(badQuota === undefined ? [] : [badQuota])];
  return refusal(all, issues.omitted) ?? right(drawSampleUnchecked(seed, codes, k));
}

/** {@link drawSample} of a usable seed, distinct valid codes and a quota (the library's own callers). */
function drawSampleUnchecked(seed: string, codes: readonly string[], k: number): Uscc[] {
  const hi = new Uint32Array(codes.length);
  const lo = new Uint32Array(codes.length);
  const write = ticketer('drawSample', seed).write;
  codes.forEach((code, i) => write(code, hi, lo, i));
  const members = Int32Array.from(codes.keys());
  const taken = selectSmallest({ priority: new Uint8Array(codes.length), hi, lo, code: (i) => codes[i] as string }, members, 0, codes.length, k);
  return Array.from(members.subarray(0, taken), (i) => codes[i] as Uscc);
}
