import { performance } from 'node:perf_hooks';

/** Milliseconds one call of `fn` takes, after a garbage collection when `--expose-gc` is on. */
export function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
