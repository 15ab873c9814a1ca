/**
 * Selection of a stratum's sample: the `k` members with the smallest keys, where a member's key is
 * (priority, ticket, USCC) compared in that order. Priority 0 comes before 1 (R8: enterprises
 * already inspected this year are drawn last); the ticket is 64 bits as two unsigned halves; the
 * USCC breaks the (astronomically rare) tie of two equal tickets.
 *
 * The chosen set depends only on the keys, never on the order of `members`. It is found by
 * quickselect in O(m) expected time (with a deterministic pivot: no randomness), then only the `k`
 * chosen are sorted, in O(k log k).
 */
export interface RankKeys {
  readonly priority: Uint8Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly code: (row: number) => string;
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
 * Rearranges `members[from … to)` so that its first `k` entries are the `k` smallest, sorted.
 * Returns the number chosen, `min(k, to − from)`.
 */
export function selectSmallest(keys: RankKeys, members: Int32Array, from: number, to: number, k: number): number {
  const take = Math.max(0, Math.min(k, to - from));
  if (take === 0) return 0;
  if (take < to - from) quickselect(keys, members, from, to - 1, from + take - 1);
  const chosen = Array.from(members.subarray(from, from + take));
  chosen.sort((a, b) => compareRows(keys, a, b));
  members.set(chosen, from);
  return take;
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
