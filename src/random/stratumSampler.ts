import { Candidates, orderCandidates, Scratch, selectSmallest, TICKET_RANGE, ticketThreshold, type RankKeys } from './select.js';

/** What a {@link StratumSampler} needs to know of one stratum before its members are offered. */
export interface StratumSize {
  /** The stratum's quota: how many members to draw. */
  readonly quota: number;
  /** Eligible members not ranked last (priority 0). */
  readonly early: number;
  /** Eligible members ranked last (priority 1, R8). */
  readonly late: number;
}

/** A stratum's sample: every candidate the sampler considered, and the chosen among them in rank order. */
export interface StratumSample {
  /** The candidates considered, in no particular order: the chosen and the members that were close but not drawn. */
  readonly pool: Int32Array;
  /** The first `min(quota, eligible)` members by (priority, ticket, USCC), in that order (§3); it may share the pool's memory. */
  readonly chosen: Int32Array;
}

/**
 * Draws many strata in one pass over their members: the selection of docs/draw-algorithm.md §3.
 *
 * Each stratum gets ticket thresholds from its quota and sizes ({@link ticketThreshold}: a little
 * above the quota's expected share of the ticket range, once for members not ranked last and once
 * for those ranked last, R8), so that one pass over all members keeps only a few candidates per
 * stratum. A member whose ticket is above its threshold is not drawn (unless its stratum needs the
 * rescan below), and `offer` says so at once.
 * When fewer candidates than the quota fell below the thresholds (improbable by design,
 * and what a test forces with a low `threshold`), `draw` asks the caller to offer the whole stratum
 * again (the rescan): a miss costs time, never a different sample.
 *
 * Usage: `size(j, …)` for every stratum, `offer(j, row)` for every eligible member, then
 * `draw(j, rescan)` for every stratum. The sampler owns its buffers: use one per draw.
 */
export class StratumSampler {
  private readonly sizes: StratumSize[] = [];
  /** Per stratum, the upper-half ticket thresholds of members not ranked last and ranked last. */
  private readonly early: Float64Array;
  private readonly late: Float64Array;
  private readonly found: Candidates[] = [];
  private readonly scratch = new Scratch();
  private rescanned = 0;

  /**
   * @param keys the members' rank keys (priority, ticket halves, USCC), indexed by row.
   * @param strata how many strata the sampler draws, numbered from 0.
   * @param threshold the threshold of `k` members among `m` (default {@link ticketThreshold}).
   */
  constructor(
    private readonly keys: RankKeys,
    strata: number,
    private readonly threshold: (k: number, m: number) => number = ticketThreshold,
  ) {
    this.early = new Float64Array(strata);
    this.late = new Float64Array(strata);
  }

  /** How many strata needed the rescan so far. */
  get rescans(): number {
    return this.rescanned;
  }

  /** Sets stratum `j`'s quota and sizes, hence its thresholds; call before offering its members. */
  size(j: number, size: StratumSize): void {
    const { quota, early, late } = size;
    this.sizes[j] = size;
    if (quota > 0 && quota <= early) this.early[j] = this.threshold(quota, early);
    else if (quota > 0) {
      this.early[j] = TICKET_RANGE;
      this.late[j] = this.threshold(quota - early, late);
    }
    const expected = ((this.early[j] as number) / TICKET_RANGE) * early + ((this.late[j] as number) / TICKET_RANGE) * late;
    this.found[j] = new Candidates(Math.ceil(expected * 1.25) + 8);
  }

  /**
   * Offers an eligible member of stratum `j`; `false` means its ticket is above the threshold, so
   * it is not drawn unless the stratum needs the rescan (then `draw` is offered it again).
   */
  offer(j: number, row: number): boolean {
    const hi = this.keys.hi[row] as number;
    const late = this.keys.priority[row] === 1;
    if (hi >= (late ? (this.late[j] as number) : (this.early[j] as number))) return false;
    (this.found[j] as Candidates).push(row, hi);
    return true;
  }

  /**
   * Draws stratum `j` from the members offered and kept. `rescan(keep)` must call `keep(row)` for
   * every eligible member of the stratum; it is called only when the kept ones cannot hold the
   * sample.
   */
  draw(j: number, rescan: (keep: (row: number) => void) => void): StratumSample {
    const { quota, early, late } = this.sizes[j] as StratumSize;
    let found = this.found[j] as Candidates;
    let bound = this.early[j] as number;
    let keptEarly = 0;
    for (let r = 0; r < found.count; r++) if (this.keys.priority[found.rows[r] as number] === 0) keptEarly++;
    if (keptEarly < Math.min(quota, early) || found.count - keptEarly < quota - early) {
      this.rescanned++;
      const all = new Candidates(early + late);
      rescan((row) => all.push(row, this.keys.hi[row] as number));
      found = all;
      bound = TICKET_RANGE;
    }
    const pool = found.rows.subarray(0, found.count);
    if (late > 0) return { pool, chosen: pool.subarray(0, selectSmallest(this.keys, pool, 0, pool.length, quota, this.scratch)) };
    const chosen = new Int32Array(Math.min(quota, pool.length));
    orderCandidates(this.keys, found, quota, bound, chosen, this.scratch);
    return { pool, chosen };
  }
}
