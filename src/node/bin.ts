#!/usr/bin/env node
import { getHeapStatistics } from 'node:v8';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { run } from './cli.js';
import { localeOf, processIo } from './io.js';
import { outOfMemory } from './say.js';

/**
 * The command runs in a worker thread with the heap limit the process was given (Node's default,
 * or `--max-old-space-size` in NODE_OPTIONS): a worker that runs out of memory is stopped and
 * reported to this thread, which says so in a sentence and exits 2, where the process itself would
 * have died with a V8 stack trace (exit 134).
 */
async function supervise(): Promise<void> {
  const argv = process.argv.slice(2);
  const limitMb = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);
  const worker = new Worker(new URL(import.meta.url), {
    argv,
    stdin: true,
    workerData: { errIsTTY: process.stderr.isTTY === true },
    resourceLimits: { maxOldGenerationSizeMb: limitMb },
  });
  // Standard input is passed on only to a command that reads it (`-`); it is let go when the worker ends.
  const stdin = worker.stdin as NodeJS.WritableStream;
  if (argv.includes('-')) process.stdin.pipe(stdin);
  else stdin.end();
  // A reader that stops early (`| head`) is not an error of the tool.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = await new Promise<number>((resolve) => {
    worker.once('error', (error: Error & { code?: string }) => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY' || /allocation failed|out of memory/i.test(error.message);
      if (!memory) throw error;
      const asked = argv.find((a, i) => argv[i - 1] === '--locale') ?? argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
      process.stderr.write(`${outOfMemory(localeOf(asked, process.env), limitMb)}\n`);
      resolve(2);
    });
    worker.once('exit', resolve);
  });
  // Not process.exit(): what the worker wrote to standard output may still be on its way to a slow
  // pipe (`| gzip`), and exiting would cut it short. With standard input let go, nothing else keeps the process up.
  process.stdin.unpipe();
  process.stdin.destroy();
  process.exitCode = code;
}

if (isMainThread) await supervise();
else {
  const code = await run(process.argv.slice(2), { ...processIo(), errIsTTY: (workerData as { errIsTTY: boolean }).errIsTTY });
  // Ends the worker, not the process: a command that stopped reading standard input early (a
  // refused input) must not wait for the rest of it. What it wrote is delivered first.
  process.exit(code);
}
