import { isUsccFast, USCC_VALUES } from '../uscc/alphabet.js';

/**
 * A small map from USCCs to values, asked about every row of a large directory, where nearly every
 * answer is "none": this year's earlier records (R8, R20) name a few thousand of a million
 * enterprises (250 000 of ten million). A row is looked up by its code's **parts**: the first 17
 * characters as three numbers of 5 bits a character (positions 1–6, 7–12, 13–17), which the draw
 * has already computed for the row's digest line (`EnterpriseLines`); the 18th character follows
 * from them for a valid code. An open-addressing table of those numbers answers with a few integer
 * reads and no string: a `Map.get` by code cost 0.1–0.25 µs a row at 10⁶ and 2.6 µs at 10⁷ (hashing
 * and comparing strings scattered over a heap of gigabytes), more than the rest of the row's
 * classification (docs/performance.md, "History").
 *
 * In front of the table, a filter of 32 bits a code (one bit set per code, at its hash) answers
 * "none" for all but about one code in 32 that is not in the table, with one read: at 10⁷ the
 * table is 5 MB read at random, once a row, and those reads were most of what a year of history
 * added to the draw; the filter is 1 MB.
 *
 * Same answers as a `Map` by code for every valid USCC (tested against one); a code that is not a
 * valid USCC (N10, check character included) is left out, as no checked row has one. Asked with
 * the parts of a code whose check character is wrong, it answers for the valid code with the same
 * first 17 characters: the caller asks with a checked row's parts.
 */
export class SparseCodes<T> {
  private constructor(
    private readonly filter: Int32Array,
    private readonly slots: Int32Array,
    private readonly keys: Uint32Array,
    private readonly values: readonly T[],
  ) {}

  /**
   * The items with a valid USCC (`codeOf`), grouped by code, in their order; items with another
   * code are left out. Grouped by the codes' parts in the table itself: no map of strings.
   */
  static group<I>(items: Iterable<I>, codeOf: (item: I) => string): SparseCodes<I[]> {
    const kept: I[] = [];
    let parts: Uint32Array = new Uint32Array(48);
    for (const item of items) {
      if (3 * kept.length + 3 > parts.length) parts = grown(parts);
      const code = codeOf(item);
      if (isUsccFast(code) && codeParts(code, parts, 3 * kept.length)) kept.push(item);
    }
    let capacity = 16;
    while (capacity < kept.length * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const keys = new Uint32Array(3 * kept.length);
    const values: I[][] = [];
    for (let i = 0; i < kept.length; i++) {
      const p0 = parts[3 * i] as number;
      const p1 = parts[3 * i + 1] as number;
      const p2 = parts[3 * i + 2] as number;
      let slot = hashOf(p0, p1, p2) & (capacity - 1);
      for (; ; slot = (slot + 1) & (capacity - 1)) {
        const at = slots[slot] as number;
        if (at < 0) {
          slots[slot] = values.length;
          keys[3 * values.length] = p0;
          keys[3 * values.length + 1] = p1;
          keys[3 * values.length + 2] = p2;
          values.push([kept[i] as I]);
          break;
        }
        if (keys[3 * at] === p0 && keys[3 * at + 1] === p1 && keys[3 * at + 2] === p2) {
          (values[at] as I[]).push(kept[i] as I);
          break;
        }
      }
    }
    return new SparseCodes(filterOf(keys, values.length), slots, keys, values);
  }

  /** The number of valid codes. */
  get size(): number {
    return this.values.length;
  }

  /** The value of the code whose parts are `p0`, `p1`, `p2` (see {@link codeParts}), or `undefined`. */
  get(p0: number, p1: number, p2: number): T | undefined {
    const h = hashOf(p0, p1, p2);
    return this.passes(h) ? this.find(h, p0, p1, p2) : undefined;
  }

  /**
   * Calls `found(row, value)` for each row 0…`count` − 1 whose code is in the table, in row order;
   * a row's code is given by its parts, `parts[0][row]`, `parts[1][row]`, `parts[2][row]` (as
   * `EnterpriseLines` keeps them). One tight pass over three arrays: a row not in the table costs a
   * hash and a bit of the filter.
   */
  eachRow(parts: readonly [Uint32Array, Uint32Array, Uint32Array], count: number, found: (row: number, value: T) => void): void {
    const [p0, p1, p2] = parts;
    for (let row = 0; row < count; row++) {
      const a = p0[row] as number;
      const b = p1[row] as number;
      const c = p2[row] as number;
      const h = hashOf(a, b, c);
      if (!this.passes(h)) continue;
      const value = this.find(h, a, b, c);
      if (value !== undefined) found(row, value);
    }
  }

  /** Whether the filter's bit of hash `h` is set. */
  private passes(h: number): boolean {
    const bit = h & (32 * this.filter.length - 1);
    return ((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /** The value of the code of hash `h` and parts `p0`, `p1`, `p2` in the table, or `undefined`. */
  private find(h: number, p0: number, p1: number, p2: number): T | undefined {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at < 0) return undefined;
      if (keys[3 * at] === p0 && keys[3 * at + 1] === p1 && keys[3 * at + 2] === p2) return this.values[at];
    }
  }
}

/** A copy of `parts` twice as long. */
function grown(parts: Uint32Array): Uint32Array {
  const more = new Uint32Array(2 * parts.length);
  more.set(parts);
  return more;
}

/** The filter of `count` codes' parts (`keys`): at least 32 bits a code, a power of two, one bit set per code at its hash. */
function filterOf(keys: Uint32Array, count: number): Int32Array {
  let words = 1;
  while (words < count) words *= 2;
  const filter = new Int32Array(words);
  for (let at = 0; at < count; at++) {
    const bit = hashOf(keys[3 * at] as number, keys[3 * at + 1] as number, keys[3 * at + 2] as number) & (32 * words - 1);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
  }
  return filter;
}

/** A 32-bit hash of a code's parts: the table's slot is its low bits, the filter's bit more of them. */
function hashOf(p0: number, p1: number, p2: number): number {
  const h = Math.imul(p2 ^ Math.imul(p1 ^ Math.imul(p0, 0x85ebca6b), 0xc2b2ae35), 0x9e3779b1);
  return h ^ (h >>> 16);
}

/**
 * Writes a code's parts into `out` from `at` (its characters 1–6, 7–12 and 13–17 as numbers of 5 bits a
 * character, as `EnterpriseLines` keeps them) and returns `true`, or returns `false` when the code
 * is not 18 characters or one of its first 17 is outside the code alphabet.
 */
export function codeParts(code: string, out: Uint32Array, at = 0): boolean {
  if (code.length !== 18) return false;
  let key = 0;
  for (let c = 0; c < 17; c++) {
    const unit = code.charCodeAt(c);
    const value = unit < 128 ? (USCC_VALUES[unit] as number) : -1;
    if (value < 0) return false;
    key = (key << 5) | value;
    if (c === 5 || c === 11 || c === 16) {
      out[at + (c === 5 ? 0 : c === 11 ? 1 : 2)] = key;
      key = 0;
    }
  }
  return true;
}
