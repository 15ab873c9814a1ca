import { seedIssue } from '../random/seed.js';
import type { PlanningInput } from '../model/types.js';
import { TARGET_ALGORITHM } from '../random/tickets.js';
import { compareValues, Differences, isObject, pathText, show } from './compare.js';
import type { DrawSpec } from '../model/draws.js';
import { drawBatch } from './drawBatch.js';
import { closestKey } from '../input/keys.js';
import { safeProgress } from '../internal/progress.js';
import type { OnProgress } from '../model/progress.js';

/** The options of {@link verifyDraw}. */
const DRAW_KEYS: readonly string[] = ['seed', 'draws', 'limit', 'onProgress'];

/**
 * One difference between a draw record and its replay.
 *
 * @example
 * ```ts
 * import type { DrawDifference } from 'double-random';
 * const line = (d: DrawDifference): string => `${d.path}: expected ${d.expected}, found ${d.found}`;
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawDifference {
  /** Where, such as `strata[3].drawn[0]`, `seed` or `options.seed`. */
  readonly path: string;
  /** What the replay gives. */
  readonly expected: string;
  /** What the record says. */
  readonly found: string;
}

/**
 * The verdict of {@link verifyDraw}.
 *
 * @example
 * ```ts
 * import type { DrawVerification } from 'double-random';
 * const verdict = (v: DrawVerification): string => (v.valid ? 'replayed exactly' : `${v.differences.length} differences`);
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawVerification {
  /** Whether the replay matches the record in every field. */
  readonly valid: boolean;
  /** Every difference found, up to the limit: the seed first, then in record order. */
  readonly differences: readonly DrawDifference[];
  /** Whether more differences exist than are listed. */
  readonly truncated: boolean;
}

/**
 * Options of {@link verifyDraw}: what was announced at the public draw.
 *
 * @example
 * ```ts
 * import type { VerifyDrawOptions } from 'double-random';
 * const options: VerifyDrawOptions = { seed: '2024-Q2 公证 7 3 9 1 4 0', limit: 20 };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface VerifyDrawOptions {
  /** The seed read out at the public draw (R27). Required: a record is only ever checked against it. */
  readonly seed: string;
  /**
   * The draws announced for the batch (directed draws, N7), in any order; by default
   * {@link defaultDraws} of the input, as {@link planDraw} uses when given none.
   */
  readonly draws?: readonly DrawSpec[];
  /** At most this many differences are listed: a positive integer, default 1 000. */
  readonly limit?: number;
  /** Called as the replay goes (the stages of {@link planDraw}, then `compare`); see {@link OnProgress}. */
  readonly onProgress?: OnProgress;
}

/** Fields a replay does not reproduce on purpose, or compares first: the maker's library version, the seed. */
const SKIP = new Set(['library', 'seed']);

/**
 * Replays a draw from the seed announced at the ceremony and the input, and reports every
 * difference with the record (R27): a notary, an auditor or the enterprise itself can check that
 * the published draw is the one the announced seed and the directory give.
 *
 * The record is compared **by value** with the replay's record, field by field, whatever the
 * order of its keys and after any JSON round trip: a changed seed (named first), algorithm, input
 * digest, policy, period, draw, stratum, quota, drawn code or full-coverage code, a stratum listed
 * twice, a missing or unknown field, or a value of the wrong type each give a difference with its
 * path (such as `strata[3].drawn[0]`). Only `library`, the version of the library that drew it,
 * is not compared beyond being a string, so a newer version with the same algorithm id verifies
 * an older record. Verification never throws: any value passed as a record gives a verdict.
 *
 * @param record - The published draw record, as stored (any JSON value is accepted and checked).
 * @param input - The validated input it claims to be drawn from.
 * @param options - The announced seed and, for directed draws, the announced draws.
 * @returns Whether the record replays exactly, and every difference (up to `limit`).
 * @example
 * ```ts
 * import { planDraw, verifyDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'verify' });
 * const plan = planDraw(input, { seed: '2024-Q1 58213' });
 * if (plan._tag === 'Right') {
 *   console.log(verifyDraw(plan.right.record, input, { seed: '2024-Q1 58213' }).valid); // true
 *   // Re-drawn under a seed the operator chose: the seed is the first difference.
 *   console.log(verifyDraw(plan.right.record, input, { seed: '2024-Q1 58214' }).differences[0]?.path); // 'seed'
 * }
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function verifyDraw(record: unknown, input: PlanningInput, options: VerifyDrawOptions): DrawVerification {
  const checked = checkVerifyOptions(options);
  if (checked.problem !== undefined) return { valid: false, differences: [checked.problem], truncated: false };
  const out = new Differences(checked.limit);
  if (!isObject(record)) {
    out.add('(record)', 'a draw record object', record);
    return out.verdict();
  }
  const seed = (options).seed;
  if (record['seed'] !== seed) out.add('seed', seed, record['seed']);
  if (record['algorithm'] !== TARGET_ALGORITHM) {
    // Another algorithm cannot be replayed by this one.
    out.add('algorithm', TARGET_ALGORITHM, record['algorithm']);
    return out.verdict();
  }
  if (typeof record['library'] !== 'string') out.add('library', 'the version of the library that drew it (a string)', record['library']);
  const draws = (options).draws;
  const { onProgress } = checked;
  // planDraw's draw, without the plan's target objects, which the comparison does not read.
  const replay = drawBatch(input, { seed, ...(draws === undefined ? {} : { draws }), ...(onProgress === undefined ? {} : { onProgress }) }, { recordOnly: true });
  if (replay._tag === 'Left') {
    // The replay refused the input (a row changed after validation, R4) or the announced draws (N7).
    for (const issue of replay.left.issues) out.add(pathText(issue.path), issue.path[0] === 'input' ? 'an input as parsePlanningInput returns it' : 'a valid announced draw', issue.message);
    return out.verdict();
  }
  repeatedStrata(record['strata'], out);
  onProgress?.({ stage: 'compare', done: 0, total: 1 });
  compareValues(replay.right.plan.record, record, '', out, SKIP);
  onProgress?.({ stage: 'compare', done: 1, total: 1 });
  return out.verdict();
}

/** A stratum key listed twice (a forged copy beside the genuine one) is named at the copy. */
function repeatedStrata(strata: unknown, out: Differences): void {
  if (!Array.isArray(strata)) return;
  const seen = new Map<unknown, number>();
  strata.forEach((stratum: unknown, i) => {
    const key = isObject(stratum) ? stratum['key'] : undefined;
    if (typeof key !== 'string') return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else out.add(`strata[${i}].key`, `a stratum key not already listed (strata[${first}])`, key);
  });
}

/**
 * The limit of a verification's options, or the difference that refuses them: the announced seed
 * must be a usable seed string (never missing: nothing verifies without it), the limit a positive
 * integer.
 */
export function checkVerifyOptions(options: unknown, known: readonly string[] = DRAW_KEYS): { readonly limit: number; readonly onProgress?: OnProgress; readonly problem?: DrawDifference } {
  const given = isObject(options) ? options : {};
  const unknown = Object.keys(given).find((key) => !known.includes(key));
  if (unknown !== undefined) {
    const meant = closestKey(unknown, known.filter((k) => !Object.hasOwn(given, k)));
    return { limit: 0, problem: { path: `options.${unknown}`, expected: meant === undefined ? `one of ${known.join(', ')}` : `an option: did you mean "${meant}"?`, found: show(given[unknown]) } };
  }
  const seed = given['seed'];
  const seedProblem = seedIssue(seed);
  if (seedProblem !== undefined) {
    return { limit: 0, problem: { path: 'options.seed', expected: `the seed read out at the public draw: ${seedProblem}`, found: show(seed) } };
  }
  const limit = given['limit'] === undefined ? 1000 : given['limit'];
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    return { limit: 0, problem: { path: 'options.limit', expected: 'a positive integer', found: show(limit) } };
  }
  const onProgress = given['onProgress'];
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    return { limit: 0, problem: { path: 'options.onProgress', expected: 'a function ({ stage, done, total }) => void', found: show(onProgress) } };
  }
  return { limit, ...(onProgress === undefined ? {} : { onProgress: safeProgress(onProgress as OnProgress) as OnProgress }) };
}
