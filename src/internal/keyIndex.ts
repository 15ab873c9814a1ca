/**
 * An index of string keys over rows `0 … count−1`: an open-addressing hash table in one
 * `Int32Array` (FNV-1a hashes, linear probing; each slot holds the row and its full hash, so keys
 * are compared as strings only when their hashes are equal). O(n) to build, O(1) to query. Unlike
 * a `Map` it has no 2^24-entry limit and allocates nothing per key, so it serves directories of
 * tens of millions of enterprises.
 */
export interface KeyIndex {
  /** The first row with this key, or −1. */
  readonly find: (key: string) => number;
  /** Rows whose key was already taken, each with the first row that has it. */
  readonly duplicates: readonly (readonly [row: number, first: number])[];
}

/** The FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Builds a {@link KeyIndex}. `keyAt(i)` is row i's key; `hashAt(i)` its {@link hashKey}, or −1 for
 * a row without a key (it is left out). Pass `hashAt` when the hashes were computed on the way.
 */
export function indexKeys(
  count: number,
  keyAt: (row: number) => string | undefined,
  hashAt: (row: number) => number = (row) => {
    const key = keyAt(row);
    return key === undefined ? -1 : hashKey(key);
  },
): KeyIndex {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Int32Array(capacity * 2).fill(-1); // [row, hash] per slot
  const duplicates: [number, number][] = [];
  for (let row = 0; row < count; row++) {
    const hash = hashAt(row);
    if (hash < 0) continue;
    const signed = hash | 0;
    let slot = hash & mask;
    for (;;) {
      const taken = table[2 * slot] as number;
      if (taken === -1) {
        table[2 * slot] = row;
        table[2 * slot + 1] = signed;
        break;
      }
      if (table[2 * slot + 1] === signed && keyAt(taken) === keyAt(row)) {
        duplicates.push([row, taken]);
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const find = (key: string): number => {
    const hash = hashKey(key);
    const signed = hash | 0;
    let slot = hash & mask;
    for (;;) {
      const taken = table[2 * slot] as number;
      if (taken === -1 || (table[2 * slot + 1] === signed && keyAt(taken) === key)) return taken;
      slot = (slot + 1) & mask;
    }
  };
  return { find, duplicates };
}
