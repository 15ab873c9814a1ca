import { byId as idOrder } from '../internal/text.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { InputError } from '../model/issues.js';
import type { Result } from '../model/result.js';
import type { Enterprise, PlanningInput } from '../model/types.js';
import { notValidatedIssues } from '../input/validated.js';
import { left, right } from '../internal/result.js';
import { usccValue } from '../uscc/alphabet.js';
import { Sha256Stream } from './sha256.js';

/** Writes a value as JSON with object keys sorted, so that equal values give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    // A key whose value is undefined is left out, as JSON.stringify leaves it out.
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const CLASS = { A: 65, B: 66, C: 67, D: 68, unrated: 85 } as const; // A B C D U
const COLOUR = { red: 82, yellow: 89, green: 71, none: 78 } as const; // R Y G N
const STATUS = { operating: 79, 'not-operating': 78, unreachable: 85 } as const; // O N U
const LEVEL = { city: 67, district: 68, town: 84 } as const; // C D T

/** Length of an enterprise line, newline included. */
const LINE = 43;

/**
 * Writes an enterprise as one 42-character ASCII line and a newline, of every field that can
 * change a decision: USCC, industry padded to 3 with `-`, region, registration date without dashes,
 * class (A/B/C/D/U), colour (R/Y/G/N), white list, trust exemption and black list as 0/1,
 * operating status (O/N/U), jurisdiction (C/D/T). The name decides nothing and is left out.
 * Bytes are written directly: building a string per row would cost more than hashing it.
 */
function writeLine(e: Enterprise, out: Uint8Array, at: number): void {
  const { uscc, industry, region, registeredOn: date } = e;
  for (let c = 0; c < 18; c++) out[at + c] = uscc.charCodeAt(c);
  for (let c = 0; c < 3; c++) out[at + 18 + c] = c < industry.length ? industry.charCodeAt(c) : 45; // '-'
  for (let c = 0; c < 6; c++) out[at + 21 + c] = region.charCodeAt(c);
  for (let c = 0; c < 4; c++) out[at + 27 + c] = date.charCodeAt(c);
  out[at + 31] = date.charCodeAt(5);
  out[at + 32] = date.charCodeAt(6);
  out[at + 33] = date.charCodeAt(8);
  out[at + 34] = date.charCodeAt(9);
  out[at + 35] = CLASS[e.creditClass];
  out[at + 36] = COLOUR[e.colour];
  out[at + 37] = e.whiteList ? 49 : 48;
  out[at + 38] = e.trustExempt ? 49 : 48;
  out[at + 39] = e.blackList ? 49 : 48;
  out[at + 40] = STATUS[e.operatingStatus];
  out[at + 41] = LEVEL[e.jurisdiction];
  out[at + 42] = 10;
}

const byId = <T extends { readonly id: string }>(rows: readonly T[]): T[] => [...rows].sort(idOrder);
const sorted = (values: readonly string[]): string[] => [...values].sort();

/** The policy without the fields added after v1 that hold their default (`flyingItemShare` 1, `blackList` null, `nonSiteWhereSufficient` false, `annualPlanDue` null). */
function withoutDefaults(policy: PlanningInput['policy']): object {
  const { flyingItemShare, blackList, nonSiteWhereSufficient, annualPlanDue, ...rest } = policy;
  return {
    ...rest,
    ...(annualPlanDue === null ? {} : { annualPlanDue }),
    ...(flyingItemShare === 1 ? {} : { flyingItemShare }),
    ...(blackList === null ? {} : { blackList }),
    ...(nonSiteWhereSufficient ? { nonSiteWhereSufficient } : {}),
  };
}

/** The head's sections other than the directory and its history, in canonical form. */
function setupOf(input: PlanningInput): Record<string, unknown> {
  return {
    algorithm: 'double-random/input/v1',
    versions: input.versions,
    departments: byId(input.departments),
    inspectors: byId(input.inspectors).map((i) => ({ ...i, qualifications: sorted(i.qualifications), unavailable: sorted(i.unavailable), conflicts: sorted(i.conflicts) })),
    items: byId(input.items).map((i) => ({ ...i, industries: sorted(i.industries) })),
    jointLists: byId(input.jointLists).map((l) => ({ ...l, departments: sorted(l.departments), items: sorted(l.items) })),
    policy: withoutDefaults(input.policy),
    period: input.period,
  };
}

/** Part 1 of the text {@link inputDigest} hashes, without its newline. */
export function inputHead(input: PlanningInput): string {
  return canonicalJson({
    ...setupOf(input),
    history: input.history
      .map((r) => canonicalJson({ ...r, departments: sorted(r.departments), itemKinds: sorted(r.itemKinds) }))
      .sort(),
  });
}

/**
 * SHA-256 (hex) of the canonical JSON of what every shard of a split draw must share: the head of
 * the input digest without the history (versions, departments, inspectors, items, joint lists,
 * policy, period).
 */
export function setupDigest(input: PlanningInput): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(setupOf(input)))));
}

/**
 * The SHA-256 digest of a planning input in canonical form, the same whatever the order of its
 * rows (R4, R27). The text hashed is, in UTF-8:
 *
 * 1. the canonical JSON (keys sorted) of `{ algorithm: "double-random/input/v1", versions,
 *    departments, inspectors, items, jointLists, history, policy, period }`, with rows sorted by
 *    id (history by canonical JSON) and id lists sorted, then a newline; a policy field added
 *    after v1 is left out while it holds its default (`flyingItemShare` 1), so an input written
 *    before the field existed keeps its digest;
 * 2. one line per enterprise (see `writeLine`), sorted by USCC, each followed by a newline.
 *
 * docs/draw-algorithm.md ("The input digest, exactly") specifies the text byte for byte, with
 * vectors. A split draw's coordinator passes the digest of the whole directory to
 * {@link mergeShards}.
 *
 * @param input - A validated planning input (the `Right` of {@link parsePlanningInput}).
 * @returns `Right` with 64 lowercase hex digits, the `inputDigest` of the draw record; `Left`
 *   (`input/not-validated`) when `input` is not a validated planning input.
 * @example
 * ```ts
 * import { inputDigest } from 'double-random';
 * import { generateDirectory } from 'double-random/testing';
 *
 * const input = generateDirectory({ size: 100, seed: 'digest' });
 * const reversed = { ...input, enterprises: [...input.enterprises].reverse() };
 * const [a, b] = [inputDigest(input), inputDigest(reversed)];
 * if (a._tag === 'Right' && b._tag === 'Right') console.log(a.right === b.right); // true: row order does not matter
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function inputDigest(input: PlanningInput): Result<InputError, string> {
  const notValidated = notValidatedIssues(input);
  if (notValidated !== undefined) return left({ code: 'invalid-input', issues: notValidated });
  return right(inputDigestUnchecked(input));
}

/** {@link inputDigest} of an input already validated (the library's own callers). */
export function inputDigestUnchecked(input: PlanningInput): string {
  const head = inputHead(input);
  const hash = new Sha256Stream();
  hash.update(utf8ToBytes(`${head}\n`));
  // One pass in the directory's own order writes every line to pages of bytes and reads its code's
  // sort key; the lines are then hashed in USCC order from the pages. Reading the enterprises in
  // USCC order instead would miss the cache on every object and string.
  const { enterprises } = input;
  const n = enterprises.length;
  const pages: Uint8Array[] = [];
  for (let first = 0; first < n; first += PAGE) pages.push(new Uint8Array(Math.min(PAGE, n - first) * LINE));
  const parts = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
  for (let row = 0; row < n; row++) {
    const page = pages[row >>> PAGE_BITS] as Uint8Array;
    const at = (row & (PAGE - 1)) * LINE;
    writeLine(enterprises[row] as Enterprise, page, at);
    for (let part = 0; part < 3; part++) {
      let value = 0;
      for (let c = at + part * 6, end = at + Math.min(17, part * 6 + 6); c < end; c++) value = value * 31 + usccValue(page[c] as number);
      (parts[part] as Uint32Array)[row] = value;
    }
  }
  const order = sortByParts(parts, n);
  const chunk = new Uint8Array(LINE * 1024);
  let used = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i] as number;
    const page = pages[row >>> PAGE_BITS] as Uint8Array;
    const at = (row & (PAGE - 1)) * LINE;
    for (let c = 0; c < LINE; c++) chunk[used + c] = page[at + c] as number;
    used += LINE;
    if (used === chunk.length) {
      hash.update(chunk);
      used = 0;
    }
  }
  hash.update(chunk, 0, used);
  return hash.hex();
}

/** Lines per page of bytes (a page is then 43 MiB; one array for all would cap the directory). */
const PAGE_BITS = 20;
const PAGE = 1 << PAGE_BITS;

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
