// The CLI's streaming reader (#25 point 1): a planning input read in pieces, JSON or NDJSON, must be
// exactly what JSON.parse makes of the whole text, whatever the pieces' boundaries (inside a string,
// an escape, a key, between a backslash and its quote), and anything that is not JSON must be
// refused with JSON.parse's message and the line where the bad row starts.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { InputFileError, InputScanner } from '../../src/node/inputScanner.js';

/** Reads `text` cut at `cuts`. */
function scan(text: string, cuts: readonly number[] = []): unknown {
  const scanner = new InputScanner('in.json');
  const points = [...new Set([0, ...cuts.map((c) => c % (text.length + 1)), text.length])].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) scanner.push(text.slice(points[k], points[k + 1]));
  return scanner.end();
}

/** The error `scan` throws, or undefined. */
function failure(text: string, cuts: readonly number[] = []): InputFileError | undefined {
  try {
    scan(text, cuts);
    return undefined;
  } catch (error) {
    if (error instanceof InputFileError) return error;
    throw error;
  }
}

/** Strings that stress the scanner: quotes, backslashes (also in runs), brackets, commas, newlines escaped, non-ASCII. */
const nasty = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', ',', ':', 'a', '企', '😀', '\n', '\t', ' '), maxLength: 12 });
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, nasty, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(nasty, tie('any'), { maxKeys: 3 })),
})).any;
const row = fc.oneof(fc.dictionary(nasty, value, { maxKeys: 5 }), value);
const head = fc.dictionary(fc.oneof(nasty, fc.constantFrom('policy', 'history', 'versions')), value, { maxKeys: 4 }).map((h) => {
  const copy: Record<string, unknown> = { ...h };
  delete copy['enterprises'];
  return copy;
});
const indent = fc.constantFrom(undefined, 0, 1, 2, '\t');

test.prop([head, fc.array(row, { maxLength: 8 }), fc.nat(4), indent, fc.array(fc.nat(), { maxLength: 12 })], { numRuns: 1000 })('JSON in any pieces reads as JSON.parse reads the whole text, enterprises anywhere among the keys', (h, rows, place, space, cuts) => {
  const entries = Object.entries(h);
  entries.splice(Math.min(place, entries.length), 0, ['enterprises', rows]);
  const document = Object.fromEntries(entries);
  const text = JSON.stringify(document, null, space);
  expect(scan(text, cuts)).toEqual(JSON.parse(text));
});

test.prop([head, fc.array(row, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean()], { numRuns: 1000 })('NDJSON in any pieces reads as its head with one enterprise per line', (h, rows, cuts, crlf) => {
  const end = crlf ? '\r\n' : '\n';
  const text = [JSON.stringify(h), ...rows.map((r) => JSON.stringify(r)), ''].join(end);
  expect(scan(text, cuts)).toEqual({ ...h, enterprises: rows });
});

it('the generators reach strings ending in a backslash run before a quote, nested enterprises keys and rows that are not objects', () => {
  const texts = fc.sample(fc.array(row, { maxLength: 8 }), { numRuns: 500, seed: 25 }).map((r) => JSON.stringify(r));
  expect(texts.filter((t) => t.includes('\\\\\\"')).length).toBeGreaterThan(20);
  expect(texts.filter((t) => /\[(?:"|\d|true|false|null)/.test(t)).length).toBeGreaterThan(20);
});

describe('what is not JSON is refused, with the line of the row', () => {
  const good = '{"a":1}';
  it.each([
    ['a trailing comma in enterprises', `{"enterprises":[${good},]}`, 1],
    ['a leading comma', `{"enterprises":[,${good}]}`, 1],
    ['two commas', `{"enterprises":[${good},,${good}]}`, 1],
    ['a bad row on line 4', `{\n "enterprises": [\n  ${good},\n  {"a": tru}\n ]\n}`, 4],
    ['a bad NDJSON line 3', `{"policy":{}}\n${good}\n{"a":\n`, 3],
    ['a text cut inside a string', '{"enterprises":[{"a":"b', 1],
    ['a text cut inside the array', `{"enterprises":[${good}`, 1],
    ['a closing bracket too many', `{"enterprises":[]}]`, 1],
    ['enterprises twice', `{"enterprises":[],"enterprises":[${good}]}`, 1],
    ['NDJSON after a head with enterprises', `{"enterprises":[]}\n${good}\n`, 1],
    ['NDJSON after a head that is not an object', `[1]\n${good}\n`, 1],
  ])('%s', (_, text, line) => {
    const error = failure(text);
    expect(error).toBeInstanceOf(InputFileError);
    expect(error?.line).toBe(line);
  });
  it('says what is wrong where JSON.parse would not (outside review of #25): an empty element, text after a pretty-printed document', () => {
    expect(failure(`{"enterprises":[${good},]}`)?.detail).toMatch(/empty element in "enterprises": a comma too many/);
    expect(failure(`{\n "enterprises": [${good}]\n}\nx\n`)?.detail).toMatch(/more text after the end of the document on line 3/);
    expect(failure(`{\n "enterprises": [${good}]\n}\n{"b":2}\n`)?.line).toBe(4);
  });
  it('an empty file, or only white space, or only a byte-order mark', () => {
    for (const text of ['', '  \n', '\ufeff']) expect(failure(text)?.detail).toMatch(/^empty/);
  });
  it('a head that is not JSON is refused with JSON.parse\'s message', () => {
    expect(failure('{"policy": nope, "enterprises": []}')?.detail).toMatch(/^not JSON \(/);
  });
});

describe('what is JSON is read', () => {
  it('a byte-order mark, an escaped "enterprises" key, and an enterprises key inside a section', () => {
    expect(scan('\ufeff{"enterpri\\u0073es":[{"a":1}],"policy":{"enterprises":[2]}}')).toEqual({ enterprises: [{ a: 1 }], policy: { enterprises: [2] } });
  });
  it('an NDJSON file (.ndjson, .jsonl) with its head line alone is a directory with no enterprise, as generate --size 0 writes it; a JSON file without enterprises is left to validation', () => {
    for (const name of ['in.ndjson', 'IN.JSONL']) {
      const scanner = new InputScanner(name, true);
      scanner.push('{"policy":{}}\n');
      expect(scanner.end()).toEqual({ policy: {}, enterprises: [] });
    }
    expect(scan('{"policy":{}}\n')).toEqual({ policy: {} });
  });
  it('enterprises that are not an array are left to validation', () => {
    expect(scan('{"enterprises": 5}')).toEqual({ enterprises: 5 });
    expect(scan('[1, 2]')).toEqual([1, 2]);
    expect(scan('"text"')).toBe('text');
  });
  it('a backslash at the end of one piece escaping the quote at the start of the next', () => {
    const text = '{"enterprises":[{"a":"x\\\\\\"y"}]}';
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut])).toEqual(JSON.parse(text));
  });
});
