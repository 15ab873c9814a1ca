import type { OnProgress, ProgressStage } from '../model/progress.js';

/** Rows between two reports inside a stage: a power of two, so the test is a mask. */
const EVERY = 0xffff;

/** Reports of one computation: a no-op without a callback, silenced for good if the callback throws. */
export interface Reporter {
  /** Reports `done` of `total` in `stage`. */
  (stage: ProgressStage, done: number, total: number): void;
  /** Reports row `i` of `total` when `i` is a multiple of 65 536 (cheap enough inside a loop). */
  readonly tick: (stage: ProgressStage, i: number, total: number) => void;
}

/** The callback, made safe: it never throws, and after its first throw it is not called again. */
export function safeProgress(onProgress: OnProgress | undefined): OnProgress | undefined {
  if (onProgress === undefined) return undefined;
  let silenced = false;
  return (progress) => {
    if (silenced) return;
    try {
      onProgress(progress);
    } catch {
      // The caller's callback cannot change the result: it is simply not called again.
      silenced = true;
    }
  };
}

/** A reporter over an optional callback (see {@link OnProgress}), made safe by {@link safeProgress}. */
export function reporter(onProgress: OnProgress | undefined): Reporter {
  const callback = safeProgress(onProgress);
  const report = (stage: ProgressStage, done: number, total: number): void => callback?.({ stage, done, total });
  return Object.assign(report, {
    tick: (stage: ProgressStage, i: number, total: number): void => {
      if ((i & EVERY) === 0 && i > 0 && callback !== undefined) report(stage, i, total);
    },
  });
}
