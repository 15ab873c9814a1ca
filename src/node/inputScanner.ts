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

const NDJSON_HEAD = 'an NDJSON input has no "enterprises" on its first line: one enterprise per following line';
const NDJSON_HEAD_ZH = 'NDJSON 输入的第一行不含 "enterprises"：其后每行一家企业';
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/**
 * Reads a planning input's text, given in pieces as they come off the disk, into one value,
 * without ever holding the whole text: the `enterprises` array's elements (JSON), or the lines
 * after the head (NDJSON), are cut out one at a time and parsed by `JSON.parse` as they end; the
 * rest of the document (the head: every other section) is kept as text and parsed at the end,
 * with `enterprises` in its place. So a directory of 10⁶ enterprises costs its rows, not its
 * 380 MB of text twice over (docs/performance.md, "Reading a province").
 *
 * The scanner only finds where values end (strings, escapes, nesting, commas and newlines); what
 * a value is, is `JSON.parse`'s to say, so anything that is not JSON is refused with its message
 * and the line where the value starts.
 *
 * - JSON: `{ …, "enterprises": [ row, row, … ], … }`, pretty-printed or not.
 * - NDJSON: a head object without `enterprises`, then one enterprise per line (what
 *   `double-random generate --format ndjson` writes); blank lines are skipped.
 */
export class InputScanner {
  /** The enterprise rows read so far. */
  readonly rows: unknown[] = [];
  private readonly head: string[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  /** Where text goes: the head, a row of the `enterprises` array, or NDJSON lines after the head. */
  private target: 'head' | 'array' | 'lines' = 'head';
  private topIsObject = false;
  private expectKey = false;
  private afterColon = false;
  private key: string[] | undefined;
  private lastKey: string | undefined;
  private seenEnterprises = false;
  private headEnded = false;
  private headEndLine = 0;
  /** The current row's text so far (pieces from earlier chunks) and the line it starts on. */
  private row: string[] = [];
  private rowLine = 1;
  private rowStarted = false;
  private commas = 0;
  private started = false;

  /**
   * @param file - The file's name, for messages.
   * @param ndjson - The file is named as NDJSON (`.ndjson`, `.jsonl`): a head line alone is then a
   *   directory with no enterprise (`enterprises: []`), as `generate --size 0 --format ndjson` writes it.
   */
  constructor(private readonly file: string, private readonly ndjson = false) {}

  /** Reads the next piece of the text. */
  push(text: string): void {
    let chunk = text;
    if (!this.started) {
      chunk = chunk.replace(/^\ufeff/, '');
      this.started = chunk.length > 0;
    }
    let mark = 0;
    let i = 0;
    while (i < chunk.length) {
      if (this.target === 'lines') {
        this.readLines(chunk, i);
        return;
      }
      if (this.inString) {
        i = this.skipString(chunk, i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      else if (c > 0x20) {
        if (this.target === 'array' && !this.rowStarted) {
          this.rowStarted = true;
          this.rowLine = this.line;
        }
        if (c === QUOTE) this.openString();
        else mark = this.structural(chunk, c, i, mark);
      }
      i++;
      if (this.headEnded && this.target === 'head') {
        this.save(chunk, mark, i);
        this.target = 'lines';
        this.rowLine = this.line;
        mark = i;
      }
    }
    this.save(chunk, mark, chunk.length);
  }

  /** The value read, once the text has ended. */
  end(): unknown {
    if (this.target === 'lines') this.endRow();
    const text = this.head.join('');
    if (text.trim() === '') throw this.error(undefined, 'empty: expected a planning input as JSON or NDJSON', '文件为空：应为 JSON 或 NDJSON 格式的规划输入');
    if (this.inString || this.depth !== 0) throw this.error(this.line, 'not JSON (the text ends inside a value)', '不是有效的 JSON（文本在某个值的中间结束）');
    const head = this.parse(text, undefined);
    if (this.seenEnterprises) {
      (head as Record<string, unknown>)['enterprises'] = this.rows;
      return head;
    }
    const object = typeof head === 'object' && head !== null && !Array.isArray(head);
    if (this.rows.length === 0) return this.ndjson && object && !Object.hasOwn(head, 'enterprises') ? { ...head, enterprises: [] } : head;
    if (!object) throw this.error(1, 'the first value of an NDJSON input must be an object (the input without its enterprises)', 'NDJSON 输入的第一个值应为对象（不含企业的规划输入）');
    if (Object.hasOwn(head, 'enterprises')) throw this.error(1, NDJSON_HEAD, NDJSON_HEAD_ZH);
    return { ...head, enterprises: this.rows };
  }

  /** Reads NDJSON lines from `chunk[from]` on, to the chunk's end. */
  private readLines(chunk: string, from: number): void {
    let at = from;
    for (;;) {
      const newline = chunk.indexOf('\n', at);
      if (newline < 0) {
        this.row.push(chunk.slice(at));
        return;
      }
      this.row.push(chunk.slice(at, newline));
      this.endRow();
      this.line++;
      this.rowLine = this.line;
      at = newline + 1;
    }
  }

  /** Skips string text from `chunk[from]`: to just after its closing quote, or to the chunk's end. */
  private skipString(chunk: string, from: number): number {
    let at = from;
    if (this.escaped) {
      this.escaped = false;
      at++;
    }
    // Backslashes before `floor` were read already: an escaped character skipped, or pairs of a previous piece.
    const floor = at;
    for (;;) {
      const quote = chunk.indexOf('"', at);
      if (quote < 0) {
        this.escaped = backslashesBefore(chunk, chunk.length, floor) % 2 === 1;
        this.keyPiece(chunk, from, chunk.length);
        return chunk.length;
      }
      if (backslashesBefore(chunk, quote, floor) % 2 === 0) {
        this.inString = false;
        this.keyPiece(chunk, from, quote);
        if (this.key !== undefined) this.endKey();
        return quote + 1;
      }
      at = quote + 1;
    }
  }

  /** A string opens: a key of the head's object is read as well as skipped. */
  private openString(): void {
    this.inString = true;
    this.afterColon = false;
    if (this.target === 'head' && this.depth === 1 && this.topIsObject && this.expectKey) this.key = [];
  }

  /** Adds string text to the key being read, if one is. */
  private keyPiece(chunk: string, from: number, to: number): void {
    if (this.key !== undefined && to > from) this.key.push(chunk.slice(from, to));
  }

  /** A key of the head's object has ended: remember it, and refuse a second `enterprises`. */
  private endKey(): void {
    const text = (this.key ?? []).join('');
    this.key = undefined;
    this.expectKey = false;
    this.lastKey = this.parse(`"${text}"`, this.line) as string;
  }

  /**
   * A character outside strings that is not white space, at `chunk[at]`: nesting, and the points
   * where the text changes hands (the `enterprises` array's brackets and commas). Returns the
   * chunk's new mark: where the text not yet saved begins.
   */
  private structural(chunk: string, c: number, at: number, mark: number): number {
    const wasAfterColon = this.afterColon;
    this.afterColon = false;
    if (c === 0x7b || c === 0x5b) {
      if (this.depth === 0 && this.target === 'head') this.topIsObject = c === 0x7b;
      if (this.depth === 1 && c === 0x5b && wasAfterColon && this.lastKey === 'enterprises' && this.target === 'head') return this.openRows(chunk, at, mark);
      if (this.depth === 0 && c === 0x7b) this.expectKey = true;
      this.depth++;
      return mark;
    }
    if (c === 0x7d || c === 0x5d) return this.close(chunk, c, at, mark);
    if (this.depth === 1 && this.target === 'head') {
      if (c === 0x2c) this.expectKey = this.topIsObject;
      else if (c === 0x3a) this.afterColon = true;
    }
    if (c === 0x2c && this.depth === 2 && this.target === 'array') {
      this.commas++;
      this.save(chunk, mark, at);
      this.endRow();
      return at + 1;
    }
    return mark;
  }

  /** The `enterprises` array opens at `chunk[at]`: the head keeps `[`, its elements become rows. */
  private openRows(chunk: string, at: number, mark: number): number {
    if (this.seenEnterprises) throw this.error(this.line, 'not a planning input: "enterprises" is given twice', '不是有效的规划输入："enterprises" 出现了两次');
    this.seenEnterprises = true;
    this.save(chunk, mark, at + 1);
    this.target = 'array';
    this.depth++;
    this.rowStarted = false;
    this.commas = 0;
    return at + 1;
  }

  /** A `}` or `]` at `chunk[at]`: the end of a row's array, of the head, or of a nested value. */
  private close(chunk: string, c: number, at: number, mark: number): number {
    this.depth--;
    if (this.depth < 0) throw this.error(this.line, `not JSON (an unexpected "${String.fromCharCode(c)}")`, `不是有效的 JSON（多余的 "${String.fromCharCode(c)}"）`);
    if (this.target === 'array' && this.depth === 1) {
      this.save(chunk, mark, at);
      if (this.commas > 0 || this.row.join('').trim() !== '') this.endRow();
      this.row = [];
      this.target = 'head';
      return at;
    }
    if (this.depth === 0 && this.target === 'head') {
      this.headEnded = true;
      this.headEndLine = this.line;
    }
    return mark;
  }

  /** Saves `chunk[from, to)` to the text of the current target. */
  private save(chunk: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.target === 'head') this.head.push(chunk.slice(from, to));
    else this.row.push(chunk.slice(from, to));
  }

  /** Parses the row read so far (a blank NDJSON line is skipped) and starts the next. */
  private endRow(): void {
    const text = this.row.length === 1 ? (this.row[0] as string) : this.row.join('');
    this.row = [];
    this.rowStarted = false;
    if (text.trim() === '') {
      if (this.target === 'lines') return;
      throw this.error(this.rowLine, 'not JSON (an empty element in "enterprises": a comma too many?)', '不是有效的 JSON（"enterprises" 中有空元素：是否多了逗号？）');
    }
    if (this.target === 'lines' && this.headEndLine > 1) throw this.error(this.rowLine, `not JSON (more text after the end of the document on line ${this.headEndLine})`, `不是有效的 JSON（文档在第 ${this.headEndLine} 行结束后还有内容）`);
    if (this.target === 'lines' && this.seenEnterprises) throw this.error(1, NDJSON_HEAD, NDJSON_HEAD_ZH);
    this.rows.push(this.parse(text, this.rowLine));
  }

  private parse(text: string, line: number | undefined): unknown {
    try {
      return JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      throw this.error(line, `not JSON (${message})`, `不是有效的 JSON（${message}）`);
    }
  }

  private error(line: number | undefined, detail: string, detailZh: string): InputFileError {
    return new InputFileError(this.file, line, detail, detailZh);
  }
}

/** How many backslashes stand right before `chunk[at]`, from `floor` on. */
function backslashesBefore(chunk: string, at: number, floor: number): number {
  let count = 0;
  while (at - count - 1 >= floor && chunk.charCodeAt(at - count - 1) === BACKSLASH) count++;
  return count;
}
