// SparseCodes (the draw's lookup of this year's earlier records, R8/R20) against a plain Map: the
// same answer for every valid code, asked by the code's parts as the draw has them from writing
// the row's digest line (EnterpriseLines.partsOf) or computes them from the code (codeParts).
import { expect, test as plain } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { codeParts, SparseCodes } from '../../src/random/sparseCodes.js';
import { EnterpriseLines } from '../../src/random/enterpriseLines.js';
import { generateEnterprises } from '../../src/testing/index.js';
import { isUsccFast, USCC_ALPHABET, usccCheckCharacter } from '../../src/uscc/alphabet.js';

const char = fc.constantFrom(...USCC_ALPHABET);
/** Valid codes (N10), often sharing all but their last characters, as a district's do. */
const code = fc.tuple(fc.constantFrom('91500118', '92350100'), fc.array(char, { minLength: 9, maxLength: 9 }))
  .map(([head, body]) => `${head}${body.join('')}`)
  .map((first17) => `${first17}${usccCheckCharacter(first17) ?? ''}`);
/** Strings that are not valid codes: too short, lower case, outside the alphabet, a wrong check character. */
const junk = fc.oneof(
  fc.string({ maxLength: 20 }),
  code.map((c) => c.toLowerCase()),
  code.map((c) => `${c.slice(0, 13)}I${c.slice(14)}`),
  code.map((c) => `${c.slice(0, 17)}${c.endsWith('0') ? '1' : '0'}`),
);

/** The value SparseCodes gives for a string, or undefined when the string has no parts. */
function ask<T>(sparse: SparseCodes<T>, c: string): T | undefined {
  const parts = new Uint32Array(3);
  return codeParts(c, parts) ? sparse.get(parts[0] as number, parts[1] as number, parts[2] as number) : undefined;
}

test.prop([fc.array(fc.tuple(fc.oneof(code, junk), fc.nat(3)), { maxLength: 200 }), fc.array(fc.oneof(code, junk), { maxLength: 200 })], { numRuns: 1000 })('finds what a Map finds for valid codes, and never a code that is not valid (N10)', (items, asked) => {
  const sparse = SparseCodes.group(items, ([c]) => c);
  const groups = new Map<string, [string, number][]>();
  for (const item of items) groups.set(item[0], [...(groups.get(item[0]) ?? []), item]);
  for (const c of [...asked, ...items.map(([x]) => x)]) {
    // A code with a wrong check character has the parts of the valid code with its first 17 characters: the answer is that code's.
    const twin = codeParts(c, new Uint32Array(3)) && !isUsccFast(c) ? `${c.slice(0, 17)}${usccCheckCharacter(c.slice(0, 17)) ?? ''}` : c;
    expect(ask(sparse, c)).toEqual(isUsccFast(twin) ? groups.get(twin) : undefined);
  }
  expect(sparse.size).toBe([...groups.keys()].filter(isUsccFast).length);
});

plain('the generators reach valid codes, codes outside the alphabet and wrong check characters in numbers', () => {
  const codes = fc.sample(fc.oneof(code, junk), { numRuns: 2000, seed: 25 });
  const valid = codes.filter(isUsccFast).length;
  const wrongCheck = codes.filter((c) => codeParts(c, new Uint32Array(3)) && !isUsccFast(c)).length;
  expect(valid).toBeGreaterThan(500);
  expect(wrongCheck).toBeGreaterThan(100);
  expect(codes.length - valid - wrongCheck).toBeGreaterThan(300);
});

plain('a code\'s parts are the sort key EnterpriseLines writes for its row', () => {
  const rows = [...generateEnterprises({ size: 2000, seed: 'tail' })];
  const lines = new EnterpriseLines(rows.length);
  const [a, b] = [new Uint32Array(3), new Uint32Array(3)];
  rows.forEach((e, i) => {
    expect(lines.write(e, i)).toBe(true);
    lines.partsOf(i, a);
    expect(codeParts(e.uscc, b)).toBe(true);
    expect([...a]).toEqual([...b]);
  });
});

plain('a directory of 10^5 codes with 2 500 of them in the table: every answer equals the Map\'s', () => {
  const rows = [...generateEnterprises({ size: 100_000, seed: 'sparse' })].map((e) => e.uscc);
  const wanted = new Map(rows.filter((_, i) => i % 40 === 0).map((c) => [c, [c]]));
  const sparse = SparseCodes.group(wanted.keys(), (c) => c);
  let found = 0;
  for (const c of rows) {
    const got = ask(sparse, c);
    expect(got?.[0]).toBe(wanted.get(c)?.[0]);
    if (got !== undefined) found++;
  }
  expect(found).toBe(wanted.size);
});

test.prop([fc.array(fc.tuple(code, fc.nat(3)), { maxLength: 100 }), fc.array(fc.oneof(code, code), { maxLength: 300 })], { numRuns: 300 })('eachRow finds, in row order, exactly the rows get finds (R20)', (items, rows) => {
  const sparse = SparseCodes.group(items, ([c]) => c);
  const asked = [...rows, ...items.map(([c]) => c)];
  const parts: [Uint32Array, Uint32Array, Uint32Array] = [new Uint32Array(asked.length), new Uint32Array(asked.length), new Uint32Array(asked.length)];
  const one = new Uint32Array(3);
  asked.forEach((c, row) => {
    codeParts(c, one);
    parts[0][row] = one[0] as number;
    parts[1][row] = one[1] as number;
    parts[2][row] = one[2] as number;
  });
  const found: [number, unknown][] = [];
  sparse.eachRow(parts, asked.length, (row, value) => found.push([row, value]));
  expect(found).toEqual(asked.flatMap((c, row) => (ask(sparse, c) === undefined ? [] : [[row, ask(sparse, c)]])));
  expect(found.length).toBeGreaterThanOrEqual(items.length > 0 ? 1 : 0);
});
