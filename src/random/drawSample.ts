import { selectSmallest } from './select.js';
import { ticketer, ticketHex } from './tickets.js';
import { isUsccFast } from '../uscc/alphabet.js';
import type { Uscc } from '../model/uscc.js';

/**
 * The ticket of one enterprise under a seed: the first 64 bits of
 * SHA-256(pad32("double-random/prn/v1") ‖ SHA-256(seed) ‖ USCC), as 16 hex digits (R27). Anyone
 * can recompute it with `sha256sum`; see docs/draw-algorithm.md.
 *
 * @param seed - The public seed string.
 * @param uscc - A valid unified social credit code.
 * @returns 16 lower-case hex digits.
 * @throws TypeError on a bad seed or an invalid code.
 * @example
 * ```ts
 * import { ticketOf } from 'double-random';
 *
 * ticketOf('20240105', '91350100M000100Y43'); // '8f8a701f42ea53a9' (see docs/draw-algorithm.md)
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function ticketOf(seed: string, uscc: string): string {
  if (typeof uscc !== 'string' || !isUsccFast(uscc)) throw new TypeError(`ticketOf: "${String(uscc)}" is not a valid unified social credit code`);
  const hi = new Uint32Array(1);
  const lo = new Uint32Array(1);
  ticketer('ticketOf', seed).write(uscc, hi, lo, 0);
  return ticketHex(hi[0] as number, lo[0] as number);
}

/**
 * The core of the draw, for one stratum: the `k` codes with the smallest tickets under `seed`
 * (ties by code), in ticket order. {@link planDraw} draws every stratum this way, so a third party
 * can check one stratum of a record with nothing but its population list.
 *
 * @param seed - The public seed string.
 * @param codes - The stratum's eligible enterprises, in any order (duplicates are an error).
 * @param k - The quota.
 * @returns `min(k, codes.length)` codes, smallest ticket first.
 * @throws TypeError on a bad seed, an invalid or repeated code, or a `k` that is not a whole number.
 * @example
 * ```ts
 * import { drawSample } from 'double-random';
 *
 * drawSample('20240105', ['91350100M000100Y43', '914403001922038216', '91110000802100433B'], 2);
 * ```
 * @category Draw
 * @since 0.1.0
 */
export function drawSample(seed: string, codes: readonly string[], k: number): Uscc[] {
  if (!Number.isInteger(k) || k < 0) throw new TypeError(`drawSample: k must be a whole number, got ${k}`);
  const seen = new Set<string>();
  for (const code of codes) {
    if (typeof code !== 'string' || !isUsccFast(code)) throw new TypeError(`drawSample: "${String(code)}" is not a valid unified social credit code`);
    if (seen.has(code)) throw new TypeError(`drawSample: "${code}" is listed twice`);
    seen.add(code);
  }
  const hi = new Uint32Array(codes.length);
  const lo = new Uint32Array(codes.length);
  const write = ticketer('drawSample', seed).write;
  codes.forEach((code, i) => write(code, hi, lo, i));
  const members = Int32Array.from(codes.keys());
  const taken = selectSmallest({ priority: new Uint8Array(codes.length), hi, lo, code: (i) => codes[i] as string }, members, 0, codes.length, k);
  return Array.from(members.subarray(0, taken), (i) => codes[i] as Uscc);
}
