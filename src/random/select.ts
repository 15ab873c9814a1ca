/**
 * Selection of a stratum's sample: the `k` members with the smallest keys, where a member's key is
 * (priority, ticket, USCC) compared in that order. Priority 0 comes before 1 (R8: enterprises
 * already inspected this year are drawn last); the ticket is 64 bits as two unsigned halves; the
 * USCC breaks the (astronomically rare) tie of two equal tickets.
 *
 * The chosen set depends only on the keys, never on the order of `members`. It is found in O(m)
 * (a threshold scan of the tickets, or quickselect with a deterministic pivot: no randomness),
 * then only the `k` chosen are sorted, in O(k log k).
 */
export interface RankKeys {
  readonly priority: Uint8Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly code: (row: number) => string;
}

/**
 * Reusable work space for {@link selectSmallest}, so that drawing thousands of strata allocates
 * nothing per stratum. Create one per draw; never share one between two concurrent draws.
 */
export class Scratch {
  private buffers: Int32Array[] = Array.from({ length: 6 }, () => new Int32Array(64));

  /** Buffer `i`, at least `size` long (its contents are undefined). */
  take(i: number, size: number): Int32Array {
    let buffer = this.buffers[i] as Int32Array;
    if (buffer.length < size) {
      buffer = new Int32Array(Math.max(size, buffer.length * 2));
      this.buffers[i] = buffer;
    }
    return buffer;
  }
}

/** Compares two rows by (priority, hi, lo, code). */
export function compareRows(keys: RankKeys, a: number, b: number): number {
  return (
    (keys.priority[a] as number) - (keys.priority[b] as number) ||
    (keys.hi[a] as number) - (keys.hi[b] as number) ||
    (keys.lo[a] as number) - (keys.lo[b] as number) ||
    (keys.code(a) < keys.code(b) ? -1 : keys.code(a) > keys.code(b) ? 1 : 0)
  );
}

/**
 * Rearranges `members[from … to)` so that its first `k` entries are the `k` smallest, sorted, and
 * the others follow in their previous order. Returns the number chosen, `min(k, to − from)`.
 *
 * Tickets are uniform, so the k-th smallest of m lies near k/m of the range: one pass over the
 * upper ticket halves with a threshold a little above that (k + 3√k + 8 expected candidates) finds
 * a superset of the sample. If it finds fewer than k, the threshold doubles; the result never
 * depends on the estimate, only the time does. The candidates are ordered as
 * {@link orderCandidates} orders them. A stratum with members ranked last (R8) takes the general
 * path: quickselect and a sort on the full key.
 */
export function selectSmallest(keys: RankKeys, members: Int32Array, from: number, to: number, k: number, scratch: Scratch = new Scratch()): number {
  const m = to - from;
  const take = Math.max(0, Math.min(k, m));
  if (take === 0) return 0;
  if (!anyRanked(keys.priority, members, from, to)) {
    const pool = take * 4 < m ? candidates(keys.hi, members, from, to, take, scratch) : range(from, to, scratch);
    const found = new Candidates(pool.length);
    let top = 0;
    for (let j = 0; j < pool.length; j++) {
      const row = members[pool[j] as number] as number;
      const hi = keys.hi[row] as number;
      found.push(row, hi);
      top = Math.max(top, hi);
    }
    const chosen = scratch.take(4, take);
    orderCandidates(keys, found, take, top + 1, chosen, scratch);
    placeFirst(keys, members, from, to, pool, chosen.subarray(0, take), scratch);
    return take;
  }
  if (take < m) quickselect(keys, members, from, to - 1, from + take - 1);
  const chosen = Array.from(members.subarray(from, from + take));
  chosen.sort((a, b) => compareRows(keys, a, b));
  members.set(chosen, from);
  return take;
}

/** The range of a ticket's upper half. */
export const TICKET_RANGE: number = 2 ** 32;

/**
 * An upper-half ticket threshold below which a stratum of `m` members has, in expectation,
 * k + 3√k + 8 members: enough for a sample of `k` with overwhelming probability (the whole range
 * when k is a quarter of m or more). A miss costs only time (a rescan), never a different result.
 */
export function ticketThreshold(k: number, m: number): number {
  return k * 4 >= m ? TICKET_RANGE : Math.min(TICKET_RANGE, Math.ceil(((k + 3 * Math.sqrt(k) + 8) / m) * TICKET_RANGE));
}

// Buffers: 0–2 for orderCandidates, 3 for the pool of positions, 4 for the chosen, 5 for placeFirst.

function range(from: number, to: number, scratch: Scratch): Int32Array {
  const out = scratch.take(3, to - from).subarray(0, to - from);
  for (let j = 0; j < out.length; j++) out[j] = from + j;
  return out;
}

function anyRanked(priority: Uint8Array, members: Int32Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (priority[members[j] as number] !== 0) return true;
  return false;
}

/** Positions of the members whose ticket's upper half is below a threshold that leaves at least `take`. */
function candidates(hi: Uint32Array, members: Int32Array, from: number, to: number, take: number, scratch: Scratch): Int32Array {
  let threshold = ticketThreshold(take, to - from);
  const out = scratch.take(3, to - from);
  for (;;) {
    let count = 0;
    for (let j = from; j < to; j++) if ((hi[members[j] as number] as number) < threshold) out[count++] = j;
    // Every member left out has a larger upper half than every one kept, so the sample is kept.
    if (count >= take || threshold >= TICKET_RANGE) return out.subarray(0, count);
    threshold = Math.min(TICKET_RANGE, threshold * 2);
  }
}

/**
 * A stratum's candidates for its sample, gathered during the classification pass: their rows and
 * the upper halves of their tickets side by side, so that ordering them reads neither the
 * directory nor the whole ticket arrays again.
 */
export class Candidates {
  rows: Int32Array;
  his: Uint32Array;
  count = 0;

  constructor(capacity: number) {
    this.rows = new Int32Array(Math.max(8, capacity));
    this.his = new Uint32Array(Math.max(8, capacity));
  }

  push(row: number, hi: number): void {
    if (this.count === this.rows.length) {
      const rows = new Int32Array(this.count * 2);
      const his = new Uint32Array(this.count * 2);
      rows.set(this.rows);
      his.set(this.his);
      this.rows = rows;
      this.his = his;
    }
    this.rows[this.count] = row;
    this.his[this.count] = hi;
    this.count++;
  }
}

/**
 * Writes the `take` candidates with the smallest keys, in order, to the start of `out`, and
 * returns how many it wrote (`min(take, count)`). For candidates with no member ranked last (R8):
 * the lean path of {@link selectSmallest} for callers that know that already.
 *
 * The tickets are uniform below `bound`, so a counting sort into one bucket per candidate,
 * ⌊count·hi / bound⌋ (clamped, so a wrong bound costs time, never the result), leaves them all but
 * sorted: buckets are in key order and hold about one candidate each. An insertion sort on the
 * full key then finishes the job, only as far as the bucket that holds the last one wanted, since
 * every later bucket holds larger keys. Every pass is a straight loop over at most `count`
 * entries; the insertion sort rarely moves anything.
 */
export function orderCandidates(keys: RankKeys, candidates: Candidates, take: number, bound: number, out: Int32Array, scratch: Scratch): number {
  const { count, rows, his } = candidates;
  const wanted = Math.min(take, count);
  if (wanted === 0) return 0;
  const scale = count / bound;
  const last = count - 1;
  // Buffer 0 counts, then starts, then ends the buckets; 1 and 2 hold the rows and the upper
  // ticket halves in bucket order (the halves stored as signed 32-bit integers, read back unsigned).
  const ends = scratch.take(0, count + 1).fill(0, 0, count + 1);
  for (let j = 0; j < count; j++) {
    const h = (his[j] as number) * scale;
    const b = (h < last ? h | 0 : last) + 1;
    ends[b] = (ends[b] as number) + 1;
  }
  for (let b = 0; b < count; b++) ends[b + 1] = (ends[b + 1] as number) + (ends[b] as number);
  const order = scratch.take(1, count);
  const values = scratch.take(2, count);
  for (let j = 0; j < count; j++) {
    const value = his[j] as number;
    const h = value * scale;
    const b = h < last ? h | 0 : last;
    const at = ends[b] as number;
    ends[b] = at + 1;
    order[at] = rows[j] as number;
    values[at] = value;
  }
  const h = ((values[wanted - 1] as number) >>> 0) * scale;
  const end = ends[h < last ? h | 0 : last] as number;
  const { lo } = keys;
  for (let i = 1; i < end; i++) {
    const value = (values[i] as number) >>> 0;
    if (((values[i - 1] as number) >>> 0) < value) continue;
    const row = order[i] as number;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = (values[j] as number) >>> 0;
      if (other < value || (other === value && !later(keys, lo, order[j] as number, row))) break;
      order[j + 1] = order[j] as number;
      values[j + 1] = values[j] as number;
    }
    order[j + 1] = row;
    values[j + 1] = value;
  }
  out.set(order.subarray(0, wanted));
  return wanted;
}

/** Whether row `a` comes after row `b` when their tickets' upper halves are equal. */
function later(keys: RankKeys, lo: Uint32Array, a: number, b: number): boolean {
  const la = lo[a] as number;
  const lb = lo[b] as number;
  return la !== lb ? la > lb : keys.code(a) > keys.code(b);
}

/**
 * Rewrites `members[from … to)` as the `chosen` rows, in their order, then the others in their
 * previous order. The chosen are the smallest of the `pool` positions' members, so a member is
 * chosen exactly when its key is at most the last chosen one's (keys are distinct: the USCC).
 */
function placeFirst(keys: RankKeys, members: Int32Array, from: number, to: number, pool: Int32Array, chosen: Int32Array, scratch: Scratch): void {
  const m = to - from;
  const out = scratch.take(5, m);
  out.set(chosen);
  const last = chosen[chosen.length - 1] as number;
  // Mark the chosen positions in `pool` itself (its own buffer, not needed afterwards).
  let marked = 0;
  for (let j = 0; j < pool.length; j++) {
    const position = pool[j] as number;
    if (compareRows(keys, members[position] as number, last) <= 0) {
      pool[marked++] = position;
    }
  }
  // `pool` ascends, so its first `marked` entries are the chosen positions in ascending order.
  let write = chosen.length;
  let next = 0;
  for (let position = from; position < to; position++) {
    if (next < marked && pool[next] === position) next++;
    else out[write++] = members[position] as number;
  }
  members.set(out.subarray(0, m), from);
}

/** Hoare-style quickselect: afterwards `members[nth]` holds the row of rank nth, smaller ones before it. */
function quickselect(keys: RankKeys, members: Int32Array, left: number, right: number, nth: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    // Median of three, by position: deterministic, and robust to sorted inputs.
    const mid = lo + ((hi - lo) >> 1);
    const pivot = medianOfThree(keys, members[lo] as number, members[mid] as number, members[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compareRows(keys, members[i] as number, pivot) < 0) i++;
      while (compareRows(keys, members[j] as number, pivot) > 0) j--;
      if (i <= j) {
        const t = members[i] as number;
        members[i] = members[j] as number;
        members[j] = t;
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return;
  }
}

function medianOfThree(keys: RankKeys, a: number, b: number, c: number): number {
  if (compareRows(keys, a, b) < 0) {
    if (compareRows(keys, b, c) < 0) return b;
    return compareRows(keys, a, c) < 0 ? c : a;
  }
  if (compareRows(keys, a, c) < 0) return a;
  return compareRows(keys, b, c) < 0 ? c : b;
}
