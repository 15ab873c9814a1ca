import type { RoundingMode } from '../model/types.js';

/**
 * Snaps a quota computed in doubles to 9 decimals, so that decimal ratios behave as on paper:
 * 100 × 0.01 × 4 / 4 is 1.0000000000000002 in doubles and must round up to 1, not 2. The same
 * IEEE 754 operations in the same order give the same result on every machine.
 */
export function snap(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/** Rounds a non-negative quota by the policy's mode (R5); `nearest` rounds halves up. */
export function roundQuota(value: number, mode: RoundingMode): number {
  const x = snap(value);
  return mode === 'up' ? Math.ceil(x) : mode === 'down' ? Math.floor(x) : Math.floor(x + 0.5);
}

/**
 * Shares a whole `total` among parts in proportion to `exact` by the largest-remainder (Hamilton)
 * method: each part gets the floor of its exact share, and the units left go one each to the parts
 * with the largest fractional parts, ties to the earlier part. Parts must be in canonical order.
 * `total` must lie between the sum of the floors and the sum of the ceilings.
 */
export function apportion(total: number, exact: readonly number[]): number[] {
  const snapped = exact.map(snap);
  const out = snapped.map(Math.floor);
  let left = total - out.reduce((sum, v) => sum + v, 0);
  if (left <= 0) return out;
  const order = snapped
    .map((value, index) => ({ index, fraction: snap(value - Math.floor(value)) }))
    .filter((part) => part.fraction > 0)
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const part of order) {
    if (left === 0) break;
    out[part.index] = (out[part.index] as number) + 1;
    left--;
  }
  return out;
}
