import type { PlanningInput } from '../model/types.js';

type InspectionRecord = PlanningInput['history'][number];

/** Orders strings by UTF-16 code units, as `Array.prototype.sort` does by default (a comparator is faster in V8). */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A list of ids as the canonical JSON writes it: sorted (itself when it already is). A record's
 * lists are a few ids: up to 16 sorted by insertion into one new array, as `Array.prototype.sort` allocated
 * about 850 bytes a call, 12 MB for a year's records at 10⁶ (docs/performance.md, "History").
 */
export function sortedIds(values: readonly string[]): readonly string[] {
  let i = 1;
  while (i < values.length && (values[i - 1] as string) <= (values[i] as string)) i++;
  if (i >= values.length) return values;
  if (values.length > 16) return [...values].sort(byCodeUnits);
  const out = values.slice();
  for (; i < out.length; i++) {
    const id = out[i] as string;
    let j = i - 1;
    for (; j >= 0 && (out[j] as string) > id; j--) out[j + 1] = out[j] as string;
    out[j + 1] = id;
  }
  return out;
}

/** The ASCII codes of a constant piece of a record's text. */
const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const DATE = ascii('{"date":"');
const DEPARTMENTS = ascii('","departments":[');
const ENTERPRISE = ascii('],"enterprise":"');
const ITEM_KINDS = ascii('","itemKinds":[');
const JOINT = ascii('],"joint":');
const REASON = ascii(',"reason":"');
const UNIFIED = ascii('","unified":');
const TRUE = ascii('true');
const FALSE = ascii('false');
/** Bytes of a record's text besides its strings (the constant pieces, `false` twice, `}`) and a word of padding. */
const FIXED = DATE.length + DEPARTMENTS.length + ENTERPRISE.length + ITEM_KINDS.length + JOINT.length + REASON.length + UNIFIED.length + 2 * FALSE.length + 1 + 4;

/** Whether the platform stores a 32-bit word's lowest byte first (as every platform Node runs on does). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * A year's records, each as its canonical JSON text in ASCII bytes (`recordJson` in
 * inputDigest.ts writes the same text as a string), in the order of the texts as strings.
 */
export interface RecordBytes {
  /** Every record's text, each from a multiple of 4 bytes and padded with zeros to one. */
  readonly bytes: Uint8Array;
  readonly start: Int32Array;
  readonly length: Int32Array;
  /** The records in the order of their texts. */
  readonly order: readonly number[];
}

/**
 * The history's records as canonical JSON in ASCII bytes, sorted as their texts, or `undefined`
 * when a record has a key besides its seven or a string with a character outside printable ASCII,
 * a `"` or a `\` (the string path writes those: their text needs escapes, or their order as UTF-16
 * is not their order as bytes). Written and compared as bytes, a year's 25 000 records at 10⁶ take
 * no string each: as `JSON.stringify` results, the texts were 12 MB of garbage and their sort
 * compared them character by character (docs/performance.md, "History"). The sort compares four
 * bytes at a time: a word read in the platform's byte order is equal for equal bytes, and the first
 * unequal word, its bytes put in reading order, orders the two texts (zeros pad the shorter, and no
 * record's text is the beginning of another's, as each ends at its closing brace).
 */
export function recordBytes(history: readonly InspectionRecord[]): RecordBytes | undefined {
  let bytes: Uint8Array = new Uint8Array(Math.max(256, history.length * 200));
  const start = new Int32Array(history.length);
  const length = new Int32Array(history.length);
  let at = 0;
  for (let i = 0; i < history.length; i++) {
    const r = history[i] as InspectionRecord;
    if (!hasSevenKeys(r)) return undefined;
    const departments = sortedIds(r.departments);
    const itemKinds = sortedIds(r.itemKinds);
    const bound = at + FIXED + r.date.length + r.enterprise.length + r.reason.length + listLength(departments) + listLength(itemKinds);
    if (bound > bytes.length) bytes = grown(bytes, bound);
    const end = writeRecord(r, departments, itemKinds, bytes, at);
    if (end < 0) return undefined;
    start[i] = at;
    length[i] = end - at;
    at = (end + 3) & ~3;
  }
  return { bytes, start, length, order: textOrder(history, bytes, at, start, length) };
}

/** Words of a text's beginning that the records of one date share: `{"date":"YYYY-MM-DD"` is 20 bytes. */
const DATE_WORDS = 5;

/**
 * The records (`start`, `length` in `bytes`, whose first `end` bytes they fill) in the order of
 * their texts: grouped by date (the texts' first 20 bytes), the dates sorted, then each date's
 * records compared from their 21st byte.
 */
function textOrder(history: readonly InspectionRecord[], bytes: Uint8Array, end: number, start: Int32Array, length: Int32Array): number[] {
  // Signed words: V8 keeps an Int32Array's values as small integers, where a Uint32Array's above 2³¹ are doubles (3× slower to sort).
  const words = new Int32Array(bytes.buffer, 0, end >>> 2);
  const first = new Int32Array(start.length);
  const count = new Int32Array(start.length);
  const byDate = new Map<string, number[]>();
  for (let i = 0; i < start.length; i++) {
    first[i] = ((start[i] as number) >>> 2) + DATE_WORDS;
    count[i] = (((length[i] as number) + 3) >>> 2) - DATE_WORDS;
    const date = (history[i] as InspectionRecord).date;
    const same = byDate.get(date);
    if (same === undefined) byDate.set(date, [i]);
    else same.push(i);
  }
  const order: number[] = [];
  for (const date of [...byDate.keys()].sort(byCodeUnits)) {
    const same = (byDate.get(date) as number[]).sort((a, b) => compareWords(words, first[a] as number, count[a] as number, first[b] as number, count[b] as number));
    for (let k = 0; k < same.length; k++) order.push(same[k] as number);
  }
  return order;
}

/** The seven keys of an inspection record. */
const RECORD_KEYS = ['date', 'departments', 'enterprise', 'itemKinds', 'joint', 'reason', 'unified'] as const;

/**
 * Whether a record's own enumerable keys are exactly its seven (as every parsed record's are): then
 * its canonical JSON is those seven fields in key order. A record with another key, or one of the
 * seven only on its prototype (an object built by hand), is written by the generic writer, which
 * writes the record's own keys, as the canonical JSON defines it.
 */
export function hasSevenKeys(r: object): boolean {
  let count = 0;
  for (const key in r) if (Object.hasOwn(r, key)) count++;
  if (count !== RECORD_KEYS.length) return false;
  for (let k = 0; k < RECORD_KEYS.length; k++) if (!Object.hasOwn(r, RECORD_KEYS[k] as string)) return false;
  return true;
}

/** At most the bytes a list of ids takes in a record's text. */
function listLength(ids: readonly string[]): number {
  let sum = 0;
  for (let i = 0; i < ids.length; i++) sum += (ids[i] as string).length + 3;
  return sum;
}

/** A copy of `bytes` with room for at least `bound` bytes. */
function grown(bytes: Uint8Array, bound: number): Uint8Array {
  const more = new Uint8Array(Math.max(2 * bytes.length, bound));
  more.set(bytes);
  return more;
}

/** Writes a record's canonical text at `out[at]` (`departments`, `itemKinds` sorted) and returns its end, or −1 when a string is not plain ASCII. */
function writeRecord(r: InspectionRecord, departments: readonly string[], itemKinds: readonly string[], out: Uint8Array, at: number): number {
  let end = piece(DATE, out, at);
  end = plain(r.date, out, end);
  if (end < 0) return -1;
  end = list(departments, out, piece(DEPARTMENTS, out, end));
  if (end < 0) return -1;
  end = plain(r.enterprise, out, piece(ENTERPRISE, out, end));
  if (end < 0) return -1;
  end = list(itemKinds, out, piece(ITEM_KINDS, out, end));
  if (end < 0) return -1;
  end = piece(r.joint ? TRUE : FALSE, out, piece(JOINT, out, end));
  end = plain(r.reason, out, piece(REASON, out, end));
  if (end < 0) return -1;
  end = piece(r.unified ? TRUE : FALSE, out, piece(UNIFIED, out, end));
  out[end] = 125; // }
  return end + 1;
}

/** Writes a constant piece at `out[at]` and returns its end. */
function piece(bytes: Uint8Array, out: Uint8Array, at: number): number {
  for (let i = 0; i < bytes.length; i++) out[at + i] = bytes[i] as number;
  return at + bytes.length;
}

/** Writes ids as the inside of a JSON array of strings at `out[at]` and returns the end, or −1 (see {@link plain}). */
function list(ids: readonly string[], out: Uint8Array, at: number): number {
  let end = at;
  for (let i = 0; i < ids.length && end >= 0; i++) {
    if (i > 0) out[end++] = 44; // ,
    out[end] = 34; // "
    end = plain(ids[i] as string, out, end + 1);
    if (end >= 0) out[end++] = 34;
  }
  return end;
}

/** Writes a string that JSON writes as it is (printable ASCII, no `"` or `\`) at `out[at]` and returns its end, or −1 for any other string, or when `at` is −1. */
function plain(text: string, out: Uint8Array, at: number): number {
  if (at < 0) return -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) return -1;
    out[at + i] = c;
  }
  return at + text.length;
}

/** Orders two texts stored as words from `a` and `b` (`na`, `nb` words, zero-padded) as their bytes. */
function compareWords(words: Int32Array, a: number, na: number, b: number, nb: number): number {
  const n = Math.min(na, nb);
  for (let k = 0; k < n; k++) {
    const x = words[a + k] as number;
    const y = words[b + k] as number;
    if (x !== y) {
      // The first unequal byte in reading order: the lowest one that differs in a little-endian word, the highest in a big-endian one.
      const differ = x ^ y;
      const shift = (LITTLE_ENDIAN ? 31 - Math.clz32(differ & -differ) : 31 - Math.clz32(differ)) & ~7;
      return ((x >>> shift) & 0xff) < ((y >>> shift) & 0xff) ? -1 : 1;
    }
  }
  return na - nb;
}

/** Where the head's text goes: text, and ASCII bytes (`bytes[0, count)`). */
export interface HeadSink {
  readonly text: (text: string) => void;
  readonly ascii: (bytes: Uint8Array, count: number) => void;
}

/**
 * Writes texts as the elements of a JSON array of strings (without its brackets), each as
 * `JSON.stringify` writes it, separated by commas: printable ASCII escaped byte by byte (a `"` or
 * `\` gets a `\` before it; a canonical JSON text holds no raw control character) and handed on
 * as bytes `piece` at a time; any other text handed on as `JSON.stringify` writes it. At 10⁷
 * enterprises a year's history is 250 000 records, 50 MB of text: escaped as strings and joined,
 * it was three more copies of it as garbage (docs/performance.md, "History").
 */
export class JsonStrings {
  private out: Uint8Array;
  private at = 0;
  private count = 0;

  constructor(private readonly sink: HeadSink, piece: number) {
    this.out = new Uint8Array(piece);
  }

  /** Adds the printable ASCII `bytes[from, to)` as one string. */
  addBytes(bytes: Uint8Array, from: number, to: number): void {
    this.open(to - from);
    // Locals, not fields, in the loops over characters: twice as fast.
    const { out } = this;
    let { at } = this;
    for (let i = from; i < to; i++) {
      const c = bytes[i] as number;
      if (c === 34 || c === 92) out[at++] = 92;
      out[at++] = c;
    }
    out[at++] = 34;
    this.at = at;
  }

  /** Adds a text, as bytes when it is printable ASCII. */
  addText(text: string): void {
    const start = this.open(text.length);
    const { out } = this;
    let { at } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 32 || c > 126) {
        this.sink.ascii(out, start);
        this.sink.text(`${this.count > 1 ? ',' : ''}${JSON.stringify(text)}`);
        this.at = 0;
        return;
      }
      if (c === 34 || c === 92) out[at++] = 92;
      out[at++] = c;
    }
    out[at++] = 34;
    this.at = at;
  }

  /** Hands on what is left. */
  end(): void {
    this.sink.ascii(this.out, this.at);
    this.at = 0;
  }

  /** Makes room for a string of `length` characters, writes its comma and opening quote, and returns where they begin. */
  private open(length: number): number {
    const most = 2 * length + 3;
    if (this.at + most > this.out.length) {
      this.sink.ascii(this.out, this.at);
      this.at = 0;
      if (most > this.out.length) this.out = new Uint8Array(most);
    }
    const start = this.at;
    if (this.count++ > 0) this.out[this.at++] = 44; // ,
    this.out[this.at++] = 34; // "
    return start;
  }
}

/** Writes the records' texts in order as JSON strings (see {@link JsonStrings}), handing on `piece` bytes at a time. */
export function writeEscaped(records: RecordBytes, sink: HeadSink, piece: number): void {
  const { bytes, start, length, order } = records;
  const out = new JsonStrings(sink, piece);
  for (let k = 0; k < order.length; k++) {
    const r = order[k] as number;
    out.addBytes(bytes, start[r] as number, (start[r] as number) + (length[r] as number));
  }
  out.end();
}
