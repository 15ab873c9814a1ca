import type { Enterprise } from '../model/types.js';
import { USCC_ALPHABET, USCC_VALUES } from '../uscc/alphabet.js';
import type { Sha256Hasher } from './sha256.js';

const CLASS = { A: 65, B: 66, C: 67, D: 68, unrated: 85 } as const; // A B C D U
const COLOUR = { red: 82, yellow: 89, green: 71, none: 78 } as const; // R Y G N
const STATUS = { operating: 79, 'not-operating': 78, unreachable: 85 } as const; // O N U
const LEVEL = { city: 67, district: 68, town: 84 } as const; // C D T

/** Length of an enterprise line, newline included. */
const LINE = 43;
/** Bytes kept per row besides the sort key: line positions 18–42 (the check character onwards, without the newline). */
const REST = 25;
/** Rows per page of bytes (a page is then 25 MiB; one array for all would cap the directory). */
const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;
/** Lines hashed per call to the hasher (about 700 KB: few calls, and the chunk stays in cache). */
const CHUNK_LINES = 1 << 14;
/** The two character codes of each two-digit base-31 value (0–960), the first in the high byte. */
const PAIRS = Uint16Array.from({ length: 31 * 31 }, (_, v) => (USCC_ALPHABET.charCodeAt((v / 31) | 0) << 8) | USCC_ALPHABET.charCodeAt(v % 31));

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
 * A row keeps its code's first 17 characters as three base-31 numbers, which are also its sort
 * key, and the 25 bytes from the check character on: 37 bytes instead of 43, and memory a large
 * directory touches for the first time costs a page fault per 4 KiB (docs/performance.md). The
 * first 17 characters are written back from the numbers when the line is hashed.
 */
export class EnterpriseLines {
  private readonly pages: Uint8Array[] = [];
  /** Each code's sort key: three base-31 numbers, of positions 1–6, 7–12 and 13–17. */
  private readonly parts: [Uint32Array, Uint32Array, Uint32Array];
  private sorted: Int32Array | undefined;

  /** Room for the lines of `size` rows (0 ≤ row < size). */
  constructor(readonly size: number) {
    for (let first = 0; first < size; first += PAGE) this.pages.push(new Uint8Array(Math.min(PAGE, size - first) * REST));
    this.parts = [new Uint32Array(size), new Uint32Array(size), new Uint32Array(size)];
  }

  /** Writes the line of a validated enterprise (a valid USCC, an ISO date) as row `row`. */
  write(e: Enterprise, row: number): void {
    const { uscc, industry, region, registeredOn: date } = e;
    const { parts } = this;
    parts[0][row] = base31(uscc, 0, 6);
    parts[1][row] = base31(uscc, 6, 12);
    parts[2][row] = base31(uscc, 12, 17);
    const out = this.pages[row >>> PAGE_BITS] as Uint8Array;
    const at = (row & (PAGE - 1)) * REST;
    out[at] = uscc.charCodeAt(17);
    for (let c = 0; c < 3; c++) out[at + 1 + c] = c < industry.length ? industry.charCodeAt(c) : 45; // '-'
    for (let c = 0; c < 6; c++) out[at + 4 + c] = region.charCodeAt(c);
    for (let c = 0; c < 4; c++) out[at + 10 + c] = date.charCodeAt(c);
    out[at + 14] = date.charCodeAt(5);
    out[at + 15] = date.charCodeAt(6);
    out[at + 16] = date.charCodeAt(8);
    out[at + 17] = date.charCodeAt(9);
    out[at + 18] = CLASS[e.creditClass];
    out[at + 19] = COLOUR[e.colour];
    out[at + 20] = e.whiteList ? 49 : 48;
    out[at + 21] = e.trustExempt ? 49 : 48;
    out[at + 22] = e.blackList ? 49 : 48;
    out[at + 23] = STATUS[e.operatingStatus];
    out[at + 24] = LEVEL[e.jurisdiction];
  }

  /** The rows in USCC order (every row must have been written; sorted once, then kept). */
  order(): Int32Array {
    this.sorted ??= sortByParts(this.parts, this.size);
    return this.sorted;
  }

  /** Feeds every row's line to `hash`, in USCC order. */
  hashInto(hash: Sha256Hasher): void {
    const { pages, size, parts } = this;
    const order = this.order();
    const chunk = new Uint8Array(LINE * Math.min(CHUNK_LINES, Math.max(size, 1)));
    let used = 0;
    for (let i = 0; i < size; i++) {
      const row = order[i] as number;
      unbase31(parts[0][row] as number, chunk, used, 6);
      unbase31(parts[1][row] as number, chunk, used + 6, 6);
      unbase31(parts[2][row] as number, chunk, used + 12, 5);
      const page = pages[row >>> PAGE_BITS] as Uint8Array;
      const at = (row & (PAGE - 1)) * REST;
      for (let c = 0; c < REST; c++) chunk[used + 17 + c] = page[at + c] as number;
      chunk[used + 42] = 10;
      used += LINE;
      if (used === chunk.length) {
        hash.update(chunk);
        used = 0;
      }
    }
    hash.update(chunk, 0, used);
  }
}

/** Characters `from` to `to` of a valid code as one base-31 number (at most 31⁶ − 1, below 2³⁰). */
function base31(uscc: string, from: number, to: number): number {
  let value = 0;
  for (let c = from; c < to; c++) value = value * 31 + (USCC_VALUES[uscc.charCodeAt(c) & 127] as number);
  return value;
}

/**
 * Writes `value` back as `digits` characters of the USCC alphabet at `out[at]`, two at a time from
 * the last (a table of the 961 pairs: half the divisions of one character at a time).
 */
function unbase31(value: number, out: Uint8Array, at: number, digits: number): void {
  let rest = value;
  let c = at + digits;
  for (; c - at >= 2; c -= 2) {
    const next = (rest / 961) | 0;
    const pair = PAIRS[rest - next * 961] as number;
    out[c - 2] = pair >>> 8;
    out[c - 1] = pair & 0xff;
    rest = next;
  }
  if (c > at) out[at] = (PAIRS[rest] as number) & 0xff;
}

/**
 * Rows ordered by USCC, in O(n): each code is three base-31 numbers (positions 1–6, 7–12, 13–17;
 * the code alphabet is in ASCII order, so numeric order is string order, and position 18 follows
 * from the others), sorted by an LSD radix sort in 16-bit digits carrying the row along. The six
 * digits' counts come from one pass in row order; a digit that every code shares (the leading
 * ones of a district's directory, the same registration authority and region) is skipped.
 */
function sortByParts(parts: readonly Uint32Array[], n: number): Int32Array {
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
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
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
