import { createInterface } from 'node:readline';
import { Transform, type Readable } from 'node:stream';
import type { CliIo } from './io.js';

/** Why a file could not be read as JSON or NDJSON: the file, and the line when known. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
    readonly detailZh: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
  }
}

/**
 * The stream's text, decoded as strict UTF-8: a byte sequence that is not UTF-8 (a file saved as
 * GBK) is an error naming the encoding, not text with U+FFFD in it.
 */
function utf8(stream: Readable, file: string): Readable {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text = new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      try {
        callback(null, typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      } catch {
        callback(new InputFileError(file, undefined, 'not UTF-8 text (saved as GBK or another encoding?): save it as UTF-8', '不是 UTF-8 文本（是否保存成了 GBK 等编码？）：请另存为 UTF-8'));
      }
    },
  });
  // pipe() does not pass on the source's error (a missing file): the text stream fails with it.
  stream.once('error', (error) => text.destroy(error));
  return stream.pipe(text);
}

/** The lines of a stream, one at a time, so that no whole-file string is built. */
async function* linesOf(stream: Readable): AsyncGenerator<string> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // readline does not pass on an error of its input: the input's own error ends the lines.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  const iterator = lines[Symbol.asyncIterator]();
  for (;;) {
    const next = await Promise.race([iterator.next(), failed]);
    if (next.done === true) return;
    yield next.value;
  }
}

/** One JSON value, or an {@link InputFileError} naming where. */
function parseLine(text: string, file: string, line: number | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFileError(file, line, `not JSON (${(error as Error).message})`, `不是有效的 JSON（${(error as Error).message}）`);
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
  const name = file === '-' ? '(standard input)' : file;
  const lines = linesOf(utf8(file === '-' ? io.stdin : io.open(file), name));
  const first = await lines.next();
  if (first.done === true) throw new InputFileError(name, undefined, 'empty: expected a planning input as JSON or NDJSON', '文件为空：应为 JSON 或 NDJSON 格式的规划输入');
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
  if (Object.hasOwn(head, 'enterprises')) throw new InputFileError(name, 1, 'an NDJSON input has no "enterprises" on its first line: one enterprise per following line', 'NDJSON 输入的第一行不含 "enterprises"：其后每行一家企业');
  return { ...head, enterprises };
}
