// A year of history in the input digest (#25 point 2): records are written by a fast path (their
// seven fields in key order) and the head is fed to the hasher without one UTF-8 copy of it. Both
// must give the text docs/draw-algorithm.md defines, for any record a platform can send: ids with
// quotes, backslashes, control characters, non-ASCII and lone surrogates, and records with a key
// the fast path does not know (written by the generic writer).
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { inputDigest, type InspectionRecord, type PlanningInput } from '../../src/index.js';
import { createSha256 as nativeSha256 } from '../../src/random/hash/node.js';
import { createSha256 as portableSha256 } from '../../src/random/hash/portable.js';
import { inputHead } from '../../src/random/inputDigest.js';
import { updateText, utf8Bytes } from '../../src/random/sha256.js';
import { generateDirectory } from '../../src/testing/index.js';
import { reference } from './digestReference.js';

/** Canonical JSON the plain way: keys sorted, every value written by the same recursive rule. */
function plainJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(plainJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${entries.map((k) => `${JSON.stringify(k)}:${plainJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The head as draw-algorithm.md §5 part 1 states it, history records by the plain writer. */
function plainHistory(input: PlanningInput): string {
  return plainJson(input.history.map((r) => plainJson({ ...r, departments: [...r.departments].sort(), itemKinds: [...r.itemKinds].sort() })).sort());
}

const template = generateDirectory({ size: 50, seed: 'history-digest', batch: 2 });
/** Any string, the awkward characters often: quotes, backslashes, controls, CJK, lone surrogates. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0001', '\u007f', '企', '\ud800', '\udc00', 'a', ':'), maxLength: 6 }),
  fc.constantFrom('samr', 'samr:registration', 'culture', 'culture:venues'),
);
const record = fc.record({
  enterprise: text,
  date: fc.constantFrom('2024-01-05', '2024-03-31', '2023-12-31'),
  departments: fc.array(text, { maxLength: 3 }),
  itemKinds: fc.array(text, { maxLength: 3 }),
  joint: fc.boolean(),
  unified: fc.boolean(),
  reason: fc.constantFrom('random', 'complaint', 'referral'),
}).chain((r) => fc.option(fc.constantFrom('note', 'aaa', 'zzz'), { nil: undefined }).map((extra) => (extra === undefined ? r : { ...r, [extra]: 'x' })));

test.prop([fc.array(record, { maxLength: 30 })], { numRuns: 1000 })('records are written as the plain canonical writer writes them, whatever their strings and keys', (history) => {
  const input = { ...template, history: history as unknown as InspectionRecord[] };
  const head = inputHead(input);
  const at = head.indexOf('"history":') + '"history":'.length;
  expect(head.slice(at, at + plainHistory(input).length)).toBe(plainHistory(input));
});

plain('the generator reaches records with extra keys, escapes, surrogates and ties', () => {
  const samples = fc.sample(fc.array(record, { maxLength: 30 }), { numRuns: 300, seed: 25 }).flat();
  const json = samples.map((r) => JSON.stringify(r));
  expect(samples.filter((r) => Object.keys(r).length !== 7).length).toBeGreaterThan(samples.length / 10);
  expect(json.filter((j) => j.includes('\\\\') || j.includes('\\"')).length).toBeGreaterThan(samples.length / 10);
  expect(json.filter((j) => j.includes('\\ud800') || j.includes('\\udc00')).length).toBeGreaterThan(samples.length / 20);
  expect(samples.filter((r) => r.departments.length > 1).length).toBeGreaterThan(samples.length / 5);
});

/** Whether a record takes the byte path (`recordBytes`): seven keys, every string printable ASCII without `"` or `\`. */
const plainRecord = (r: object): boolean => Object.keys(r).length === 7 && Object.values(r).flat().every((v) => typeof v !== 'string' || (/^[\x20-\x7e]*$/u.test(v) && !/["\\]/u.test(v)));
/** Plain ASCII ids that are often the beginning of one another or equal, of every length mod 4 (the byte path compares texts four bytes at a time). */
const plainText = fc.oneof(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '~', '!', ':', '0'), maxLength: 9 }), fc.constantFrom('samr', 'samr:registration', 'sam', 'samr!'));
const plainHistoryRecord = fc.record({
  enterprise: plainText,
  date: fc.constantFrom('2024-01-05', '2024-03-31'),
  departments: fc.array(plainText, { maxLength: 3 }),
  itemKinds: fc.array(plainText, { maxLength: 3 }),
  joint: fc.boolean(),
  unified: fc.boolean(),
  reason: fc.constantFrom('random', 'complaint'),
});
/** Plain records, some given twice, now and then with one record of the string path among them. */
const mixedHistory = fc.tuple(fc.array(plainHistoryRecord, { maxLength: 40 }), fc.nat(3), fc.option(record, { freq: 3, nil: undefined }))
  .map(([plain, twice, odd]) => [...plain, ...plain.slice(0, twice), ...(odd === undefined ? [] : [odd])]);

test.prop([mixedHistory], { numRuns: 1000 })('records of plain ASCII are written and sorted as bytes as the plain writer writes and sorts them (R4)', (history) => {
  const input = { ...template, history: history as unknown as InspectionRecord[] };
  const head = inputHead(input);
  const at = head.indexOf('"history":') + '"history":'.length;
  expect(head.slice(at, at + plainHistory(input).length)).toBe(plainHistory(input));
});

plain('the histories reach both paths: all records plain, and one record of the string path among plain ones', () => {
  const histories = fc.sample(mixedHistory, { numRuns: 300, seed: 25 });
  expect(histories.filter((h) => h.length > 5 && h.every(plainRecord)).length).toBeGreaterThan(30);
  expect(histories.filter((h) => h.length > 5 && !h.every(plainRecord)).length).toBeGreaterThan(30);
  // Ties (a record given twice), and texts that agree up to the enterprise: the same date and departments.
  expect(histories.filter((h) => new Set(h.map((r) => JSON.stringify(r))).size < h.length).length).toBeGreaterThan(30);
  expect(histories.filter((h) => new Set(h.map((r) => `${r.date}${JSON.stringify(r.departments)}`)).size < h.length - 3).length).toBeGreaterThan(30);
});

/** Text whose pieces end on every kind of character: a pair split at the piece size, lone halves, 2- and 3-byte characters. */
const long = fc.tuple(fc.oneof(fc.nat(40_000), fc.constantFrom(16_381, 16_382, 16_383, 32_766, 32_767)), fc.string({ unit: fc.constantFrom('a', 'é', '企', '😀', '\ud800', '\udfff'), maxLength: 40 }), fc.nat(3)).map(([pad, tail, k]) => 'x'.repeat(pad) + '😀'.repeat(k) + tail);

test.prop([long], { numRuns: 200 })('updateText feeds the bytes utf8Bytes gives, by both hashers, a surrogate pair across a piece boundary included', (value) => {
  const expected = bytesToHex(sha256(utf8Bytes(value)));
  for (const create of [nativeSha256, portableSha256]) {
    const hash = create();
    updateText(hash, value);
    expect(hash.hex()).toBe(expected);
  }
});

plain('a surrogate pair straddling the 16 384-character piece boundary is encoded whole, as TextEncoder does', () => {
  const value = `${'x'.repeat((1 << 14) - 1)}😀${'y'.repeat(5)}\ud800`;
  const hash = portableSha256();
  updateText(hash, value);
  expect(hash.hex()).toBe(bytesToHex(sha256(new TextEncoder().encode(value))));
  expect(utf8ToBytes('😀')).toEqual(utf8Bytes('😀'));
});

/** A year's history of 40 000 enterprises: about 2 600 records, several 64 KB pieces of the head. */
const year = generateDirectory({ size: 40_000, seed: 'history-digest-big', batch: 3 }).history;
/** That history with records whose strings are long, escaped or not ASCII among them. */
const bigHistory = fc.tuple(
  fc.array(record, { maxLength: 20 }),
  fc.array(fc.tuple(fc.oneof(fc.nat(40_000), fc.integer({ min: 1 << 15, max: 40_000 })), fc.constantFrom('"', '\\', '企', 'a', '\ud800')), { maxLength: 3 }),
).map(([odd, longs]) => {
  // Codes no parser would pass: the digest writes whatever string a record holds.
  const long = longs.map(([pad, c], k) => ({ ...(year[k % year.length] as InspectionRecord), enterprise: 'x'.repeat(pad) + c }) as unknown as InspectionRecord);
  return [...year, ...(odd as unknown as InspectionRecord[]), ...long];
});

test.prop([bigHistory], { numRuns: 15 })('a history of several 64 KB pieces is written and hashed as the plain writer and hasher do it (R4)', (history) => {
  const input = { ...template, history };
  const head = inputHead(input);
  const at = head.indexOf('"history":') + '"history":'.length;
  expect(head.length).toBeGreaterThan(1 << 17);
  expect(head.slice(at, at + plainHistory(input).length)).toBe(plainHistory(input));
  const digest = inputDigest(input);
  expect(digest._tag === 'Right' && digest.right).toBe(reference(input));
});

plain('the big histories reach a record longer than a piece, and records escaped or not ASCII', () => {
  const samples = fc.sample(bigHistory, { numRuns: 15, seed: 25 });
  const longest = (h: readonly InspectionRecord[]): number => Math.max(...h.map((r) => r.enterprise.length));
  expect(samples.filter((h) => longest(h) > 1 << 15).length).toBeGreaterThan(2);
  expect(samples.filter((h) => h.some((r) => /[^\x20-\x7e]/u.test(r.enterprise))).length).toBeGreaterThan(2);
  expect(samples.filter((h) => h.some((r) => /["\\]/u.test(r.enterprise))).length).toBeGreaterThan(2);
});

plain('a forged record with a key of its prototype is written as its own keys are, on both paths (outside review of #25)', () => {
  const [first] = year;
  if (first === undefined) throw new Error('the example needs history');
  const { unified: _, ...six } = first;
  // Seven own keys, but `unified` comes from the prototype and `note` is its own.
  const forged = (note: string): InspectionRecord => Object.assign(Object.create({ unified: false }) as object, six, { note }) as unknown as InspectionRecord;
  for (const rest of [year.slice(1, 40), [{ ...first, enterprise: '企业' } as unknown as InspectionRecord]]) {
    const a = { ...template, history: [forged('A'), ...rest] };
    const b = { ...template, history: [forged('B'), ...rest] };
    expect(inputHead(a)).not.toBe(inputHead(b));
    const at = inputHead(a).indexOf('"history":') + '"history":'.length;
    expect(inputHead(a).slice(at, at + plainHistory(a).length)).toBe(plainHistory(a));
  }
});
