import { digits, isoDateNumber } from '../internal/date.js';
import { colourIndex, creditClassIndex, levelIndex, statusIndex } from '../internal/fields.js';
import { isIndustryCode } from '../model/industry.js';
import type { Enterprise } from '../model/types.js';
import { USCC_ALPHABET, USCC_VALUES, USCC_WEIGHTS } from '../uscc/alphabet.js';
import type { Sha256Hasher } from './sha256.js';

/** The letter of each enumerated field's value in the line, by its index (src/internal/fields.ts): A/B/C/D/U, R/Y/G/N, O/N/U, C/D/T. */
const CLASS_LETTERS = 'ABCDU';
const COLOUR_LETTERS = 'RYGN';
const STATUS_LETTERS = 'ONU';
const LEVEL_LETTERS = 'CDT';
/** The check character's weights (N10) as 32-bit integers. */
const WEIGHTS = Int32Array.from(USCC_WEIGHTS);
/** −1 at the positions that must be digits (3–8: the region, N10), else 0. */
const DIGITS_AT = Int32Array.from({ length: 17 }, (_, c) => (c >= 2 && c < 8 ? -1 : 0));
/** An industry without a division (`F` rather than `F52`), in the division's 7 bits. */
const NO_DIVISION = 127;

/** Length of an enterprise line, newline included. */
const LINE = 43;
/** Rows per page of packed fields (3 words a row; one array for all would cap the directory). */
const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;
/** Lines hashed per call to the hasher (about 700 KB: few calls, and the chunk stays in cache). */
const CHUNK_LINES = 1 << 14;
/** The two character codes of each pair of 5-bit character values (`first << 5 | second`), the first in the high byte (31 is no character). */
const PAIRS = Uint16Array.from({ length: 1024 }, (_, v) => (USCC_ALPHABET.charCodeAt(v >>> 5) << 8) | USCC_ALPHABET.charCodeAt(v & 31));
/** The two digit characters of 0–99, the first in the high byte. */
const DIGIT_PAIRS = Uint16Array.from({ length: 100 }, (_, v) => ((48 + ((v / 10) | 0)) << 8) | (48 + (v % 10)));

/**
 * The enterprise lines of the input digest (part 2 of the text `inputDigest` hashes), written row
 * by row in the directory's own order and hashed in USCC order. Writing a line reads every field
 * of the enterprise, so the draw writes them in its classification pass, which reads the same
 * enterprise anyway: one pass over the directory's objects instead of two (docs/performance.md).
 *
 * A line is 42 ASCII characters and a newline, of every field that can change a decision: USCC,
 * industry padded to 3 with `-`, region, registration date without dashes, class (A/B/C/D/U),
 * colour (R/Y/G/N), white list, trust exemption and black list as 0/1, operating status (O/N/U),
 * jurisdiction (C/D/T). The name decides nothing and is left out.
 *
 * A row keeps its line in 24 bytes instead of 43: the code's first 17 characters as three numbers
 * of 5 bits a character (also its sort key: the alphabet's values 0–30 are in ASCII order), and the other fields packed in three 32-bit words (see
 * {@link EnterpriseLines.write}); the line is written back from them when it is hashed. Memory a
 * large directory touches for the first time costs a page fault per 4 KiB, and at 10⁷ rows those
 * faults were most of the digest's time (docs/performance.md). The packing relies on what
 * validation guarantees: a valid USCC, an industry of one letter A–T and an optional two-digit
 * division, a six-digit region, a `YYYY-MM-DD` date.
 */
export class EnterpriseLines {
  private readonly pages: Uint32Array[] = [];
  /** Each code's sort key: positions 1–6, 7–12 and 13–17 as numbers of 5 bits a character (30, 30 and 25 bits). */
  private readonly parts: [Uint32Array, Uint32Array, Uint32Array];
  private sorted: Int32Array | undefined;
  /**
   * Two rows with the same code, found while hashing (the later row first), or `undefined`: the
   * draw refuses such an input (N10, R4) instead of drawing one enterprise twice.
   */
  twins: readonly [row: number, first: number] | undefined;
  /** Arrays lent for the sort (see {@link EnterpriseLines.lend}). */
  private scratch: readonly [Int32Array, Int32Array] | undefined;

  /** Room for the lines of `size` rows (0 ≤ row < size). */
  constructor(readonly size: number) {
    for (let first = 0; first < size; first += PAGE) this.pages.push(new Uint32Array(Math.min(PAGE, size - first) * 3));
    this.parts = [new Uint32Array(size), new Uint32Array(size), new Uint32Array(size)];
  }

  /**
   * Writes the line of an enterprise row as row `row` and returns `true`, or returns `false` for a
   * row `parsePlanningInput` could not have returned (R4). Each field is checked as it is read and
   * packed, with the functions validation uses (src/internal/fields.ts, `isoDateNumber`; the code
   * while its sort key is computed): one read of each field, where calling `fieldsProblem` first
   * cost about 0.1 µs a row (docs/performance.md). Written: the sort key, then three words: region
   * (20 bits), check character's value (5), section letter (5), white list, trust exemption; the
   * date as the number YYYYMMDD (27 bits), black list, class (3); the division (7 bits, 127 for
   * none), colour (2), operating status (2), jurisdiction (2).
   */
  write(row: unknown, at: number): boolean {
    if (typeof row !== 'object' || row === null) return false;
    const e = row as Enterprise;
    const { uscc, industry, region, whiteList, trustExempt, blackList } = e;
    if (typeof e.name !== 'string' || typeof industry !== 'string' || !isIndustryCode(industry) || typeof region !== 'string' || region.length !== 6) return false;
    const place = digits(region, 0, 6);
    const ymd = isoDateNumber(e.registeredOn);
    const klass = creditClassIndex(e.creditClass);
    const colour = colourIndex(e.colour);
    const status = statusIndex(e.operatingStatus);
    const level = levelIndex(e.jurisdiction);
    if (place < 0 || ymd < 0 || klass < 0 || colour < 0 || status < 0 || level < 0) return false;
    if (typeof whiteList !== 'boolean' || typeof trustExempt !== 'boolean' || typeof blackList !== 'boolean') return false;
    if (typeof uscc !== 'string' || !this.writeKey(uscc, at)) return false;
    const out = this.pages[at >>> PAGE_BITS] as Uint32Array;
    const word = (at & (PAGE - 1)) * 3;
    const check = USCC_VALUES[uscc.charCodeAt(17) & 127] as number;
    out[word] = place | (check << 20) | ((industry.charCodeAt(0) - 65) << 25) | (whiteList ? 1 << 30 : 0) | (trustExempt ? 1 << 31 : 0);
    out[word + 1] = ymd | (blackList ? 1 << 27 : 0) | (klass << 28);
    const division = industry.length === 3 ? digits(industry, 1, 3) : NO_DIVISION;
    out[word + 2] = division | (colour << 7) | (status << 9) | (level << 11);
    return true;
  }

  /**
   * Writes a code's sort key (three numbers, 5 bits a character) as row `at` and returns `true` when it is a
   * valid USCC (N10: 18 characters of the alphabet, positions 3–8 digits, the check character
   * right), else `false`.
   */
  private writeKey(uscc: string, at: number): boolean {
    if (uscc.length !== 18) return false;
    const { parts } = this;
    // `bad` turns negative for a character outside the alphabet, or a letter where a digit must be:
    // one test after the loop instead of a branch per character (161 → 142 ns a row for write).
    let bad = 0;
    let sum = 0;
    let key = 0;
    for (let c = 0; c < 17; c++) {
      const code = uscc.charCodeAt(c);
      const value = code < 128 ? (USCC_VALUES[code] as number) : -1;
      bad |= value | ((DIGITS_AT[c] as number) & (9 - value));
      key = (key << 5) | value;
      sum += value * (WEIGHTS[c] as number);
      if (c === 5 || c === 11) {
        parts[c === 5 ? 0 : 1][at] = key;
        key = 0;
      }
    }
    if (bad < 0) return false;
    parts[2][at] = key;
    const last = uscc.charCodeAt(17);
    return last < 128 && USCC_VALUES[last] === (31 - (sum % 31)) % 31;
  }

  /** Every row's sort key: its code's parts (see {@link EnterpriseLines.partsOf}), by row. */
  keyParts(): readonly [Uint32Array, Uint32Array, Uint32Array] {
    return this.parts;
  }

  /** Writes a written row's sort key (its code's parts, as `codeParts` in src/random/sparseCodes.ts gives them) into `out`. */
  partsOf(at: number, out: Uint32Array): void {
    out[0] = this.parts[0][at] as number;
    out[1] = this.parts[1][at] as number;
    out[2] = this.parts[2][at] as number;
  }

  /** Orders two written rows by USCC (negative, zero for the same code, positive). */
  compareRows(a: number, b: number): number {
    const [p0, p1, p2] = this.parts;
    return (p0[a] as number) - (p0[b] as number) || (p1[a] as number) - (p1[b] as number) || (p2[a] as number) - (p2[b] as number);
  }

  /**
   * Lends the sort two arrays of at least `size` words that the caller no longer needs, instead of
   * two it would allocate: memory touched for the first time costs a page fault per 4 KiB, about as
   * much as the sort itself (docs/performance.md). The draw lends its tickets' arrays, read for the
   * last time before the digest. Their contents are overwritten.
   */
  lend(first: Int32Array, second: Int32Array): void {
    if (first.length >= this.size && second.length >= this.size && first.buffer !== second.buffer) this.scratch = [first, second];
  }

  /** The rows in USCC order (every row must have been written; sorted once, then kept). */
  order(): Int32Array {
    this.sorted ??= sortByParts(this.parts, this.size, this.scratch);
    this.scratch = undefined;
    return this.sorted;
  }

  /**
   * Feeds every row's line to `hash`, in USCC order, a chunk of lines at a time: first the chunk's
   * rows' six words are gathered into six arrays (a short loop of independent reads at random,
   * which the processor overlaps), then the lines are written from those arrays in order.
   */
  hashInto(hash: Sha256Hasher): void {
    const { size } = this;
    const order = this.order();
    const lines = Math.min(CHUNK_LINES, Math.max(size, 1));
    const chunk = new Uint8Array(LINE * lines);
    const column = (): Uint32Array => new Uint32Array(lines);
    const gathered: Gathered = [column(), column(), column(), column(), column(), column()];
    // The previous row's key (−1: none yet; keys are not negative).
    let p0 = -1;
    let p1 = -1;
    let p2 = -1;
    for (let first = 0; first < size; first += lines) {
      const count = Math.min(lines, size - first);
      this.gather(order, first, count, gathered);
      const [k0, k1, k2, f0, f1, f2] = gathered;
      for (let j = 0; j < count; j++) {
        const at = j * LINE;
        // Rows in USCC order: a code given twice is two neighbours with the same key (the check character follows from it).
        if (k0[j] === p0 && k1[j] === p1 && k2[j] === p2) this.noteTwin(order, first + j);
        p0 = k0[j] as number;
        p1 = k1[j] as number;
        p2 = k2[j] as number;
        characters(k0[j] as number, chunk, at, 6);
        characters(k1[j] as number, chunk, at + 6, 6);
        characters(k2[j] as number, chunk, at + 12, 5);
        writeFields(f0[j] as number, f1[j] as number, f2[j] as number, chunk, at);
      }
      hash.update(chunk, 0, count * LINE);
    }
  }

  /** Notes the rows at sorted places `place − 1` and `place`, which have one code, unless a pair was noted already. */
  private noteTwin(order: Int32Array, place: number): void {
    const a = order[place - 1] as number;
    const b = order[place] as number;
    this.twins ??= a < b ? [b, a] : [a, b];
  }

  /** Copies the sort key and packed words of rows `order[first]`… (`count` of them) into `into`, in that order. */
  private gather(order: Int32Array, first: number, count: number, into: Gathered): void {
    const [p0, p1, p2] = this.parts;
    const { pages } = this;
    const [k0, k1, k2, f0, f1, f2] = into;
    for (let j = 0; j < count; j++) {
      const row = order[first + j] as number;
      const page = pages[row >>> PAGE_BITS] as Uint32Array;
      const at = (row & (PAGE - 1)) * 3;
      k0[j] = p0[row] as number;
      k1[j] = p1[row] as number;
      k2[j] = p2[row] as number;
      f0[j] = page[at] as number;
      f1[j] = page[at + 1] as number;
      f2[j] = page[at + 2] as number;
    }
  }
}

/** A chunk's rows, gathered: the three parts of the sort key, then the three packed words. */
type Gathered = readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];

/** Writes line positions 18–43 (from the check character to the newline) of a row's three packed words at `out[at]`. */
function writeFields(first: number, second: number, third: number, out: Uint8Array, at: number): void {
  out[at + 17] = USCC_ALPHABET.charCodeAt((first >>> 20) & 31);
  out[at + 18] = 65 + ((first >>> 25) & 31);
  const division = third & 127;
  if (division === NO_DIVISION) out[at + 19] = out[at + 20] = 45; // '-'
  else pairAt(DIGIT_PAIRS, division, out, at + 19);
  const region = first & 0xfffff;
  const thousands = (region / 1000) | 0;
  digits3(thousands, out, at + 21);
  digits3(region - thousands * 1000, out, at + 24);
  const ymd = second & 0x7ffffff;
  const year = (ymd / 10_000) | 0;
  const monthDay = ymd - year * 10_000;
  pairAt(DIGIT_PAIRS, (year / 100) | 0, out, at + 27);
  pairAt(DIGIT_PAIRS, year % 100, out, at + 29);
  pairAt(DIGIT_PAIRS, (monthDay / 100) | 0, out, at + 31);
  pairAt(DIGIT_PAIRS, monthDay % 100, out, at + 33);
  out[at + 35] = CLASS_LETTERS.charCodeAt((second >>> 28) & 7);
  out[at + 36] = COLOUR_LETTERS.charCodeAt((third >>> 7) & 3);
  out[at + 37] = 48 + ((first >>> 30) & 1);
  out[at + 38] = 48 + ((first >>> 31) & 1);
  out[at + 39] = 48 + ((second >>> 27) & 1);
  out[at + 40] = STATUS_LETTERS.charCodeAt((third >>> 9) & 3);
  out[at + 41] = LEVEL_LETTERS.charCodeAt((third >>> 11) & 3);
  out[at + 42] = 10;
}

/** Writes the two characters of `table[value]` (first in the high byte) at `out[at]`. */
function pairAt(table: Uint16Array, value: number, out: Uint8Array, at: number): void {
  const pair = table[value] as number;
  out[at] = pair >>> 8;
  out[at + 1] = pair & 0xff;
}

/** Writes 0–999 as three digits at `out[at]`. */
function digits3(value: number, out: Uint8Array, at: number): void {
  const hundreds = (value / 100) | 0;
  out[at] = 48 + hundreds;
  pairAt(DIGIT_PAIRS, value - hundreds * 100, out, at + 1);
}

/**
 * Writes a part of a sort key back as its `count` characters at `out[at]`, two at a time from the
 * last (10 bits a pair, through {@link PAIRS}: shifts, where base 31 took a division per pair).
 */
function characters(value: number, out: Uint8Array, at: number, count: number): void {
  let rest = value;
  let c = at + count;
  for (; c - at >= 2; c -= 2) {
    const pair = PAIRS[rest & 1023] as number;
    out[c - 2] = pair >>> 8;
    out[c - 1] = pair & 0xff;
    rest >>>= 10;
  }
  if (c > at) out[at] = (PAIRS[rest & 31] as number) & 0xff;
}

/**
 * Rows ordered by USCC, in O(n): each code is three numbers of 5 bits a character (positions 1–6,
 * 7–12, 13–17; the code alphabet is in ASCII order, so numeric order is string order, and position 18 follows
 * from the others), sorted by an LSD radix sort in 16-bit digits carrying the row along. The six
 * digits' counts come from one pass in row order; a digit that every code shares (the leading
 * ones of a district's directory, the same registration authority and region) is skipped.
 * `scratch`, when given, is two arrays of at least `n` words used instead of two new ones.
 */
function sortByParts(parts: readonly Uint32Array[], n: number, scratch?: readonly [Int32Array, Int32Array]): Int32Array {
  const counts = new Int32Array(6 * 65537);
  for (let part = 0; part < 3; part++) {
    const keys = parts[part] as Uint32Array;
    const low = (2 * part) * 65537 + 1;
    const high = (2 * part + 1) * 65537 + 1;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as number;
      counts[low + (key & 0xffff)] = (counts[low + (key & 0xffff)] as number) + 1;
      counts[high + (key >>> 16)] = (counts[high + (key >>> 16)] as number) + 1;
    }
  }
  let order = scratch?.[0] ?? new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = scratch?.[1] ?? new Int32Array(n);
  for (let part = 2; part >= 0; part--) {
    const keys = parts[part] as Uint32Array;
    for (const half of [0, 1]) {
      const shift = 16 * half;
      const base = (2 * part + half) * 65537;
      const start = counts.subarray(base, base + 65537);
      let shared = false;
      for (let d = 0; d < 65536; d++) {
        if (start[d + 1] === n) shared = true;
        start[d + 1] = (start[d + 1] as number) + (start[d] as number);
      }
      if (shared) continue;
      for (let i = 0; i < n; i++) {
        const row = order[i] as number;
        const digit = ((keys[row] as number) >>> shift) & 0xffff;
        next[start[digit] as number] = row;
        start[digit] = (start[digit] as number) + 1;
      }
      [order, next] = [next, order];
    }
  }
  return order;
}
