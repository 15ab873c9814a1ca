import { constants, performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Milliseconds one call of `fn` takes, after a garbage collection when `--expose-gc` is on. */
export function time(fn: () => void): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** What {@link timeWithGc} measured: the time, and the full (mark-compact) collections inside it. */
export interface GcTimed {
  readonly ms: number;
  readonly fullGcs: number;
  readonly fullGcMs: number;
}

/** {@link time}, also counting the full garbage collections V8 made during the call (perf_hooks 'gc' entries). */
export function timeWithGc(fn: () => void): GcTimed {
  const observer = new PerformanceObserver(() => undefined);
  observer.observe({ entryTypes: ['gc'] });
  (globalThis as { gc?: () => void }).gc?.();
  observer.takeRecords();
  const start = performance.now();
  fn();
  const end = performance.now();
  const full = observer.takeRecords().filter((e: PerformanceEntry) => (e as PerformanceEntry & { readonly detail?: { readonly kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR && e.startTime >= start && e.startTime <= end);
  observer.disconnect();
  return { ms: end - start, fullGcs: full.length, fullGcMs: full.reduce((sum, e) => sum + e.duration, 0) };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
