import { USCC_VALUES } from '../uscc/alphabet.js';

/**
 * A small map from USCCs to values, asked about every row of a large directory, where nearly every
 * answer is "none": this year's earlier records (R8, R20) name a few thousand of a million
 * enterprises. A `Map.get` per row cost about 0.1–0.25 µs (the string's hash is computed on first
 * use and the table read at random), more than the rest of the row's classification. Here a row
 * is first tested in a bit set of a few hundred kilobytes by its {@link tailKey} (which the draw
 * has already computed while writing the row's digest line), and only the few that pass are
 * looked up in the map (docs/performance.md, "History").
 *
 * Same answers as the map's `get` for every valid code (tested against it); a code that is not a
 * valid USCC is never found, as no checked row has one.
 */
export class SparseCodes<T> {
  private readonly bits: Int32Array;
  private readonly mask: number;
  private readonly values: ReadonlyMap<string, T>;

  private constructor(values: ReadonlyMap<string, T>, bits: Int32Array) {
    this.values = values;
    this.bits = bits;
    this.mask = bits.length * 32 - 1;
  }

  /** The items with a valid code (`codeOf`), grouped by code, in their order; items with another code are left out. */
  static group<I>(items: Iterable<I>, codeOf: (item: I) => string): SparseCodes<I[]> {
    const groups = new Map<string, I[]>();
    for (const item of items) {
      const code = codeOf(item);
      const group = groups.get(code);
      if (group !== undefined) group.push(item);
      else if (tailKey(code) >= 0) groups.set(code, [item]);
    }
    let size = 1 << 16;
    // About 32 bits per code: a code not in the map passes the test about once in 32.
    while (size < groups.size * 32) size *= 2;
    const sparse = new SparseCodes(groups, new Int32Array(size >>> 5));
    for (const code of groups.keys()) {
      const h = sparse.slot(tailKey(code));
      sparse.bits[h >>> 5] = (sparse.bits[h >>> 5] as number) | (1 << (h & 31));
    }
    return sparse;
  }

  /** The number of valid codes. */
  get size(): number {
    return this.values.size;
  }

  /** The value of `code`, whose {@link tailKey} is `key`, or `undefined`. */
  get(code: string, key: number): T | undefined {
    const h = this.slot(key);
    return ((this.bits[h >>> 5] as number) & (1 << (h & 31))) === 0 ? undefined : this.values.get(code);
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 7) & this.mask;
  }
}

/**
 * A USCC's characters 13–17 as one number of 5 bits a character (25 bits: where codes of one
 * region differ most; `EnterpriseLines` keeps the same number as the last part of a row's sort
 * key), or −1 when the code is not 18 characters or one of them is outside the code alphabet.
 */
export function tailKey(code: string): number {
  if (code.length !== 18) return -1;
  let key = 0;
  for (let c = 12; c < 17; c++) {
    const unit = code.charCodeAt(c);
    const value = unit < 128 ? (USCC_VALUES[unit] as number) : -1;
    if (value < 0) return -1;
    key = (key << 5) | value;
  }
  return key;
}
