import { right } from '../internal/result.js';
import type { DrawSpec } from '../model/draws.js';
import type { InputError } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { PlanningInput } from '../model/types.js';
import type { OnProgress } from '../model/progress.js';
import { drawBatch } from './drawBatch.js';
import type { DrawPlan } from './types.js';

/**
 * Options of {@link planDraw}.
 * @example
 * ```ts
 * import type { DrawOptions } from 'double-random';
 * const options: DrawOptions = { seed: '3 1 4 1 5 9 2 6' };
 * ```
 * @category Draw
 * @since 0.1.0
 */
export interface DrawOptions {
  /** The public seed string read out at the draw (dice, a notarised number). Never a number. */
  readonly seed: string;
  /** The batch's draws; by default {@link defaultDraws}. Given draws other than the default ones are directed draws (N7). */
  readonly draws?: readonly DrawSpec[];
  /** Called as the draw goes (stages `read`, `classify`, `select`, `settle`, `digest`); see {@link OnProgress}. */
  readonly onProgress?: OnProgress;
}

/**
 * Draws a batch's targets (the first random): decides for every enterprise what happens to it,
 * sets each stratum's quota, and draws by permanent random numbers, replayably (R27).
 *
 * 1. **Classify** each enterprise, first match wins: outside every draw's population → out of scope
 *    (R1, or N7 for directed draws); red → full coverage (R10); black-listed under the policy's
 *    black-list rule → full coverage, or a member of strata of its own at a raised ratio (R14);
 *    green (R10), trust-exempt (R12), white list (R13), class A when the policy says so (N5) →
 *    trigger-only. Then, per draw: a joint or unified inspection this year covering the draw's
 *    kinds → exempt (R20); every department at its yearly cap → over cap (N8); else eligible, ranked
 *    last if already drawn or jointly inspected this year unless class C or D or black-listed (R8).
 * 2. **Quotas** per stratum (draw × industry section × class × colour × black list): exact share
 *    max(base × ratio × batch / batches − drawn earlier this year, base × batch minimum), where the
 *    ratio is the class's, raised to the yellow ratio for yellow codes and to the black-list ratio
 *    (R5, R10, R11, R14). A draw's total is rounded once by the policy's mode and shared by largest
 *    remainder (ties to the smaller key); then the per-stratum minimum, the last batch's catch-up
 *    for industries with nothing drawn this year (R6), and the cap at the eligible count.
 * 3. **Draw**: each stratum takes its members with the smallest (rank, ticket, USCC), where the ticket
 *    is the first 64 bits of SHA-256(block(seed) ‖ USCC); see docs/draw-algorithm.md.
 *
 * The result is the same, byte for byte, whatever the order of the input's rows.
 *
 * @param input - A validated planning input (see {@link parsePlanningInput}).
 * @param options - The public seed and, for directed draws, the draws.
 * @returns `Right` with the plan, or `Left` for an unusable seed (at `options.seed`), unknown or misspelt options, or given draws that name unknown departments or bad industries.
 * @example
 * ```ts
 * import { planDraw } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 24_738, seed: 'yongchuan', year: 2023, batch: 1 });
 * const result = planDraw(input, { seed: '2023-Q1 notarised 58213' });
 * if (result._tag === 'Right') {
 *   const plan = result.right;
 *   console.log(plan.counts.drawn, plan.record.inputDigest);
 *   console.log(plan.outcomeOf(input.enterprises[0]!.uscc));
 * }
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function planDraw(input: PlanningInput, options: DrawOptions): Result<InputError, DrawPlan> {
  const drawn = drawBatch(input, options);
  return drawn._tag === 'Left' ? drawn : right(drawn.right.plan);
}
