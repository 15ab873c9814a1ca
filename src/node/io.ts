import { createReadStream, createWriteStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Locale } from '../messages/formatIssue.js';

/** What the command-line tool reads and writes: the process in `bin.ts`, plain buffers in the tests. */
export interface CliIo {
  /** Standard input, for `-` as a file name. */
  readonly stdin: Readable;
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** The environment (for the default locale). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal (progress bars only then). */
  readonly errIsTTY: boolean;
  /** Opens a file for reading. */
  readonly open: (path: string) => Readable;
  /** Where a command writes its result: the file `path`, or standard output. */
  readonly sink: (path: string | undefined) => Writable;
}

/** The process's own input, output and files. */
export function processIo(): CliIo {
  // A reader that stops early (`| head`) is not an error of the tool.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdin: process.stdin,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
    errIsTTY: process.stderr.isTTY,
    open: (path) => createReadStream(path),
    sink: (path) => (path === undefined ? process.stdout : createWriteStream(path)),
  };
}

/** The locale asked for, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `zh`), else English. */
export function localeOf(asked: string | undefined, env: CliIo['env']): Locale {
  const wanted = asked ?? (env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '');
  // zh-CN, zh_CN, zh, zh-Hans, zh_CN.UTF-8 are all Simplified Chinese; anything else is English.
  return wanted.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Writes `chunks` to `sink` with back-pressure, then ends it unless it is standard output. */
export async function writeAll(sink: Writable, chunks: Iterable<string>): Promise<void> {
  // A write error (no such folder, a full disk) rejects, whenever it comes.
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) => sink.once('error', (error: Error) => reject((failure = error))));
  failed.catch(() => undefined);
  for (const chunk of chunks) {
    if (failure !== undefined) throw failure;
    if (!sink.write(chunk)) await Promise.race([new Promise<void>((resolve) => sink.once('drain', resolve)), failed]);
  }
  if (sink === process.stdout) return;
  await Promise.race([new Promise<void>((resolve) => sink.end(resolve)), failed]);
  if (failure !== undefined) throw failure;
}
