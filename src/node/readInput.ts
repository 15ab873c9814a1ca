import { Transform, type Readable } from 'node:stream';
import type { CliIo } from './io.js';
import { InputFileError, InputScanner } from './inputScanner.js';

/**
 * The stream's text, decoded as strict UTF-8: a byte sequence that is not UTF-8 (a file saved as
 * GBK) is an error naming the encoding, not text with U+FFFD in it.
 */
function utf8(stream: Readable, file: string): Readable {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const notUtf8 = (): InputFileError => new InputFileError(file, undefined, 'not UTF-8 text (saved as GBK or another encoding?): save it as UTF-8', '不是 UTF-8 文本（是否保存成了 GBK 等编码？）：请另存为 UTF-8');
  // Strings out (readableObjectMode), not bytes encoded again.
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer | string, _encoding, callback) {
      try {
        callback(null, typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      } catch {
        callback(notUtf8());
      }
    },
    // A file cut inside a character ends in an incomplete sequence: not UTF-8 either.
    flush(callback) {
      try {
        callback(null, decoder.decode());
      } catch {
        callback(notUtf8());
      }
    },
  });
  // pipe() does not pass on the source's error (a missing file): the text stream fails with it.
  stream.once('error', (error) => text.destroy(error));
  return stream.pipe(text);
}

/**
 * A planning input from a file or standard input (`-`), as JSON or as NDJSON, read as a stream
 * (src/node/inputScanner.ts): the text is never held whole, and each enterprise row is parsed as
 * it ends. NDJSON is the input without its `enterprises` on the first line, then one enterprise per
 * line (what `double-random generate --format ndjson` writes). The format is told by the content:
 * a head object followed by more lines is NDJSON. A UTF-8 byte-order mark is skipped.
 */
export async function readInput(file: string, io: CliIo): Promise<unknown> {
  const name = file === '-' ? '(standard input)' : file;
  const scanner = new InputScanner(name, /\.(ndjson|jsonl)$/i.test(file));
  for await (const piece of utf8(file === '-' ? io.stdin : io.open(file), name)) scanner.push(piece as string);
  return scanner.end();
}
