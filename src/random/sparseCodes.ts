import { USCC_VALUES } from '../uscc/alphabet.js';

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
 * Same answers as a `Map` by code for every valid code (tested against one); a code that is not a
 * valid USCC's 17 first characters is never found, as no checked row has one.
 */
export class SparseCodes<T> {
  private constructor(
    private readonly slots: Int32Array,
    private readonly keys: Uint32Array,
    private readonly values: readonly T[],
  ) {}

  /** The items with a valid code (`codeOf`), grouped by code, in their order; items with another code are left out. */
  static group<I>(items: Iterable<I>, codeOf: (item: I) => string): SparseCodes<I[]> {
    const groups = new Map<string, I[]>();
    const parts = new Uint32Array(3);
    for (const item of items) {
      const code = codeOf(item);
      const group = groups.get(code);
      if (group !== undefined) group.push(item);
      else if (codeParts(code, parts)) groups.set(code, [item]);
    }
    let capacity = 16;
    while (capacity < groups.size * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const keys = new Uint32Array(3 * groups.size);
    const values: I[][] = [];
    for (const [code, group] of groups) {
      codeParts(code, parts);
      const at = values.length;
      keys.set(parts, 3 * at);
      values.push(group);
      let slot = slotOf(parts[0] as number, parts[1] as number, parts[2] as number, capacity - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (capacity - 1);
      slots[slot] = at;
    }
    return new SparseCodes(slots, keys, values);
  }

  /** The number of valid codes. */
  get size(): number {
    return this.values.length;
  }

  /** The value of the code whose parts are `p0`, `p1`, `p2` (see {@link codeParts}), or `undefined`. */
  get(p0: number, p1: number, p2: number): T | undefined {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = slotOf(p0, p1, p2, mask); ; slot = (slot + 1) & mask) {
      const at = slots[slot] as number;
      if (at < 0) return undefined;
      if (keys[3 * at] === p0 && keys[3 * at + 1] === p1 && keys[3 * at + 2] === p2) return this.values[at];
    }
  }
}

/** A table slot of a code's parts. */
function slotOf(p0: number, p1: number, p2: number, mask: number): number {
  const h = Math.imul(p2 ^ Math.imul(p1 ^ Math.imul(p0, 0x85ebca6b), 0xc2b2ae35), 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * Writes a code's parts into `out` (its characters 1–6, 7–12 and 13–17 as numbers of 5 bits a
 * character, as `EnterpriseLines` keeps them) and returns `true`, or returns `false` when the code
 * is not 18 characters or one of its first 17 is outside the code alphabet.
 */
export function codeParts(code: string, out: Uint32Array): boolean {
  if (code.length !== 18) return false;
  let key = 0;
  for (let c = 0; c < 17; c++) {
    const unit = code.charCodeAt(c);
    const value = unit < 128 ? (USCC_VALUES[unit] as number) : -1;
    if (value < 0) return false;
    key = (key << 5) | value;
    if (c === 5 || c === 11 || c === 16) {
      out[c === 5 ? 0 : c === 11 ? 1 : 2] = key;
      key = 0;
    }
  }
  return true;
}
