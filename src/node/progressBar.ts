import type { OnProgress } from '../model/progress.js';
import type { CliIo } from './io.js';

const WIDTH = 24;

/**
 * A progress bar on standard error when it is a terminal (`classify ██████░░░░ 61 %`), redrawn in
 * place; nothing otherwise, so that logs and pipes stay clean. `done()` clears the line.
 */
export function progressBar(io: CliIo): { readonly onProgress?: OnProgress; readonly done: () => void } {
  if (!io.errIsTTY) return { done: () => undefined };
  let shown = '';
  const onProgress: OnProgress = ({ stage, done, total }) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * WIDTH);
    const line = `${stage.padEnd(8)} ${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${String(Math.floor(share * 100)).padStart(3)} %`;
    if (line !== shown) io.err(`\r${line}`);
    shown = line;
  };
  return { onProgress, done: () => (shown === '' ? undefined : io.err(`\r${' '.repeat(shown.length)}\r`)) };
}
