import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CliIo } from './io.js';

/** Why a file could not be read as JSON or NDJSON: the file, and the line when known. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
  }
}

/** The lines of a stream, one at a time, so that no whole-file string is built. */
async function* linesOf(stream: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

/** One JSON value, or an {@link InputFileError} naming where. */
function parseLine(text: string, file: string, line: number | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(file, line, `not JSON (${(error as Error).message})`);
  }
}

/**
 * A planning input from a file or standard input (`-`), as JSON or as NDJSON, read line by line:
 * NDJSON is the input without its `enterprises` on the first line, then one enterprise per line
 * (what `double-random generate --format ndjson` writes), so that ten million enterprises never
 * sit in one string. The format is told by the content: a first line that is a whole JSON object
 * followed by more lines is NDJSON. A UTF-8 byte-order mark is skipped.
 */
export async function readInput(file: string, io: CliIo): Promise<unknown> {
  const stream = file === '-' ? io.stdin : io.open(file);
  const name = file === '-' ? '(standard input)' : file;
  const lines = linesOf(stream);
  const first = await lines.next();
  if (first.done === true) throw new InputFileError(name, undefined, 'empty: expected a planning input as JSON or NDJSON');
  const head = first.value.replace(/^\ufeff/, '');
  let whole: unknown;
  try {
    whole = JSON.parse(head);
  } catch {
    // Not a whole JSON value on one line: pretty-printed JSON.
    const rest: string[] = [head];
    for await (const line of lines) rest.push(line);
    return parseLine(rest.join('\n'), name, undefined);
  }
  return readRows(whole, lines, name);
}

/** The enterprise rows after an NDJSON head line; a single-line JSON file is returned as it is. */
async function readRows(head: unknown, lines: AsyncGenerator<string>, name: string): Promise<unknown> {
  const enterprises: unknown[] = [];
  let number = 1;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    enterprises.push(parseLine(line, name, number));
  }
  if (enterprises.length === 0 || typeof head !== 'object' || head === null || Array.isArray(head)) return head;
  if (Object.hasOwn(head, 'enterprises')) throw new InputFileError(name, 1, 'an NDJSON input has no "enterprises" on its first line: one enterprise per following line');
  return { ...head, enterprises };
}
