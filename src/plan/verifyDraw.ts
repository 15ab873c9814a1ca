import type { PlanningInput } from '../model/types.js';
import { TARGET_ALGORITHM } from '../random/tickets.js';
import { planDraw } from './planDraw.js';
import type { DrawRecord, RecordedStratum } from './types.js';

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
  /** Where, such as `strata[general|F|B|none].drawn[3]` or `inputDigest`. */
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
  /** Every difference found, in record order. */
  readonly differences: readonly DrawDifference[];
}

const show = (value: unknown): string => (value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));

function compareStrata(expected: readonly RecordedStratum[], found: readonly RecordedStratum[], out: DrawDifference[]): void {
  const byKey = new Map(found.map((s) => [s.key, s]));
  const keys = new Set(expected.map((s) => s.key));
  for (const s of expected) {
    const f = byKey.get(s.key);
    const at = `strata[${s.key}]`;
    if (f === undefined) {
      out.push({ path: at, expected: `${s.drawn.length} drawn`, found: '(missing)' });
      continue;
    }
    if (f.population !== s.population) out.push({ path: `${at}.population`, expected: String(s.population), found: String(f.population) });
    if (f.quota !== s.quota) out.push({ path: `${at}.quota`, expected: String(s.quota), found: String(f.quota) });
    for (let i = 0; i < Math.max(s.drawn.length, f.drawn.length); i++) {
      if (s.drawn[i] !== f.drawn[i]) out.push({ path: `${at}.drawn[${i}]`, expected: show(s.drawn[i]), found: show(f.drawn[i]) });
    }
  }
  for (const f of found) if (!keys.has(f.key)) out.push({ path: `strata[${f.key}]`, expected: '(no such stratum)', found: `${f.drawn.length} drawn` });
}

/**
 * Replays a draw from its record and the input, and reports every difference (R27): a notary,
 * an auditor or the enterprise itself can check that the published draw is the one the seed and
 * the directory give. A record whose seed, input digest, quotas or drawn lists were altered fails.
 *
 * @param record - The published draw record.
 * @param input - The validated input it claims to be drawn from.
 * @returns Whether it replays exactly, and every difference.
 * @example
 * ```ts
 * import { planDraw, verifyDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 2_000, seed: 'verify' });
 * const plan = planDraw(input, { seed: '2024-Q1 58213' });
 * if (plan._tag === 'Right') {
 *   console.log(verifyDraw(plan.right.record, input).valid); // true
 *   const forged = { ...plan.right.record, seed: '2024-Q1 58214' };
 *   console.log(verifyDraw(forged, input).differences.length > 0); // true
 * }
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function verifyDraw(record: DrawRecord, input: PlanningInput): DrawVerification {
  const differences: DrawDifference[] = [];
  if (record.algorithm !== TARGET_ALGORITHM) {
    differences.push({ path: 'algorithm', expected: TARGET_ALGORITHM, found: show(record.algorithm) });
    return { valid: false, differences };
  }
  const replay = planDraw(input, { seed: record.seed, draws: record.draws });
  if (replay._tag === 'Left') {
    for (const issue of replay.left.issues) differences.push({ path: `draws${issue.at.slice(1 + 'draws'.length)}`, expected: 'a valid draw', found: issue.message });
    return { valid: false, differences };
  }
  const expected = replay.right.record;
  for (const field of ['inputDigest', 'policy'] as const) {
    if (expected[field] !== record[field]) differences.push({ path: field, expected: expected[field], found: show(record[field]) });
  }
  if (JSON.stringify(expected.period) !== JSON.stringify(record.period)) differences.push({ path: 'period', expected: show(expected.period), found: show(record.period) });
  compareStrata(expected.strata, record.strata, differences);
  for (let i = 0; i < Math.max(expected.fullCoverage.length, record.fullCoverage.length); i++) {
    if (expected.fullCoverage[i] !== record.fullCoverage[i]) differences.push({ path: `fullCoverage[${i}]`, expected: show(expected.fullCoverage[i]), found: show(record.fullCoverage[i]) });
  }
  return { valid: differences.length === 0, differences };
}
